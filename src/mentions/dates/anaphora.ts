// Dates that point back to one the text has named: "that year", "later that year", "the following month",
// "that quarter", "earlier that day", "that same day" (TimeBank values them as the date talked about).
// findAnaphora marks them; resolveAnaphora gives each the value of the nearest earlier date precise enough,
// moved by "following"/"previous". A day needs its antecedent in the same or the previous sentence; without
// an antecedent the words are no date ("that day" in a quotation is often just emphasis). "The next year" is
// left to chrono: it is next year from the day of writing as often as the year after a date.
import type { DateMention } from '../../types.js';
import { findAll } from '../../gazetteer/load.js';
import { addDays, isoWeek, parseIso, pad } from './calendar.js';
import { mapPacked } from '../../arrays.js';

const ANAPHOR = /\b(?:(?:later|earlier)\s+)?(?:(that(?:\s+same)?|the\s+same)|(the\s+following)|(the\s+(?:previous|prior|preceding)))\s+(day|week|month|quarter|year)\b(?!['’-])/gi;

export function findAnaphora(text: string): DateMention[] {
  return mapPacked(findAll(ANAPHOR, text), ({ start, end, match }) => {
    const shift = match[2] ? 1 : match[3] ? -1 : 0;
    const unit = match[4].toLowerCase() as Unit;
    return { start, end, text: match[0], rule: `date.anaphoric-${unit}${shift > 0 ? '+1' : shift < 0 ? '-1' : ''}`, type: 'DATE' as const, value: 'XXXX', range: null, granularity: 'other' as const, yearSource: null };
  });
}

type Unit = 'day' | 'week' | 'month' | 'quarter' | 'year';
const UNITS: Unit[] = ['day', 'week', 'month', 'quarter', 'year'];
const PRECISION: Record<Unit, RegExp> = {
  day: /^\d{4}-\d{2}-\d{2}$/,
  week: /^\d{4}-\d{2}-\d{2}$|^\d{4}-W\d{2}$/,
  month: /^\d{4}-\d{2}(?:-\d{2})?$/,
  quarter: /^\d{4}-(?:Q\d|\d{2}(?:-\d{2})?)$/,
  year: /^\d{4}(?:-.*)?$/,
};

/**
 * `sentenceOf` numbers each mention's sentence, so that a day's antecedent can be kept close. Returns the
 * anaphors left without an antecedent, for the caller to drop.
 */
export function resolveAnaphora(mentions: DateMention[], sentenceOf: (m: DateMention) => number): Set<DateMention> {
  const unresolved = new Set<DateMention>();
  // The latest mention so far precise enough for each unit (a resolved anaphor counts): one pass, not a scan
  // back from every anaphor, so that thousands of them stay linear.
  const latest = new Map<Unit, DateMention>();
  const remember = (o: DateMention) => {
    if (o.type === 'DURATION' || o.type === 'SET' || o.value.includes('/')) return;
    for (const unit of UNITS) if (PRECISION[unit].test(o.value)) latest.set(unit, o);
  };
  for (const m of mentions) {
    const rule = /^date\.anaphoric-(\w+)([+-]1)?$/.exec(m.rule);
    if (!rule) { remember(m); continue; }
    const unit = rule[1] as Unit;
    const shift = rule[2] ? +rule[2] : 0;
    let antecedent = latest.get(unit) ?? null;
    if (antecedent && unit === 'day' && sentenceOf(m) - sentenceOf(antecedent) > 1) antecedent = null;
    if (!antecedent) { unresolved.add(m); continue; }
    const v = antecedent.value;
    const y = +v.slice(0, 4);
    let value: string;
    if (unit === 'year') value = pad(y + shift, 4);
    else if (unit === 'quarter') {
      const q = /Q(\d)/.exec(v)?.[1] ? +/Q(\d)/.exec(v)![1] : Math.ceil(+v.slice(5, 7) / 3);
      const n = y * 4 + q - 1 + shift;
      value = `${pad(Math.floor(n / 4), 4)}-Q${(n % 4) + 1}`;
    } else if (unit === 'month') {
      const n = y * 12 + +v.slice(5, 7) - 1 + shift;
      value = `${pad(Math.floor(n / 12), 4)}-${pad((n % 12) + 1)}`;
    } else if (unit === 'week') value = /W/.test(v) ? v : isoWeek(parseIso(addDays(v, 7 * shift)));
    else value = addDays(v, shift);
    // a week named by number has no neighbour without ISO week arithmetic; leave it
    if (unit === 'week' && /W/.test(v) && shift) { unresolved.add(m); continue; }
    m.value = value;
    m.granularity = unit === 'day' ? 'day' : unit;
    m.yearSource = 'context';
    m.rule = `${m.rule}+context`;
    m.range = unit === 'day' ? { start: value, end: value } : null;
    remember(m);
  }
  return unresolved;
}
