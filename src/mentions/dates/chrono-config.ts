// parley's chrono-node configuration: the casual English parsers plus parsers for shapes chrono misses.
// Like chrono's own, each added parser documents the pattern it reads.
import * as chrono from 'chrono-node/en';
import type { Parser, ParsingContext } from 'chrono-node';
import { MONTH_ABBREVIATION_DOT, MONTH_PATTERN, MONTHS, ORDINAL_WORD_PATTERN, ordinalWordValue, WEEKDAY_STEMS } from './calendar.js';
import { HOLIDAY_PATTERN, holidayIn } from './holidays.js';
import { directionOf } from './tense.js';

const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const monthOf = (s: string) => MONTHS[s.toLowerCase().replace(/\.$/, '')];

/** Two days of one month as one result; null when the pair is not a forward range of real days. */
function dayPair(context: ParsingContext, match: RegExpMatchArray, monthName: string, from: number, to: number, year: string | undefined) {
  const month = monthOf(monthName);
  if (!month || from >= to || to > 31) return null;
  const y = year ? { year: +year } : {};
  return context.createParsingResult(match.index ?? 0, match[0], { month, day: from, ...y }, { month, day: to, ...y });
}

// Built once: chrono asks for a parser's pattern on every call, and it reads every window of every article.
const DIRECTED_MONTH = new RegExp(`\\b(last|next|this|past|coming)\\s+(${MONTH_PATTERN})\\b(?!\\.?\\s*\\d)`, 'i');
const HOLIDAY = new RegExp(`\\b(?:(last|next|this)\\s+)?(${HOLIDAY_PATTERN})\\b(?![ \\t]+[A-Z][a-z])`);
// A day, or two days of the month ("3 and 4", "3-4", "3 to 4"), before the month or after it.
const DAYS = `${DAY}(?:\\s*(?:and|&|[-–]|to)\\s*${DAY})?`;
const MONTH_OF_NAMED_YEAR = new RegExp(`\\b(?:${DAYS}\\s+(?:of\\s+)?)?(${MONTH_PATTERN})(?:${MONTH_ABBREVIATION_DOT})?(?:\\s+${DAYS})?,?\\s+(this|last|next)\\s+year\\b`, 'i');
const MIDDAY = /\bmidday\b/i;
const MONTH_DAY_AND_DAY = new RegExp(`\\b(${MONTH_PATTERN})(?:${MONTH_ABBREVIATION_DOT})?\\s+${DAY}\\s*(?:and|&)\\s*${DAY}(?!\\d)(?:,?\\s+(\\d{4})(?!\\d))?`, 'i');
const DAY_AND_DAY_MONTH = new RegExp(`\\b${DAY}\\s*(?:and|&)\\s*${DAY}\\s+(?:of\\s+)?(${MONTH_PATTERN})\\.?(?:,?\\s+(\\d{4})(?!\\d))?\\b`, 'i');

// A day as an ordinal: "the 1st", "the first", "the twenty-first".
const ORDINAL_DAY = `(\\d{1,2}(?:st|nd|rd|th)|${ORDINAL_WORD_PATTERN})`;
// "February the first", "October the 17th, 2026": a month, "the" and an ordinal day, as said aloud (chrono
// reads "the first of February" but not this).
const MONTH_THE_ORDINAL = new RegExp(`\\b(${MONTH_PATTERN})(?:${MONTH_ABBREVIATION_DOT})?\\s+the\\s+${ORDINAL_DAY}\\b(?:,?\\s+(\\d{4})(?!\\d))?`, 'i');

/** "February the first", "October the 17th, 2026": a month, "the" and its day as an ordinal. */
export const monthTheOrdinalParser: Parser = {
  pattern: () => MONTH_THE_ORDINAL,
  extract: (context, m) => {
    const month = monthOf(m[1]);
    const day = /^\d/.test(m[2]) ? parseInt(m[2], 10) : ordinalWordValue(m[2]);
    // A capital tells the month from the modal verb ("it may the first time …" is no date).
    if (!month || !/^[A-Z]/.test(m[1]) || !(day >= 1 && day <= 31)) return null;
    return context.createParsingResult(m.index ?? 0, m[0], { month, day, ...(m[3] ? { year: +m[3] } : {}) });
  },
};

// "30 June-1 July", "28 February – 2 March 2026": a span across two months, day first; chrono reads only
// "30 June-1" (and gives "2 March 2026"'s year to neither end).
const DAY_MONTH_TO_DAY_MONTH = new RegExp(`\\b${DAY}\\s+(${MONTH_PATTERN})\\.?\\s*[-–—]\\s*${DAY}\\s+(${MONTH_PATTERN})\\b\\.?(?:,?\\s+(\\d{4})(?!\\d))?`, 'i');

/** "30 June-1 July", "28 February – 2 March 2026": a span of days across two months; a year stated at the end dates both ends. */
export const dayMonthToDayMonthParser: Parser = {
  pattern: () => DAY_MONTH_TO_DAY_MONTH,
  extract: (context, m) => {
    const [from, to] = [monthOf(m[2]), monthOf(m[4])];
    if (!from || !to || from === to || +m[1] > 31 || +m[3] > 31) return null;
    // A span of a few days: "30 December – 2 January 2026" began the year before.
    const year = m[5] ? +m[5] : undefined;
    const start = { month: from, day: +m[1], ...(year ? { year: from > to ? year - 1 : year } : {}) };
    const end = { month: to, day: +m[3], ...(year ? { year } : {}) };
    return context.createParsingResult(m.index ?? 0, m[0], start, end);
  },
};

/** "January 23 and 24", "Jan. 23 & 24, 2026": two days of one month joined by "and". */
export const monthDayAndDayParser: Parser = {
  pattern: () => MONTH_DAY_AND_DAY,
  extract: (context, m) => dayPair(context, m, m[1], +m[2], +m[3], m[4]),
};

/** "23 and 24 January", "between 10 and 12 May 2025": a day pair before the month. */
export const dayAndDayMonthParser: Parser = {
  pattern: () => DAY_AND_DAY_MONTH,
  extract: (context, m) => dayPair(context, m, m[3], +m[1], +m[2], m[4]),
};

/** "last May", "next March", "this September": a month named with a word of direction (chrono reads none of "last May"). */
export const directedMonthParser: Parser = {
  pattern: () => DIRECTED_MONTH,
  extract: (context, m) => {
    // A capital letter tells the month from the modal verb ("this may well happen").
    if (!/^[A-Z]/.test(m[2])) return null;
    return context.createParsingResult(m.index ?? 0, m[0], { month: monthOf(m[2]) });
  },
};

/** "Thanksgiving", "Christmas Eve", "last Thanksgiving": a holiday's day in the reference year (find-dates settles the year). */
export const holidayParser: Parser = {
  // A capitalised word after it makes a name of it ("Christmas Island").
  pattern: () => HOLIDAY,
  extract: (context, m) => {
    const day = holidayIn(m[2], context.refDate.getUTCFullYear());
    return day ? context.createParsingResult(m.index ?? 0, m[0], { month: day.m, day: day.d }) : null;
  },
};

/**
 * "January this year", "June last year", "Oct. 5 last year", "3 February this year", "3 and 4 February this
 * year": a month (a day, or two days) of the year named relative to today.
 */
export const monthOfNamedYearParser: Parser = {
  pattern: () => MONTH_OF_NAMED_YEAR,
  extract: (context, m) => {
    const [, dayBefore, lastBefore, monthName, dayAfter, lastAfter, which] = m;
    if (!/^[A-Z]/.test(monthName) || (dayBefore && dayAfter)) return null;
    const year = context.refDate.getUTCFullYear() + ({ this: 0, last: -1, next: 1 } as Record<string, number>)[which.toLowerCase()];
    const [first, last] = dayBefore ? [dayBefore, lastBefore] : [dayAfter, lastAfter];
    if (last) return dayPair(context, m, monthName, +first, +last, String(year));
    if (first && +first > 31) return null;
    return context.createParsingResult(m.index ?? 0, m[0], { month: monthOf(monthName), year, ...(first ? { day: +first } : {}) });
  },
};

// "Tuesday the 10th", "on Friday the twenty-first": a weekday and a day of the month without the month, as
// speech and transcripts give it; chrono reads only the weekday. Not when a month follows ("Tuesday the 10th of
// November" is chrono's).
const WEEKDAY_THE_DAY = new RegExp(`\\b(${WEEKDAY_STEMS.join('|')})day\\s+the\\s+${ORDINAL_DAY}\\b(?!\\s+(?:of\\s+)?(?:${MONTH_PATTERN})\\b)`, 'i');
/** Months either side of the reference in which "Tuesday the 10th" is looked for. */
const WEEKDAY_THE_DAY_MONTHS = 3;

/**
 * "Tuesday the 10th": the day of the month that falls on that weekday nearest the reference date (within three
 * months either side). It is read from the reference date like "last Tuesday", so an article without a date
 * of its own leaves it unknown.
 */
export const weekdayTheDayParser: Parser = {
  pattern: () => WEEKDAY_THE_DAY,
  extract: (context, m) => {
    const weekday = WEEKDAY_STEMS.indexOf(m[1].toLowerCase());
    const day = /^\d/.test(m[2]) ? parseInt(m[2], 10) : ordinalWordValue(m[2]);
    if (!(day >= 1 && day <= 31)) return null;
    const ref = context.refDate;
    const refDay = Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth(), ref.getUTCDate());
    let best: Date | null = null;
    for (let k = -WEEKDAY_THE_DAY_MONTHS; k <= WEEKDAY_THE_DAY_MONTHS; k++) {
      const d = new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth() + k, day));
      if (d.getUTCDate() !== day || d.getUTCDay() !== weekday) continue;
      if (!best || Math.abs(d.getTime() - refDay) < Math.abs(best.getTime() - refDay)) best = d;
    }
    if (!best) return null;
    const result = context.createParsingResult(m.index ?? 0, m[0], { day, weekday });
    result.start.imply('month', best.getUTCMonth() + 1);
    result.start.imply('year', best.getUTCFullYear());
    // Read from the reference like "last Tuesday": without one, the day stays unknown.
    return result.addTag('result/relativeDate');
  },
};

// "We meet again on the 20th", "talks ended on the second": a day of the month alone after "on", as speech and
// transcripts give it; not a day of something else ("on the 20th anniversary", "on the second day") nor one with
// its month ("on the 20th of November" is chrono's).
const ON_THE_DAY = new RegExp(`(?<=\\bon\\s)the\\s+${ORDINAL_DAY}\\b(?!\\s+(?:of\\s+)?(?:${MONTH_PATTERN})\\b)(?=\\s*(?:[,.;:)!?]|$|\\s+(?:at|in|and|when|after|before|with|for|to|or|but|as|if|until|while|of\\s+(?:this|next|last|the)\\s+month)\\b))`, 'i');
/** The text before a day that may say which way from the reference date it lies. */
const ON_THE_DAY_CLAUSE = 90;

/**
 * "on the 20th": that day of the reference month, or of the month after or before, the way the clause's tense
 * looks ("will meet again on the 2nd", written on February 4: March 2; "met on the 20th": January 20; with no
 * tense, the nearer). Read from the reference date like "last Tuesday".
 */
export const onTheDayParser: Parser = {
  pattern: () => ON_THE_DAY,
  extract: (context, m) => {
    const day = /^\d/.test(m[1]) ? parseInt(m[1], 10) : ordinalWordValue(m[1]);
    if (!(day >= 1 && day <= 31)) return null;
    const at = m.index ?? 0;
    const way = directionOf(context.text.slice(Math.max(0, at - ON_THE_DAY_CLAUSE), at - 3), context.text.slice(at + m[0].length)).way;
    const ref = context.refDate;
    const refDay = Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth(), ref.getUTCDate());
    const candidates = [-1, 0, 1].map((k) => new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth() + k, day))).filter((d) => d.getUTCDate() === day)
      .filter((d) => (way > 0 ? d.getTime() >= refDay : way < 0 ? d.getTime() <= refDay : true));
    const best = candidates.sort((a, b) => Math.abs(a.getTime() - refDay) - Math.abs(b.getTime() - refDay))[0];
    if (!best) return null;
    const result = context.createParsingResult(at, m[0], { day });
    result.start.imply('month', best.getUTCMonth() + 1);
    result.start.imply('year', best.getUTCFullYear());
    return result.addTag('result/relativeDate');
  },
};

/** "at midday": noon (chrono knows "noon" and "midnight" only). */
export const middayParser: Parser = {
  pattern: () => MIDDAY,
  extract: (context, m) => context.createParsingResult(m.index ?? 0, m[0], { hour: 12, minute: 0 }),
};

/**
 * Words after which a capitalised "May" alone is the month: chrono keeps it only after "in" (its
 * ENUnlikelyFormatFilter: "May" is also a modal verb), which loses "scheduled for May", "by May", "until May".
 */
const MAY_AFTER = /\b(?:for|by|until|till|through|since|from|before|after|during|around|early|late|mid-?|end of|beginning of|start of|middle of)\s*$/i;

/** Whether a result is the month May alone, right after a word that makes it a month ("postponed until May"). */
function isMonthMay(text: string, index: number, resultText: string): boolean {
  return resultText === 'May' && MAY_AFTER.test(text.slice(Math.max(0, index - 20), index));
}

/**
 * chrono's filter of unlikely results, letting through "May" after a word that makes it the month. The filter is
 * found by its class name: chrono exports neither it nor a hook for it (a test fails if a new chrono renames it).
 */
function monthMayKept(c: chrono.Chrono): boolean {
  const at = c.refiners.findIndex((r) => r.constructor.name === 'ENUnlikelyFormatFilter');
  if (at < 0) return false;
  const filter = c.refiners[at];
  c.refiners[at] = {
    refine: (context, results) => {
      const kept = new Set(filter.refine(context, results));
      return results.filter((r) => kept.has(r) || isMonthMay(context.text, r.index, r.text));
    },
  };
  return true;
}

let configured: chrono.Chrono | null = null;
/** Whether the configured parser lets "May" after a preposition through (false only if chrono's filter was not found). */
export let monthMayFilterFound = false;

export function dateParser(): chrono.Chrono {
  if (configured) return configured;
  const c = chrono.casual.clone();
  // Added parsers go first so that, at the same position, their longer reading wins chrono's overlap removal.
  c.parsers.unshift(dayMonthToDayMonthParser, monthTheOrdinalParser, weekdayTheDayParser, onTheDayParser, monthDayAndDayParser, dayAndDayMonthParser, directedMonthParser, holidayParser, monthOfNamedYearParser, middayParser);
  monthMayFilterFound = monthMayKept(c);
  configured = c;
  return c;
}
