// A formatter turns results into text as they arrive, so output streams in input order. One result's text
// does not depend on its place in the output (write), so worker threads can format results; what goes
// between results (before) is added by the one thread that writes them, in input order.
import type { Result } from '../types.js';

export interface Formatter {
  /** Printed before the first result (may be empty). */
  open(): string;
  /** Printed before the index-th result's text (0-based; may be empty). */
  before(index: number): string;
  /** One result's text, the same wherever it stands in the output. */
  write(result: Result): string;
  /** Printed after the last result. */
  close(count: number): string;
}

export type FormatName = 'json' | 'jsonl' | 'csv' | 'table';
export const FORMAT_NAMES: FormatName[] = ['table', 'json', 'jsonl', 'csv'];

export { sourceOf } from '../types.js';
