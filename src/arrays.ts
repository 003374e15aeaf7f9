// Arrays whose hidden class (elements kind) does not depend on V8's tier: Array.prototype.map builds a packed
// array when run by the builtin and a holey one when TurboFan inlines it into an optimized caller, so code that
// reads a mapped array sees two (empty: four) maps and deoptimizes ("wrong map") each time the producer tiers
// up or down. A literal `[]` filled by push is packed in both tiers.

/** `xs.map(f)`, always a packed array. */
export function mapPacked<T, U>(xs: readonly T[], f: (x: T, i: number) => U): U[] {
  const out: U[] = [];
  for (let i = 0; i < xs.length; i++) out.push(f(xs[i], i));
  return out;
}
