#!/usr/bin/env node
// Runs parley over a folder of articles and scores the JSON against hand-annotated gold with the shared
// scorer (../shared/tools/score-events.mjs by default):
//   npm run eval -- ../shared/seeds ../shared/gold/seeds.jsonl
//   npm run eval -- fixtures/articles fixtures/gold.jsonl
// Options: --scorer PATH, --verbose (per-event pairs from the scorer), --keep FILE (keep parley's JSON).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { requirePaths, root, sharedTool, takeFlag } from './cli-args.mjs';

const args = process.argv.slice(2);
const scorer = path.resolve(takeFlag(args, '--scorer') ?? sharedTool('score-events.mjs'));
const keep = takeFlag(args, '--keep');
const verbose = args.includes('--verbose');
const [articles, gold] = args.filter((a) => a !== '--verbose');
if (!articles || !gold) {
  console.error('usage: npm run eval -- <articles folder> <gold.jsonl> [--scorer score-events.mjs] [--verbose] [--keep out.json]');
  process.exit(2);
}
requirePaths('eval', [['articles', articles], ['gold', gold], ['scorer', scorer]]);
const run = spawnSync(process.execPath, [path.join(root, 'bin', 'parley.js'), '--format', 'json', articles], { encoding: 'utf8', maxBuffer: 1 << 30 });
if (run.status !== 0) { console.error(`eval: parley exited ${run.status}\n${run.stderr}`); process.exit(1); }
// Without --keep, parley's JSON goes to a temporary folder that is removed once scored.
const tmp = keep ? null : fs.mkdtempSync(path.join(os.tmpdir(), 'parley-eval-'));
const out = keep ?? path.join(tmp, 'pred.json');
fs.writeFileSync(out, run.stdout);
const score = spawnSync(process.execPath, [scorer, '--gold', gold, '--pred', out, ...(verbose ? ['--verbose'] : [])], { stdio: 'inherit' });
if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
process.exit(score.status ?? 1);
