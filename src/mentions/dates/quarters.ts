// Quarters: "the third quarter", "third-quarter", "next year's first quarter", "the year-ago quarter",
// "the latest quarter" (TIMEX3 "1989-Q3"). Without a year, a numbered quarter is in the reference year, and
// "the quarter" / "the latest quarter" / "this quarter" is the last one completed, as earnings reports use them.
import type { DateMention } from '../../types.js';
import { findAll } from '../../gazetteer/load.js';
import { type Ymd } from './calendar.js';

const ORDINAL: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4 };
const QUARTER = /\b(?:(the|this|next|last)\s+)?(?:year-(?:ago|earlier)\s+(?=quarter))?(?:(this|next|last)\s+year['’]s\s+|(\d{4})\s+|(year-ago|year-earlier|year-before|prior-year)\s+|(latest|current|past|recent|same)\s+)?(?:(first|second|third|fourth|1st|2nd|3rd|4th)[- ])?quarter\b(?!s)/gi;

export function findQuarters(text: string, reference: Ymd | null): DateMention[] {
  const out: DateMention[] = [];
  for (const { start, end, match } of findAll(QUARTER, text)) {
    const [, det, yearWord, year, yearAgo, latest, ordinal] = match;
    if (!ordinal && !det && !latest && !yearAgo && !yearWord) continue; // a bare "quarter" is a fraction
    if (!reference && !year) {
      out.push(mention(text, start, end, ordinal ? `XXXX-Q${ORDINAL[ordinal.toLowerCase()]}` : 'XXXX-QX', 'date.quarter-unresolved'));
      continue;
    }
    const refQuarter = reference ? Math.floor((reference.m - 1) / 3) + 1 : 1;
    // The last completed quarter, unless a number names one.
    let q = ordinal ? ORDINAL[ordinal.toLowerCase()] : refQuarter - 1;
    let y = year ? +year : reference!.y;
    if (!ordinal && q === 0) { q = 4; y -= 1; }
    // A numbered quarter still to come this year, without a year, is last year's ("the fourth quarter" in January).
    if (ordinal && !year && !yearWord && !yearAgo && reference && q > refQuarter) y -= 1;
    if (!ordinal && det?.toLowerCase() === 'next') { q = refQuarter + 1; if (q === 5) { q = 1; y += 1; } }
    const w = yearWord?.toLowerCase();
    if (w === 'next') y += 1;
    if (w === 'last' || yearAgo) y -= 1;
    out.push(mention(text, start, end, `${String(y).padStart(4, '0')}-Q${q}`, 'date.quarter'));
  }
  return out;
}

function mention(text: string, start: number, end: number, value: string, rule: string): DateMention {
  return { start, end, text: text.slice(start, end), rule, type: 'DATE', value, range: null, granularity: 'quarter', yearSource: value.startsWith('X') ? null : 'reference' };
}
