// Reads what parley wrote earlier, for `parley timeline --from`: per-article results (--format json: an
// array; jsonl: one a line) and timelines (json: one object; jsonl: one meeting a line).
import { readFileSync } from 'node:fs';
import type { TimelineInput } from '../timeline/merge.js';
import type { Timeline, TimelineMeeting } from '../timeline/types.js';
import { UsageError } from '../errors.js';

export function readSaved(path: string): TimelineInput[] {
  const text = readFileSync(path, 'utf8').trim();
  if (!text) return [];
  let values: unknown[];
  try {
    const whole = JSON.parse(text) as unknown;
    values = Array.isArray(whole) ? whole : [whole];
  } catch {
    values = text.split('\n').filter((l) => l.trim()).map((line, i) => {
      try { return JSON.parse(line) as unknown; } catch (e) { throw new UsageError(`line ${i + 1}: invalid JSON (${(e as Error).message})`); }
    });
  }
  const meetings: TimelineMeeting[] = [];
  const inputs: TimelineInput[] = [];
  values.forEach((v, i) => {
    const o = v as Record<string, unknown>;
    if (o && Array.isArray(o.meetings) && Array.isArray(o.sources)) inputs.push(o as unknown as Timeline);
    else if (o && Array.isArray(o.claims)) meetings.push(o as unknown as TimelineMeeting);
    else if (o && Array.isArray(o.events) && (typeof o.file === 'string' || typeof o.id === 'string')) inputs.push(o as unknown as TimelineInput);
    else throw new UsageError(`item ${i + 1} is neither a parley result nor a timeline`);
  });
  if (meetings.length) inputs.push({ meetings, sources: [...new Set(meetings.flatMap((m) => m.claims.map((c) => c.source)))], warnings: [] });
  return inputs;
}
