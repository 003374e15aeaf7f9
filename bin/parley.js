#!/usr/bin/env node
// The parley command: a thin wrapper over dist/cli/main.js (built by `npm install` / `npm run build`).
import { main } from '../dist/cli/main.js';

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
