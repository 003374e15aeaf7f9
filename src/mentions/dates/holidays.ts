// Holidays named in news: fixed days ("Christmas", "New Year's Day", "the Fourth of July") and the US days
// that move with the calendar ("Thanksgiving" is November's fourth Thursday, "Election Day" the Tuesday
// after November's first Monday). Each gives its day in a year; the year comes from the tense, as for any
// date written without one.
import { weekdayOf, type Ymd } from './calendar.js';

/** The nth (1-based; -1 for the last) weekday (0 = Sunday) of a month. */
function nthWeekday(y: number, m: number, weekday: number, n: number): Ymd {
  if (n > 0) {
    const first = weekdayOf({ y, m, d: 1 });
    return { y, m, d: 1 + ((weekday - first + 7) % 7) + (n - 1) * 7 };
  }
  const lastDay = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const last = weekdayOf({ y, m, d: lastDay });
  return { y, m, d: lastDay - ((last - weekday + 7) % 7) };
}

const fixed = (m: number, d: number) => (y: number): Ymd => ({ y, m, d });

export const HOLIDAYS: [RegExp, (year: number) => Ymd][] = [
  [/^christmas eve$/i, fixed(12, 24)],
  [/^christmas(?: day)?$/i, fixed(12, 25)],
  [/^new year['’]s eve$/i, fixed(12, 31)],
  [/^new year['’]s(?: day)?$/i, fixed(1, 1)],
  [/^(?:independence day|the fourth of july|july fourth)$/i, fixed(7, 4)],
  [/^halloween$/i, fixed(10, 31)],
  [/^valentine['’]s day$/i, fixed(2, 14)],
  [/^thanksgiving(?: day)?$/i, (y) => nthWeekday(y, 11, 4, 4)],
  [/^election day$/i, (y) => { const monday = nthWeekday(y, 11, 1, 1); return { y, m: 11, d: monday.d + 1 }; }],
  [/^labou?r day$/i, (y) => nthWeekday(y, 9, 1, 1)],
  [/^memorial day$/i, (y) => nthWeekday(y, 5, 1, -1)],
];

export const HOLIDAY_PATTERN = String.raw`Christmas(?: Eve| Day)?|New Year['’]s(?: Eve| Day)?|Independence Day|the Fourth of July|July Fourth|Halloween|Valentine['’]s Day|Thanksgiving(?: Day)?|Election Day|Labou?r Day|Memorial Day`;

/** The day of the holiday named by `name` in `year`, or null if `name` is none. */
export function holidayIn(name: string, year: number): Ymd | null {
  const h = HOLIDAYS.find(([re]) => re.test(name.trim()));
  return h ? h[1](year) : null;
}
