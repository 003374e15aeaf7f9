#!/usr/bin/env node
// The parley command: a thin wrapper over the build (`npm install` / `npm run build` makes it). It runs the
// bundled build, dist/bundle/main.js (one file: starts several times faster than the modules of dist/), when it
// is there and not older than dist/cli/main.js (`tsc` alone leaves it stale), and dist/cli/main.js otherwise.
import { statSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';

// V8 compiles a regular expression to machine code on its second use; for chrono-node's largest patterns that
// takes about 300 ms, most of a one-article run. Interpreted for their first 20 uses instead, they cost a
// one-article run nothing, and an archive run, where every pattern is used thousands of times, still gets
// machine code within its first few articles. (Set before any pattern is compiled; applies to the workers too.)
setFlagsFromString('--regexp-tier-up-ticks=20');

const mtime = (path) => {
  try { return statSync(new URL(path, import.meta.url)).mtimeMs; } catch { return null; }
};
const bundled = mtime('../dist/bundle/main.js');
const useBundle = bundled !== null && bundled >= (mtime('../dist/cli/main.js') ?? 0);
const { main } = await import(useBundle ? '../dist/bundle/main.js' : '../dist/cli/main.js');

// A closed pipe (`parley … | head -1`) ends the run quietly.
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

main(process.argv).then(
  (code) => { process.exitCode = code; },
  (e) => {
    process.stderr.write(`parley: internal error: ${e?.stack ?? e}\n`);
    process.exitCode = 70;
  },
);
