// The command line: reads inputs, runs extract() on each, picks a formatter, writes output, sets the exit
// code. Everything about meetings lives in the library; this file only does I/O.
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { readFileSync } from 'node:fs';
import chalk from 'chalk';
import { isIsoDate } from '../mentions/dates/calendar.js';
import type { UserGazetteer } from '../gazetteer/load.js';
import { UsageError } from '../errors.js';
import { readGazetteer } from './gazetteer-file.js';
import { FORMAT_NAMES, formatterFor, type FormatName } from '../output/index.js';
import { formatTimeline, TIMELINE_FORMATS, type TimelineFormat } from '../output/timeline/index.js';
import { timelineOf, type TimelineInput } from '../timeline/merge.js';
import { readSaved } from './saved.js';
import { ExtractPool } from './pool.js';
import { availableParallelism } from 'node:os';
import { once } from 'node:events';
import { stat } from 'node:fs/promises';
import { expandPaths, readArticle, readRecords, reasonOf, STDIN, type Article, type Expanded } from './inputs.js';
import { noProgress, terminalProgress, wantProgress, type Progress } from './progress.js';
import type { Done, RunConfig } from './task.js';

export const EXIT = { ok: 0, inputFailed: 1, usage: 2 } as const;

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

const EXAMPLES = `
Examples:
  $ parley article.txt                       one article, a table on a terminal, JSON in a pipe
  $ parley fixtures/articles --format json   every .txt/.text/.md file below a folder
  $ parley 'news/**/*.txt' --format csv      a quoted glob pattern
  $ cat article.txt | parley -                standard input
  $ parley --records archive.jsonl --format jsonl   JSON Lines records {"id","text","date"?}
  $ parley article.txt --ref-date 2026-02-04 --explain
  $ parley timeline news/ --format md           one timeline of meetings across all sources
  $ parley timeline --from part1.jsonl part2.jsonl   merge results or timelines written earlier
  $ parley --records part-07.jsonl --format jsonl -q > out-07.jsonl   one part of a split archive (map);
    then: parley timeline --from out-*.jsonl                          merges the parts (reduce)

Exit codes:
  0  every input was processed
  1  some input could not be read or decoded, is larger than --max-size, or a --records line is not a valid record
     (every other input is still processed and printed; one line on standard error per failure)
  2  usage error (unknown option, bad --format, malformed --ref-date or --gazetteer)`;

interface Options {
  format?: string;
  refDate?: string;
  today?: string;
  records?: boolean;
  ext: string[];
  explain?: boolean;
  gazetteer?: string;
  from?: string[];
  jobs?: number;
  quiet?: boolean;
  maxSize: number;
  color?: boolean;
  allMentions?: boolean;
}

const isoOption = (name: string) => (value: string) => {
  if (!isIsoDate(value)) throw new InvalidArgumentError(`${name} must be a date as YYYY-MM-DD.`);
  return value;
};

type Run = { kind: 'extract' | 'timeline'; paths: string[]; opts: Options };

/** The options both commands read inputs with. */
function withInputOptions(cmd: Command, formats: string[], formatHelp: string): Command {
  return cmd
    .argument('[paths...]', 'files, folders, quoted glob patterns, or - for standard input (default: standard input when piped)')
    .addOption(new Option('-f, --format <format>', formatHelp).choices(formats))
    .option('--records', 'inputs are JSON Lines, one article a line: {"id", "text", "date"?}')
    .option('--ref-date <YYYY-MM-DD>', 'reference date for articles whose text gives no date of its own', isoOption('--ref-date'))
    .option('--today <YYYY-MM-DD>', 'the date taken as today when a stated weekday fixes a year (default: the machine\'s date)', isoOption('--today'))
    .option('--ext <list>', 'file extensions read from folders, comma-separated', (v: string) => v.split(',').map((x) => x.trim().replace(/^\./, '')).filter(Boolean), ['txt', 'text', 'md'])
    .option('--color', 'colour tables even when standard output is not a terminal')
    .option('--no-color', 'no colour in tables (so does NO_COLOR=1)')
    .option('-q, --quiet', 'no progress bar and no warnings on standard error (errors are still reported)')
    .option('--gazetteer <file>', 'JSON file of your own parties, aliases, people and cities (schema/gazetteer.schema.json)')
    .option('--max-size <MB>', 'inputs (files, records) larger than this many megabytes are reported and skipped', (v: string) => {
      const n = Number(v);
      if (!(n > 0) || !Number.isFinite(n)) throw new InvalidArgumentError('--max-size must be a number of megabytes above 0.');
      return n;
    }, 1)
    .option('-j, --jobs <n>', 'threads that extract (default: the number of cores): the main thread and n - 1 workers; output is the same for any n', (v: string) => {
      const n = Number(v);
      if (!Number.isInteger(n) || n < 1 || n > 256) throw new InvalidArgumentError('--jobs must be a whole number from 1 to 256.');
      return n;
    });
}

export function buildProgram(onRun: (run: Run) => void = () => {}): Command {
  const program = withInputOptions(
    new Command('parley')
      .description('Extract claims about diplomatic meetings (when, who, where, format, status, certainty) from news articles.')
      .version(pkg.version),
    FORMAT_NAMES, 'output format (default: table on a terminal, json otherwise)',
  )
    .option('--explain', 'with --format table, print for each event field the rule and text that decided it')
    .option('--all-mentions', 'list the dates, parties, venues and formats of articles that name no meeting too (by default such an article is scanned once for meeting words and left there)')
    .addHelpText('after', EXAMPLES)
    .action((paths: string[], opts: Options) => onRun({ kind: 'extract', paths, opts }));
  withInputOptions(
    program.command('timeline').description('one timeline of meetings across all inputs: consensus, support and conflicts between sources'),
    TIMELINE_FORMATS, 'output format (default: table on a terminal, json otherwise)',
  )
    .option('--from <files...>', 'results (parley --format json/jsonl) or timelines written earlier, to merge')
    .action((paths: string[], opts: Options) => onRun({ kind: 'timeline', paths, opts }));
  // Options after "timeline" are the timeline's own (the root command has options of the same names).
  program.enablePositionalOptions();
  program.exitOverride();
  for (const c of program.commands) c.exitOverride();
  return program;
}

/** Runs the command; resolves to the exit code. */
export async function main(argv: string[]): Promise<number> {
  let run: Run | null = null;
  const program = buildProgram((r) => { run = r; });
  const output = {
    writeErr: (s: string) => process.stderr.write(s),
    writeOut: (s: string) => process.stdout.write(s),
    // Usage errors in one line: "parley: unknown option '--x' (see parley --help)".
    outputError: (s: string, write: (s: string) => void) => write(`parley: ${s.replace(/^error: /, '').replace(/\s+/g, ' ').trim()} (see parley --help)\n`),
  };
  program.configureOutput(output);
  for (const c of program.commands) c.configureOutput(output);
  try {
    program.parse(argv);
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
    throw e;
  }
  if (!run) return EXIT.usage;
  const { kind, opts } = run as Run;
  let { paths } = run as Run;
  // Colour follows the terminal (chalk, which honours FORCE_COLOR); --color and --no-color decide, and
  // NO_COLOR (https://no-color.org) turns it off.
  if (opts.color === true && chalk.level === 0) chalk.level = 1;
  if (opts.color === false || process.env.NO_COLOR) chalk.level = 0;
  if (!paths.length && !(kind === 'timeline' && opts.from?.length)) {
    if (process.stdin.isTTY) { (kind === 'timeline' ? program.commands[0] : program).outputHelp({ error: true }); return EXIT.usage; }
    paths = [STDIN];
  }
  let gazetteer: UserGazetteer | undefined;
  if (opts.gazetteer) {
    try {
      gazetteer = readGazetteer(opts.gazetteer);
    } catch (e) {
      process.stderr.write(`parley: --gazetteer ${oneLine(opts.gazetteer)}: ${oneLine(e instanceof UsageError ? e.message : reasonOf(e))}\n`);
      return EXIT.usage;
    }
  }
  const width = process.stdout.columns ?? (Number(process.env.COLUMNS) || 100);
  const format = opts.format ?? (process.stdout.isTTY ? 'table' : 'json');
  return kind === 'timeline'
    ? runTimeline(paths, opts, gazetteer, format as TimelineFormat, width)
    : runExtract(paths, opts, gazetteer, format as FormatName, width);
}

async function runExtract(paths: string[], opts: Options, gazetteer: UserGazetteer | undefined, format: FormatName, width: number): Promise<number> {
  const formatter = formatterFor(format, { width, explain: !!opts.explain });
  const config: RunConfig = { output: { kind: 'format', format, width, explain: !!opts.explain, colour: chalk.level }, ...common(opts, gazetteer) };
  const progress = await progressFor(opts);
  let failed = 0;
  let count = 0;
  try {
    await out(progress, formatter.open());
    for await (const text of texts(paths, opts, config, progress, () => failed++)) await out(progress, formatter.before(count++) + text);
  } finally {
    progress.stop();
  }
  await out(progress, formatter.close(count));
  return failed ? EXIT.inputFailed : EXIT.ok;
}

/** The timeline needs every source before it can merge them, so it collects results, then prints once. */
async function runTimeline(paths: string[], opts: Options, gazetteer: UserGazetteer | undefined, format: TimelineFormat, width: number): Promise<number> {
  let failed = 0;
  const inputs: TimelineInput[] = [];
  const progress = await progressFor(opts);
  try {
    // Each article comes back as {file|id, events}: all the timeline reads of a result.
    const config: RunConfig = { output: { kind: 'timeline' }, ...common(opts, gazetteer) };
    if (paths.length) for await (const text of texts(paths, opts, config, progress, () => failed++)) inputs.push(JSON.parse(text) as TimelineInput);
  } finally {
    progress.stop();
  }
  for (const file of opts.from ?? []) {
    try {
      inputs.push(...readSaved(file));
    } catch (e) {
      failed++;
      process.stderr.write(`parley: --from ${oneLine(file)}: ${oneLine(e instanceof UsageError ? e.message : reasonOf(e))}\n`);
    }
  }
  await out(progress, formatTimeline(timelineOf(inputs), format, width));
  return failed ? EXIT.inputFailed : EXIT.ok;
}

/** What every article of a run shares. Today is fixed once for the run, so every worker resolves weekday years alike. */
function common(opts: Options, gazetteer: UserGazetteer | undefined) {
  return { refDate: opts.refDate ?? null, today: opts.today ?? new Date().toISOString().slice(0, 10), gazetteer, mentions: opts.allMentions ? 'all' as const : 'meetings' as const };
}

async function progressFor(opts: Options): Promise<Progress> {
  return wantProgress(!!opts.quiet, process.stderr, process.env) ? terminalProgress() : noProgress();
}

/** An article on its way: what to say about it on standard error, and its text once done. */
interface Pending {
  label: string;
  warnings: string[];
  position: number;
  /** Characters of text read for it (0 for a failure). */
  chars: number;
  outcome: Promise<Done> | { error: string };
}

/**
 * How far ahead of the article being written inputs are read: up to this many articles or this much text,
 * whichever comes first (but always a few articles). Enough that the workers' queues stay full of short
 * articles while the main thread is busy with a long one; bounded, so memory does not grow with the inputs.
 */
const READ_AHEAD_ARTICLES = 512;
const READ_AHEAD_CHARS = 4_000_000;
const READ_AHEAD_MIN = 32;

/**
 * Each article's final text, in input order, computed by the pool (the main thread and --jobs - 1 workers)
 * while later inputs are read. Memory stays bounded: at most READ_AHEAD_ARTICLES articles or READ_AHEAD_CHARS
 * of text are read ahead of the one being written (the reading of records pauses until then), so a slow
 * article holds back at most that many finished texts, whatever the number of inputs. Errors and warnings go
 * to standard error, one line each, when the article's turn comes, so they too come in input order for any
 * --jobs.
 */
async function* texts(paths: string[], opts: Options, config: RunConfig, progress: Progress, onFailure: () => void): AsyncGenerator<string> {
  const jobs = opts.jobs ?? availableParallelism();
  const pool = new ExtractPool(jobs, config);
  const pending: Pending[] = [];
  let pendingChars = 0;
  let done = 0;
  const full = () => pending.length > READ_AHEAD_MIN && (pending.length > READ_AHEAD_ARTICLES || pendingChars > READ_AHEAD_CHARS);
  const next = async (): Promise<string | null> => {
    const p = pending.shift()!;
    pendingChars -= p.chars;
    if (!opts.quiet) for (const w of p.warnings) progress.line(`parley: ${oneLine(p.label)}: warning: ${oneLine(w)}\n`);
    if (p.outcome instanceof Promise) {
      // Waiting for this article: the main thread does articles no worker has taken meanwhile.
      let settled = false;
      void p.outcome.then(() => { settled = true; });
      while (!settled && pool.helpOne()) await new Promise((resolve) => setImmediate(resolve));
    }
    const outcome = await p.outcome;
    progress.update(++done, p.position);
    if ('text' in outcome) return outcome.text;
    onFailure();
    progress.line(`parley: ${oneLine(p.label)}: ${oneLine(outcome.error)}\n`);
    return null;
  };
  try {
    for await (const item of articles(paths, opts, progress)) {
      const chars = item.kind === 'failure' ? 0 : item.text.length;
      pendingChars += chars;
      pending.push(item.kind === 'failure'
        ? { label: item.label, warnings: [], position: item.position, chars, outcome: { error: item.reason } }
        : { label: item.label, warnings: item.warnings, position: item.position, chars, outcome: pool.run(item) });
      while (full()) { const t = await next(); if (t !== null) yield t; }
    }
    while (pending.length) { const t = await next(); if (t !== null) yield t; }
  } finally {
    await pool.close();
  }
}

/**
 * The articles of the command line, in order, each with its place for the progress bar: the count of
 * inputs so far, or for records the bytes read so far. Paths are expanded first, to know the total.
 */
async function* articles(paths: string[], opts: Options, progress: Progress): AsyncGenerator<Article & { position: number }> {
  const maxBytes = opts.maxSize * 1e6;
  const expanded: Expanded[] = [];
  for await (const p of expandPaths(paths, opts.ext)) expanded.push(p);
  if (!opts.records) {
    progress.start(expanded.length, 'files');
    let n = 0;
    for (const p of expanded) {
      n++;
      yield 'failure' in p ? { kind: 'failure', label: p.failure, reason: p.reason, position: n } : { ...(await readArticle(p.path, maxBytes)), position: n };
    }
    return;
  }
  const sizes = await Promise.all(expanded.map((p) => ('path' in p && p.path !== STDIN ? stat(p.path).then((s) => (s.isFile() ? s.size : null), () => 0) : 'path' in p ? null : 0)));
  progress.start(sizes.includes(null) ? null : (sizes as number[]).reduce((a, b) => a + b, 0), 'records');
  let position = 0;
  for (const p of expanded) {
    if ('failure' in p) { yield { kind: 'failure', label: p.failure, reason: p.reason, position }; continue; }
    for await (const r of readRecords(p.path, isIsoDate, maxBytes)) {
      position += r.bytes;
      yield { ...r, position };
    }
  }
}

const oneLine = (s: string) => s.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ').trim();

/** Writes to standard output, waiting while a slow reader (a pipe) has not taken what was written. */
async function out(progress: Progress, s: string): Promise<void> {
  if (s && !progress.out(s)) await once(process.stdout, 'drain');
}
