import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchPhrases } from './match.js';
import { foldPhrase, phraseKey } from './normalize.js';
import { buildGazetteer } from './load.js';

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
  const firstWords = new Map([['peoples', 4], ['peoples republic', 4], ['republic', 3], ['republic of', 3]]);
  it("reads the whole name, not the shorter one inside it", () => {
    const text = "the People's Republic of China said";
    const hits = matchPhrases(text, (k) => keys.get(k), 5, undefined, (first) => firstWords.get(first) ?? 0);
    expect(hits.map((h) => [text.slice(h.start, h.end), h.entries])).toEqual([["People's Republic of China", 'CN']]);
  });
});

describe('a second word with an apostrophe', () => {
  // The first two words' key of "Tigray People's Liberation Front" is "tigray peoples": the scan must not stop
  // at the token "People", whose two-word key begins no name.
  const keys = new Map([['tigray peoples liberation front', 'TPLF'], ['tigray', 'Tigray']]);
  const firstWords = new Map([['tigray', 4], ['tigray peoples', 4]]);
  it.each([["the Tigray People's Liberation Front said"], ['the Tigray People’s Liberation Front said']])('%s', (text) => {
    const hits = matchPhrases(text, (k) => keys.get(k), 5, undefined, (k) => firstWords.get(k) ?? 0);
    expect(hits.map((h) => h.entries)).toEqual(['TPLF']);
  });
});

describe('reading on after two words', () => {
  const keys = new Map([['the gambia', 'GM'], ['the democratic republic of the congo', 'CD'], ['gambia', 'GM']]);
  // as the gazetteer's index gives them: first words, and the first two words of longer names
  const firstWords = new Map([['the', 6], ['gambia', 1], ['the democratic', 6]]);
  const hits = (text: string) => matchPhrases(text, (k) => keys.get(k), 8, undefined, (k) => firstWords.get(k) ?? 0).map((h) => h.entries);
  it.each([
    ['envoys of The Gambia and The Democratic Republic of the Congo met', ['GM', 'CD']],
    ['The Democratic Republic of the Congo sent envoys', ['CD']],
    ['The Gambia sent envoys', ['GM']],
    ['The Gambia Democratic Republic of the Congo', ['GM']],
  ])('%j', (text, expected) => {
    expect(hits(text)).toEqual(expected);
  });
});

describe('phraseKey', () => {
  it.each([
    ['Russia.', 'russia'],
    ['New York.', 'new york'],
    ['U.S.', 'us'],
    ["Côte d'Ivoire", 'cote divoire'],
    ['People’s Republic', 'peoples republic'],
    ['Abu  Dhabi', 'abu dhabi'],
  ])('%j folds to %j', (surface, key) => {
    expect(phraseKey(surface)).toBe(key);
  });

  it('gives on its fast paths (plain ASCII words, a final period; printable ASCII) what the general fold gives', () => {
    const piece = fc.oneof(fc.constantFrom('A', 'b', 'Z', '0', '9', ' ', '.', "'", '-', 'é', 'Ö', '\u00a0', '’', '\t', '`'), fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)));
    fc.assert(fc.property(fc.array(piece, { maxLength: 14 }).map((p) => p.join('')), (s) => {
      expect(phraseKey(s)).toBe(foldPhrase(s));
    }), { numRuns: 2000 });
  });
});

describe('the index of first words only spares work', () => {
  // With parley's gazetteer: reading every capitalised word as far as the longest name finds the same names.
  const g = buildGazetteer();
  const title = (k: string) => k.split(' ').map((w) => w[0].toUpperCase() + w.slice(1)).join(' ');
  // Names as the text writes them: a key's "peoples" is "People's" ("Sudan People's Liberation Movement").
  const names = [...g.parties.keys(), ...g.cities.keys(), ...g.notPartyPhrases].filter((k) => k.includes(' ')).filter((k, i) => i % 10 === 0 || k.includes('peoples'))
    .map(title).flatMap((n) => (n.includes('Peoples') ? [n, n.replace(/Peoples/g, "People's"), n.replace(/Peoples/g, 'People’s')] : [n]));
  const piece = fc.oneof(fc.constantFrom(...names), fc.constantFrom('The', 'the', 'New', 'Republic', 'of', 'and', 'People’s', "People's", 'U.S.', ',', '.', ' ', '-', 'Talks', 'Gambia', 'Congo', 'Union'));
  it('finds what an unpruned scan finds', () => {
    fc.assert(fc.property(fc.array(piece, { maxLength: 30 }).map((p) => p.join(' ')), (text) => {
      const lookup = (k: string) => g.parties.get(k) ?? g.cities.get(k);
      const pruned = matchPhrases(text, lookup, g.maxWords, undefined, (k) => g.firstWords.get(k) ?? 0);
      expect(pruned).toEqual(matchPhrases(text, lookup, g.maxWords));
    }), { numRuns: 500 });
  });
});

describe('the memo of folded surfaces', () => {
  it('gives the same names after it has filled and been emptied', () => {
    const text = 'Talks in Russia. The U.S. envoy met Ukraine\'s delegation in New York.';
    const before = found(text);
    // More distinct surfaces than the memo holds ("Xa.", "Xb." … each folded once), so it empties at least once.
    const filler = Array.from({ length: 25_000 }, (_, i) => `Word${i.toString(36)}.`).join(' ');
    expect(found(filler)).toEqual([]);
    expect(found(text)).toEqual(before);
    expect(before).toEqual(['Russia', 'U.S.', 'Ukraine', 'New York']);
  });
});
