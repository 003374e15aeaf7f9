// Recurring times (TIMEX3 SET): "daily", "every week", "annually", "each Thursday".
import type { DateMention } from '../../types.js';
import { findAll } from '../../gazetteer/load.js';
import { mapPacked } from '../../arrays.js';

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const SIMPLE: Record<string, string> = {
  // "quarterly" and "annually" mostly qualify money ("a quarterly dividend") and are left out.
  daily: 'P1D', weekly: 'P1W', monthly: 'P1M', yearly: 'P1Y', hourly: 'PT1H', nightly: 'P1D',
};
// As TimeBank writes them: a period for "every day" (P1D), the repeating calendar value for a named day or
// month ("each Thursday" XXXX-WXX-4, "each July" XXXX-07).
const UNITS: Record<string, string> = { day: 'P1D', week: 'P1W', month: 'P1M', year: 'P1Y', hour: 'PT1H', night: 'P1D', morning: 'P1D', quarter: 'P3M' };
const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const SET = new RegExp(`\\b(?:(${Object.keys(SIMPLE).join('|')})|(?:every|each)\\s+(${Object.keys(UNITS).join('|')}|${WEEKDAYS.join('|')}|${MONTH_NAMES.join('|')}))\\b`, 'gi');

export function findSets(text: string): DateMention[] {
  return mapPacked(findAll(SET, text), ({ start, end, match }) => {
    const simple = match[1]?.toLowerCase();
    const unit = match[2]?.toLowerCase();
    const day = unit ? WEEKDAYS.indexOf(unit) : -1;
    const month = unit ? MONTH_NAMES.indexOf(unit) : -1;
    const value = simple ? SIMPLE[simple] : day >= 0 ? `XXXX-WXX-${day + 1}` : month >= 0 ? `XXXX-${String(month + 1).padStart(2, '0')}` : UNITS[unit!];
    return { start, end, text: text.slice(start, end), rule: 'date.set', type: 'SET' as const, value, range: null, granularity: 'other' as const, yearSource: null };
  });
}
