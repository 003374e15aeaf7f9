// `parley timeline --format csv`: one row per meeting, with a header.
import type { Timeline } from '../../timeline/types.js';
import { csvCell } from '../csv.js';
import { rolesOf, uniqueSources } from './describe.js';

const COLUMNS = ['meeting', 'date_start', 'date_end', 'date_value', 'format', 'participants', 'mediators', 'hosts', 'excluded',
  'venue_city', 'venue_country', 'status', 'certainty', 'source_count', 'sources', 'conflicts'];

export function timelineCsv(t: Timeline): string {
  const rows = t.meetings.map((m) => [
    m.id, m.date?.start ?? '', m.date?.end ?? '', m.date?.value ?? '', m.format?.value ?? '', rolesOf(m, 'participant').join(';'),
    rolesOf(m, 'mediator').join(';'), rolesOf(m, 'host').join(';'), rolesOf(m, 'excluded').join(';'), m.venue?.city ?? '', m.venue?.country ?? '',
    m.status.value, m.certainty.value, String(uniqueSources(m).length), uniqueSources(m).join(';'), m.conflicts.map((c) => c.field).join(';'),
  ]);
  return [COLUMNS, ...rows].map((r) => `${r.map(csvCell).join(',')}\r\n`).join('');
}
