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
