#!/usr/bin/env node
// TempEval-3 Task A over a TIMEX3 gold file (e.g. ../shared/data/te3/tbaq.jsonl): parley's date layer
// (extract(text, { mentions: 'all' }).mentions.dates, each document's creation date as the record date) and raw chrono-node
// (casual.parse with the creation date as reference), scored in the same run by the TempEval-3 scorer.
//   npm run bench:timex -- ../shared/data/te3/tbaq.jsonl [--scorer PATH] [--errors N]
// A benchmark, not a test: it prints figures and exits 0 unless something fails to run.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as chrono from 'chrono-node';
import { extract } from '../dist/index.js';
import { requirePaths, sharedTool, takeFlag } from './cli-args.mjs';

const args = process.argv.slice(2);
const scorer = path.resolve(takeFlag(args, '--scorer') ?? sharedTool('te3-score.mjs'));
const errors = takeFlag(args, '--errors');
const gold = args[0];
if (!gold) { console.error('usage: npm run bench:timex -- <gold.jsonl> [--scorer te3-score.mjs] [--errors N]'); process.exit(2); }
requirePaths('bench:timex', [['gold', gold], ['scorer', scorer]]);

const docs = fs.readFileSync(gold, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
const pad = (n, w = 2) => String(n).padStart(w, '0');

function parleyTimex(doc) {
  const r = extract(doc.text, { referenceDate: doc.dct, referenceSource: 'record', today: doc.dct, mentions: 'all' });
  return r.mentions.dates.map((d) => ({ start: d.start, end: d.end, type: d.type, value: d.value }));
}

// Raw chrono: its own spans, every result a DATE valued at the precision chrono is certain of.
function chronoTimex(doc) {
  const [y, m, d] = doc.dct.split('-').map(Number);
  return chrono.casual.parse(doc.text, { instant: new Date(Date.UTC(y, m - 1, d, 12)), timezone: 0 }).map((r) => {
    const c = r.start;
    const value = c.isCertain('day') || c.isCertain('weekday') ? `${pad(c.get('year'), 4)}-${pad(c.get('month'))}-${pad(c.get('day'))}`
      : c.isCertain('month') ? `${pad(c.get('year'), 4)}-${pad(c.get('month'))}` : `${pad(c.get('year'), 4)}`;
    return { start: r.index, end: r.index + r.text.length, type: 'DATE', value };
  });
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-timex-'));
for (const [name, run] of [['parley', parleyTimex], ['chrono-node (raw casual)', chronoTimex]]) {
  const started = process.hrtime.bigint();
  const lines = docs.map((doc) => JSON.stringify({ id: doc.id, timex: run(doc) }));
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const pred = path.join(dir, `${name.split(' ')[0]}.jsonl`);
  fs.writeFileSync(pred, `${lines.join('\n')}\n`);
  console.log(`\n=== ${name}: ${docs.length} documents in ${ms.toFixed(0)} ms ===`);
  const r = spawnSync(process.execPath, [scorer, gold, pred, ...(errors ? ['--errors', errors] : [])], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
