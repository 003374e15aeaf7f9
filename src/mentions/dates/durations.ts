// Durations (TIMEX3 DURATION): "two-day" talks, "for four years", "the past three months", "nearly forty
// years", "5 1/2 hours". chrono-node reads many of these as dates ("ten years" as a day ten years ahead);
// without a word of direction ("ago", "later", "in …") they are amounts of time.
import type { DateMention } from '../../types.js';
import { findAll } from '../../gazetteer/load.js';
import { mapPacked } from '../../arrays.js';

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
};
const UNIT: Record<string, string> = { second: 'S', minute: 'M', hour: 'H', day: 'D', week: 'W', month: 'M', year: 'Y', decade: 'DE', century: 'CE', centurie: 'CE' };
const TIME_UNITS = new Set(['second', 'minute', 'hour']);
const NUMBER = `\\d{1,3}(?:,\\d{3})?|${Object.keys(NUMBER_WORDS).join('|')}`;
const UNITS = 'second|minute|hour|day|week|month|year|decade|century|centurie';

// "two-day", "three-week-long" (not "6-year-old": an age); a word must follow (checked with LETTER, so that
// this pattern needs no Unicode flag, which makes V8 match it several times slower).
const ADJECTIVE = new RegExp(`\\b(${NUMBER})-(day|week|month|year|hour|minute)(?:-long)?(?!-old)(?=[ -]+\\S)`, 'gi');
const LETTER = /^\p{L}$/u;
// "[for] [the past|next] [nearly] (a|an|N|a couple of|several) [and a half] [more] UNIT(s)"; the number part
// is what TimeML marks, with a leading "the past/next" and a hedge ("nearly", "more than"). "Two months after
// the vote", "three days later": the amount is a duration and the signal word stays out (TimeBank's reading);
// "ago" and "earlier" make a date of it.
const AMOUNT = new RegExp(
  `(?<!\\bin\\s)\\b(?:for\\s+)?((?:(?:the\\s+)?(?:past|last|next|first|coming|following)\\s+)?(?:(?:nearly|almost|about|around|roughly|approximately|more than|less than|at least|up to|over|some|only|just)\\s+)?` +
  `(${NUMBER}|an?|(?:a\\s+)?couple of|several|a few|few|many)(?:[ -](${NUMBER}))?(\\s+1\\/2|\\s+and\\s+a\\s+half)?\\s+(?:more\\s+|full\\s+|straight\\s+|consecutive\\s+|trading\\s+|business\\s+|working\\s+)?(${UNITS})s?)\\b` +
  `(?!\\s+(?:ago|earlier|from now|hence|old|of age)\\b)(?!-(?:old|ago|earlier|before)\\b)`,
  'gi',
);

const count = (word: string, tens?: string): number | null => {
  const w = word.toLowerCase();
  if (/^\d/.test(w)) return Number(w.replace(/,/g, ''));
  // "a five year plan", "almost a hundred years": the article stands before the number.
  if (w === 'a' || w === 'an') return tens ? count(tens) : 1;
  if (/couple of$/.test(w)) return 2;
  if (w in NUMBER_WORDS) {
    const t = tens?.toLowerCase();
    if (t === 'hundred') return NUMBER_WORDS[w] * 100;
    return NUMBER_WORDS[w] + (t && t in NUMBER_WORDS ? NUMBER_WORDS[t] : 0);
  }
  return null; // several, a few, many: an unknown number
};

function value(n: number | null, unit: string, half: boolean): string {
  let u = unit.toLowerCase();
  // Decades and centuries in years, as TimeBank writes them ("two decades" is P20Y).
  if ((u === 'decade' || u === 'century' || u === 'centurie') && n !== null) { n *= u === 'decade' ? 10 : 100; u = 'year'; }
  const t = TIME_UNITS.has(u) ? 'T' : '';
  if (n === null) return `P${t}X${UNIT[u]}`;
  if (!half) return `P${t}${n}${UNIT[u]}`;
  if (u === 'year') return `P${n}Y6M`;
  if (u === 'hour') return `PT${n}H30M`;
  if (u === 'minute') return `PT${n}M30S`;
  if (u === 'day') return `P${n}DT12H`;
  return `P${t}${n}.5${UNIT[u]}`;
}

// "the past two quarters", "several quarters of losses" (P2Q, PXQ); "three quarters of the vote" is a share,
// "the first three quarters" a part of a year.
const QUARTERS = new RegExp(`\\b((?:the\\s+)?(?:past|last|next|coming|previous)\\s+)?(${NUMBER}|several|a few|(?:a\\s+)?couple of)\\s+quarters\\b(?!\\s+of\\s+(?:the|an?|its|their|his|her|our|all|this|that|these|those|\\d))`, 'gi');
// A unit in the plural with no number: "in recent weeks", "the coming months", "over the years", "the weeks
// ahead" (TIMEX3 PXW, PXM, PXY). "Recent years" stays the past in general (references.ts); "the weeks before
// the shooting" and "the days of the empire" are times, not amounts.
const SOME_UNITS = /\b(?:(?:recent|coming)\s+(days|weeks|months)|coming\s+(years|decades)|the\s+(days|weeks|months|years)\s+(?:ahead|to come|that followed)|(?<=\bover\s+)the\s+(years|decades|months))\b/gi;

export function findDurations(text: string): DateMention[] {
  const out: DateMention[] = [];
  for (const { start, end, match } of findAll(SOME_UNITS, text)) {
    const unit = (match[1] ?? match[2] ?? match[3] ?? match[4]).toLowerCase().replace(/s$/, '');
    out.push(duration(text, start, end, value(null, unit, false), 'duration.vague'));
  }
  for (const { start, end, match } of findAll(QUARTERS, text)) {
    if (out.some((d) => d.start < end && start < d.end)) continue;
    const n = count(match[2]);
    out.push(duration(text, start, end, n === null ? 'PXQ' : `P${n}Q`, 'duration.quarters'));
  }
  for (const { start, end, match } of findAll(ADJECTIVE, text)) {
    if (!LETTER.test(text.slice(end).match(/^[ -]*(.)/)?.[1] ?? '')) continue;
    out.push(duration(text, start, end, value(count(match[1]), match[2], false), 'duration.adjective'));
  }
  for (const { end: amountEnd, match } of findAll(AMOUNT, text)) {
    // TimeML's extent of "for four years" is "four years".
    const s = amountEnd - match[1].length;
    if (out.some((d) => d.start < amountEnd && s < d.end)) continue;
    if (!isAmountOfTime(text, s, amountEnd, match)) continue;
    // "a minute and a half": the half may follow the unit.
    const halfAfter = /^\s+and\s+a\s+half\b/i.exec(text.slice(amountEnd, amountEnd + 16));
    const end = amountEnd + (halfAfter && !match[4] ? halfAfter[0].length : 0);
    out.push(duration(text, s, end, value(count(match[2], match[3]), match[5], !!match[4] || !!halfAfter), /^for\s/i.test(match[0]) ? 'duration.for' : 'duration.amount'));
  }
  return out;
}

const NUMBER_BEFORE = new RegExp(`(?:\\d[\\d,.]*|${Object.keys(NUMBER_WORDS).join('|')})(?:\\s+(?:million|billion|thousand|hundred|percent))?(?:\\s+[a-z]+s)?\\s+$`, 'i');

/**
 * Not every "a week" is an amount of time: "$500 million a year", "four flights a week" and "24 hours a day"
 * are rates; "a second betrayal" is an ordinal; "60 Minutes" is a name.
 */
function isAmountOfTime(text: string, start: number, end: number, match: RegExpMatchArray): boolean {
  const article = /^an?$/i.test(match[2]);
  if (article && NUMBER_BEFORE.test(text.slice(Math.max(0, start - 40), start))) return false;
  if (article && /^second$/i.test(match[5]) && /^\s+[a-z]/.test(text.slice(end, end + 3)) && !/^\s+(?:later|ago|or|and|before|after)\b/i.test(text.slice(end, end + 8))) return false;
  if (/^\d/.test(match[2]) && /^\p{Lu}/u.test(match[5])) return false;
  return true;
}

function duration(text: string, start: number, end: number, value: string, rule: string): DateMention {
  return { start, end, text: text.slice(start, end), rule, type: 'DURATION', value, range: null, granularity: 'duration', yearSource: null };
}

/**
 * "in 1978", "since 2014", "the 1995 Dayton talks", "mid-1996", "post-1959": a year on its own (chrono-node drops bare years). Four
 * digits from 1900 to 2099 that are not a count ("2022 people") nor part of a longer number; an earlier year only after "in",
 * "since", "until", "before" or "after" and before punctuation or a clause word ("independence in 1898.", not "in 1200 cases").
 */
const YEAR = /(?<![\d.,$€£/])(?<!(?<!\b(?:mid|post|pre|early|late))-)\b(19\d\d|20\d\d|(?<=\b(?:in|since|until|before|after)\s)1[0-8]\d\d(?=\s*(?:[,.;:)!?]|$|\s(?:and|or|when|the|to|until)\b)))\b(?![.,/:]?\d|\s*(?:%|percent|per cent|people|troops|soldiers|km|kilometres|kilometers|miles|megawatts|MW|barrels|tonnes|tons|dollars|euros|votes)\b|-\d)/gi;

export function findYears(text: string): DateMention[] {
  return mapPacked(findAll(YEAR, text), ({ start, end, match }) => ({
    start, end, text: match[0], rule: 'date.year', type: 'DATE' as const, value: match[1],
    range: { start: `${match[1]}-01-01`, end: `${match[1]}-12-31` }, granularity: 'year' as const, yearSource: 'stated' as const,
  }));
}
