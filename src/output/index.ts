import type { Formatter, FormatName } from './formatter.js';
import { csvFormatter } from './csv.js';
import { jsonFormatter } from './json.js';
import { jsonlFormatter } from './jsonl.js';
import { tableFormatter } from './table.js';

export { FORMAT_NAMES, type FormatName, type Formatter } from './formatter.js';

export function formatterFor(name: FormatName, options: { width: number; explain: boolean }): Formatter {
  switch (name) {
    case 'json': return jsonFormatter();
    case 'jsonl': return jsonlFormatter();
    case 'csv': return csvFormatter();
    case 'table': return tableFormatter(options);
  }
}
