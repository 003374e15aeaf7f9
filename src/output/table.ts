// `--format table`: a briefing for people: one row per event, roles marked, coloured, wrapped to the
// terminal. Article text is stripped of control characters so it cannot drive the terminal.
import Table from 'cli-table3';
import chalk from 'chalk';
import type { MeetingEvent, Result } from '../types.js';
import { sourceOf, type Formatter } from './formatter.js';

// C0/C1 controls and escape sequences, except tab and newline handled by the table itself.
const CONTROL = /\u001b\[[0-?]*[ -/]*[@-~]|[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
export const safe = (s: string) => s.replace(CONTROL, '').replace(/\s+/g, ' ').trim();

const STATUS_COLOUR: Record<string, (s: string) => string> = {
  held: chalk.green, ongoing: chalk.cyan, planned: chalk.blue, postponed: chalk.yellow, cancelled: chalk.red, unknown: chalk.gray,
};

function parties(e: MeetingEvent): string {
  const by = (role: string) => e.parties.filter((p) => (p.roles as string[]).includes(role)).map((p) => p.id);
  const parts = [by('participant').join(' · ') || chalk.gray('sides unknown')];
  const mediators = by('mediator'), hosts = by('host'), excluded = by('excluded');
  if (mediators.length) parts.push(chalk.magenta(`mediator: ${mediators.join(', ')}`));
  if (hosts.length) parts.push(chalk.cyan(`host: ${hosts.join(', ')}`));
  if (excluded.length) parts.push(chalk.red(`excluded: ${excluded.join(', ')}`));
  return parts.join('\n');
}

/** Who makes the claim: "Kremlin spokesman Dmitry Peskov (RU)", "a source via TASS". */
function sources(e: MeetingEvent): string {
  if (!e.attribution.length) return chalk.gray('—');
  return e.attribution.slice(0, 3).map((a) => `${safe(a.source)}${a.party ? ` (${a.party})` : ''}${a.via ? chalk.gray(` via ${safe(a.via)}`) : ''}`).join('\n') +
    (e.attribution.length > 3 ? chalk.gray(`\n+${e.attribution.length - 3} more`) : '');
}

function dateCell(e: MeetingEvent): string {
  if (!e.date) return chalk.gray('date unknown');
  const d = e.date.start ? (e.date.start === e.date.end ? e.date.start : `${e.date.start} – ${e.date.end}`) : e.date.value;
  return `${d}\n${chalk.gray(`“${safe(e.date.text)}”`)}`;
}

export function explainLines(e: MeetingEvent): string[] {
  return Object.entries(e.why).map(([field, w]) => `${field}: ${w.rule}${w.evidence ? ` ← “${safe(w.evidence.text)}” @${w.evidence.start}` : ''}`);
}

export const tableFormatter = (options: { width: number; explain: boolean }): Formatter => ({
  open: () => '',
  before: () => '',
  write: (result: Result) => {
    const head = chalk.bold(safe(sourceOf(result))) +
      chalk.gray(result.referenceDate.value ? `  (article date ${result.referenceDate.value}, from ${result.referenceDate.source})` : '  (no article date)');
    const lines = [head];
    if (!result.events.length) lines.push(chalk.gray('  no meeting claims found'));
    else {
      // Fixed columns for the short fields; parties and source share what the terminal has left.
      const fixed = [17, 15, 0, 18, 13, 0];
      const rest = Math.max(32, Math.max(90, options.width) - fixed.reduce((a, b) => a + b, 0) - 7);
      const cols = fixed.map((w, i) => w || (i === 2 ? Math.ceil(rest * 0.55) : Math.floor(rest * 0.45)));
      // Colours come from chalk alone, so they follow the terminal (none in a pipe or with NO_COLOR).
      const table = new Table({ head: ['date', 'format', 'parties', 'venue', 'status', 'source'].map((h) => chalk.bold(h)), colWidths: cols, wordWrap: true, style: { head: [], border: [] } });
      for (const e of result.events) {
        const venue = e.venue ? [e.venue.city, e.venue.country].filter(Boolean).join(', ') : chalk.gray('—');
        const status = (STATUS_COLOUR[e.status] ?? String)(e.status) + `\n${e.certainty === 'tentative' ? chalk.yellow('tentative') : 'confirmed'}` +
          (e.round !== null ? `\nround ${e.round}` : '');
        table.push([dateCell(e), [e.format ?? chalk.gray('—'), e.mode ?? ''].filter(Boolean).join('\n'), parties(e), venue, status, sources(e)]);
      }
      lines.push(table.toString());
      if (options.explain) {
        result.events.forEach((e, i) => lines.push(chalk.bold(`event ${i + 1}`), ...explainLines(e).map((l) => `  ${l}`)));
      }
    }
    for (const w of result.warnings) lines.push(chalk.yellow(`  warning: ${safe(w)}`));
    return `${lines.join('\n')}\n\n`;
  },
  close: () => '',
});
