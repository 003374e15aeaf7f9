import { describe, expect, it } from 'vitest';
import { matchPhrases } from './match.js';

// A tiny gazetteer: keys as phraseKey folds them.
const NAMES = new Map([['us', 'US'], ['russia', 'Russia'], ['phone', 'Phone'], ['new york', 'New York'], ['new york times', 'NYT'], ['ukraine', 'Ukraine'], ['u', 'U']]);
const found = (text: string) => matchPhrases(text, (k) => NAMES.get(k), 4).map((h) => text.slice(h.start, h.end));

describe('matchPhrases', () => {
  it.each([
    ['U.S.-Russia talks', ['U.S.', 'Russia']],
    ["Ukraine's envoy", ['Ukraine']],
    ['in New York Times', ['New York Times']],
    ['in New York today', ['New York']],
    ['Talks in Russia.', ['Russia']],
    ['Talks in New  York', ['New  York']],
    ['New, York', []],
  ])('%s', (text, names) => {
    expect(found(text)).toEqual(names);
  });

  it.each([
    // a capital inside a word or after a dot inside one word ("e.U.") starts no name
    ['an iPhone deal', []],
    ['the e.U. label', []],
    ['russia in lower case', []],
  ])('not a name start: %s', (text, names) => {
    expect(found(text)).toEqual(names);
  });
});

describe('a first word with an apostrophe', () => {
  // The key keeps "People's" one word; the scan splits it, and the index of first words knows "peoples".
  const keys = new Map([['peoples republic of china', 'CN'], ['republic of china', 'TW']]);
  const firstWords = new Map([['peoples', 4], ['republic', 3]]);
  it("reads the whole name, not the shorter one inside it", () => {
    const text = "the People's Republic of China said";
    const hits = matchPhrases(text, (k) => keys.get(k), 5, undefined, (first) => firstWords.get(first) ?? 0);
    expect(hits.map((h) => [text.slice(h.start, h.end), h.entries])).toEqual([["People's Republic of China", 'CN']]);
  });
});
