// Where a date can be: runs of whole sentences that hold a digit or a word some date reading needs (a month,
// a weekday, a unit of time, "today", "recently", "daily", …). chrono-node and parley's own date finders read
// only these runs. Each of their thirty-odd passes costs as much as the text it reads is long, and in news
// about half of the text has no such word (TempEval-3's articles: 56% is kept).
// The word list is a superset of what any date parser here starts from; `findDates` gives the same mentions
// with and without windows (a property test checks it on every fixture article and on mutated ones).
import type { Span } from '../../types.js';
import { mapPacked } from '../../arrays.js';

const DATE_WORDS = [
  // months and their abbreviations
  'jan(?:uary)?', 'feb(?:ruary)?', 'mar(?:ch)?', 'apr(?:il)?', 'may', 'june?', 'july?', 'aug(?:ust)?', 'sept?(?:ember)?', 'oct(?:ober)?', 'nov(?:ember)?', 'dec(?:ember)?',
  // weekdays and their abbreviations
  '(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?s?',
  // units of time, in chrono-node's spellings too
  'sec(?:ond)?s?', 'min(?:ute)?s?', 'hours?', 'hrs?', 'days?', 'weeks?', 'fortnights?', 'months?', 'mos?', 'quarters?', 'qtrs?', 'years?', 'yrs?', 'decades?', 'century', 'centuries',
  // times of day and days named by their relation to today
  'now', 'today', 'tonight', 'tmrw?', 'tomorrow', 'yesterday', 'noon', 'midday', 'midnight', 'morning', 'afternoon', 'evening', 'night', 'overnight', 'weekends?',
  // seasons, sets and references (seasons.ts, sets.ts, references.ts)
  'spring', 'summer', 'fall', 'autumn', 'winter', 'daily', 'weekly', 'monthly', 'yearly', 'hourly', 'nightly', 'annually', 'every', 'each',
  'current(?:ly)?', 'present(?:ly)?', 'nowadays', 'these days', 'moment', 'recent(?:ly)?', 'lately', 'past', 'formerly', 'future', 'soon',
  // years and decades in words (spoken-years.ts): "nineteen ninety-six", "the nineties"
  'nineteen', '(?:twen|thir|for|fif|six|seven|eigh|nine)ties',
  // holidays without a date word of their own (holidays.ts)
  'christmas', 'thanksgiving', 'halloween',
];
// chrono-node's abbreviated units ("s", "h", "d", "mo", "yr") count only after "this", "last", "past" or "next"
// ("thiss": this second) or a number in words and a space ("a few h ago", "in a d"; the number may be glued to
// the word before it, "withina d", so nothing is asked of what precedes it): a bare "s" or "d" would anchor
// every possessive, and "them" is no "the m".
const NUMBER_WORDS = '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|an?|few|several|the|couple|of|half)';
const UNIT_ABBREVIATIONS = '(?:s|sec|m|min|mins|h|hr|hrs|d|w|mo|mos|qtr|y|yr)(?![a-z0-9_])';
const ABBREVIATED_UNIT = `(?:(?:this|last|past|next)\\s*|${NUMBER_WORDS}\\s+)${UNIT_ABBREVIATIONS}`;
// A unit glued to "this", "last", "past" or "next" ("nextweek", a dropped space) is read as one too.
const GLUED_UNIT = '(?:this|last|past|next)(?:sec(?:ond)?s?|min(?:ute)?s?|hours?|days?|weeks?|weekends?|fortnights?|months?|quarters?|years?|decades?)';
const DATE_ANCHOR = new RegExp(`\\d|\\b(?:${DATE_WORDS.join('|')})\\b|${ABBREVIATED_UNIT}|${GLUED_UNIT}`, 'i');
/**
 * The longest run of sentences read at once. Several of chrono-node's refiners match a pattern anchored at
 * the end of all the text before each result, so one call costs the square of its text: bounded runs keep a
 * megabyte-long line (cut into sentences by the segmenter) linear.
 */
const MAX_WINDOW = 5000;

/**
 * Runs of consecutive sentences with a date anchor (up to MAX_WINDOW long), each from its first sentence's start
 * to its last's end; with `only` (sorted sentences of `sentences`), just those sentences and the lines joined to
 * them by a bare line break.
 */
export function dateWindows(text: string, sentences: Span[], only?: Span[]): { start: number; end: number }[] {
  const windows: { start: number; end: number }[] = [];
  let wanted: boolean[] | null = null;
  if (only) {
    const starts = new Set(only.map((s) => s.start));
    wanted = mapPacked(sentences, (s) => starts.has(s.start));
  }
  const anchored = mapPacked(sentences, (s, i) => (!wanted || wanted[i] || wanted[i - 1] || wanted[i + 1]) && DATE_ANCHOR.test(text.slice(s.start, s.end)));
  // A line broken inside a sentence ("Five\nyears ago", hard-wrapped text) is cut in two by the segmenter, but a
  // date may run across the break: the line on either side of an anchored one is read too.
  const softBreak = (a: Span, b: Span) => !/[.!?]["'”’)\]]*$/.test(a.text) && /^[ \t]*\r?\n[ \t]*$/.test(text.slice(a.end, b.start));
  const joined = (i: number, j: number) => j >= 0 && j < sentences.length && softBreak(sentences[Math.min(i, j)], sentences[Math.max(i, j)]);
  const read = mapPacked(anchored, (x, i) => (x || (anchored[i - 1] && joined(i, i - 1)) || (anchored[i + 1] && joined(i, i + 1))) &&
    (!wanted || wanted[i] || (wanted[i - 1] && joined(i, i - 1)) || (wanted[i + 1] && joined(i, i + 1))));
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i];
    if (!read[i]) continue;
    const last = windows[windows.length - 1];
    // A paragraph break ends a window: chrono would read "until Friday.\n\n16:20 — Not everything" as one time.
    if (last && s.end - last.start <= MAX_WINDOW && !/\S|\n[ \t]*\r?\n/.test(text.slice(last.end, s.start))) last.end = s.end;
    else windows.push({ start: s.start, end: s.end });
  }
  return windows;
}

/** The whole text, cut at each paragraph break (a blank line), as the windows are. */
export function paragraphsOf(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  for (const m of text.matchAll(PARAGRAPH_BREAK)) {
    out.push({ start, end: m.index! });
    start = m.index! + m[0].length;
  }
  out.push({ start, end: text.length });
  return out;
}
const PARAGRAPH_BREAK = /\n[ \t]*\r?\n/g;

/** Runs a finder over each window and moves its mentions' offsets back into the whole text. */
export function inWindows<T extends { start: number; end: number }>(text: string, windows: { start: number; end: number }[], find: (slice: string) => T[]): T[] {
  if (windows.length === 1 && windows[0].start === 0 && windows[0].end === text.length) return find(text);
  const out: T[] = [];
  // Moved in place: a spread copy ({ ...m, start }) would give each finder's mentions a second hidden class.
  for (const w of windows) for (const m of find(text.slice(w.start, w.end))) {
    m.start += w.start;
    m.end += w.start;
    out.push(m);
  }
  return out;
}
