// The command line: reads inputs, runs extract() on each, picks a formatter, writes output, sets the exit
// code. Everything about meetings lives in the library; this file only does I/O.
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { readFileSync } from 'node:fs';
import chalk from 'chalk';
import { isIsoDate } from '../mentions/dates/calendar.js';
import type { Result } from '../types.js';
import type { UserGazetteer } from '../gazetteer/load.js';
import { UsageError } from '../errors.js';
import { readGazetteer } from './gazetteer-file.js';
import { FORMAT_NAMES, formatterFor, type FormatName } from '../output/index.js';
import { formatTimeline, TIMELINE_FORMATS, type TimelineFormat } from '../output/timeline/index.js';
import { timelineOf, type TimelineInput } from '../timeline/merge.js';
import { readSaved } from './saved.js';
import { ExtractPool } from './pool.js';
import { availableParallelism } from 'node:os';
import { expandPaths, readArticle, readRecords, reasonOf, STDIN, type Article } from './inputs.js';

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

Exit codes:
  0  every input was processed
  1  some input could not be read or decoded, or a --records line is not a valid record
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
    .option('--gazetteer <file>', 'JSON file of your own parties, aliases, people and cities (schema/gazetteer.schema.json)')
    .option('-j, --jobs <n>', 'worker threads (default: the number of cores); output is the same for any value', (v: string) => {
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
  // https://no-color.org: chalk honours --no-color and FORCE_COLOR; NO_COLOR is honoured here.
  if (process.env.NO_COLOR) chalk.level = 0;
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
  let failed = 0;
  let count = 0;
  out(formatter.open());
  for await (const result of results(paths, opts, gazetteer, () => failed++)) out(formatter.write(result, count++));
  out(formatter.close(count));
  return failed ? EXIT.inputFailed : EXIT.ok;
}

/** The timeline needs every source before it can merge them, so it collects results, then prints once. */
async function runTimeline(paths: string[], opts: Options, gazetteer: UserGazetteer | undefined, format: TimelineFormat, width: number): Promise<number> {
  let failed = 0;
  const inputs: TimelineInput[] = [];
  if (paths.length) for await (const result of results(paths, opts, gazetteer, () => failed++)) inputs.push(result);
  for (const file of opts.from ?? []) {
    try {
      inputs.push(...readSaved(file));
    } catch (e) {
      failed++;
      process.stderr.write(`parley: --from ${oneLine(file)}: ${oneLine(e instanceof UsageError ? e.message : reasonOf(e))}\n`);
    }
  }
  out(formatTimeline(timelineOf(inputs), format, width));
  return failed ? EXIT.inputFailed : EXIT.ok;
}

/**
 * Per-article results, in input order, computed by up to --jobs workers while later inputs are read (a few
 * per worker in flight, so memory stays bounded); failures are reported on standard error, one line each.
 */
async function* results(paths: string[], opts: Options, gazetteer: UserGazetteer | undefined, onFailure: () => void): AsyncGenerator<Result> {
  const jobs = opts.jobs ?? availableParallelism();
  const pool = new ExtractPool(jobs);
  // Today is fixed once for the run, so every worker resolves weekday years alike.
  const today = opts.today ?? new Date().toISOString().slice(0, 10);
  const inFlight: Promise<Result | null>[] = [];
  const settle = async function* (limit: number) {
    while (inFlight.length > limit) {
      const r = await inFlight.shift()!;
      if (r) yield r; else onFailure();
    }
  };
  try {
    for await (const item of articles(paths, opts)) {
      if (item.kind === 'failure') {
        // Keep the order of messages and results: earlier articles finish first.
        yield* settle(0);
        onFailure();
        process.stderr.write(`parley: ${oneLine(item.label)}: ${oneLine(item.reason)}\n`);
        continue;
      }
      // Input-level warnings (empty input, undecodable bytes) go to standard error too; the run goes on.
      for (const w of item.warnings) process.stderr.write(`parley: ${oneLine(item.label)}: warning: ${oneLine(w)}\n`);
      inFlight.push(process1(item, opts, gazetteer, pool, today));
      yield* settle(jobs * 4);
    }
    yield* settle(0);
  } finally {
    await pool.close();
  }
}

async function process1(a: Extract<Article, { kind: 'article' }>, opts: Options, gazetteer: UserGazetteer | undefined, pool: ExtractPool, today: string): Promise<Result | null> {
  const outcome = await pool.run(a.text, {
    referenceDate: a.date ?? opts.refDate ?? null,
    referenceSource: a.date ? 'record' : 'option',
    today,
    gazetteer,
  });
  if ('error' in outcome) {
    process.stderr.write(`parley: ${oneLine(a.label)}: ${oneLine(outcome.error)}\n`);
    return null;
  }
  const head = a.labelKey === 'id' ? { id: a.label } : { file: a.label };
  return { ...head, ...outcome.result, warnings: [...a.warnings, ...outcome.result.warnings] };
}

async function* articles(paths: string[], opts: Options): AsyncGenerator<Article> {
  for await (const p of expandPaths(paths, opts.ext)) {
    if ('failure' in p) { yield { kind: 'failure', label: p.failure, reason: p.reason }; continue; }
    if (!opts.records) { yield await readArticle(p.path); continue; }
    yield* readRecords(p.path, isIsoDate);
  }
}

const oneLine = (s: string) => s.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ').trim();

function out(s: string): void {
  if (s) process.stdout.write(s);
}
