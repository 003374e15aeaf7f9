// `parley timeline --format md`: a Markdown report a journalist can paste.
import type { Timeline } from '../../timeline/types.js';
import { conflictLine, rolesOf, uniqueSources, whenOf, whereOf } from './describe.js';

const esc = (s: string) => s.replace(/[\\`*_[\]<>|]/g, (c) => `\\${c}`).replace(/[\u0000-\u001f]/g, ' ');
/** A file name as inline code: nothing inside needs escaping but a backtick. */
const code = (s: string) => `\`${s.replace(/`/g, "'").replace(/[\u0000-\u001f]/g, ' ')}\``;

export function timelineMarkdown(t: Timeline): string {
  const lines = ['# Meetings across sources', '', `${t.meetings.length} meeting(s) from ${t.sources.length} source(s).`, ''];
  for (const m of t.meetings) {
    const sides = rolesOf(m, 'participant').join(' · ') || 'sides unknown';
    lines.push(`## ${whenOf(m)} — ${sides}${m.format ? ` (${m.format.value})` : ''}`, '');
    lines.push(`- **Where:** ${esc(whereOf(m))}`);
    lines.push(`- **Status:** ${m.status.value}, ${m.certainty.value}`);
    const mediators = rolesOf(m, 'mediator'), hosts = rolesOf(m, 'host'), excluded = rolesOf(m, 'excluded');
    if (mediators.length) lines.push(`- **Mediators:** ${mediators.join(', ')}`);
    if (hosts.length) lines.push(`- **Hosts:** ${hosts.join(', ')}`);
    if (excluded.length) lines.push(`- **Left out:** ${excluded.join(', ')}`);
    const sources = uniqueSources(m);
    lines.push(`- **Sources (${sources.length}):** ${sources.map(code).join(', ')}`);
    if (m.date?.yearFixedBy.length) lines.push(`- **Year fixed by:** ${m.date.yearFixedBy.map(code).join(', ')}`);
    if (m.conflicts.length) {
      lines.push('- **Sources disagree:**');
      for (const c of m.conflicts) lines.push(`  - ⚠ ${esc(conflictLine(c))}`);
    } else if (sources.length > 1) {
      lines.push('- **Sources agree** on every field.');
    }
    lines.push('');
  }
  return `${lines.join('\n')}\n`;
}
