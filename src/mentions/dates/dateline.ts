// The article's own date: a date line or stamp near the top, in the shapes news sites use
// ("KYIV, Feb 4, 2026 (Reuters) -", "date 2026-02-04", "Published: 4 February 2026", "2026-01-23 23:35:15").
import * as chrono from 'chrono-node/en';
import type { Span } from '../../types.js';
import { dayNumber, isIsoDate, isoOf, isValidYmd, MONTH_PATTERN, MONTHS, pad, parseIso, WEEKDAY_STEMS, yearFromWeekday, type Ymd } from './calendar.js';

export interface Dateline {
  /** null for a date line without a year ("ISTANBUL, Nov 8 (Wire) -"): its span is still the article's, not a meeting's. */
  value: string | null;
  /** The day as written, "XXXX-11-08" when the line gives no year. */
  day: string;
  evidence: Span;
  rule: string;
}

const HEAD_CHARS = 600;
const HEAD_LINES = 6;
/** How much of a line chrono reads for its date. */
const DATE_LINE_CHARS = 120;
const ISO_STAMP = /(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?:[ T]\d{2}:\d{2}(?::\d{2})?)?(?![\d-])/;
const LABELLED = /^\s*(?:date|dated|published(?: on)?|posted(?: on)?|updated(?: on)?|last updated|first published)\b\s*:?\s*/i;
const CITY_DATELINE = /^\s*[\p{Lu}][\p{Lu}\p{M} .'’-]{1,40}(?:,\s*[\p{L} .]{2,30})?\s*[,(]\s*/u;
// "Nairobi, 18 March 2025 - Talks …": a city in title case is a date line only when a dash (or a bracketed
// agency and a dash) follows its date, so that a sentence opening "Kenya, 18 March …" is not one.
const TITLE_CITY_DATELINE = /^\s*\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*){0,3},\s*/u;
const DASH_AFTER_DATE = /^,?\s*(?:\([^()\n]{1,40}\)\s*)?[-–—]/;
/** A line that opens with a date: a weekday, a month, or a day's number (then chrono decides). */
const DATE_FIRST = /^\s*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))/;
/** A word that stamps the date after it ("– broadcast Monday, 2 November 2026", "Press release issued 9 October 2026"). */
const STAMP_WORDS = 'broadcast|aired|published|posted|updated|recorded|filed|issued|released';
const STAMPED = new RegExp(`\\b(?:${STAMP_WORDS})\\b`, 'i');
const STAMPED_BEFORE_DATE = new RegExp(`\\b(?:${STAMP_WORDS})(?:\\s+on)?\\s*:?\\s*$`, 'i');
/** What a date line's day is written with besides its number: a month's name (or its abbreviation), or numbers joined by a separator. */
const MAY_HOLD_A_DAY = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|\d[-/.]\d/i;
/** What ends a stamp's date: a separator or the end of the line. */
const SEPARATED = /^\s*(?:$|[·•|—–]|-\s|\(|,\s*\d{1,2}[:.]\d\d)/;

const WEEKDAY_DATE = new RegExp(
  `\\b(${WEEKDAY_STEMS.join('|')})day,?\\s+(?:(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_PATTERN})\\b|(${MONTH_PATTERN})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b)`, 'gi');

/** The days the text gives with their weekday (0 = Sunday): "Monday, January 12", "Monday 12 January". */
function* weekdayDates(text: string): Generator<{ month: number; day: number; weekday: number }> {
  for (const m of text.matchAll(WEEKDAY_DATE)) {
    const month = MONTHS[(m[3] ?? m[4]).toLowerCase().replace(/\.$/, '')];
    if (month) yield { month, day: +(m[2] ?? m[5]), weekday: WEEKDAY_STEMS.indexOf(m[1].toLowerCase()) };
  }
}

/** The weekday the text gives a month and day, or null; the first wins. */
function weekdayInText(text: string, month: number, day: number): number | null {
  for (const w of weekdayDates(text)) if (w.month === month && w.day === day) return w.weekday;
  return null;
}

/** How far from a date line's day another day the text gives its weekday may stand and still fix the line's year. */
const NEAR_DAYS = 183;

/**
 * The year of a yearless date line's day from another day the text gives its weekday ("OTTAWA, Oct. 16 … The
 * next session is scheduled for Tuesday, Oct. 27"): that day's year by the weekday rule, and the line's day in
 * the year that puts it nearest to that day, within half a year and not after today; the first such day wins.
 */
function yearFromAnotherWeekday(text: string, month: number, dayOfMonth: number, today: Ymd): number | null {
  for (const w of weekdayDates(text)) {
    const y = yearFromWeekday(w.month, w.day, w.weekday, today);
    if (y === null) continue;
    const stated = dayNumber({ y, m: w.month, d: w.day });
    const nearest = [y - 1, y, y + 1]
      .map((year) => ({ year, gap: Math.abs(dayNumber({ y: year, m: month, d: dayOfMonth }) - stated) }))
      .filter((c) => isValidYmd({ y: c.year, m: month, d: dayOfMonth }) && isoOf({ y: c.year, m: month, d: dayOfMonth }) <= isoOf(today))
      .sort((a, b) => a.gap - b.gap)[0];
    if (nearest && nearest.gap <= NEAR_DAYS) return nearest.year;
  }
  return null;
}

/** `today` (YYYY-MM-DD) fixes the year of a date line that states its weekday but no year. */
export function findDateline(text: string, today: string | null = null): Dateline | null {
  const head = text.slice(0, HEAD_CHARS);
  let offset = 0;
  let lines = 0;
  for (const line of head.split('\n')) {
    const lineStart = offset;
    offset += line.length + 1;
    if (!line.trim()) continue;
    if (++lines > HEAD_LINES) break;
    const iso = ISO_STAMP.exec(line);
    if (iso && isIsoDate(`${iso[1]}-${iso[2]}-${iso[3]}`) && (LABELLED.test(line) || line.trim().length < 40 || iso.index < 12)) {
      const start = lineStart + iso.index;
      return { value: `${iso[1]}-${iso[2]}-${iso[3]}`, day: `${iso[1]}-${iso[2]}-${iso[3]}`, evidence: { start, end: start + iso[0].length, text: iso[0] }, rule: 'dateline.iso-stamp' };
    }
    const labelled = LABELLED.exec(line);
    const upperCity = CITY_DATELINE.exec(line);
    const titled = upperCity ? null : TITLE_CITY_DATELINE.exec(line);
    const stamp = DATE_FIRST.test(line);
    const stamped = STAMPED.test(line);
    if (!labelled && !upperCity && !titled && !stamp && !stamped && line.trim().length > 60) continue;
    // A date with its day has a digit, and a month's name or numbers joined by a separator ("2/4/2026"); without
    // them in the part chrono reads, chrono (and the compiling of its patterns) is spared: most first lines of
    // news are a sentence that opens "Iraq's Saddam Hussein, …" or "Some 1,500 ethnic Albanians …".
    const read = line.slice(0, DATE_LINE_CHARS);
    if (!/\d/.test(read) || !MAY_HOLD_A_DAY.test(read)) continue;
    // Only a date with its year is an article date; a short line that is only a date counts too.
    const found = chrono.strict.parse(read, new Date(Date.UTC(2000, 0, 1)))[0];
    if (!found || !found.start.isCertain('day')) continue;
    const after = line.slice(found.index + found.text.length);
    const cityLine = upperCity ?? (titled && DASH_AFTER_DATE.test(after) ? titled : null);
    // A line that opens with its date and goes on after a separator is a stamp, however long
    // ("Friday 27 March 2026 · All times local · Newest entries first"); a short line may also end with its
    // date ("Broadcast transcript — Thursday, February 5"), or after a comma with its year ("Palais des Nations,
    // Geneva, Thursday 12 November 2026").
    const stampLine = found.index <= line.search(/\S/) && SEPARATED.test(after);
    const beforeDate = line.slice(0, found.index);
    // So may a line of any length whose date, at its end, a word stamps ("… – broadcast Monday, 2 November 2026").
    const endsLine = /^[\s.,;:)]*$/.test(after) && ((line.trim().length <= 60 &&
      (/[-–—:|·•]\s*$/.test(beforeDate) || (/,\s*$/.test(beforeDate) && found.start.isCertain('year')))) ||
      (stamped && STAMPED_BEFORE_DATE.test(beforeDate) && found.start.isCertain('year')));
    if (!labelled && !cityLine && !stampLine && !endsLine && line.trim().length > 60) continue;
    const lead = labelled ? labelled[0].length : cityLine ? cityLine[0].length : 0;
    if (found.index > lead + 20 && !endsLine) continue;
    if (!found.start.isCertain('year')) {
      if (!cityLine && !labelled && !stampLine && !endsLine) continue;
      const start = lineStart + found.index;
      const t = found.text.trimEnd();
      const month = found.start.get('month')!;
      const dayOfMonth = found.start.get('day')!;
      const evidence = { start, end: start + t.length, text: t };
      // The weekday stated with the day fixes the year: the latest year, not after today, in which that day is
      // that weekday (as for every other date).
      // So does the text when it gives that day its weekday ("ISTANBUL, Jan 12 (Wire) — … on Monday, January 12").
      const weekday = found.start.isCertain('weekday') ? found.start.get('weekday')! : weekdayInText(text, month, dayOfMonth);
      const year = weekday !== null && today ? yearFromWeekday(month, dayOfMonth, weekday, parseIso(today)) : null;
      if (year !== null) {
        const value = isoOf({ y: year, m: month, d: dayOfMonth });
        return { value, day: value, evidence, rule: found.start.isCertain('weekday') ? 'dateline.year-from-weekday' : 'dateline.year-from-weekday-in-text' };
      }
      const near = today && (cityLine || labelled) ? yearFromAnotherWeekday(text, month, dayOfMonth, parseIso(today)) : null;
      if (near !== null) {
        const value = isoOf({ y: near, m: month, d: dayOfMonth });
        return { value, day: value, evidence, rule: 'dateline.year-from-another-weekday' };
      }
      if (!cityLine && !labelled) continue;
      return { value: null, day: `XXXX-${pad(month)}-${pad(dayOfMonth)}`, evidence, rule: 'dateline.yearless' };
    }
    const value = isoOf({ y: found.start.get('year')!, m: found.start.get('month')!, d: found.start.get('day')! });
    const start = lineStart + found.index;
    return { value, day: value, evidence: { start, end: start + found.text.length, text: found.text }, rule: labelled ? 'dateline.labelled' : cityLine ? 'dateline.city' : 'dateline.date-line' };
  }
  return null;
}
