#!/usr/bin/env node
// The parley command: a thin wrapper over the build (`npm install` / `npm run build` makes it). It runs the
// bundled build, dist/bundle/main.js (one file, with its compiled code cached: starts several times faster than
// the modules of dist/), when it is there and not older than dist/cli/main.js (`tsc` alone leaves it stale),
// and dist/cli/main.js otherwise.
import { statSync } from 'node:fs';
import { loadBundle } from './runtime.js';

const mtime = (path) => {
  try { return statSync(new URL(path, import.meta.url)).mtimeMs; } catch { return null; }
};
const bundled = mtime('../dist/bundle/main.js');
const useBundle = bundled !== null && bundled >= (mtime('../dist/cli/main.js') ?? 0);
const { main } = useBundle ? loadBundle(new URL('../dist/bundle/main.js', import.meta.url)).exports : await import('../dist/cli/main.js');

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
