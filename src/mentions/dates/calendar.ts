// Calendar arithmetic on "YYYY-MM-DD" strings in UTC, so no machine time zone shifts a day.
export type Ymd = { y: number; m: number; d: number };

export const pad = (n: number, w = 2) => String(n).padStart(w, '0');
export const isoOf = ({ y, m, d }: Ymd) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
export const parseIso = (s: string): Ymd => ({ y: +s.slice(0, 4), m: +s.slice(5, 7), d: +s.slice(8, 10) });
export const dayNumber = ({ y, m, d }: Ymd) => Date.UTC(y, m - 1, d) / 864e5;
export const fromDayNumber = (n: number): Ymd => {
  const t = new Date(n * 864e5);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
};
export const addDays = (iso: string, days: number) => isoOf(fromDayNumber(dayNumber(parseIso(iso)) + days));
export const weekdayOf = (ymd: Ymd) => new Date(dayNumber(ymd) * 864e5).getUTCDay();
export const isValidYmd = ({ y, m, d }: Ymd) => {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
};
export const isIsoDate = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && isValidYmd(parseIso(s));
/**
 * The year a weekday stated with a day and month gives it: the latest year, not after `today`, in which that
 * day is that weekday (0 = Sunday); null when none is within 28 years (a full cycle) or the day never is.
 */
export function yearFromWeekday(m: number, d: number, weekday: number, today: Ymd): number | null {
  for (let y = today.y; y > today.y - 28; y--) {
    const day = { y, m, d };
    if (isValidYmd(day) && weekdayOf(day) === weekday && isoOf(day) <= isoOf(today)) return y;
  }
  return null;
}
/** A day whose year is unknown, as TIMEX3 writes it: "XXXX-11-08" (month and day in groups 1 and 2). */
export const YEARLESS_DAY = /^XXXX-(\d{2})-(\d{2})$/;

/** The weekdays' names without "day", Sunday first (index = JavaScript's getUTCDay()). */
export const WEEKDAY_STEMS = ['sun', 'mon', 'tues', 'wednes', 'thurs', 'fri', 'satur'];

/** ISO 8601 week ("2026-W05") of a day, as TIMEX3 writes weeks. */
export function isoWeek(ymd: Ymd): string {
  const n = dayNumber(ymd);
  const weekday = (weekdayOf(ymd) + 6) % 7; // Monday = 0
  const thursday = fromDayNumber(n - weekday + 3);
  const firstThursday = dayNumber({ y: thursday.y, m: 1, d: 1 });
  const week = 1 + Math.floor((dayNumber(thursday) - firstThursday) / 7);
  return `${thursday.y}-W${pad(week)}`;
}

export const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11, november: 11,
  dec: 12, december: 12,
};
export const MONTH_PATTERN =
  'Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?';

/**
 * The dot of an abbreviated month ("Oct. the 17th", "Nov. 3 and 4"): after a full name a dot ends the sentence
 * ("held in November. The third meeting …", "in November. Last year …" are no dates across it).
 */
export const MONTH_ABBREVIATION_DOT = '(?<!(?:uary|ruary|arch|pril|May|June|July|ugust|ember|tober))\\.';

/** Ordinal words up to the thirty-first: "first", "twentieth", "twenty-first" (or "twenty first"). */
const ORDINAL_WORDS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30,
};
export const ORDINAL_WORD_PATTERN = `(?:twenty|thirty)[- ](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|${Object.keys(ORDINAL_WORDS).join('|')}`;
/** The number an ordinal word names ("twenty-first" = 21), or NaN. */
export function ordinalWordValue(word: string): number {
  const [tens, unit] = word.toLowerCase().split(/[- ]/);
  if (!unit) return ORDINAL_WORDS[tens] ?? NaN;
  return (tens === 'twenty' ? 20 : tens === 'thirty' ? 30 : NaN) + (ORDINAL_WORDS[unit] ?? NaN);
}
