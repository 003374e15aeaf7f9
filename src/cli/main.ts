// The command line: reads inputs, runs extract() on each, picks a formatter, writes output, sets the exit
// code. Everything about meetings lives in the library; this file only does I/O.
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { readFileSync } from 'node:fs';
import chalk from 'chalk';
import { extract } from '../pipeline.js';
import { isIsoDate } from '../mentions/dates/calendar.js';
import type { Result } from '../types.js';
import type { UserGazetteer } from '../gazetteer/load.js';
import { UsageError } from '../errors.js';
import { readGazetteer } from './gazetteer-file.js';
import { FORMAT_NAMES, formatterFor, type FormatName } from '../output/index.js';
import { expandPaths, parseRecords, readArticle, readStdin, reasonOf, STDIN, type Article } from './inputs.js';

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

Exit codes:
  0  every input was processed
  1  some input could not be read or decoded, or a --records line is not a valid record
     (every other input is still processed and printed; one line on standard error per failure)
  2  usage error (unknown option, bad --format, malformed --ref-date)`;

interface Options {
  format?: FormatName;
  refDate?: string;
  today?: string;
  records?: boolean;
  ext: string[];
  explain?: boolean;
  gazetteer?: string;
}

const isoOption = (name: string) => (value: string) => {
  if (!isIsoDate(value)) throw new InvalidArgumentError(`${name} must be a date as YYYY-MM-DD.`);
  return value;
};

export function buildProgram(): Command {
  return new Command('parley')
    .description('Extract claims about diplomatic meetings (when, who, where, format, status, certainty) from news articles.')
    .version(pkg.version)
    .argument('[paths...]', 'files, folders, quoted glob patterns, or - for standard input (default: standard input when piped)')
    .addOption(new Option('-f, --format <format>', 'output format (default: table on a terminal, json otherwise)').choices(FORMAT_NAMES))
    .option('--records', 'inputs are JSON Lines, one article a line: {"id", "text", "date"?}')
    .option('--ref-date <YYYY-MM-DD>', 'reference date for articles whose text gives no date of its own', isoOption('--ref-date'))
    .option('--today <YYYY-MM-DD>', 'the date taken as today when a stated weekday fixes a year (default: the machine\'s date)', isoOption('--today'))
    .option('--ext <list>', 'file extensions read from folders, comma-separated', (v: string) => v.split(',').map((x) => x.trim().replace(/^\./, '')).filter(Boolean), ['txt', 'text', 'md'])
    .option('--explain', 'with --format table, print for each event field the rule and text that decided it')
    .option('--gazetteer <file>', 'JSON file of your own parties, aliases, people and cities (schema/gazetteer.schema.json)')
    .addHelpText('after', EXAMPLES)
    .exitOverride();
}

/** Runs the command; resolves to the exit code. */
export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  program.configureOutput({
    writeErr: (s) => process.stderr.write(s),
    writeOut: (s) => process.stdout.write(s),
    // Usage errors in one line: "parley: unknown option '--x' (see parley --help)".
    outputError: (s, write) => write(`parley: ${s.replace(/^error: /, '').replace(/\s+/g, ' ').trim()} (see parley --help)\n`),
  });
  try {
    program.parse(argv);
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
    throw e;
  }
  const opts = program.opts<Options>();
  // https://no-color.org: chalk honours --no-color and FORCE_COLOR; NO_COLOR is honoured here.
  if (process.env.NO_COLOR) chalk.level = 0;
  let paths = program.args;
  if (!paths.length) {
    if (process.stdin.isTTY) { program.outputHelp({ error: true }); return EXIT.usage; }
    paths = [STDIN];
  }
  const format: FormatName = opts.format ?? (process.stdout.isTTY ? 'table' : 'json');
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
  const formatter = formatterFor(format, { width, explain: !!opts.explain });

  let failed = 0;
  let count = 0;
  out(formatter.open());
  for await (const item of articles(paths, opts)) {
    if (item.kind === 'failure') {
      failed++;
      process.stderr.write(`parley: ${oneLine(item.label)}: ${oneLine(item.reason)}\n`);
      continue;
    }
    // Input-level warnings (empty input, undecodable bytes) go to standard error too; the run goes on.
    for (const w of item.warnings) process.stderr.write(`parley: ${oneLine(item.label)}: warning: ${oneLine(w)}\n`);
    const result = process1(item, opts, gazetteer);
    if (!result) { failed++; continue; }
    out(formatter.write(result, count++));
  }
  out(formatter.close(count));
  return failed ? EXIT.inputFailed : EXIT.ok;
}

function process1(a: Extract<Article, { kind: 'article' }>, opts: Options, gazetteer: UserGazetteer | undefined): Result | null {
  try {
    const r = extract(a.text, {
      referenceDate: a.date ?? opts.refDate ?? null,
      referenceSource: a.date ? 'record' : 'option',
      today: opts.today,
      gazetteer,
    });
    const head = a.labelKey === 'id' ? { id: a.label } : { file: a.label };
    return { ...head, ...r, warnings: [...a.warnings, ...r.warnings] };
  } catch (e) {
    process.stderr.write(`parley: ${oneLine(a.label)}: ${oneLine(reasonOf(e))}\n`);
    return null;
  }
}

async function* articles(paths: string[], opts: Options): AsyncGenerator<Article> {
  for await (const p of expandPaths(paths, opts.ext)) {
    if ('failure' in p) { yield { kind: 'failure', label: p.failure, reason: p.reason }; continue; }
    if (!opts.records) { yield await readArticle(p.path); continue; }
    let text: string;
    try {
      text = (p.path === STDIN ? await readStdin() : readFileSync(p.path)).toString('utf8');
    } catch (e) {
      yield { kind: 'failure', label: p.path, reason: reasonOf(e) };
      continue;
    }
    yield* parseRecords(p.path, text, isIsoDate);
  }
}

const oneLine = (s: string) => s.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ').trim();

function out(s: string): void {
  if (s) process.stdout.write(s);
}
