// Finds gazetteer phrases in text: a linear scan that visits only words starting with a capital (every
// name parley knows is a proper noun) and tries the longest phrase first there, so cost grows with the text
// only.
import { phraseKey } from './normalize.js';

// A word, with dotted abbreviations ("U.S.", "D.C.") kept whole. Hyphens and apostrophes split words, so
// "U.S.-Russia" and "Ukraine's" yield their names.
const WORD = /[\p{L}\p{N}]+(?:\.[\p{L}\p{N}]+)*\.?/uy;
// Where a word that starts with a capital begins: not inside a word, nor after "x." inside "e.U." (WORD would
// have read on through that dot). Only these can start a name, so the scan never visits the other words.
const CAPITAL_START = /(?<![\p{L}\p{N}])(?<![\p{L}\p{N}]\.)[\p{Lu}\p{Lt}]/gu;
// What may stand between two words of one name.
const JOINER = /^(?:[ \t\u00a0]|[-–'’] ?|\. ?)*$/;
const NEXT_WORD = /[\p{L}\p{N}]/gu;
const POSSESSIVE_TAIL = /^['’]\p{L}+/u;

export interface PhraseHit<T> {
  start: number;
  end: number;
  key: string;
  entries: T;
}

const isApostrophe = (c: number) => c === 0x27 || c === 0x2019;
const isAsciiAlnum = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** The word starting at `at`, or null. */
function wordAt(text: string, at: number): { start: number; end: number } | null {
  // Most words are ASCII letters and digits ended by an ASCII character other than a dot: read them without
  // the pattern (the scan's hottest call); a dot, or a letter beyond ASCII, is left to WORD.
  let i = at;
  while (i < text.length && isAsciiAlnum(text.charCodeAt(i))) i++;
  if (i > at && (i === text.length || (text.charCodeAt(i) < 128 && text.charCodeAt(i) !== 46))) return { start: at, end: i };
  WORD.lastIndex = at;
  const m = WORD.exec(text);
  return m ? { start: at, end: at + m[0].length } : null;
}

/** The word after one that ends at `end`: the next word of a left-to-right tokenisation of the text. */
function wordAfter(text: string, end: number): { start: number; end: number } | null {
  if (text.charCodeAt(end) === 32 && isAsciiAlnum(text.charCodeAt(end + 1))) return wordAt(text, end + 1);
  NEXT_WORD.lastIndex = end;
  const m = NEXT_WORD.exec(text);
  return m ? wordAt(text, m.index) : null;
}

/** Whether text[start, end) is ASCII letters and digits only. */
function isPlainWord(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isAsciiAlnum(text.charCodeAt(i))) return false;
  return true;
}

/**
 * Folded surfaces: news repeats its capitalised words ("U.S.", "Russia." at a sentence's end) within an article
 * and across a batch, and the fold costs about ten times a look-up here. Emptied when full, so that memory
 * stays bounded however many articles a run reads.
 */
const foldedSurfaces = new Map<string, string>();
const FOLDED_SURFACES_MAX = 20_000;

function keyOf(surface: string): string {
  let key = foldedSurfaces.get(surface);
  if (key === undefined) {
    if (foldedSurfaces.size >= FOLDED_SURFACES_MAX) foldedSurfaces.clear();
    foldedSurfaces.set(surface, (key = phraseKey(surface)));
  }
  return key;
}

/**
 * Longest-match, left-to-right phrase look-up. `accept` may reject a reading (wrong case for an acronym)
 * and lets a shorter phrase match instead.
 */
export function matchPhrases<T>(
  text: string,
  lookup: (key: string) => T | undefined,
  maxWords: number,
  accept: (entries: T, surface: string) => T | undefined = (e) => e,
  /**
   * The most words a phrase starting with this key has: a first word's key (0: none starts with it), or two
   * plain words' key (0: no phrase of more than two words starts with them).
   */
  startsWith: (firstKey: string) => number = () => maxWords,
): PhraseHit<T>[] {
  const hits: PhraseHit<T>[] = [];
  CAPITAL_START.lastIndex = 0;
  for (let c = CAPITAL_START.exec(text); c; c = CAPITAL_START.exec(text)) {
    const first = wordAt(text, c.index)!;
    CAPITAL_START.lastIndex = first.end;
    // A key keeps "People's" one word ("peoples republic of china"), the scan makes it two tokens.
    const quote = text.charCodeAt(first.end);
    const possessive = quote === 0x27 || quote === 0x2019 ? POSSESSIVE_TAIL.exec(text.slice(first.end, first.end + 40)) : null;
    // A plain first word's key is its lower case: no fold, no look-up in the memo of folded surfaces.
    const plainFirst = isPlainWord(text, first.start, first.end) ? text.slice(first.start, first.end).toLowerCase() : null;
    const words = Math.max(startsWith(plainFirst ?? keyOf(text.slice(first.start, first.end))),
      possessive ? startsWith(keyOf(text.slice(first.start, first.end + possessive[0].length))) : 0);
    if (words === 0) continue;
    // Apostrophes split tokens that a key keeps whole ("People's" is two tokens, one key word).
    const longest = Math.min(maxWords, words + 2);
    const tokens = [first];
    // The keys of the phrases of the first n words while every word is plain ASCII and joined by one space (the
    // common case): each the key before it, a space and the word in lower case, as phraseKey would fold them.
    const plainKeys: string[] = [];
    if (plainFirst !== null) plainKeys.push(plainFirst);
    while (tokens.length < longest) {
      const last = tokens[tokens.length - 1];
      const next = wordAfter(text, last.end);
      if (!next) break;
      const oneSpace = next.start === last.end + 1 && text.charCodeAt(last.end) === 32;
      if (!oneSpace && !JOINER.test(text.slice(last.end, next.start))) break;
      if (plainKeys.length === tokens.length && oneSpace && isPlainWord(text, next.start, next.end)) {
        plainKeys.push(`${plainKeys[plainKeys.length - 1]} ${text.slice(next.start, next.end).toLowerCase()}`);
      }
      tokens.push(next);
      // Two plain words that begin no longer phrase: any longer phrase's key would begin with theirs (not when the
      // second goes on after an apostrophe: "Sudan People's Liberation Movement" has the key word "peoples").
      if (tokens.length === 2 && plainKeys.length === 2 && !isApostrophe(text.charCodeAt(next.end)) && startsWith(plainKeys[1]) === 0) break;
    }
    for (let n = tokens.length; n >= 1; n--) {
      let end = tokens[n - 1].end;
      const surfaceWithDot = text.slice(first.start, end);
      const key = n <= plainKeys.length ? plainKeys[n - 1] : keyOf(surfaceWithDot);
      const found = lookup(key);
      if (found === undefined) continue;
      // A sentence-final period is not part of a name ("Russia."), an abbreviation's is ("U.S.").
      if (surfaceWithDot.endsWith('.') && !/\.\p{L}\.?$/u.test(surfaceWithDot) && !/^\p{Lu}\.$/u.test(surfaceWithDot)) end -= 1;
      const surface = text.slice(first.start, end);
      const accepted = accept(found, surface);
      if (accepted === undefined) continue;
      hits.push({ start: first.start, end, key, entries: accepted });
      CAPITAL_START.lastIndex = tokens[n - 1].end;
      break;
    }
  }
  return hits;
}
