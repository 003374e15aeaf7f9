// Invariants over generated articles: extract never throws, every span slices to its text, the result
// always validates against the shipped JSON Schema, and reading only the date windows loses no date.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import { findDates } from '../src/mentions/dates/find-dates.js';
import { findTriggers } from '../src/mentions/triggers/find-triggers.js';
import { splitSentences } from '../src/segment/sentences.js';
import { fixtureArticles, mutatedFixtureArticles, TODAY, schemaErrors, spanErrors } from './helpers.js';

// Pieces of news prose: meeting words, dates, parties, venues, cues, punctuation and noise.
const FRAGMENTS = [
  'Russia and Ukraine', 'the United States', 'U.S.', 'Georgia and South Ossetia', 'Northern Cyprus', 'Qatari and Egyptian mediators', 'Hamas', 'the EU', 'Moscow', 'Kyiv',
  'will resume talks', 'held a round of negotiations', 'met', 'the next round', 'a second round of talks', 'summit', 'reconvene',
  'on February 1', 'on Sunday, February 1', 'January 23 and 24', 'today (Wednesday)', 'last week', 'for four years', 'two-day',
  'from March 3 to 5', 'postponed from May 2 to May 9', '2026-02-04', 'in Abu Dhabi', 'in Geneva', 'in the Omani capital',
  'without U.S. representatives', 'mediated by Turkey', 'hosted by Oman', 'may take place', 'has been cancelled', 'tentatively',
  'bilateral', 'trilateral', 'Normandy format', ',', '.', '\n', '"', '“', '”', '(', ')', ' ', '—', 'é', '🙂', '\u0000', '\u001b[31m',
];

const article = fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 12 })), { maxLength: 60 }).map((parts) => parts.join(' '));
const refDate = fc.option(fc.date({ min: new Date('1990-01-01'), max: new Date('2035-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)), { nil: null });

describe('extract invariants', () => {
  it('never throws; spans slice to their text; output validates against the schema', () => {
    fc.assert(
      fc.property(article, refDate, (text, ref) => {
        // Every mention finder runs with 'all', whether or not the text has a meeting word.
        const result = extract(text, { referenceDate: ref, today: TODAY, mentions: 'all' });
        const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
        expect(spanErrors(clean, result)).toEqual([]);
        expect(schemaErrors(result)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it("by default reads dates only where a meeting is named, and every event is the same as reading everything", () => {
    const check = (text: string, ref: string | null) => {
      const all = extract(text, { referenceDate: ref, today: TODAY, mentions: 'all' });
      const meetings = extract(text, { referenceDate: ref, today: TODAY });
      expect(meetings.events).toEqual(all.events);
      expect(meetings.referenceDate).toEqual(all.referenceDate);
      // Each date listed is one that reading everything gives, unchanged.
      expect(all.mentions.dates).toEqual(expect.arrayContaining(meetings.mentions.dates));
      const { dates: _a, ...others } = meetings.mentions;
      const { dates: _b, ...allOthers } = all.mentions;
      // An article with a meeting word has all its other mentions; one without has none.
      if (findTriggers(text.replace(/^\uFEFF/, '')).length) expect(others).toEqual(allOthers);
      else expect(meetings.mentions).toEqual({ dates: [], parties: [], venues: [], formats: [] });
    };
    fc.assert(fc.property(article, refDate, check), { numRuns: 200 });
    fc.assert(fc.property(mutatedFixtureArticles(20), refDate, check), { numRuns: 40 });
  });

  it('gives the same result for the same input', () => {
    fc.assert(fc.property(article, (text) => {
      expect(extract(text, { today: TODAY })).toEqual(extract(text, { today: TODAY }));
    }), { numRuns: 50 });
  });

  it('survives mutated fixture articles (characters dropped, duplicated or swapped)', () => {
    const mutated = mutatedFixtureArticles(20);
    fc.assert(fc.property(mutated, (text) => {
      const result = extract(text, { today: TODAY });
      expect(spanErrors(text, result)).toEqual([]);
      expect(schemaErrors(result)).toEqual([]);
    }), { numRuns: 40 });
  });
});

describe('date windows', () => {
  // findDates reads only sentences with a date word or digit (src/mentions/dates/windows.ts); that must never
  // lose or change a date, on real-shaped articles and on broken ones.
  const same = (text: string, ref: string | null) => {
    const sentences = splitSentences(text);
    expect(findDates(text, sentences, ref, TODAY)).toEqual(findDates(text, sentences, ref, TODAY, { everywhere: true }));
  };

  it.each(fixtureArticles().map((text, i) => [i, text] as const))('fixture article %i: the same dates as reading everything', (_, text) => {
    same(text, '2026-02-04');
    same(text, null);
  });

  it('mutated and generated articles: the same dates as reading everything', () => {
    fc.assert(fc.property(fc.oneof(mutatedFixtureArticles(20), article), refDate, same), { numRuns: 60 });
  });
});
