// Seasons and weekends: "this summer" (1998-SU), "last fall" (1997-FA), "the weekend" (1998-W08-WE), and
// "year-earlier" / "year-ago", whose value resolveYearAgo sets from the mention before them.
import type { DateMention } from '../../types.js';
import { findAll } from '../../gazetteer/load.js';
import { dayNumber, fromDayNumber, isoOf, isoWeek, weekdayOf, type Ymd } from './calendar.js';

const SEASON_CODE: Record<string, string> = { spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI' };
// Months in which each season is under way (northern hemisphere, as the news TimeBank holds).
const SEASON_START: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };
const SEASON = /\b(?:(this|last|next|past|coming)\s+)?(spring|summer|fall|autumn|winter)(?:\s+of\s+(\d{4})|\s+(\d{4}))?\b/gi;
// "over the summer", "into the early summer": the season under way or last past (the summer of a text written
// in October is that year's); "the fall of Saigon" is no season.
const THE_SEASON = /(?<=\b(?:over|into|during|in|of|through|throughout|since|until)\s+)the\s+(?:(?:early|late)\s+)?(spring|summer|fall|autumn|winter)\b(?!\s+(?:of|\d))/gi;
const WEEKEND = /\b(the|this|last|next|past|coming)\s+weekend\b/gi;
const YEAR_BEFORE = /\b(?:the\s+)?year-(?:earlier|ago)\b/gi;

export function findSeasons(text: string, reference: Ymd | null): DateMention[] {
  const out: DateMention[] = [];
  for (const { start, end, match } of findAll(SEASON, text)) {
    const [, which, season, y1, y2] = match;
    const code = SEASON_CODE[season.toLowerCase()];
    const stated = y1 ?? y2;
    if (!which && !stated) continue; // "the summer heat": too often no time at all
    let year: number | null = stated ? +stated : null;
    if (year === null && reference) {
      const w = which!.toLowerCase();
      // The season's year: this one's, or one back or ahead when the season named has passed or is to come.
      const startMonth = SEASON_START[code];
      const begunThisYear = reference.m >= startMonth;
      year = w === 'this' ? reference.y : w === 'last' || w === 'past' ? (begunThisYear && reference.m >= startMonth + 3 ? reference.y : reference.y - 1) : begunThisYear ? reference.y + 1 : reference.y;
    }
    out.push(mention(text, start, end, year === null ? `XXXX-${code}` : `${String(year).padStart(4, '0')}-${code}`, 'date.season', 'other'));
  }
  for (const { start, end, match } of findAll(THE_SEASON, text)) {
    if (out.some((m) => m.start < end && start < m.end)) continue;
    const code = SEASON_CODE[match[1].toLowerCase()];
    // Winter begins in December: in January-February the winter under way began the year before (TimeML
    // writes it with the year it begins in).
    const year = !reference ? null : reference.m >= SEASON_START[code] ? reference.y : reference.y - 1;
    out.push(mention(text, start, end, year === null ? `XXXX-${code}` : `${String(year).padStart(4, '0')}-${code}`, 'date.season', 'other'));
  }
  for (const { start, end, match } of findAll(WEEKEND, text)) {
    if (!reference) { out.push(mention(text, start, end, 'XXXX-WXX-WE', 'date.weekend', 'week')); continue; }
    const w = match[1].toLowerCase();
    const ref = dayNumber(reference);
    const toSaturday = (6 - weekdayOf(reference) + 7) % 7;
    // "the weekend" in news is the last one, "this" and "next" the coming one.
    const saturday = w === 'next' || w === 'coming' || w === 'this' ? ref + toSaturday + (w === 'next' && toSaturday < 2 ? 7 : 0) : ref + toSaturday - (toSaturday === 0 ? 0 : 7);
    // Its days too, so that a meeting "over the weekend" has a first and a last day.
    const range = { start: isoOf(fromDayNumber(saturday)), end: isoOf(fromDayNumber(saturday + 1)) };
    out.push(mention(text, start, end, `${isoWeek(fromDayNumber(saturday))}-WE`, 'date.weekend', 'week', range));
  }
  for (const { start, end } of findAll(YEAR_BEFORE, text)) out.push(mention(text, start, end, 'XXXX', 'date.year-ago', 'year'));
  return out;
}

function mention(text: string, start: number, end: number, value: string, rule: string, granularity: DateMention['granularity'], range: DateMention['range'] = null): DateMention {
  return { start, end, text: text.slice(start, end), rule, type: 'DATE', value, range, granularity, yearSource: value.startsWith('X') ? null : 'reference' };
}
