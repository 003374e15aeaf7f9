import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../segment/sentences.js';
import { findDates } from './find-dates.js';
import { dateWindows } from './windows.js';

const TODAY = '2026-11-21';
const windowTexts = (text: string) => dateWindows(text, splitSentences(text)).map((w) => text.slice(w.start, w.end));

describe('date windows', () => {
  // A paragraph break ends a window, and reading everything reads a paragraph at a time: chrono-node would read
  // a number ending one paragraph and a capital "A" opening the next as a time ("226\n\nA": 2:26 AM).
  it('reads a paragraph at a time, with and without windows', () => {
    const text = 'Talks in Geneva were pushed back.\n\nPublished February 3, 226\n\nA planned round of talks was postponed.';
    const sentences = splitSentences(text);
    const windowed = findDates(text, sentences, null, TODAY);
    expect(windowed.dates.map((d) => d.text)).toEqual(['February 3']);
    expect(windowed).toEqual(findDates(text, sentences, null, TODAY, { everywhere: true }));
  });

  // chrono-node reads an abbreviated unit after "this", "last", "past", "next" or a number in words: the sentence
  // must be read, or a date found when reading everything would be lost.
  it.each([
    'Mediators managed to keep thiss channel alive.',
    'The convoy left lasth and nobody followed.',
    'They said it happened a few h ago.',
    'The ceasefire could collapse in a d or so.',
    'The envoy left withina d of arriving.',
    // a unit glued to "next" (a dropped space)
    'Nobody should expect a signature nextweek, he said.',
  ])('reads %j', (text) => {
    expect(windowTexts(text)).toEqual([text]);
    const sentences = splitSentences(text);
    expect(findDates(text, sentences, null, TODAY)).toEqual(findDates(text, sentences, null, TODAY, { everywhere: true }));
  });

  // "them" is no "the m", "as" no "a s", and a possessive "'s" is no unit.
  it.each([
    'Both sides said they would meet them as agreed.',
    "Kosovo's negotiators and Serbia's envoys spoke about the plan.",
    'The mediators, as ever, kept their own counsel.',
  ])('skips %j', (text) => {
    expect(windowTexts(text)).toEqual([]);
  });

  // A paragraph break ends a window: chrono-node would read "Friday.\n\n16:20" as one time.
  it('does not run across a paragraph break', () => {
    const text = 'The meetings run until Friday.\n\n16:20 — Ministers met on Tuesday.';
    expect(windowTexts(text)).toEqual(['The meetings run until Friday.', '16:20 — Ministers met on Tuesday.']);
    expect(findDates(text, splitSentences(text), '2026-07-08', TODAY).dates.map((d) => d.text)).toEqual(['Friday', '16:20', 'Tuesday']);
  });
});
