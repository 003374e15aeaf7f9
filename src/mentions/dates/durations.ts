// Durations chrono-node reads as dates ("for four years") or not at all ("two-day talks").
import type { DateMention } from '../../types.js';
import { findAll } from '../../gazetteer/load.js';

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30,
};
const UNIT: Record<string, string> = { day: 'D', week: 'W', month: 'M', year: 'Y', hour: 'H' };
const NUMBER = `\\d{1,3}|${Object.keys(NUMBER_WORDS).join('|')}`;
// "two-day", "three-week-long", "for four years", "for 10 days"
const DURATION = new RegExp(`\\b(?:(${NUMBER})-(day|week|month|year|hour)(?:-long)?(?=[ -]\\p{L})|for (?:the (?:past|last|next) )?(${NUMBER}) (day|week|month|year|hour)s?\\b)`, 'giu');

/**
 * "in 1978", "since 2014", "the 1995 Dayton talks": a year on its own (chrono-node drops bare years). Four
 * digits from 1900 to 2099 that are not a count ("2022 people") nor part of a longer number.
 */
const YEAR = /(?<![\d.,$€£/-])\b(19\d\d|20\d\d)\b(?![.,/:]?\d|\s*(?:%|percent|per cent|people|troops|soldiers|km|kilometres|kilometers|miles|megawatts|MW|barrels|tonnes|tons|dollars|euros|votes)\b|-\d)/giu;

export function findYears(text: string): DateMention[] {
  return findAll(YEAR, text).map(({ start, end, match }) => ({
    start, end, text: match[0], rule: 'date.year', type: 'DATE' as const, value: match[1],
    range: { start: `${match[1]}-01-01`, end: `${match[1]}-12-31` }, granularity: 'year' as const, yearSource: 'stated' as const,
  }));
}

export function findDurations(text: string): DateMention[] {
  return findAll(DURATION, text).map(({ start, end, match }) => {
    const count = match[1] ?? match[3];
    const unit = (match[2] ?? match[4]).toLowerCase();
    const n = /^\d+$/.test(count) ? Number(count) : NUMBER_WORDS[count.toLowerCase()];
    // TimeML's extent of "for four years" is "four years".
    const lead = /^for (?:the (?:past|last|next) )?/i.exec(match[0]);
    const s = start + (lead ? lead[0].length : 0);
    const value = unit === 'hour' ? `PT${n}H` : `P${n}${UNIT[unit]}`;
    return { start: s, end, text: text.slice(s, end), rule: match[1] ? 'duration.adjective' : 'duration.for', type: 'DURATION' as const, value, range: null, granularity: 'duration' as const, yearSource: null };
  });
}
