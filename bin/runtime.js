// How parley's code starts: two V8 flags, and the bundled build run with V8's cache of its compiled code.
// bin/parley.js and scripts/code-cache.mjs (which writes that cache at build time) both start through here, so
// the flags a cache was made under are the flags it is read under (V8 refuses a cache made under others).
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { Script } from 'node:vm';

// V8 compiles a regular expression to machine code on its second use; for chrono-node's largest patterns that
// takes about 300 ms, most of a one-article run. Interpreted for their first 20 uses instead, they cost a
// one-article run nothing, and an archive run, where every pattern is used thousands of times, still gets
// machine code within its first few articles. (Set before any pattern is compiled; applies to the workers too.)
setFlagsFromString('--regexp-tier-up-ticks=20');

// V8 lets a heap grow to about twice its live size before a full collection, and a long run reaches that size
// where a short one does not: peak memory would depend on the archive's length. Growing by 30 % at most keeps it
// flat (peak 100×/10× 1.04 on TempEval-3). It replaces a full collection forced every 4 M characters, which
// cost 6–10 % of a one-thread run: forced at a moment when no article was in hand, it freed the hidden classes
// of chrono-node's per-parse objects, and V8 threw away and recompiled the code built on them each time.
// (Applies to the workers too.)
setFlagsFromString('--heap-growing-percent=30');

/**
 * Runs a CommonJS file of the bundle (dist/bundle/main.js) and returns its exports. Its compiled code comes
 * from `<file>.cache` when that is not older than the file: Node 20 compiles an ES module afresh on every
 * start (it has no compile cache before Node 22), which for the bundle's 0.4 MB was a sixth of a one-article
 * run. V8 checks the cache against its own version and flags and the source's length, and compiles afresh
 * when it does not fit; the time check keeps a cache of an older bundle of the same length from being used.
 */
export function loadBundle(url) {
  const file = fileURLToPath(url);
  const cacheFile = `${file}.cache`;
  const source = readFileSync(file, 'utf8');
  let cachedData;
  try {
    if (statSync(cacheFile).mtimeMs >= statSync(file).mtimeMs) cachedData = readFileSync(cacheFile);
  } catch {
    // No cache: compiled afresh.
  }
  // Node's own wrapper for a CommonJS file; the file's first line starts a line of its own (lineOffset -1),
  // so that lines and columns in stack traces are the file's.
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {\n${source}\n})`, {
    filename: file,
    lineOffset: -1,
    cachedData,
  });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
  return {
    exports: module.exports,
    /** true: a cache was there but V8 did not take it; null: there was none. */
    cacheRejected: cachedData ? script.cachedDataRejected === true : null,
    /** Writes the code compiled so far (the script and every function that has run) as the file's cache. */
    writeCache: () => writeFileSync(cacheFile, script.createCachedData()),
  };
}
