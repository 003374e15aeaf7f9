import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { Ajv } from 'ajv';
import type { Result } from '../src/types.js';

export const ROOT = new URL('..', import.meta.url).pathname;
/** Fixed "today" so that weekday-based years do not move with the machine's clock. */
export const TODAY = '2026-11-21';

const schema = JSON.parse(readFileSync(new URL('../schema/result.schema.json', import.meta.url), 'utf8'));
const timelineSchema = JSON.parse(readFileSync(new URL('../schema/timeline.schema.json', import.meta.url), 'utf8'));
const ajv = new Ajv({ allErrors: true, strict: false });
const validate = ajv.compile(schema);
const validateTimeline = ajv.compile(timelineSchema);

/** Schema errors of one timeline (empty when valid). */
export function timelineSchemaErrors(timeline: unknown): string[] {
  return validateTimeline(timeline) ? [] : (validateTimeline.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

/** Schema errors of one result, as readable lines (empty when valid). */
export function schemaErrors(result: unknown): string[] {
  return validate(result) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

/** Every span in a result slices back to its text in the input. */
export function spanErrors(text: string, result: Result): string[] {
  const errors: string[] = [];
  const check = (where: string, s: { start: number; end: number; text: string } | null | undefined) => {
    if (!s) return;
    if (text.slice(s.start, s.end) !== s.text) errors.push(`${where}: [${s.start},${s.end}) is ${JSON.stringify(text.slice(s.start, s.end))}, not ${JSON.stringify(s.text)}`);
  };
  check('referenceDate', result.referenceDate.evidence);
  for (const [kind, list] of Object.entries(result.mentions)) (list as { start: number; end: number; text: string }[]).forEach((m, i) => check(`mentions.${kind}[${i}]`, m));
  result.events.forEach((e, i) => {
    e.evidence.forEach((s, j) => check(`events[${i}].evidence[${j}]`, s));
    e.attribution.forEach((a, j) => check(`events[${i}].attribution[${j}]`, a.evidence));
    for (const [field, why] of Object.entries(e.why)) check(`events[${i}].why.${field}`, why.evidence);
  });
  return errors;
}

/** The texts of the bundled fixture articles, in name order. */
export function fixtureArticles(): string[] {
  const dir = join(ROOT, 'fixtures', 'articles');
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(dir, f), 'utf8'));
}

/** The bundled fixture articles with characters dropped, duplicated or swapped (at most `maxEdits` edits). */
export function mutatedFixtureArticles(maxEdits: number): fc.Arbitrary<string> {
  return fc.tuple(fc.constantFrom(...fixtureArticles()), fc.array(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom('drop', 'dup', 'swap')), { maxLength: maxEdits }))
    .map(([t, edits]) => edits.reduce((s, [a, b, op]) => {
      if (!s.length) return s;
      const i = a % s.length, j = b % s.length;
      if (op === 'drop') return s.slice(0, i) + s.slice(i + 1);
      if (op === 'dup') return s.slice(0, i) + s[i] + s.slice(i);
      return s.slice(0, i) + s[j] + s.slice(i + 1);
    }, t));
}
