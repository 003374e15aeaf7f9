#!/usr/bin/env node
// Writes dist/bundle/main.js.cache (see bin/runtime.js): V8's compiled code for the bundle after parley has run
// on one short article, as JSON and as a table, so that a one-article run finds compiled most of what it runs.
// Run by scripts/bundle.mjs, with standard output thrown away (the two runs write theirs there).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadBundle } from '../bin/runtime.js';

// Written for this warm-up: a date line, a planned and a past meeting, parties, a mediator, venues.
const ARTICLE = `GENEVA, March 3, 2025 — Foreign ministers of Armenia and Azerbaijan will meet in Geneva on Friday
for talks mediated by the European Union, officials said on Monday. The two sides last met in Brussels in January.
`;

const bundle = loadBundle(new URL('../dist/bundle/main.js', import.meta.url));
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-code-cache-'));
try {
  const article = path.join(dir, 'article.txt');
  fs.writeFileSync(article, ARTICLE);
  for (const format of ['json', 'table']) {
    const code = await bundle.exports.main(['node', 'parley', article, '--format', format, '--jobs', '1']);
    if (code !== 0) throw new Error(`the warm-up run (--format ${format}) exited ${code}`);
  }
  bundle.writeCache();
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
