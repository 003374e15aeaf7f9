// `--format json`: one JSON array of per-input results in input order, written as results arrive.
import type { Formatter } from './formatter.js';

export const jsonFormatter = (): Formatter => ({
  open: () => '[',
  before: (index) => (index === 0 ? '\n' : ',\n'),
  write: (result) => JSON.stringify(result, null, 2).replace(/^/gm, '  '),
  close: (count) => (count ? '\n]\n' : ']\n'),
});
