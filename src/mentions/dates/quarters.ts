// Quarters: "the third quarter", "third-quarter", "next year's first quarter", "the year-ago quarter",
// "the latest quarter" (TIMEX3 "1989-Q3"), "the third quarter of 1984"; halves: "the first half of 1990",
// "the first two quarters of 1990" (1990-H1). Without a year, a numbered quarter is in the reference year, and
// "the quarter" / "the latest quarter" / "this quarter" is the last one completed, as earnings reports use them;
// "the current quarter" is the one under way.
import type { DateMention } from '../../types.js';
import { findAll } from '../../gazetteer/load.js';
import { type Ymd } from './calendar.js';

const ORDINAL: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4 };
const QUARTER = /\b(?:(the|this|next|last)\s+)?(?:year-(?:ago|earlier)\s+(?=quarter))?(?:(this|next|last)\s+year['’]s\s+|(\d{4})\s+|(year-ago|year-earlier|year-before|prior-year)\s+|(latest|current|past|recent|same)\s+)?(?:(first|second|third|fourth|1st|2nd|3rd|4th)[- ])?quarter\b(?!s)(?:\s+of\s+(\d{4})\b)?/gi;
// "the first half of 1990", "the last half of 1989", "the first two quarters of 1990": a half-year (H1, H2).
// "the current year", "the current fiscal year": the reference year, not the present in general.
const CURRENT_YEAR = /\b(?:the\s+)?current\s+(?:fiscal\s+|calendar\s+)?year\b(?![-'’])/gi;
// "for the year", "in the fiscal year", "the rest of the year": the reference year, as earnings reports use it;
// "the year ended March 31" is a year's span (P1Y). "The year before", "the year 2000" are left to others, and
// "person of the year" is a title.
const THE_YEAR = /(?<=\b(?:for|in|during|through|(?:months|end|rest|remainder|part|half|start|beginning|middle|balance)\s+of)\s+)the\s+(?:full\s+|fiscal\s+|calendar\s+)?year\b(?![-'’])(?!\s+(?:before|after|earlier|later|ago|two|\d))(\s+(?:ended|ending)\b)?/gi;
const HALF = /\b(?:the\s+)?(first|second|last|latter)\s+(?:half|two\s+quarters)\s+of\s+(\d{4})\b/gi;

export function findQuarters(text: string, reference: Ymd | null): DateMention[] {
  const out: DateMention[] = [];
  for (const { start, end, match } of findAll(QUARTER, text)) {
    const [, det, yearWord, yearBefore, yearAgo, latest, ordinal, yearAfter] = match;
    const year = yearBefore ?? yearAfter;
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
    if (!ordinal && !year && latest?.toLowerCase() === 'current') { q = refQuarter; y = reference!.y; }
    const w = yearWord?.toLowerCase();
    if (w === 'next') y += 1;
    if (w === 'last' || yearAgo) y -= 1;
    out.push(mention(text, start, end, `${String(y).padStart(4, '0')}-Q${q}`, 'date.quarter'));
  }
  if (reference) for (const { start, end } of findAll(CURRENT_YEAR, text)) {
    const m = mention(text, start, end, String(reference.y).padStart(4, '0'), 'date.current-year');
    m.granularity = 'year';
    m.range = { start: `${m.value}-01-01`, end: `${m.value}-12-31` };
    out.push(m);
  }
  if (reference) for (const { start, end: matchEnd, match } of findAll(THE_YEAR, text)) {
    const end = matchEnd - (match[1]?.length ?? 0);
    if (match[1]) {
      const m = mention(text, start, end, 'P1Y', 'duration.year-ended');
      m.type = 'DURATION';
      m.granularity = 'duration';
      m.yearSource = null;
      out.push(m);
      continue;
    }
    const m = mention(text, start, end, String(reference.y).padStart(4, '0'), 'date.the-year');
    m.granularity = 'year';
    m.range = { start: `${m.value}-01-01`, end: `${m.value}-12-31` };
    out.push(m);
  }
  for (const { start, end, match } of findAll(HALF, text)) {
    if (out.some((m) => m.start < end && start < m.end)) continue;
    out.push(mention(text, start, end, `${match[2]}-H${/^first$/i.test(match[1]) ? 1 : 2}`, 'date.half'));
  }
  return out;
}

function mention(text: string, start: number, end: number, value: string, rule: string): DateMention {
  return { start, end, text: text.slice(start, end), rule, type: 'DATE', value, range: null, granularity: 'quarter', yearSource: value.startsWith('X') ? null : 'reference' };
}
