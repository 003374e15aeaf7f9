// Sentences with offsets. News text mixes prose with headlines, bullets and bylines on their own lines, so
// a line break ends a sentence too; a period ends one unless it closes a known abbreviation.
import type { Span } from '../types.js';

// Abbreviations that a capitalised word often follows ("U.S. President", "Jan. 23", "Mr. Umerov").
const ABBREVIATIONS = new Set(
  ('mr mrs ms dr prof gen lt col maj capt sgt rep sen gov pres st jr sr no vs etc inc corp co ltd dept ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.u u.a.e d.c a.m p.m').split(' '),
);

const BOUNDARY = /[.!?]+["'”’)\]]*(?=\s)|\n/g;

export function splitSentences(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
    const end = m.index + m[0].length;
    if (m[0] !== '\n' && !endsSentence(text, m.index)) continue;
    pushClauses(out, text, start, end);
    start = end;
  }
  pushClauses(out, text, start, text.length);
  return out;
}

/**
 * A line without a closing stop is a headline, whose semicolon joins two stories ("Ministers meet in Brasília;
 * commission session pushed to December"): each is a sentence of its own. In prose a semicolon stays inside.
 */
function pushClauses(out: Span[], text: string, start: number, end: number): void {
  const line = text.slice(start, end);
  if (!line.includes('; ') || /[.!?]["'”’)\]]*\s*$/.test(line)) return push(out, text, start, end);
  // Searched within the line, so that no search runs on past it.
  let from = 0;
  for (let at = line.indexOf('; '); at >= 0; at = line.indexOf('; ', from)) {
    push(out, text, start + from, start + at + 1);
    from = at + 2;
  }
  push(out, text, start + from, end);
}

function endsSentence(text: string, dot: number): boolean {
  if (text[dot] !== '.') return true;
  // The word before the period: an abbreviation or a single initial does not end a sentence…
  const before = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, dot - 12), dot));
  const word = before ? before[1].toLowerCase().replace(/\.$/, '') : '';
  const abbreviated = ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word);
  // "talks with the U.S. The next day …" stays one sentence: rarer than "U.S. President".
  return !abbreviated;
}

/**
 * Real sentences stay well under this; a longer run without a stop (a table flattened to one line, a
 * hostile input) is cut into pieces, after a comma or semicolon where there is one, else at a space, so
 * that the work done per sentence never grows with the size of the input.
 */
export const MAX_SENTENCE = 1500;

function push(out: Span[], text: string, start: number, end: number): void {
  // Trim white space so spans start and end on text.
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  while (end - start > MAX_SENTENCE) {
    const window = text.slice(start + MAX_SENTENCE / 2, start + MAX_SENTENCE);
    const cut = Math.max(window.lastIndexOf(', '), window.lastIndexOf('; '));
    const space = cut >= 0 ? cut + 1 : window.lastIndexOf(' ');
    const pieceEnd = space >= 0 ? start + MAX_SENTENCE / 2 + space : start + MAX_SENTENCE;
    push(out, text, start, pieceEnd);
    start = pieceEnd;
    while (start < end && /\s/.test(text[start])) start++;
  }
  if (end > start) out.push({ start, end, text: text.slice(start, end) });
}

/** The sentence that holds an offset (sentences are sorted and do not overlap), or null between sentences. */
export function sentenceAt(sentences: Span[], offset: number): Span | null {
  let lo = 0, hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid].end <= offset) lo = mid + 1;
    else if (sentences[mid].start > offset) hi = mid - 1;
    else return sentences[mid];
  }
  return null;
}
