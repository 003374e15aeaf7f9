// Plain-language pieces shared by the timeline's human formats (table, md).
import type { Role } from '../../types.js';
import { holdsRole } from '../../timeline/merge.js';
import type { Conflict, TimelineMeeting } from '../../timeline/types.js';

export function whenOf(m: TimelineMeeting): string {
  if (!m.date) return 'undated';
  if (m.date.start && m.date.end) return m.date.start === m.date.end ? m.date.start : `${m.date.start} – ${m.date.end}`;
  return m.date.value.replace(/\//, ' – ');
}

export function rolesOf(m: TimelineMeeting, role: Role): string[] {
  return m.parties.filter((p) => holdsRole(p, role)).map((p) => p.id);
}

export function whereOf(m: TimelineMeeting): string {
  return m.venue ? [m.venue.city, m.venue.country].filter(Boolean).join(', ') : 'venue unknown';
}

/** "format: trilateral (2: a, b) vs bilateral (1: c)" */
export function conflictLine(c: Conflict, name: (s: string) => string = (s) => s): string {
  const field = c.field.startsWith('role:') ? `role of ${c.field.slice(5)}` : c.field;
  const show = (v: unknown) => (typeof v === 'string' ? v : v && typeof v === 'object' ? Object.values(v as object).filter(Boolean).join(', ') : String(v));
  return `${field}: ${c.values.map((v) => `${show(v.value)} (${v.sources.length}: ${v.sources.map(name).join(', ')})`).join(' vs ')}`;
}

export const uniqueSources = (m: TimelineMeeting) => [...new Set(m.sources.map((s) => s.source))];
