// --jobs gives the same output for any number of threads, on generated and mutated article sets: the pool of
// the built command (workers loaded first, so that they surely take part), and the command itself as a user
// runs it, with bad inputs among the articles.
import fc from 'fast-check';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureArticles, mutatedFixtureArticles, ROOT, TODAY } from './helpers.js';

const BIN = join(ROOT, 'bin', 'parley.js');

// Pieces of news prose, as in properties.test.ts, and the fixture articles with characters dropped,
// duplicated or swapped.
const FRAGMENTS = [
  'Russia and Ukraine', 'the United States', 'Qatari and Egyptian mediators', 'Hamas', 'the EU', 'Moscow', 'Kyiv', 'Armenia', 'Azerbaijan',
  'will resume talks', 'held a round of negotiations', 'met', 'the next round', 'a second round of talks', 'summit', 'reconvene',
  'on February 1', 'on Sunday, February 1', 'January 23 and 24', 'today (Wednesday)', 'last week', 'two-day', 'from March 3 to 5',
  'postponed from May 2 to May 9', 'in Abu Dhabi', 'in Geneva', 'mediated by Turkey', 'hosted by Oman', 'may take place', 'has been cancelled',
  'said', 'according to Reuters', 'bilateral', 'trilateral', ',', '.', '\n', '"', '“', '”', '(', ')', 'é', '\u001b[31m',
];
const generated = fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 8 })), { maxLength: 50 }).map((parts) => parts.join(' '));
const mutated = mutatedFixtureArticles(12);
const articleText = fc.oneof(generated, mutated);
const refDate = fc.option(fc.date({ min: new Date('2000-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)), { nil: null });

type Done = { id: number; text: string } | { id: number; error: string };
interface Pool { run(t: object): Promise<Done>; warmUp(): Promise<void>; close(): Promise<void>; done: { main: number; workers: number } }

describe('the --jobs pool of the built command', () => {
  const outputs = [
    { kind: 'format', format: 'jsonl', width: 100, explain: false, colour: 0 },
    { kind: 'format', format: 'table', width: 100, explain: true, colour: 0 },
    { kind: 'timeline' },
  ];
  const pools: Pool[] = [];
  let runners: ((t: object) => Done)[] = [];

  beforeAll(async () => {
    const { ExtractPool } = await import(pathToFileURL(join(ROOT, 'dist', 'cli', 'pool.js')).href);
    const { taskRunner } = await import(pathToFileURL(join(ROOT, 'dist', 'cli', 'task.js')).href);
    for (const output of outputs) {
      const config = { output, refDate: null, today: TODAY, mentions: 'meetings' as const };
      const pool: Pool = new ExtractPool(2, config);
      await pool.warmUp();
      pools.push(pool);
      runners.push(taskRunner(config));
    }
    // Six workers load the whole pipeline; on a busy CI machine that takes longer than the default 10 s.
  }, 120_000);
  afterAll(async () => {
    await Promise.all(pools.map((p) => p.close()));
    runners = [];
  });

  it('gives every article the same text in a worker as in the main thread, in any format', { timeout: 120_000 }, async () => {
    const batch = fc.array(fc.tuple(articleText, refDate), { minLength: 1, maxLength: 12 });
    await fc.assert(fc.asyncProperty(batch, fc.nat(outputs.length - 1), async (articles, which) => {
      const tasks = articles.map(([text, date], i) => ({ label: `a${i}.txt`, labelKey: 'file', text, date, warnings: [] }));
      const alone = tasks.map((t, id) => runners[which]({ ...t, id }));
      const pooled = await Promise.all(tasks.map((t) => pools[which].run(t)));
      expect(pooled.map(({ id: _, ...rest }) => rest)).toEqual(alone.map(({ id: _, ...rest }) => rest));
    }), { numRuns: 40 });
    // Here the workers did every article: the main thread takes one only through helpOne(), which the
    // command calls while it waits for the article it must write next.
    for (const p of pools) expect(p.done).toEqual({ main: 0, workers: expect.any(Number) });
    for (const p of pools) expect(p.done.workers).toBeGreaterThan(0);
  });
});

describe('V8 flags for a pool with a thread on every core', () => {
  it.each([
    [2, 2, true], [4, 2, true], [1, 1, true], [8, 8, true],
    [1, 2, false], [3, 8, false],
  ])('--jobs %i on %i cores: a larger interrupt budget %s', async (jobs, cores, larger) => {
    const { tierUpFlags } = await import(pathToFileURL(join(ROOT, 'dist', 'cli', 'pool.js')).href);
    const flags: string | null = tierUpFlags(jobs, cores);
    if (larger) expect(flags).toMatch(/^--interrupt-budget=\d+$/);
    else expect(flags).toBeNull();
  });

  it('are flags this Node knows (an unknown one would be ignored by setFlagsFromString without a word)', async () => {
    const { tierUpFlags } = await import(pathToFileURL(join(ROOT, 'dist', 'cli', 'pool.js')).href);
    const r = spawnSync(process.execPath, [...tierUpFlags(2, 2).split(' '), '-e', 'process.stdout.write("ran")'], { encoding: 'utf8' });
    expect({ status: r.status, out: r.stdout, err: r.stderr }).toEqual({ status: 0, out: 'ran', err: '' });
  });
});

describe('a worker with a user gazetteer', () => {
  it('uses the user gazetteer of the run\'s configuration (sent once, as workerData)', async () => {
    const { ExtractPool } = await import(pathToFileURL(join(ROOT, 'dist', 'cli', 'pool.js')).href);
    const gazetteer = JSON.parse(readFileSync(join(ROOT, 'fixtures', 'gazetteer', 'example.json'), 'utf8'));
    const pool: Pool = new ExtractPool(2, { output: { kind: 'format', format: 'jsonl', width: 100, explain: false, colour: 0 }, refDate: null, today: TODAY, gazetteer, mentions: 'meetings' });
    try {
      await pool.warmUp();
      const text = 'Negotiators for the Maduro government and the opposition party Vente Venezuela met in Naqoura on March 3, 2026.';
      const done = await pool.run({ label: 've.txt', labelKey: 'file', text, date: null, warnings: [] });
      expect(pool.done).toEqual({ main: 0, workers: 1 });
      const result = JSON.parse('text' in done ? done.text : done.error);
      expect(result.events[0].parties.map((p: { id: string }) => p.id)).toEqual(['VE', 'VV']);
      expect(result.events[0].venue).toEqual({ city: 'Naqoura', country: 'LB' });
    } finally {
      await pool.close();
    }
  });
});

describe('parley --jobs 1 and --jobs 2', () => {
  let root: string;
  beforeAll(() => { root = mkdtempSync(join(tmpdir(), 'parley-jobs-')); });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  function parley(args: string[]) {
    const r = spawnSync(process.execPath, [BIN, '--today', TODAY, ...args], { encoding: 'utf8', env: { ...process.env, COLUMNS: '100' } });
    return { code: r.status, out: r.stdout, err: r.stderr };
  }

  // A long article first keeps the main thread busy while the workers load, so that they take part in the
  // rest (the pool test above is the one that makes sure they do).
  const long = Array.from({ length: 8 }, () => fixtureArticles().join('\n\n')).join('\n\n');

  it('write the same output, errors and exit code for random article sets with bad inputs among them', { timeout: 180_000 }, () => {
    const bad = fc.constantFrom('empty', 'binary', 'missing', 'dangling');
    const input = fc.oneof({ weight: 5, arbitrary: articleText.map((text) => ({ text })) }, { weight: 1, arbitrary: bad.map((kind) => ({ kind })) });
    let run = 0;
    fc.assert(fc.property(fc.array(input, { minLength: 20, maxLength: 40 }).map((rest) => [{ text: long }, ...rest]), fc.constantFrom('json', 'jsonl', 'csv', 'table'), fc.boolean(), (items, format, records) => {
      const dir = join(root, `set-${run++}`);
      mkdirSync(dir);
      items.forEach((item, i) => {
        const file = join(dir, `${String(i).padStart(3, '0')}.txt`);
        if ('text' in item) writeFileSync(file, item.text);
        else if (item.kind === 'empty') writeFileSync(file, '');
        else if (item.kind === 'binary') writeFileSync(file, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff]));
        else if (item.kind === 'dangling') symlinkSync(join(dir, 'nowhere'), file);
      });
      let args = ['--format', format, dir, join(dir, 'missing.txt')];
      if (records) {
        // The same set as records, with a line that is no record among them.
        const lines = items.map((item, i) => ('text' in item ? JSON.stringify({ id: `r${i}`, text: item.text, date: '2026-02-04' }) : '{"id": "bad"'));
        writeFileSync(join(dir, 'set.jsonl'), lines.join('\n'));
        args = ['--records', '--format', format, join(dir, 'set.jsonl')];
      }
      const one = parley(['--jobs', '1', ...args]);
      const two = parley(['--jobs', '2', ...args]);
      expect(two).toEqual(one);
      expect(one.code).toBe(items.every((x) => 'text' in x) && records ? 0 : 1);
    }), { numRuns: 5 });
  });
});
