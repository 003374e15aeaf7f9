// `--format csv`: one row per event (RFC 4180 quoting), with a header row. Party lists are ";"-separated ids.
import type { MeetingEvent, Result } from '../types.js';
import { sourceOf, type Formatter } from './formatter.js';

const COLUMNS = ['source', 'event', 'date_start', 'date_end', 'date_value', 'date_text', 'format', 'participants', 'mediators',
  'hosts', 'excluded', 'venue_city', 'venue_country', 'status', 'certainty', 'round', 'sources', 'evidence'];

export const csvCell = (v: unknown): string => {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};
const ids = (e: MeetingEvent, role: string) => e.parties.filter((p) => (p.roles as string[]).includes(role)).map((p) => p.id).join(';');

export function csvRows(result: Result): string[][] {
  return result.events.map((e, i) => [
    sourceOf(result), String(i + 1), e.date?.start ?? '', e.date?.end ?? '', e.date?.value ?? '', e.date?.text ?? '', e.format ?? '',
    ids(e, 'participant'), ids(e, 'mediator'), ids(e, 'host'), ids(e, 'excluded'), e.venue?.city ?? '', e.venue?.country ?? '',
    e.status, e.certainty, e.round === null ? '' : String(e.round), e.attribution.map((a) => a.source).join('; '), e.evidence[0]?.text.replace(/\s+/g, ' ') ?? '',
  ]);
}

export const csvFormatter = (): Formatter => ({
  open: () => `${COLUMNS.join(',')}\r\n`,
  before: () => '',
  write: (result) => csvRows(result).map((row) => `${row.map(csvCell).join(',')}\r\n`).join(''),
  close: () => '',
});
