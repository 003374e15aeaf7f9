// The timeline: merge rules (with near misses), planted agreements and contradictions in fixture sets,
// and the promise that merging is order-independent and associative.
import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import type { MeetingEvent, Result } from '../src/types.js';
import { sameMeeting, timelineOf } from '../src/timeline/merge.js';
import type { Claim, Timeline } from '../src/timeline/types.js';
import { ROOT, TODAY, timelineSchemaErrors } from './helpers.js';

function event(date: string | null, sides: string[], extra: Partial<MeetingEvent> = {}): MeetingEvent {
  const [start, end] = date ? (date.includes('/') ? date.split('/') : [date, date]) : [null, null];
  const yearless = date?.startsWith('XXXX');
  return {
    date: date ? { start: yearless ? null : start, end: yearless ? null : end, value: date, text: date } : null,
    format: sides.length === 2 ? 'bilateral' : 'trilateral',
    parties: sides.map((id) => ({ id, name: id, roles: ['participant'] })),
    venue: null, status: 'held', certainty: 'confirmed', round: null, evidence: [{ start: 0, end: 1, text: 'x' }], attribution: [], mode: null, why: {},
    ...extra,
  } as MeetingEvent;
}
const claim = (source: string, e: MeetingEvent, i = 0): Claim => ({ source, event: i, detail: e });

describe('which claims are one meeting', () => {
  it.each([
    ['equal dates, same sides', event('2026-02-01', ['RU', 'UA']), event('2026-02-01', ['RU', 'UA']), true],
    ['a closing day inside a range', event('2026-01-24', ['RU', 'UA', 'US']), event('2026-01-23/2026-01-24', ['RU', 'UA', 'US']), true],
    ['overlapping ranges', event('2026-03-01/2026-03-03', ['AM', 'AZ']), event('2026-03-03/2026-03-04', ['AM', 'AZ']), true],
    ['bilateral and trilateral accounts that share two sides', event('2026-02-01', ['RU', 'UA']), event('2026-02-01', ['RU', 'UA', 'US']), true],
    ['a yearless day and a dated one', event('XXXX-02-01', ['RU', 'UA']), event('2026-02-01', ['RU', 'UA', 'US']), true],
    ['a month and a day inside it', event('2026-04', ['KP', 'US']), event('2026-04-12', ['KP', 'US']), true],
    // near misses
    ['the same day, other sides', event('2026-05-14', ['RS', 'XK']), event('2026-05-14', ['TH', 'KH']), false],
    ['the same day, one shared side', event('2026-05-14', ['RU', 'UA']), event('2026-05-14', ['RU', 'SY']), false],
    ['the same sides, other days', event('2026-05-14', ['RS', 'XK']), event('2026-06-20', ['RS', 'XK']), false],
    ['next day, no overlap', event('2026-03-10', ['AM', 'AZ']), event('2026-03-11', ['AM', 'AZ']), false],
    ['undated, no venue, beside a dated meeting', event(null, ['RU', 'UA']), event('2026-02-01', ['RU', 'UA']), false],
    ['undated and dated with the same sides and venue', event(null, ['RU', 'UA'], { venue: { city: 'Istanbul', country: 'TR' } }), event('2026-05-16', ['RU', 'UA'], { venue: { city: 'Istanbul', country: 'TR' } }), true],
  ])('%s', (_, a, b, expected) => {
    expect(sameMeeting(claim('a.txt', a), claim('b.txt', b))).toBe(expected);
    expect(sameMeeting(claim('b.txt', b), claim('a.txt', a))).toBe(expected);
  });

  it('never merges two events of the same article', () => {
    const e = event('2026-02-01', ['RU', 'UA']);
    expect(sameMeeting(claim('a.txt', e, 0), claim('a.txt', e, 1))).toBe(false);
  });
});

function resultsOf(dir: string): Result[] {
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()
    .map((f) => ({ file: f, ...extract(readFileSync(join(dir, f), 'utf8'), { today: TODAY }) }));
}
const SETS = join(ROOT, 'fixtures', 'timeline');

describe('fixture sets with planted agreements and contradictions', () => {
  it('armenia-azerbaijan: two meetings; venue, format and Russia\'s role disputed for the first, certainty for the second', () => {
    const t = timelineOf(resultsOf(join(SETS, 'armenia-azerbaijan')));
    expect(timelineSchemaErrors(t)).toEqual([]);
    expect(t.meetings.map((m) => m.date?.value)).toEqual(['2026-03-10', '2026-04-02']);
    const [a, b] = t.meetings;
    expect(new Set(a.sources.map((s) => s.source))).toEqual(new Set(['a1.txt', 'a2.txt', 'a3.txt', 'a4.txt']));
    expect(a.venue).toMatchObject({ city: 'Geneva', country: 'CH' });
    expect(a.conflicts.map((c) => c.field)).toEqual(['venue', 'format', 'role:RU']);
    expect(a.conflicts[0].values).toEqual([
      { value: { city: 'Geneva', country: 'CH' }, sources: ['a1.txt', 'a2.txt'] },
      { value: { city: 'Vienna', country: 'AT' }, sources: ['a3.txt'] },
    ]);
    expect(a.conflicts[2].values).toEqual([{ value: 'participant', sources: ['a3.txt'] }, { value: 'excluded', sources: ['a1.txt'] }]);
    expect(b.sources.map((s) => s.source)).toEqual(['a2.txt', 'a4.txt']);
    expect(b.venue).toMatchObject({ city: 'Washington', country: 'US' });
    expect(b.conflicts.map((c) => c.field)).toEqual(['certainty']);
  });

  it('near-miss: the same day for unrelated talks, and the same sides a month apart, stay three meetings', () => {
    const t = timelineOf(resultsOf(join(SETS, 'near-miss')));
    expect(t.meetings.map((m) => [m.id, m.sources.map((s) => s.source)])).toEqual([
      ['2026-05-14:KH+TH', ['b2.txt']],
      ['2026-05-14:RS+XK', ['b1.txt']],
      ['2026-06-20:RS+XK', ['b3.txt']],
    ]);
  });

  it('yearless: a source without a year joins the meeting the others date, and says who fixed the year', () => {
    const t = timelineOf(resultsOf(join(SETS, 'yearless')));
    expect(t.meetings).toHaveLength(1);
    expect(t.meetings[0].date).toMatchObject({ value: '2026-07-08/2026-07-09', yearFixedBy: ['c1.txt', 'c3.txt'] });
    expect(t.meetings[0].date!.sources).toEqual(['c1.txt', 'c2.txt', 'c3.txt']);
    expect(t.meetings[0].conflicts).toEqual([]);
  });
});

describe('merging is order-independent and associative', () => {
  const all = [...resultsOf(join(ROOT, 'fixtures', 'articles')), ...['armenia-azerbaijan', 'near-miss', 'yearless'].flatMap((d) => resultsOf(join(SETS, d)))];
  const whole = timelineOf(all);

  it('validates against the timeline schema', () => {
    expect(timelineSchemaErrors(whole)).toEqual([]);
  });

  it('gives the same timeline for any order and any split of the inputs, merged in any grouping', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(3), { minLength: all.length, maxLength: all.length }), fc.array(fc.nat(), { minLength: all.length, maxLength: all.length }), (parts, order) => {
        const shuffled = all.map((r, i) => ({ r, k: order[i] })).sort((a, b) => a.k - b.k).map((x) => x.r);
        const groups: Result[][] = [[], [], [], []];
        shuffled.forEach((r, i) => groups[parts[i]].push(r));
        const timelines: Timeline[] = groups.map((g) => timelineOf(g));
        // ((t0 + t1) + (t2 + t3)) and (t3 + (t2 + (t1 + t0))) both equal one run over everything.
        expect(timelineOf([timelineOf([timelines[0], timelines[1]]), timelineOf([timelines[2], timelines[3]])])).toEqual(whole);
        expect(timelineOf([timelines[3], timelineOf([timelines[2], timelineOf([timelines[1], timelines[0]])])])).toEqual(whole);
      }),
      { numRuns: 40 },
    );
  });

  it('is idempotent: merging a timeline with itself changes nothing', () => {
    expect(timelineOf([whole, whole])).toEqual(whole);
  });
});
