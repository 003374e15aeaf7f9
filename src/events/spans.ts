// Small measures on spans and days that event assembly, roles and status share.

type Extent = { start: number; end: number };

/** Characters between two spans (0 when they touch or overlap). */
export function gap(a: Extent, b: Extent): number {
  if (a.end <= b.start) return b.start - a.end;
  if (b.end <= a.start) return a.start - b.end;
  return 0;
}

/** A yearless day ("XXXX-01-18") in a leap year, so that month-day sums and comparisons work. */
export const dayKey = (v: string) => (v.startsWith('XXXX') ? `2000${v.slice(4)}` : v);

// A proper name of several words, with an acronym in brackets after it: "the Working Mechanism for Consultation
// and Coordination on India-China Border Affairs (WMCC)", "the Gulf Cooperation Council's headquarters".
const NAME_RUN = /\p{Lu}[\p{L}\p{M}'’-]*(?:\s+(?:(?:of|on|for|and|the|de|du|des|la|le)\s+)*\p{Lu}[\p{L}\p{M}'’-]*)*(?:\s*\(\p{Lu}{2,}\))?/gu;

const CAPITALISED = /\p{Lu}/gu;

/** A stretch of text with each proper name of three words or more cut to one letter: how long it is to a reader. */
export function namesShortened(text: string): string {
  return text.replace(NAME_RUN, (name) => ((name.match(CAPITALISED)?.length ?? 0) >= 3 && /\s/.test(name) ? 'N' : name));
}

/** Characters between two spans, each proper name between them counting as one. */
export function gapPastNames(text: string, a: Extent, b: Extent): number {
  const [from, to] = a.end <= b.start ? [a.end, b.start] : [b.end, a.start];
  return from >= to ? 0 : namesShortened(text.slice(from, to)).length;
}
