// A formatter turns results into text as they arrive, so output streams in input order.
import type { Result } from '../types.js';

export interface Formatter {
  /** Printed before the first result (may be empty). */
  open(): string;
  /** One result's text. */
  write(result: Result, index: number): string;
  /** Printed after the last result. */
  close(count: number): string;
}

export type FormatName = 'json' | 'jsonl' | 'csv' | 'table';
export const FORMAT_NAMES: FormatName[] = ['table', 'json', 'jsonl', 'csv'];

export { sourceOf } from '../types.js';
