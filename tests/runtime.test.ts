// bin/runtime.js: the bundle run as CommonJS with V8's cache of its compiled code. A cache that does not fit
// (another V8, other flags, corrupt bytes, an older bundle) must cost only the compile, never the result.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeEach, describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

const RUNTIME = pathToFileURL(join(ROOT, 'bin', 'runtime.js')).href;

/**
 * Loads a file through bin/runtime.js in a process of its own (V8 also keeps compiled code in memory for a
 * source it has seen, and would not read the cache a second time), calls its exports and reports.
 */
function loadInChild(file: string, { writeCache = false } = {}) {
  const script = `import(${JSON.stringify(RUNTIME)}).then((m) => {
    const b = m.loadBundle(${JSON.stringify(pathToFileURL(file).href)});
    let stack = '';
    try { b.exports.fail?.(); } catch (e) { stack = e.stack; }
    const report = { rejected: b.cacheRejected, name: b.exports.name, sum: b.exports.sum?.([4, 5]), main: typeof b.exports.main, stack };
    if (${writeCache}) b.writeCache();
    console.log(JSON.stringify(report));
  })`;
  const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout) as { rejected: boolean | null; name?: string; sum?: number; main: string; stack: string };
}

// A CommonJS file of our own, with Node's wrapper arguments in use and an error thrown on a known line.
const SOURCE = [
  "const { basename } = require('node:path');",
  'exports.name = basename(__filename);',
  'module.exports.sum = (xs) => xs.reduce((a, b) => a + b, 0);',
  "module.exports.fail = () => { throw new Error('from line 4'); };",
].join('\n');

let file: string;
beforeEach(() => {
  file = join(mkdtempSync(join(tmpdir(), 'parley-runtime-')), 'bundle.js');
  writeFileSync(file, SOURCE);
});

describe('loadBundle', () => {
  it('runs a CommonJS file with require, module, exports and __filename, and reads no cache when there is none', () => {
    expect(loadInChild(file)).toMatchObject({ rejected: null, name: 'bundle.js', sum: 9 });
  });

  it("keeps the file's own lines in stack traces", () => {
    expect(loadInChild(file).stack).toContain(`${file}:4:`);
  });

  it('takes a cache written after a run, and gives the same exports with it', () => {
    loadInChild(file, { writeCache: true });
    expect(loadInChild(file)).toMatchObject({ rejected: false, name: 'bundle.js', sum: 9 });
  });

  it('compiles afresh, with the same result, when the cache is corrupt', () => {
    loadInChild(file, { writeCache: true });
    const cache = readFileSync(`${file}.cache`);
    writeFileSync(`${file}.cache`, cache.subarray(0, cache.length >> 1));
    expect(loadInChild(file)).toMatchObject({ rejected: true, name: 'bundle.js', sum: 9 });
  });

  it('does not read a cache older than the file it was made for', () => {
    loadInChild(file, { writeCache: true });
    const later = new Date(Date.now() + 60_000);
    utimesSync(file, later, later);
    expect(loadInChild(file)).toMatchObject({ rejected: null, sum: 9 });
  });
});

describe('the built bundle', () => {
  const bundle = join(ROOT, 'dist', 'bundle', 'main.js');
  // Without esbuild the build makes no bundle, and bin/parley.js runs dist/cli/main.js instead.
  it.runIf(existsSync(bundle))('has a code cache that V8 takes under the flags bin/parley.js sets', () => {
    expect(loadInChild(bundle)).toMatchObject({ rejected: false, main: 'function' });
  });
});
