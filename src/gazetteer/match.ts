// Finds gazetteer phrases in text: a linear scan over word tokens that tries the longest phrase first at
// every capitalised token (every name parley knows is a proper noun), so cost grows with the text only.
import { phraseKey } from './normalize.js';

export interface Token {
  start: number;
  end: number;
}

// A word, with dotted abbreviations ("U.S.", "D.C.") kept whole. Hyphens and apostrophes split words, so
// "U.S.-Russia" and "Ukraine's" yield their names.
const WORD = /[\p{L}\p{N}]+(?:\.[\p{L}\p{N}]+)*\.?/gu;
// What may stand between two words of one name.
const JOINER = /^(?:[ \t\u00a0]|[-–'’] ?|\. ?)*$/;

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = from;
  for (let m = WORD.exec(text); m && m.index < to; m = WORD.exec(text)) {
    tokens.push({ start: m.index, end: Math.min(m.index + m[0].length, to) });
  }
  return tokens;
}

export interface PhraseHit<T> {
  start: number;
  end: number;
  key: string;
  entries: T;
  /** Index of the first and one past the last token. */
  first: number;
  last: number;
}

/**
 * Longest-match, left-to-right phrase look-up. `accept` may reject a reading (wrong case for an acronym)
 * and lets a shorter phrase match instead.
 */
export function matchPhrases<T>(
  text: string,
  tokens: Token[],
  lookup: (key: string) => T | undefined,
  maxWords: number,
  accept: (entries: T, surface: string) => T | undefined = (e) => e,
  /** The most words a phrase starting with this first-word key has (0: none starts with it). */
  startsWith: (firstKey: string) => number = () => maxWords,
): PhraseHit<T>[] {
  const hits: PhraseHit<T>[] = [];
  // Articles repeat their capitalised words; fold each surface once.
  const keys = new Map<string, string>();
  const keyOf = (surface: string) => {
    let k = keys.get(surface);
    if (k === undefined) keys.set(surface, (k = phraseKey(surface)));
    return k;
  };
  for (let i = 0; i < tokens.length; i++) {
    const first = text.charCodeAt(tokens[i].start);
    if (!isUpperStart(text[tokens[i].start], first)) continue;
    const words = startsWith(keyOf(text.slice(tokens[i].start, tokens[i].end)));
    if (words === 0) continue;
    // Apostrophes split tokens that a key keeps whole ("People's" is two tokens, one key word).
    const longest = Math.min(maxWords, words + 2);
    let n = 1;
    while (n < longest && i + n < tokens.length && JOINER.test(text.slice(tokens[i + n - 1].end, tokens[i + n].start))) n++;
    for (; n >= 1; n--) {
      let end = tokens[i + n - 1].end;
      const surfaceWithDot = text.slice(tokens[i].start, end);
      const key = keyOf(surfaceWithDot);
      const found = lookup(key);
      if (found === undefined) continue;
      // A sentence-final period is not part of a name ("Russia."), an abbreviation's is ("U.S.").
      if (surfaceWithDot.endsWith('.') && !/\.\p{L}\.?$/u.test(surfaceWithDot) && !/^\p{Lu}\.$/u.test(surfaceWithDot)) end -= 1;
      const surface = text.slice(tokens[i].start, end);
      const accepted = accept(found, surface);
      if (accepted === undefined) continue;
      hits.push({ start: tokens[i].start, end, key, entries: accepted, first: i, last: i + n });
      i += n - 1;
      break;
    }
  }
  return hits;
}

function isUpperStart(ch: string, code: number): boolean {
  if (code >= 65 && code <= 90) return true;
  if (code < 128) return false;
  return ch !== ch.toLowerCase();
}
