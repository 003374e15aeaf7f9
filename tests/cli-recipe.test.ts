// The README's split/merge recipe for archives too big for one machine: split a records file into parts,
// run `parley --records part --format jsonl` on each (the map step, on any machine, in any order), and merge
// the outputs with `parley timeline --from` (the reduce step). The merged timeline is the one timeline of a
// single run over the whole archive.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, TODAY, timelineSchemaErrors } from './helpers.js';

const BIN = join(ROOT, 'bin', 'parley.js');

function parley(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [BIN, '--today', TODAY, ...args], { encoding: 'utf8', input, maxBuffer: 1 << 26 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

let dir: string;
let whole: string;
let lines: string[];
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'parley-recipe-'));
  // Every fixture article that sources a shared meeting, as records: the timeline sets (several sources of one
  // meeting, with conflicts) and the other fixture sets, each article a record with its own id.
  const folders = ['timeline/armenia-azerbaijan', 'articles', 'heldout', 'dev'].map((f) => join(ROOT, 'fixtures', f));
  for (const folder of readdirSync(join(ROOT, 'fixtures', 'timeline'))) {
    const path = join(ROOT, 'fixtures', 'timeline', folder);
    if (!folders.includes(path)) folders.push(path);
  }
  lines = folders.flatMap((folder) => readdirSync(folder).filter((f) => f.endsWith('.txt')).sort()
    .map((f) => JSON.stringify({ id: `${folder.slice(join(ROOT, 'fixtures').length + 1)}/${f}`, text: readFileSync(join(folder, f), 'utf8') })));
  whole = join(dir, 'archive.jsonl');
  writeFileSync(whole, `${lines.join('\n')}\n`);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('split, map with parley --records, reduce with parley timeline --from', () => {
  it('gives the timeline of one run over the whole archive, for any split', { timeout: 120_000 }, () => {
    expect(lines.length).toBeGreaterThan(20);
    const one = parley(['timeline', '--records', '--format', 'json', whole]);
    expect(one.code).toBe(0);
    const expected = JSON.parse(one.out);
    expect(timelineSchemaErrors(expected)).toEqual([]);
    expect(expected.meetings.some((m: { claims: unknown[] }) => m.claims.length > 1)).toBe(true);

    // Splits as `split -n l/3` (contiguous parts) and round-robin as `split -n r/4` would make them.
    const splits = [
      [lines.slice(0, 9), lines.slice(9, 23), lines.slice(23)],
      [0, 1, 2, 3].map((k) => lines.filter((_, i) => i % 4 === k)),
    ];
    splits.forEach((parts, s) => {
      const outs = parts.map((part, k) => {
        const input = join(dir, `split${s}-part${k}.jsonl`);
        writeFileSync(input, `${part.join('\n')}\n`);
        const out = join(dir, `split${s}-out${k}.jsonl`);
        const map = parley(['--records', input, '--format', 'jsonl']);
        expect(map.code).toBe(0);
        writeFileSync(out, map.out);
        return out;
      });
      // Reduce in any order of the parts.
      const merged = parley(['timeline', '--from', ...outs.reverse(), '--format', 'json']);
      expect(merged.code).toBe(0);
      expect(JSON.parse(merged.out)).toEqual(expected);
    });
  });

  it('merges partial timelines too (a second reduce level), and takes the map step on standard input', { timeout: 120_000 }, () => {
    const expected = JSON.parse(parley(['timeline', '--records', '--format', 'json', whole]).out);
    const half = Math.floor(lines.length / 2);
    const outs = [lines.slice(0, half), lines.slice(half)].map((part, k) => {
      const mapped = parley(['--records', '--format', 'jsonl'], `${part.join('\n')}\n`); // parley --records < part
      expect(mapped.code).toBe(0);
      const out = join(dir, `stdin-out${k}.jsonl`);
      writeFileSync(out, mapped.out);
      // Each reducer writes a partial timeline, as JSON: one meeting a line (jsonl) would drop the sources
      // that claim no meeting from the timeline's list of sources. A last reducer merges the partial ones.
      const partial = join(dir, `partial${k}.json`);
      writeFileSync(partial, parley(['timeline', '--from', out, '--format', 'json']).out);
      return partial;
    });
    const merged = parley(['timeline', '--from', ...outs, '--format', 'json']);
    expect(merged.code).toBe(0);
    expect(JSON.parse(merged.out)).toEqual(expected);
  });
});
