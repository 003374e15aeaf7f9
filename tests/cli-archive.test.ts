// The built command over whole archives, run as a user would: the progress bar and --quiet, inputs too large
// to read, link loops, files that vanish mid-batch, a reader that closes the pipe, and escape sequences in
// articles. Each bad input gets one line on standard error naming it, exit code 1, and every other input is
// still processed.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, TODAY } from './helpers.js';

const BIN = join(ROOT, 'bin', 'parley.js');
const ARTICLE = 'KYIV, Feb 4, 2026 (Wire) - Ukrainian and Russian negotiators began a second round of talks in Abu Dhabi today, mediated by the United States.';
const SENTENCE = 'Officials said the delegations from Armenia and Azerbaijan met in Geneva on May 5, 2025, and would meet again. ';

function parley(args: string[], options: { input?: string; cwd?: string; env?: NodeJS.ProcessEnv } = {}) {
  const r = spawnSync(process.execPath, [BIN, '--today', TODAY, ...args], { cwd: options.cwd ?? ROOT, input: options.input, env: options.env ?? process.env, encoding: 'utf8', maxBuffer: 1 << 28 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
const files = (jsonl: string) => jsonl.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l).file as string);
const ids = (jsonl: string) => jsonl.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l).id as string);

let dir: string;
let news: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'parley-archive-'));
  news = join(dir, 'news');
  mkdirSync(news);
  for (let i = 1; i <= 20; i++) writeFileSync(join(news, `${String(i).padStart(2, '0')}.txt`), i === 7 ? '' : `${ARTICLE} Item ${i}.`);
});
// The 50 MB files go with the rest.
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs a command in a pseudo-terminal (util-linux `script`) and gives back what the terminal received. */
const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;
function inTerminal(command: string, env: NodeJS.ProcessEnv): string {
  const r = spawnSync('script', ['-qec', `stty cols 100 rows 40; ${command}`, '/dev/null'], { cwd: ROOT, env, encoding: 'utf8' });
  expect(r.status).not.toBeNull();
  return r.stdout;
}
const shellQuote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
/**
 * What a terminal shows after a transcript, as lines (the scrolled-off ones too): a small model of one that
 * knows what parley and its bar write (text, "\r", "\n", "\e[K" clears to the end of the line, "\e[2K" the
 * whole line). Any other escape sequence would show, as text.
 */
function screenOf(transcript: string): string {
  const lines: string[] = [''];
  let row = 0, col = 0;
  for (let i = 0; i < transcript.length; i++) {
    const c = transcript[i];
    if (c === '\r') col = 0;
    else if (c === '\n') { row++; lines[row] ??= ''; }
    else if (transcript.startsWith('\u001b[K', i)) { lines[row] = lines[row].slice(0, col); i += 2; }
    else if (transcript.startsWith('\u001b[2K', i)) { lines[row] = ''; i += 3; }
    else { lines[row] = lines[row].padEnd(col).slice(0, col) + c + lines[row].slice(col + 1); col++; }
  }
  return lines.join('\n').replace(/\n+$/, '\n');
}
const terminalEnv = () => {
  const env: NodeJS.ProcessEnv = { ...process.env, TERM: 'xterm', COLUMNS: '100' };
  delete env.CI;
  delete env.NO_COLOR;
  return env;
};

describe('progress bar and --quiet', () => {
  it('prints no progress when standard error is not a terminal, only the lines about inputs', () => {
    const r = parley(['--format', 'jsonl', '--jobs', '2', news, join(dir, 'missing.txt')]);
    expect(r.code).toBe(1);
    expect(r.err).toBe(`parley: ${join(news, '07.txt')}: warning: empty input: no text to read\nparley: ${join(dir, 'missing.txt')}: no such file or folder\n`);
    expect(files(r.out)).toHaveLength(20);
  });

  it('--quiet (-q) drops warnings but not errors, for the main command and the timeline', () => {
    for (const q of ['--quiet', '-q']) {
      const r = parley([q, '--format', 'jsonl', news, join(dir, 'missing.txt')]);
      expect(r.code).toBe(1);
      expect(r.err).toBe(`parley: ${join(dir, 'missing.txt')}: no such file or folder\n`);
      expect(files(r.out)).toHaveLength(20);
    }
    const t = parley(['timeline', '-q', '--format', 'json', news]);
    expect(t.code).toBe(0);
    expect(t.err).toBe('');
    expect(JSON.parse(t.out).sources).toHaveLength(20);
    const loud = parley(['timeline', '--format', 'json', news]);
    expect(loud.err).toBe(`parley: ${join(news, '07.txt')}: warning: empty input: no text to read\n`);
  });

  it.skipIf(!hasScript)('draws a bar on a terminal, clears it at the end, and leaves redirected output as it was', () => {
    const plain = parley(['--format', 'jsonl', news]).out;
    for (const command of ['', 'timeline ']) {
      const out = join(dir, `tty-${command.trim() || 'extract'}.out`);
      const screen = inTerminal(`${shellQuote(process.execPath)} ${shellQuote(BIN)} ${command}--today ${TODAY} --format jsonl ${shellQuote(news)} > ${shellQuote(out)}`, terminalEnv());
      expect(screen).toMatch(/parley [█░]+ +\d+% \| \d+\/20 files/);
      expect(screen.endsWith('\r\u001b[2K')).toBe(true);
      // Once the bar is gone, the terminal shows only the warning, on a line of its own.
      expect(screenOf(screen)).toBe(`parley: ${join(news, '07.txt')}: warning: empty input: no text to read\n`);
      if (!command) expect(spawnSync('cat', [out], { encoding: 'utf8' }).stdout).toBe(plain);
    }
  });

  it.skipIf(!hasScript)('keeps a table written to the same terminal whole', () => {
    const env = terminalEnv();
    const pipe = parley(['--format', 'table', '--jobs', '2', news], { env: { ...env, COLUMNS: '100' } });
    const screen = inTerminal(`${shellQuote(process.execPath)} ${shellQuote(BIN)} --today ${TODAY} --format table --jobs 2 ${shellQuote(news)}`, { ...env, NO_COLOR: '1' });
    expect(screen).toMatch(/parley [█░]+/);
    // The terminal shows the tables as written to a pipe, with the warning just before its article's table.
    const warning = `parley: ${join(news, '07.txt')}: warning: empty input: no text to read\n`;
    const at = pipe.out.indexOf(`${join(news, '07.txt')}  (no article date)`);
    expect(at).toBeGreaterThan(0);
    expect(screenOf(screen)).toBe((pipe.out.slice(0, at) + warning + pipe.out.slice(at)).replace(/\n+$/, '\n'));
  });

  it.skipIf(!hasScript)('draws no bar with --quiet, under CI, or on a dumb terminal', () => {
    const command = `${shellQuote(process.execPath)} ${shellQuote(BIN)} --today ${TODAY} --format jsonl ${shellQuote(news)} > /dev/null`;
    expect(inTerminal(command.replace('--format', '-q --format'), terminalEnv())).toBe('');
    const warning = `parley: ${join(news, '07.txt')}: warning: empty input: no text to read\r\n`;
    expect(inTerminal(command, { ...terminalEnv(), CI: 'true' })).toBe(warning);
    expect(inTerminal(command, { ...terminalEnv(), TERM: 'dumb' })).toBe(warning);
  });
});

describe('inputs too large to read', () => {
  it('skips a 50 MB single-line file with one line, exit 1, and processes the rest', () => {
    const big = join(dir, 'big.txt');
    writeFileSync(big, SENTENCE.repeat(Math.ceil(50e6 / SENTENCE.length)));
    const before = join(news, '01.txt'), after = join(news, '02.txt');
    const r = parley(['--format', 'jsonl', before, big, after]);
    expect(r.code).toBe(1);
    expect(r.err).toBe(`parley: ${big}: 50.0 MB is more than --max-size 1 MB; not read\n`);
    expect(files(r.out)).toEqual([before, after]);
    // The same bytes on standard input.
    const piped = spawnSync('sh', ['-c', `${shellQuote(process.execPath)} ${shellQuote(BIN)} --format jsonl < ${shellQuote(big)}`], { encoding: 'utf8' });
    expect(piped.status).toBe(1);
    expect(piped.stderr).toBe('parley: -: 50.0 MB is more than --max-size 1 MB; not read\n');
    expect(piped.stdout).toBe('');
  });

  it('skips a 50 MB record line without keeping it, and reads the records after it', () => {
    const records = join(dir, 'big.jsonl');
    writeFileSync(records, [
      JSON.stringify({ id: 'a', text: ARTICLE }),
      JSON.stringify({ id: 'huge', text: SENTENCE.repeat(Math.ceil(50e6 / SENTENCE.length)) }),
      JSON.stringify({ id: 'b', text: ARTICLE }),
    ].join('\n'));
    const r = parley(['--records', '--format', 'jsonl', records]);
    expect(r.code).toBe(1);
    expect(r.err).toBe(`parley: ${records}:2: 50.0 MB is more than --max-size 1 MB; not read\n`);
    expect(ids(r.out)).toEqual(['a', 'b']);
  });

  it('reads a single-line article under the limit, and a larger one with --max-size', () => {
    const line = join(dir, 'line.txt');
    writeFileSync(line, SENTENCE.repeat(Math.ceil(60e3 / SENTENCE.length)));
    const r = parley(['--format', 'jsonl', line]);
    expect(r.code).toBe(0);
    const [result] = r.out.trim().split('\n').map((l) => JSON.parse(l));
    expect(result.events.length).toBeGreaterThan(0);
    expect(parley(['--format', 'jsonl', '--max-size', '0.05', line]).err).toBe(`parley: ${line}: 0.1 MB is more than --max-size 0.05 MB; not read\n`);
  });

  it.each([['0'], ['-1'], ['lots']])('rejects --max-size %s as a usage error', (v) => {
    const r = parley(['--max-size', v, join(news, '01.txt')]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^parley: .*--max-size must be a number of megabytes above 0/);
    expect(r.out).toBe('');
  });
});

describe('link loops', () => {
  let loop: string;
  beforeAll(() => {
    loop = join(dir, 'loop');
    mkdirSync(join(loop, 'sub'), { recursive: true });
    writeFileSync(join(loop, 'sub', 'a.txt'), ARTICLE);
    symlinkSync('..', join(loop, 'sub', 'up')); // a folder that holds itself
    symlinkSync('.', join(loop, 'self.txt')); // a link to a folder, named like an article: not followed
    symlinkSync('y.txt', join(loop, 'x.txt')); // two links to each other
    symlinkSync('x.txt', join(loop, 'y.txt'));
    symlinkSync(join('sub', 'a.txt'), join(loop, 'link.txt')); // a link to a file is read
  });

  it('walks a folder with link loops once, and names each looping link', () => {
    const r = parley(['--format', 'jsonl', loop]);
    expect(r.code).toBe(1);
    expect(r.err.trim().split('\n')).toEqual([
      `parley: ${join(loop, 'x.txt')}: too many levels of symbolic links`,
      `parley: ${join(loop, 'y.txt')}: too many levels of symbolic links`,
    ]);
    expect(files(r.out)).toEqual([join(loop, 'link.txt'), join(loop, 'sub', 'a.txt')]);
  });

  it('expands a glob over a folder with link loops without going round them', () => {
    const r = parley(['--format', 'jsonl', 'loop/**/*.txt'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(files(r.out)).toEqual(['loop/link.txt', 'loop/sub/a.txt']);
    const absolute = parley(['--format', 'jsonl', `${loop}/**/a.txt`]);
    expect(files(absolute.out)).toEqual([join(loop, 'sub', 'a.txt')]);
  });
});

describe('inputs that change during a batch', () => {
  it('reports a file deleted and a file replaced by a folder after the folder was listed, and reads the rest', async () => {
    // 02.txt is a link to a named pipe: parley lists the folder, reads 01.txt, then waits on 02.txt until
    // this test writes to the pipe. Opening the pipe for writing returns once parley has opened it, so the
    // folder is listed by then; 03.txt and 04.txt change before parley reaches them.
    const batch = join(dir, 'batch');
    mkdirSync(batch);
    const fifo = join(dir, 'pipe');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    writeFileSync(join(batch, '01.txt'), ARTICLE);
    symlinkSync(fifo, join(batch, '02.txt'));
    writeFileSync(join(batch, '03.txt'), ARTICLE);
    writeFileSync(join(batch, '04.txt'), ARTICLE);
    writeFileSync(join(batch, '05.txt'), ARTICLE);
    const child = spawn(process.execPath, [BIN, '--today', TODAY, '--format', 'jsonl', batch]);
    let out = '', err = '';
    child.stdout.on('data', (d) => { out += d; });
    child.stderr.on('data', (d) => { err += d; });
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    const writer = await open(fifo, 'w');
    rmSync(join(batch, '03.txt'));
    rmSync(join(batch, '04.txt'));
    mkdirSync(join(batch, '04.txt'));
    await writer.write(ARTICLE);
    await writer.close();
    expect(await exited).toBe(1);
    expect(err.trim().split('\n')).toEqual([
      `parley: ${join(batch, '03.txt')}: no such file or folder`,
      `parley: ${join(batch, '04.txt')}: is a folder`,
    ]);
    expect(files(out)).toEqual(['01.txt', '02.txt', '05.txt'].map((f) => join(batch, f)));
  });
});

describe('output to a reader that stops, and to a terminal', () => {
  it('exits quietly when the reader takes one line and closes the pipe, with workers running', () => {
    const records = join(dir, 'many.jsonl');
    writeFileSync(records, Array.from({ length: 200 }, (_, i) => JSON.stringify({ id: `r${i}`, text: `${ARTICLE} Item ${i}.` })).join('\n'));
    for (const format of ['jsonl', 'json', 'csv']) {
      const r = spawnSync('sh', ['-c', `${shellQuote(process.execPath)} ${shellQuote(BIN)} --records --format ${format} --jobs 2 ${shellQuote(records)} | head -1`], { encoding: 'utf8' });
      expect(r.status).toBe(0);
      expect(r.stderr).toBe('');
      expect(r.stdout.split('\n')).toHaveLength(2);
    }
  });

  it('colours tables with --color, and never with --no-color or NO_COLOR', () => {
    const file = join(news, '01.txt');
    const env = { ...process.env };
    delete env.NO_COLOR;
    delete env.FORCE_COLOR;
    // eslint-disable-next-line no-control-regex
    const sgr = /\u001b\[\d+m/;
    expect(parley(['--format', 'table', file], { env }).out).not.toMatch(sgr); // a pipe
    const coloured = parley(['--format', 'table', '--color', file], { env });
    expect(coloured.out).toMatch(sgr);
    expect(coloured.out.replace(/\u001b\[\d+m/g, '')).toBe(parley(['--format', 'table', file], { env }).out);
    expect(parley(['--format', 'table', '--color', file], { env: { ...env, NO_COLOR: '1' } }).out).not.toMatch(sgr);
    expect(parley(['--format', 'table', '--no-color', file], { env: { ...env, FORCE_COLOR: '1' } }).out).not.toMatch(sgr);
    expect(parley(['timeline', '--format', 'table', '--color', news], { env }).out).toMatch(sgr);
  });

  it('never lets escape sequences or control characters from articles or names reach the terminal', () => {
    const nasty = join(dir, 'nasty\u001b[2J\u001b]0;pwned\u0007.txt');
    writeFileSync(nasty, 'KYIV, Feb 4, 2026 - \u001b[31mUkrainian\u001b[0m and Russian negotiators \u009b31m began talks in Abu Dhabi today, ' +
      'mediated by the United States, \u001b]8;;http://evil\u0007a spokesman\u001b]8;;\u0007 said.\u0008\u0008\u0008');
    const r = parley(['--format', 'table', '--explain', nasty, join(dir, 'gone\u001b[1A.txt')], { env: { ...process.env, FORCE_COLOR: '0' } });
    expect(r.code).toBe(1);
    expect(r.out).toContain('Abu Dhabi');
    expect(r.out).toMatch(/nasty.*pwned.*\.txt/);
    // eslint-disable-next-line no-control-regex
    expect(r.out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    // eslint-disable-next-line no-control-regex
    expect(r.err).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(r.err).toMatch(/^parley: .*gone.*\.txt: no such file or folder\n$/);
  });
});
