// `--format jsonl`: one result a line, for pipelines (jq -c, Spark, GNU parallel).
import type { Formatter } from './formatter.js';

export const jsonlFormatter = (): Formatter => ({
  open: () => '',
  before: () => '',
  write: (result) => `${JSON.stringify(result)}\n`,
  close: () => '',
});
