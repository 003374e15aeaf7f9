// The built command, run as a user would: exit codes, standard input, folders, globs, records, errors.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, TODAY, schemaErrors, timelineSchemaErrors } from './helpers.js';

const BIN = join(ROOT, 'bin', 'parley.js');
const ARTICLE = 'KYIV, Feb 4, 2026 (Wire) - Ukrainian and Russian negotiators began a second round of talks in Abu Dhabi today, mediated by the United States.';

function parley(args: string[], input?: string, cwd = ROOT) {
  const r = spawnSync(process.execPath, [BIN, '--today', TODAY, ...args], { cwd, input, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'parley-cli-'));
  mkdirSync(join(dir, 'news', 'deep'), { recursive: true });
  writeFileSync(join(dir, 'news', 'b.txt'), ARTICLE);
  writeFileSync(join(dir, 'news', 'deep', 'a.md'), 'Armenia and Azerbaijan met in Washington on November 18, 2025.');
  writeFileSync(join(dir, 'news', 'skip.json'), '{}');
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff]));
  symlinkSync(join(dir, 'gone.txt'), join(dir, 'dangling.txt'));
  mkdirSync(join(dir, 'nothing-here'));
  writeFileSync(join(dir, 'nothing-here', 'notes.json'), '{}');
});

describe('parley command', () => {
  it('prints its version and help with examples and exit codes', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(parley(['--version'])).toMatchObject({ code: 0, out: `${pkg.version}\n` });
    const help = parley(['--help']);
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/Examples:/);
    expect(help.out).toMatch(/Exit codes:/);
  });

  it('reads one file and writes a JSON array that validates against the schema', () => {
    const r = parley([join(dir, 'news', 'b.txt')]);
    expect(r.code).toBe(0);
    const results = JSON.parse(r.out);
    expect(results).toHaveLength(1);
    expect(results[0].file).toBe(join(dir, 'news', 'b.txt'));
    expect(results[0].referenceDate).toMatchObject({ value: '2026-02-04', source: 'text' });
    expect(results[0].events[0]).toMatchObject({ status: 'ongoing', round: 2, venue: { city: 'Abu Dhabi', country: 'AE' } });
    expect(schemaErrors(results[0])).toEqual([]);
  });

  it('walks folders recursively by extension, in name order', () => {
    const r = parley([join(dir, 'news')]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).map((x: { file: string }) => x.file)).toEqual([join(dir, 'news', 'b.txt'), join(dir, 'news', 'deep', 'a.md')]);
    const onlyMd = parley(['--ext', 'md', join(dir, 'news')]);
    expect(JSON.parse(onlyMd.out).map((x: { file: string }) => x.file)).toEqual([join(dir, 'news', 'deep', 'a.md')]);
  });

  it('expands quoted glob patterns', () => {
    const r = parley(['news/**/*.md'], undefined, dir);
    expect(JSON.parse(r.out).map((x: { file: string }) => x.file)).toEqual(['news/deep/a.md']);
  });

  it('reads piped standard input, with or without "-"', () => {
    for (const args of [[], ['-']]) {
      const r = parley(args, ARTICLE);
      expect(r.code).toBe(0);
      const [result] = JSON.parse(r.out);
      expect(result.file).toBe('-');
      expect(result.events).toHaveLength(1);
    }
  });

  it('writes JSON Lines, CSV and a table', () => {
    const file = join(dir, 'news', 'b.txt');
    const jsonl = parley(['--format', 'jsonl', file, file]);
    expect(jsonl.out.trim().split('\n').map((l) => JSON.parse(l).file)).toEqual([file, file]);
    const csv = parley(['--format', 'csv', file]).out.trim().split('\r\n');
    expect(csv[0]).toMatch(/^source,event,date_start,date_end,/);
    expect(csv[1]).toContain('2026-02-04');
    expect(csv[1]).toContain('RU;UA');
    const table = parley(['--format', 'table', '--explain', file]).out;
    expect(table).toContain('Abu Dhabi');
    expect(table).toContain('mediator: US');
    expect(table).toMatch(/status: status\./);
  });

  it('uses --ref-date for articles without a date of their own, and the text date over it', () => {
    const plain = parley(['--ref-date', '2026-02-04'], 'Russia and Ukraine began talks today.');
    expect(JSON.parse(plain.out)[0].referenceDate).toMatchObject({ value: '2026-02-04', source: 'option' });
    expect(JSON.parse(plain.out)[0].events[0].date).toMatchObject({ start: '2026-02-04' });
    const dated = parley(['--ref-date', '2020-01-01', join(dir, 'news', 'b.txt')]);
    expect(JSON.parse(dated.out)[0].referenceDate).toMatchObject({ value: '2026-02-04', source: 'text' });
  });

  it('reads an article that names no meeting no further, unless --all-mentions is given', () => {
    const report = 'PARIS, March 3, 2026 - The central bank raised its main rate on Tuesday, and France and Germany said prices rose in February.';
    const quick = JSON.parse(parley(['--format', 'jsonl'], report).out);
    expect(quick.referenceDate).toMatchObject({ value: '2026-03-03', source: 'text' });
    expect(quick.events).toEqual([]);
    expect(quick.mentions).toEqual({ dates: [], parties: [], venues: [], formats: [] });
    const all = JSON.parse(parley(['--format', 'jsonl', '--all-mentions'], report).out);
    expect(all.events).toEqual([]);
    expect(all.mentions.dates.map((d: { value: string }) => d.value)).toEqual(['2026-03-03', '2026-03-03', '2026-02']);
    expect(all.mentions.parties.map((p: { name: string }) => p.name)).toEqual(['France', 'Germany']);
    expect(schemaErrors(quick)).toEqual([]);
    expect(schemaErrors(all)).toEqual([]);
  });

  it('reports unreadable inputs in one line each, exits 1, and still processes the rest', () => {
    const r = parley([join(dir, 'missing.txt'), join(dir, 'dangling.txt'), join(dir, 'binary.txt'), join(dir, 'nothing-here'), 'no-match-*.txt', join(dir, 'news', 'b.txt')]);
    expect(r.code).toBe(1);
    const lines = r.err.trim().split('\n');
    expect(lines).toEqual([
      `parley: ${join(dir, 'missing.txt')}: no such file or folder`,
      `parley: ${join(dir, 'dangling.txt')}: no such file or folder`,
      `parley: ${join(dir, 'binary.txt')}: binary data, not text`,
      `parley: ${join(dir, 'nothing-here')}: folder has no files ending in .txt, .text, .md`,
      'parley: no-match-*.txt: no files match this pattern',
    ]);
    expect(JSON.parse(r.out).map((x: { file: string }) => x.file)).toEqual([join(dir, 'news', 'b.txt')]);
  });

  it('processes an empty file with a warning and exit code 0', () => {
    const r = parley([join(dir, 'empty.txt')]);
    expect(r.code).toBe(0);
    expect(r.err).toBe(`parley: ${join(dir, 'empty.txt')}: warning: empty input: no text to read\n`);
    expect(JSON.parse(r.out)[0]).toMatchObject({ events: [], warnings: ['empty input: no text to read'] });
  });

  it.each([
    [['--format', 'xml']],
    [['--ref-date', '2026-13-45']],
    [['--ref-date', 'yesterday']],
    [['--no-such-option']],
  ])('rejects %j with one line and exit code 2', (args) => {
    const r = parley([...args, join(dir, 'news', 'b.txt')]);
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toMatch(/^parley: .*\(see parley --help\)\n$/);
    expect(r.out).toBe('');
  });

  it('reads JSON Lines records; bad lines are reported by line number and the rest processed', () => {
    const input = [
      JSON.stringify({ id: 'a1', text: 'Russia and Ukraine began talks today.', date: '2026-02-04' }),
      '{not json',
      JSON.stringify({ id: 'a2' }),
      JSON.stringify({ id: 'a3', text: 'Nothing happened.', date: '04/02/2026' }),
      '',
      JSON.stringify({ id: 'a4', text: 'KYIV, Feb 4, 2026 - Talks between Russia and Ukraine began yesterday.', date: '2026-02-10' }),
    ].join('\n');
    const r = parley(['--records', '--format', 'jsonl'], input);
    expect(r.code).toBe(1);
    expect(r.err.trim().split('\n')).toEqual([
      expect.stringMatching(/^parley: -:2: invalid JSON/),
      'parley: -:3: record has no "text" string',
      'parley: -:4: "date" must be a YYYY-MM-DD date, got "04/02/2026"',
    ]);
    const results = r.out.trim().split('\n').map((l) => JSON.parse(l));
    expect(results.map((x) => x.id)).toEqual(['a1', 'a4']);
    expect(results[0].file).toBeUndefined();
    expect(results[0].referenceDate).toMatchObject({ value: '2026-02-04', source: 'record' });
    // The record's date is authoritative, over the text's own date line.
    expect(results[1].referenceDate).toMatchObject({ value: '2026-02-10', source: 'record' });
    expect(results[1].events[0].date).toMatchObject({ start: '2026-02-09' });
  });

  it('exits quietly when the reader closes the pipe', () => {
    const r = spawnSync('sh', ['-c', `node ${BIN} --format jsonl ${join(ROOT, 'fixtures', 'articles')} ${join(ROOT, 'fixtures', 'articles')} | head -c 10`], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toHaveLength(10);
  });
});

describe('parley --gazetteer', () => {
  const ARTICLE_VE = 'Negotiators for the Maduro government and the opposition party Vente Venezuela met in Naqoura on March 3, 2026.';

  it('adds the parties, aliases and cities of a user gazetteer', () => {
    const r = parley(['--gazetteer', join(ROOT, 'fixtures', 'gazetteer', 'example.json')], ARTICLE_VE);
    expect(r.code).toBe(0);
    const [result] = JSON.parse(r.out);
    expect(result.events[0].parties.map((p: { id: string }) => p.id)).toEqual(['VE', 'VV']);
    expect(result.events[0].venue).toEqual({ city: 'Naqoura', country: 'LB' });
  });

  it.each([
    ['{"parties": [{"id": "pud", "name": "x"}]}', '/parties/0/id must match pattern'],
    ['{"parties": [', 'not valid JSON'],
    ['{"partys": []}', 'must NOT have additional properties "partys"'],
    ['{"cities": [{"name": "Naqoura"}]}', "/cities/0 must have required property 'country'"],
  ])('rejects a malformed gazetteer %j with one line and exit code 2', (content, message) => {
    const file = join(dir, 'gazetteer.json');
    writeFileSync(file, content);
    const r = parley(['--gazetteer', file], ARTICLE_VE);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`parley: --gazetteer ${file}: ${r.err.slice(`parley: --gazetteer ${file}: `.length)}`);
    expect(r.err).toContain(message);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.out).toBe('');
  });
});

describe('parley timeline', () => {
  const set = join(ROOT, 'fixtures', 'timeline', 'armenia-azerbaijan');

  it('merges a folder into one timeline (json by default in a pipe)', () => {
    const r = parley(['timeline', '--ext', 'txt', set]);
    expect(r.code).toBe(0);
    const t = JSON.parse(r.out);
    expect(timelineSchemaErrors(t)).toEqual([]);
    expect(t.meetings.map((m: { id: string }) => m.id)).toEqual(['2026-03-10:AM+AZ', '2026-04-02:AM+AZ']);
  });

  // One run each, so that each has the whole time limit on a busy machine.
  it('writes md', () => {
    const md = parley(['timeline', '--ext', 'txt', '--format', 'md', set]).out;
    expect(md).toMatch(/^# Meetings across sources/);
    expect(md).toContain('⚠ venue: Geneva, CH');
  });

  it('writes csv', () => {
    const csv = parley(['timeline', '--ext', 'txt', '--format', 'csv', set]).out.trim().split('\r\n');
    expect(csv[0]).toBe('meeting,date_start,date_end,date_value,format,participants,mediators,hosts,excluded,venue_city,venue_country,status,certainty,source_count,sources,conflicts');
    expect(csv).toHaveLength(3);
  });

  it('writes jsonl and table', () => {
    expect(parley(['timeline', '--ext', 'txt', '--format', 'jsonl', set]).out.trim().split('\n')).toHaveLength(2);
    expect(parley(['timeline', '--ext', 'txt', '--format', 'table', set]).out).toContain('2 meeting(s) from 4 source(s)');
  });

  it('merges parts written earlier with --from: results and timelines alike, same as one run', () => {
    const files = ['a1.txt', 'a2.txt', 'a3.txt', 'a4.txt'].map((f) => join(set, f));
    const whole = JSON.parse(parley(['timeline', ...files]).out);
    const part1 = join(dir, 'part1.jsonl');
    const part2 = join(dir, 'part2.jsonl');
    writeFileSync(part1, parley(['--format', 'jsonl', files[0], files[1]]).out); // per-article results
    writeFileSync(part2, parley(['timeline', '--format', 'jsonl', files[2], files[3]]).out); // a timeline
    const merged = parley(['timeline', '--from', part1, part2]);
    expect(merged.code).toBe(0);
    expect(JSON.parse(merged.out).meetings).toEqual(whole.meetings);
  });

  it('reports a --from file that is not parley output in one line, exits 1, and merges the rest', () => {
    const bad = join(dir, 'bad.jsonl');
    writeFileSync(bad, '{"hello": 1}\n');
    const good = join(dir, 'good.jsonl');
    writeFileSync(good, parley(['--format', 'jsonl', join(set, 'a1.txt')]).out);
    const r = parley(['timeline', '--from', bad, join(dir, 'missing.jsonl'), good]);
    expect(r.code).toBe(1);
    expect(r.err.trim().split('\n')).toEqual([
      `parley: --from ${bad}: item 1 is neither a parley result nor a timeline`,
      `parley: --from ${join(dir, 'missing.jsonl')}: no such file or folder`,
    ]);
    expect(JSON.parse(r.out).meetings).toHaveLength(1);
  });
});

describe('parley --jobs', () => {
  it('gives the same output for any number of workers', () => {
    const folders = ['articles', 'heldout', 'dev', 'blind'].map((f) => join(ROOT, 'fixtures', f));
    const one = parley(['--ext', 'txt', '--format', 'jsonl', '--jobs', '1', ...folders]);
    const two = parley(['--ext', 'txt', '--format', 'jsonl', '--jobs', '2', ...folders]);
    expect(one.code).toBe(0);
    expect(one.out.trim().split('\n').length).toBeGreaterThan(16); // workers start with the second article
    expect(two.out).toBe(one.out);
  });

  it.each([['0'], ['x'], ['1.5']])('rejects --jobs %s', (n) => {
    const r = parley(['--jobs', n, join(dir, 'news', 'b.txt')]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--jobs must be a whole number/);
  });
});
