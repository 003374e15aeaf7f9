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
