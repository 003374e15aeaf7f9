// Recurring times (TIMEX3 SET): "daily", "every week", "annually", "each Thursday".
import type { DateMention } from '../../types.js';
import { findAll } from '../../gazetteer/load.js';

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const SIMPLE: Record<string, string> = {
  // "quarterly" and "annually" mostly qualify money ("a quarterly dividend") and are left out.
  daily: 'P1D', weekly: 'P1W', monthly: 'P1M', yearly: 'P1Y', hourly: 'PT1H', nightly: 'P1D',
};
const UNITS: Record<string, string> = { day: 'P1D', week: 'P1W', month: 'P1M', year: 'P1Y', hour: 'PT1H', night: 'P1D', morning: 'P1D', quarter: 'P3M' };
const SET = new RegExp(`\\b(?:(${Object.keys(SIMPLE).join('|')})|(?:every|each)\\s+(${Object.keys(UNITS).join('|')}|${WEEKDAYS.join('|')}))\\b`, 'giu');

export function findSets(text: string): DateMention[] {
  return findAll(SET, text).map(({ start, end, match }) => {
    const simple = match[1]?.toLowerCase();
    const unit = match[2]?.toLowerCase();
    const day = unit ? WEEKDAYS.indexOf(unit) : -1;
    const value = simple ? SIMPLE[simple] : day >= 0 ? `XXXX-WXX-${day + 1}` : UNITS[unit!];
    return { start, end, text: text.slice(start, end), rule: 'date.set', type: 'SET' as const, value, range: null, granularity: 'other' as const, yearSource: null };
  });
}
