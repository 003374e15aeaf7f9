// `parley timeline --format table`: a chronological timeline for people: dates down the side, how many
// sources say so, conflicts in red.
import Table from 'cli-table3';
import chalk from 'chalk';
import type { Timeline } from '../../timeline/types.js';
import { safe } from '../table.js';
import { conflictLine, rolesOf, uniqueSources, whenOf, whereOf } from './describe.js';

export function timelineTable(t: Timeline, width: number): string {
  if (!t.meetings.length) return `${chalk.gray(`no meetings in ${t.sources.length} source(s)`)}\n`;
  const rest = Math.max(40, Math.max(90, width) - 17 - 16 - 6);
  const table = new Table({
    head: ['when', 'meeting', 'sources', 'disagreements'].map((h) => chalk.bold(h)),
    colWidths: [17, Math.ceil(rest * 0.5), 16, Math.floor(rest * 0.5)],
    wordWrap: true,
    style: { head: [], border: [] },
  });
  for (const m of t.meetings) {
    const sides = rolesOf(m, 'participant').join(' · ') || chalk.gray('sides unknown');
    const extra = [
      rolesOf(m, 'mediator').length ? chalk.magenta(`mediator: ${rolesOf(m, 'mediator').join(', ')}`) : '',
      rolesOf(m, 'excluded').length ? chalk.red(`excluded: ${rolesOf(m, 'excluded').join(', ')}`) : '',
    ].filter(Boolean);
    const meeting = [`${sides}${m.format ? ` (${m.format.value})` : ''}`, safe(whereOf(m)), `${m.status.value}, ${m.certainty.value}`, ...extra].join('\n');
    const sources = uniqueSources(m);
    const agree = m.conflicts.length ? chalk.yellow(`${sources.length} source(s)`) : chalk.green(`${sources.length} source(s)`);
    const conflicts = m.conflicts.length ? m.conflicts.map((c) => chalk.red(`⚠ ${safe(conflictLine(c, shortName))}`)).join('\n') : chalk.gray(sources.length > 1 ? 'none' : '—');
    table.push([whenOf(m), meeting, `${agree}\n${chalk.gray(sources.map(shortName).join('\n'))}`, conflicts]);
  }
  return `${table.toString()}\n${chalk.gray(`${t.meetings.length} meeting(s) from ${t.sources.length} source(s)`)}\n`;
}

/** A source's file name without its folders, to keep the table narrow. */
const shortName = (s: string) => safe(s.split(/[\\/]/).pop() ?? s);
