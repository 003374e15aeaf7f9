// Date mentions: chrono-node finds the expressions, parley decides their year, range and TIMEX3 value.
// The year is never taken from the machine's clock alone (see resolveYears).
import type { ParsedResult } from 'chrono-node';
import type { DateMention, Span } from '../../types.js';
import { addDays, dayNumber, fromDayNumber, isoOf, isoWeek, parseIso, weekdayOf, type Ymd, isValidYmd, pad, YEARLESS_DAY, yearFromWeekday } from './calendar.js';
import { dateParser } from './chrono-config.js';
import { resolveAnaphora, findAnaphora } from './anaphora.js';
import { findDurations, findYears } from './durations.js';
import { findQuarters } from './quarters.js';
import { findReferences } from './references.js';
import { findSeasons } from './seasons.js';
import { findSets } from './sets.js';
import { holidayIn } from './holidays.js';
import { findSpokenYears } from './spoken-years.js';
import { type Direction, directionOf } from './tense.js';
import { dateWindows, inWindows, paragraphsOf } from './windows.js';
import { sentenceAt as sentenceIn } from '../../segment/sentences.js';
import { firstAtLeast } from '../../sorted.js';
import { mapPacked } from '../../arrays.js';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const WEEKDAY_NAMED = new RegExp(`(?:${WEEKDAYS.join('|')})\\b`, 'i');
const PRESENT = /^(?:right now|now|at present|currently|at the moment|nowadays)$/i;

export interface DateLayer {
  dates: DateMention[];
  warnings: string[];
}

interface Draft {
  mention: DateMention;
  /** Yearless month-day (range) still to be given a year. */
  yearless: {
    from: { m: number; d: number }; to: { m: number; d: number } | null; weekday: number | null; monthOnly: boolean;
    /** A holiday whose day moves with the year ("Thanksgiving"), and its "last"/"next" if any. */
    holiday?: string; way?: number;
  } | null;
  sentence: Span | null;
  /** A weekday named alone ("on Thursday"): its direction from the reference date comes from the tense. */
  bareWeekday?: number | null;
  /** The last weekday of a span of them ("Monday to Wednesday"): the span ends on it, within a week of the first. */
  bareWeekdayEnd?: number | null;
  /** A clock time stated with the day ("5 p.m. EST Nov. 9"): "T17:00", added to the value once the day is known. */
  clock?: string;
  /** "the end of March": the value is the month (TimeML), the range its last day (where the end lies). */
  periodEnd?: boolean;
}

export interface FindDatesOptions {
  everywhere?: boolean;
  /** The day of writing without its year ("XXXX-11-08", from a date line such as "ISTANBUL, Nov 8 (Wire) -"), when there is no reference date. */
  writtenOn?: string | null;
  /**
   * Only the dates of these sentences (sorted, each one of `sentences`), read from these sentences alone: the
   * sentences that name a meeting, the only ones an event takes a date from. A date valued from another date
   * ("that day", "a year earlier", a year from the nearest dated mention when there is no reference date)
   * needs the sentences before it, so then the whole text is read and the dates of these sentences kept:
   * either way each date is the one reading everything gives.
   */
  only?: Span[];
}

export function findDates(text: string, sentences: Span[], referenceDate: string | null, today: string, options: FindDatesOptions = {}): DateLayer {
  if (!options.only) return readDates(text, sentences, referenceDate, today, options).layer;
  const only = options.only;
  // Without a reference date a yearless date takes its year from the dates around it, so the sentences alone
  // nearly always fall short (12 of 16 such meeting articles in the fixtures and seeds): read everything at once.
  const part = referenceDate === null ? null : readDates(text, sentences, referenceDate, today, options, only);
  const layer = !part || part.fromContext ? readDates(text, sentences, referenceDate, today, options).layer : part.layer;
  // The dates that start in these sentences (sorted, as the sentences are).
  let i = 0;
  const inOnly = (m: DateMention) => {
    while (i < only.length && only[i].end <= m.start) i++;
    return i < only.length && only[i].start <= m.start;
  };
  return { dates: layer.dates.filter(inOnly), warnings: layer.warnings };
}

/** The dates of the date windows (of `only`'s sentences if given), and whether any took its value from another date. */
function readDates(text: string, sentences: Span[], referenceDate: string | null, today: string, options: FindDatesOptions, only?: Span[]): { layer: DateLayer; fromContext: boolean } {
  const warnings: string[] = [];
  const reference = referenceDate ? parseIso(referenceDate) : null;
  // Only sentences with a date word or a digit are read (windows.ts); `everywhere` reads the whole text (for
  // the test that both give the same dates), a paragraph at a time, as windows do (chrono would read
  // "February 3, 226\n\nA planned round" as 2:26 AM).
  const windows = options.everywhere ? paragraphsOf(text) : dateWindows(text, sentences, only);
  // chrono needs an instant; without a reference date every value it implies from it is discarded below.
  const instant = new Date(Date.UTC(...ymdArgs(reference ?? parseIso(today)), 12));
  const sentenceAt = (offset: number) => sentenceIn(sentences, offset);

  const drafts: Draft[] = [];
  for (const w of windows) {
    const found: Array<[ParsedResult, number]> = [];
    for (const r of dateParser().parse(text.slice(w.start, w.end), { instant, timezone: 0 }, { forwardDate: false })) {
      const at = w.start + r.index;
      // "today through Nov. 17", "last Thursday, to Nov. 6": ends that are no range are two dates (TimeML).
      found.push(...(r.end ? unlikeEnds(r, at, text, instant) ?? [[r, at] as [ParsedResult, number]] : [[r, at] as [ParsedResult, number]]));
    }
    for (let [r, at] of found) {
      // "on the night of Oct. 23": chrono reads the part of the day and drops the date; the date is what is
      // named (TimeBank marks "Oct. 23").
      const partOf = PART_OF.exec(r.text);
      if (partOf) {
        const rest = dateParser().parse(r.text.slice(partOf[0].length), { instant, timezone: 0 }, { forwardDate: false })[0];
        if (rest?.index === 0) { r = rest; at += partOf[0].length; }
      }
      const draft = draftOf(r, at, reference, sentenceAt(at), text.slice(at + r.text.length, at + r.text.length + 40), text.slice(Math.max(0, at - 12), at), reference ? null : yearlessDay(options.writtenOn));
      if (draft) drafts.push(draft);
    }
  }
  // parley's own finders (durations, quarters, sets, reference words, bare years) take their text where
  // chrono found nothing, or where their reading is longer and holds chrono's ("5 1/2 hours" over "1/2",
  // "each Thursday" over "Thursday", "ten years" over chrono's date ten years ahead).
  const own = inWindows(text, windows, (slice) => [...findDurations(slice), ...findQuarters(slice, reference), ...findSeasons(slice, reference), ...findReferences(slice), ...findSets(slice), ...findSpokenYears(slice), ...findAnaphora(slice), ...findYears(slice)]);
  // Drafts stay sorted by start so that the overlap look-up is a binary search, not a scan per mention.
  drafts.sort((a, b) => a.mention.start - b.mention.start);
  const firstFrom = (offset: number) => firstAtLeast(drafts, offset, (d) => d.mention.start);
  for (const d of own) {
    const overlapping: Draft[] = [];
    // A mention is short: anything overlapping d starts at most a few hundred characters before it.
    for (let i = firstFrom(d.start - LONGEST_MENTION); i < drafts.length && drafts[i].mention.start < d.end; i++) {
      if (d.start < drafts[i].mention.end) overlapping.push(drafts[i]);
    }
    const yields = (x: Draft) => (x.mention.start >= d.start && x.mention.end <= d.end && x.mention.end - x.mention.start < d.end - d.start) ||
      // chrono's relative reading of a duration or quarter gives way too, when all it adds are words like
      // "after", "the", "about" ("after ten years", "two months after", "in the quarter").
      ((d.type === 'DURATION' || d.granularity === 'quarter' || d.rule === 'date.season' || d.rule === 'date.weekend') && x.mention.rule.startsWith('date.relative') &&
        /^(?:\s*\b(?:after|before|later|within|about|only|nearly|almost|over|the|in|for|last|past|next|some|around)\b\s*)*$/i.test(`${text.slice(x.mention.start, d.start)} ${text.slice(d.end, x.mention.end)}`.trim()));
    if (!overlapping.every(yields)) continue;
    for (const x of overlapping) drafts.splice(drafts.indexOf(x), 1);
    drafts.splice(firstFrom(d.start), 0, { mention: d, yearless: null, sentence: sentenceAt(d.start) });
  }
  drafts.sort((a, b) => a.mention.start - b.mention.start);
  splitMoves(drafts, text);
  if (reference) resolveBareWeekdays(drafts, reference);
  let fromContext = resolveYears(drafts, reference, parseIso(today), warnings);
  checkParentheticalWeekdays(drafts, text, warnings);
  clockOnNamedDay(drafts, text);
  weekOfDay(drafts, text);
  joinDayPairs(drafts, text);
  spansInPastClauses(drafts, text);
  fromContext = resolveYearAgo(drafts, reference) || fromContext;
  splitRanges(drafts, text);
  const sentenceNumber = new Map(sentences.map((s, i) => [s, i]));
  fromContext ||= drafts.some((d) => ANAPHORIC.test(d.mention.rule));
  const unresolved = resolveAnaphora(mapPacked(drafts, (d) => d.mention), (m) => sentenceNumber.get(sentenceAt(m.start)!) ?? -1);
  if (unresolved.size) drafts.splice(0, drafts.length, ...drafts.filter((d) => !unresolved.has(d.mention)));
  return { layer: { dates: mapPacked(drafts, (d) => d.mention), warnings }, fromContext };
}

const ANAPHORIC = /^date\.anaphoric/;
const DEICTIC_PART_OF_DAY = /^(?:(?:earlier |later )?this (?:morning|afternoon|evening)|tonight|(?:yesterday|tomorrow) (?:morning|afternoon|evening|night)|(?:morning|afternoon|evening|night) (?:yesterday|tomorrow))$/i;

/** The word joining a range's two ends in chrono's text ("Aug. 26 to Oct. 20", "this year through August"). */
const ENDS_JOINER = /(,?)\s+(?:to|through|thru|until|till)\s+/gi;
/** An end followed by "'s" is a possessive ("Friday to December's figures"), not a range's end. */
const POSSESSIVE = /^['’]s\b/;
const RELATIVE_WORDS = /^(?:this|last|next|past|coming|today|tonight|tomorrow|yesterday)\b/i;

/** A date read from its words of direction or its weekday, not from a month and day: "now", "today", "last Thursday", "this year". */
function isRelative(r: ParsedResult): boolean {
  return RELATIVE_WORDS.test(r.text) || [...r.tags()].some((t) => t.startsWith('casualReference') || t === 'result/relativeDate') ||
    (!r.start.isCertain('month') && !r.start.isCertain('day') && !r.start.isCertain('year'));
}

/**
 * chrono's range whose two ends are unlike, as two results with their offsets in the whole text: a comma
 * before the joiner ("due to lapse last Friday, to Dec. 4" says where the date went, not a span), an end
 * that is a possessive ("from Friday to December's figures"), or a relative end with an absolute one
 * ("today through Dec. 1", "this year through July", "Oct. 2 to Wednesday": each end has its own reading).
 * Ends of one kind stay one range ("Aug. 3 to Sept. 20", "Monday to Wednesday"). Null when nothing splits.
 */
function unlikeEnds(r: ParsedResult, at: number, text: string, instant: Date): Array<[ParsedResult, number]> | null {
  let joiner: RegExpExecArray | null = null;
  for (const m of r.text.matchAll(ENDS_JOINER)) joiner = m as RegExpExecArray;
  if (!joiner) return null;
  const leftText = r.text.slice(0, joiner.index);
  const rightAt = joiner.index + joiner[0].length;
  // Each end must read alone as one date that fills its side.
  const parse = (s: string) => {
    const x = dateParser().parse(s, { instant, timezone: 0 }, { forwardDate: false });
    return x.length === 1 && !x[0].end && x[0].index + x[0].text.length === s.length ? x[0] : null;
  };
  const left = parse(leftText);
  const right = parse(r.text.slice(rightAt));
  if (!left || !right) return null;
  const end = at + r.text.length;
  if (!joiner[1] && !POSSESSIVE.test(text.slice(end, end + 3)) && isRelative(left) === isRelative(right)) return null;
  return [[left, at + left.index], [right, at + rightAt + right.index]];
}

const MARCH_NAMED = /^\s+(?:of|for|against|on|to)\s+(?:the\s+)?[A-Z]/;
const BARE_AT_HOUR = /,?\s+at\s+\d{1,2}$/i;
const MONTH_COUNTED = /^(?:(last|past|previous)|(this|current|earlier this|later this)|(next|coming))\s+month$/i;
const YEAR_OF_WRITING = /^(?:this|current|earlier this|later this)\s+year$/i;
/** "this month", "this year": counted from the day of writing, though chrono tags them as no relative date. */
const THIS_UNIT = /^(?:this|current)\s+(?:week|month|year)$/i;
const DAY_COUNTED: Record<string, number> = { yesterday: -1, today: 0, tomorrow: 1 };

/** "XXXX-11-08" as its month and day, or null. */
function yearlessDay(value: string | null | undefined): { m: number; d: number } | null {
  const m = YEARLESS_DAY.exec(value ?? '');
  return m ? { m: +m[1], d: +m[2] } : null;
}

/** A month or day named by its distance from a day of writing whose year is unknown, or null. */
function yearlessRelative(raw: string, on: { m: number; d: number }): { value: string; granularity: 'day' | 'month' | 'year' } | null {
  if (YEAR_OF_WRITING.test(raw)) return { value: 'XXXX', granularity: 'year' };
  const month = MONTH_COUNTED.exec(raw);
  if (month) {
    const m = ((on.m - 1 + (month[1] ? -1 : month[3] ? 1 : 0) + 12) % 12) + 1;
    return { value: `XXXX-${pad(m)}`, granularity: 'month' };
  }
  const shift = DAY_COUNTED[raw.toLowerCase()];
  if (shift === undefined) return null;
  // Counted in a leap year and in a common one: where they differ (next to February 29) the day is unknown.
  const [leap, common] = [2000, 2001].map((y) => on.m === 2 && on.d === 29 && y === 2001 ? null : addDays(`${y}-${pad(on.m)}-${pad(on.d)}`, shift).slice(4));
  if (!leap || leap !== common) return null;
  return { value: `XXXX${leap}`, granularity: 'day' };
}

const UNIT_BEFORE = /^(?:the\s+)?(?:day|week|month|year)s?\s+before$/i;
const GLUED_SIGNAL = /[a-z](?:ago|later|earlier)$/i;
const LONE_UNIT_AFTER_WORD = /\b[a-z]+\s+[smhdwy]$/i;
const PART_OF = /^(?:(?:on|in|at)\s+)?(?:the\s+)?(?:night|morning|afternoon|evening)\s+of\s+(?=\S)/i;

// "postponed from February 10 to February 24": not a range but an old date and a new one.
const MOVED_FROM = /\b(?:postponed|moved|pushed back|put back|delayed|rescheduled|brought forward|put off|shifted)\s+(?:[\w-]+\s+){0,3}?from\s+$/i;
const RANGE_JOINER = /\s+(?:to|until|till)\s+|\s*[-–]\s*/i;

/**
 * "postponed to Monday 25 August": the new date; an earlier date in the same sentence is the old one. The new
 * date may be quoted or only roughly placed ("postponed to \"early 2027\"", "to the end of March").
 */
const MOVED_TO = /\b(?:(?:postponed|moved|pushed back|put back|delayed|rescheduled|put off|deferred|shifted|brought forward)\s+(?:[\w-]+\s+){0,4}?(?:to|until|till)|rescheduled\s+(?:[\w-]+\s+){0,2}?for)\s+["“']?(?:the\s+)?(?:(?:early|mid|late|later|earlier|the\s+(?:end|start|beginning|middle|first\s+half|second\s+half)\s+of)[\s-]+)?$/i;

function splitMoves(drafts: Draft[], text: string): void {
  for (const d of drafts) {
    const m = d.mention;
    // A part of a named day counts ("put back to Saturday morning").
    if ((m.type !== 'DATE' && !(m.type === 'TIME' && m.range)) || !MOVED_TO.test(text.slice(Math.max(0, m.start - 60), m.start))) continue;
    m.rule = 'date.moved-to';
    for (const o of drafts) {
      if (o !== d && o.mention.type === 'DATE' && o.sentence && o.sentence === d.sentence && o.mention.end <= m.start) o.mention.rule = 'date.moved-from';
    }
  }
  for (let i = 0; i < drafts.length; i++) {
    const m = drafts[i].mention;
    if (!m.range || m.range.start === m.range.end || !MOVED_FROM.test(text.slice(Math.max(0, m.start - 60), m.start))) continue;
    const joiner = RANGE_JOINER.exec(m.text);
    if (!joiner) continue;
    const oldText = m.text.slice(0, joiner.index);
    const newStart = m.start + joiner.index + joiner[0].length;
    const old: DateMention = { ...m, end: m.start + oldText.length, text: oldText, rule: 'date.moved-from', value: m.range.start, range: { start: m.range.start, end: m.range.start } };
    const moved: DateMention = { ...m, start: newStart, text: text.slice(newStart, m.end), rule: 'date.moved-to', value: m.range.end, range: { start: m.range.end, end: m.range.end } };
    drafts.splice(i, 1, { ...drafts[i], mention: old }, { ...drafts[i], mention: moved });
    i++;
  }
}

const LONGEST_MENTION = 300;

const ymdArgs = ({ y, m, d }: Ymd): [number, number, number] => [y, m - 1, d];


/** A draft of chrono's result r, found at offset `at` of the whole text. */
function draftOf(r: ParsedResult, at: number, reference: Ymd | null, sentence: Span | null, textAfter: string, textBefore: string, writtenOn: { m: number; d: number } | null = null): Draft | null {
  // TimeML extents leave out a leading "on"/"from" and trailing punctuation.
  let start = at;
  let raw = r.text;
  // chrono's weekday pattern takes a "(" or "," and any spaces before the day ("( \n on Sunday"): not the date's.
  const opener = /^[(,（]\s*(?![^()（）]*[)）])/.exec(raw);
  if (opener) { start += opener[0].length; raw = raw.slice(opener[0].length); }
  const lead = /^(?:on|from|by|since|until|in|at)\s+/i.exec(raw);
  if (lead) { start += lead[0].length; raw = raw.slice(lead[0].length); }
  // chrono joins "last year. This quarter" across a sentence end: the result ends with the first sentence.
  const stop = /\b[a-z]{3,}[.;!?]\s+[A-Z]/.exec(raw);
  if (stop) raw = raw.slice(0, stop.index + stop[0].length - 1);
  raw = raw.replace(/[\s,.;:]+$/, '').replace(/\s+of$/i, ''); // "March of the following year": chrono keeps "of" without a year
  if (raw.endsWith(')') && !raw.includes('(')) raw = raw.replace(/[\s,.;:)]+$/, '');
  if (raw.startsWith('(') && raw.endsWith(')')) { start += 1; raw = raw.slice(1, -1); }
  // "after Jan. 1, 1990 at 1,015 francs a share": chrono reads an hour in "at 1"; a bare number after a day is
  // no clock time (a.m./p.m., a colon or o'clock make one), and the date stands alone.
  const clockless = r.start.isCertain('hour') && r.start.isCertain('day') && BARE_AT_HOUR.exec(raw);
  if (clockless) raw = raw.slice(0, clockless.index);
  const base = { start, end: start + raw.length, text: raw };
  const tags = r.tags();
  const known = (c: string) => !(clockless && (c === 'hour' || c === 'minute')) && r.start.isCertain(c as never);
  // "February 1 1BC": a year before 1 or past 9999 has no ISO value of four digits; it is no date parley writes.
  if (known('year') && !(r.start.get('year')! >= 1 && r.start.get('year')! <= 9999)) return null;

  // "march", "may": a month's name in lower case is a verb; "7/8", "5 1/2": fractions, not days;
  // "$1.20 a share", "2.46 billion": amounts, not times; "good evening", "High Noon": no time of a day.
  if (!known('day') && !known('year') && known('month') && /^\p{Ll}+$/u.test(raw)) return null;
  // "inFebruary": chrono finds a month inside a run-together word; no date starts mid-word (and the date
  // windows, which look for whole words, would miss it: reading everything must give the same dates).
  if (/\p{L}$/u.test(textBefore) && /^\p{L}/u.test(r.text)) return null;
  // "after two d isastrous seasons": chrono's one-letter units ("5d", "2 h") follow a number written in digits;
  // after a word they are a letter of a broken word (and the windows, which need a digit or a unit's word,
  // would not read them).
  if (LONE_UNIT_AFTER_WORD.test(raw)) return null;
  // "the 6th of October City", "10th of Ramadan City": a date in a place's name.
  if (/^ City\b/.test(textAfter)) return null;
  // "a yearago": a unit run into its signal word is a typo the windows (whole words) never see; no date.
  if (GLUED_SIGNAL.test(raw)) return null;
  // "for part of the day before the two sides sat down", "in the weeks before the shooting": "before" leads a
  // clause or names another event, and the day is counted from that, not from the day of writing.
  if (UNIT_BEFORE.test(raw) && /^\s+[A-Za-z]/.test(textAfter)) return null;
  const slash = /^(\d{1,2})\/(\d{1,2})$/.exec(raw);
  if (slash && (/\d\s+$|[$£€]\s*$/.test(textBefore) || (+slash[1] < +slash[2] && [2, 3, 4, 8, 16, 32].includes(+slash[2])))) return null;
  if (/^\d+\.\d+(?:\s+[ap])?$/i.test(raw) || /[$£€]\s*$/.test(textBefore)) return null;
  if (/^(?:morning|afternoon|evening|night|noon)$/i.test(raw) && (/\bgood\s+$/i.test(textBefore) || /^\p{Lu}/u.test(raw) && /\w\s+$/.test(textBefore))) return null;
  // "today's preference", "now": the present in general, not a day (TimeML's PRESENT_REF); "today's session",
  // "today's editions", "today's geography quiz" are the day's.
  if (PRESENT.test(raw) || (/^today$/i.test(raw) && /^['’]s\s+(?!(?:[\w-]+\s+)?(?:talks|meetings?|session|summit|round|negotiations|consultations|discussions|editions?|issues?|papers?|newspapers?|news|headlines|programs?|broadcasts?|shows?|quiz|trading|vote|election|hearing)\b)/i.test(textAfter))) {
    return { mention: mentionAt(base, { rule: 'date.present-ref', type: 'DATE', value: 'PRESENT_REF', range: null, granularity: 'other', yearSource: null }), yearless: null, sentence };
  }
  // "for four years": chrono reads a date four years ahead; TimeML reads a duration.
  if (tags.has('result/relativeDate') && /^for\s/i.test(raw)) return null; // durations.ts owns these
  // "in several months", "a few weeks": a vague amount of time (TIMEX3 DURATION with X), never a date.
  const vague = /^(?:(?:the\s+)?(?:past|last|next|coming)\s+)?(several|a few|few|many|some)\s+(day|week|month|year)s?$/i.exec(raw);
  if (vague) {
    const unit = { day: 'D', week: 'W', month: 'M', year: 'Y' }[vague[2].toLowerCase() as 'day'];
    return { mention: mentionAt(base, { rule: 'duration.vague', type: 'DURATION', value: `PX${unit}`, range: null, granularity: 'duration', yearSource: null }), yearless: null, sentence };
  }

  // "last night": yesterday's night (chrono reads a day).
  if (/^last night$/i.test(raw) && reference) {
    const day = addDays(isoOf(reference), -1);
    return { mention: mentionAt(base, { rule: 'date.time', type: 'TIME', value: `${day}TNI`, range: { start: day, end: day }, granularity: 'day', yearSource: 'reference' }), yearless: null, sentence };
  }
  // "at the end of November", "the end of this week": TimeML values the period whose end it is; the range stays
  // the period's last day, where chrono puts it.
  // chrono reads "the end of the month" with a parser of its own.
  if ((tags.has('refiner/ENEndOfPeriodRefiner') || tags.has('parser/ENEndOfCurrentMonthParser')) && !known('hour')) {
    const day = componentsOf(r.start);
    if (/\bweek\b/i.test(raw)) return periodDraft(base, isoWeek(day), 'week', sentence);
    if (/\byear\b/i.test(raw)) return periodDraft(base, pad(day.y, 4), 'year', sentence);
    if (known('year') || /\bmonth\b/i.test(raw)) return periodDraft(base, `${pad(day.y, 4)}-${pad(day.m)}`, 'month', sentence);
    return { mention: mentionAt(base, { rule: 'date.month', type: 'DATE', value: `XXXX-${pad(day.m)}`, range: null, granularity: 'month', yearSource: null }), yearless: { from: { m: day.m, d: 1 }, to: null, weekday: null, monthOnly: true }, sentence, periodEnd: true };
  }
  // "14:20 GMT", "morning": a time of day (TIMEX3 TIME), never a meeting's date.
  // A clock time needs a colon, a.m./p.m., o'clock or a named time ("625 a share" is money, "16" a number).
  // "fell 6.43, on Friday": a number before a weekday is no clock time; the weekday alone is the date.
  if (known('hour') && known('weekday') && !known('day') && !/:\d\d|\d\s*[ap]\.?m\b|o['’]clock|noon|midnight|midday|morning|afternoon|evening|night/i.test(raw)) {
    const wd = /\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/.exec(raw);
    if (!wd || !reference) return null;
    const day = isoOf(componentsOf(r.start));
    const only = { start: start + wd.index, end: start + wd.index + wd[0].length, text: wd[0] };
    return { mention: mentionAt(only, { rule: 'date.relative', type: 'DATE', value: day, range: { start: day, end: day }, granularity: 'day', yearSource: 'reference' }), yearless: null, sentence, bareWeekday: r.start.get('weekday') ?? null };
  }
  if (known('hour') && !/[:.]\d\d|\b[ap]\.?m\b|o['’]clock|noon|midday|midnight|morning|afternoon|evening|night/i.test(raw)) return null;
  if (!known('day') && !known('weekday') && !known('month') && (known('hour') || /\b(?:morning|afternoon|evening|night|noon|midnight)\b/i.test(raw))) {
    // "mid-afternoon yesterday": chrono leaves the day at the reference day.
    const shift = /\byesterday\b/i.test(raw) ? -1 : /\btomorrow\b/i.test(raw) ? 1 : 0;
    const day = reference ? addDays(isoOf(componentsOf(r.start)), isoOf(componentsOf(r.start)) === isoOf(reference) ? shift : 0) : 'XXXX-XX-XX';
    const hh = known('hour') ? `T${pad(r.start.get('hour')!)}:${pad(r.start.get('minute') ?? 0)}` : `T${partOfDay(raw)}`;
    // "this morning", "tonight", "yesterday evening": a part of a named day, which can date a meeting ("met on the
    // sidelines this morning"); a bare "morning" or "14:20 GMT" names no day.
    const range = reference && DEICTIC_PART_OF_DAY.test(raw) ? { start: day, end: day } : null;
    return { mention: mentionAt(base, { rule: 'date.time', type: 'TIME', value: `${day}${hh}`, range, granularity: range ? 'day' : 'other', yearSource: reference ? 'reference' : null }), yearless: null, sentence };
  }
  const weekdayOnly = !known('month') && !known('day') && known('weekday');
  // "sat down", "wed": weekday names are capitalised in English; a lower-case abbreviation is another word.
  if (weekdayOnly && !/\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)/.test(raw)) return null;
  // "Sun", "Sat", "Wed" alone are more often names (a newspaper, a company) than days.
  if (weekdayOnly && /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?$/i.test(raw)) return null;
  const relative = tags.has('result/relativeDate') || [...tags].some((t) => t.startsWith('casualReference')) ||
    (!known('month') && !known('day') && known('weekday')) || (!known('month') && !known('year') && !known('day')) || THIS_UNIT.test(raw);
  if (relative) {
    if (!reference) {
      // Under a date line without a year ("Nov 8"), a month or day counted from the day of writing keeps its
      // month and day: "last month" is XXXX-10, "yesterday" XXXX-11-07.
      const counted = writtenOn && yearlessRelative(raw, writtenOn);
      if (counted) return { mention: mentionAt(base, { rule: 'date.relative-yearless', type: 'DATE', value: counted.value, range: null, granularity: counted.granularity, yearSource: null }), yearless: null, sentence };
      return { mention: mentionAt(base, { rule: 'date.relative-unresolved', type: 'DATE', value: 'XXXX-XX-XX', range: null, granularity: 'day', yearSource: null }), yearless: null, sentence };
    }
    let day = componentsOf(r.start);
    // "this week"; "earlier in the year", "late in the day", where chrono reads "in the year" as "in a year".
    if (/^this week$|^(?:in )?the (?:day|week|month|year)$/i.test(raw)) day = reference;
    // "Wednesday next week" is that Wednesday, not the week.
    const g = known('weekday') && WEEKDAY_NAMED.test(raw) ? 'day' : /\bweeks?\b/i.test(raw) ? 'week' : /\bmonths?\b/i.test(raw) ? 'month' : /\byears?\b/i.test(raw) ? 'year' : 'day';
    const value = g === 'week' ? isoWeek(day) : g === 'month' ? `${pad(day.y, 4)}-${pad(day.m)}` : g === 'year' ? pad(day.y, 4) : isoOf(day);
    const range = g === 'day' ? { start: isoOf(day), end: r.end ? isoOf(componentsOf(r.end)) : isoOf(day) } : spanOfValue(value);
    // "Wednesday night", "Friday morning": a part of a day (TIMEX3 TIME "2000-01-05TNI").
    const part = g === 'day' && !r.end && /\b(?:morning|afternoon|evening|night|overnight)\b/i.test(raw) ? partOfDay(raw) : null;
    if (part) {
      return { mention: mentionAt(base, { rule: 'date.part-of-day', type: 'TIME', value: `${isoOf(day)}T${part}`, range, granularity: 'day', yearSource: 'reference' }), yearless: null, sentence, bareWeekday: weekdayOnly ? r.start.get('weekday') ?? null : null };
    }
    const bare = weekdayOnly && !/\b(?:last|next|this|coming|past)\b/i.test(raw) ? (r.start.get('weekday') ?? null) : null;
    // "noon Thursday", "Saturday noon": a clock time on a day (TIMEX3 TIME "1998-02-12T12:00").
    if (g === 'day' && !r.end && known('hour')) {
      const value = `${isoOf(day)}T${pad(r.start.get('hour')!)}:${pad(r.start.get('minute') ?? 0)}`;
      return { mention: mentionAt(base, { rule: 'date.time', type: 'TIME', value, range, granularity: 'day', yearSource: 'reference' }), yearless: null, sentence, bareWeekday: bare };
    }
    const bareEnd = bare !== null && r.end && !r.end.isCertain('day') ? (r.end.get('weekday') ?? null) : null;
    return { mention: mentionAt(base, { rule: 'date.relative', type: 'DATE', value, range, granularity: g, yearSource: 'reference' }), yearless: null, sentence, bareWeekday: bare, bareWeekdayEnd: bareEnd };
  }

  // "last May", "this September", "next March": the last such month before the reference month, the reference
  // year's, or the next one after it ("last April" written in October is this year's April).
  const monthWord = /^(last|past|this|next|coming)\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?$/i.exec(raw);
  if (monthWord && reference && !known('day') && !known('year')) {
    const month = r.start.get('month')!;
    const w = monthWord[1].toLowerCase();
    const y = w === 'this' ? reference.y : w === 'last' || w === 'past' ? (month < reference.m ? reference.y : reference.y - 1) : month > reference.m ? reference.y : reference.y + 1;
    const value = `${pad(y, 4)}-${pad(month)}`;
    return { mention: mentionAt(base, { rule: 'date.month-of-named-year', type: 'DATE', value, range: spanOfValue(value), granularity: 'month', yearSource: 'reference' }), yearless: null, sentence };
  }
  const from = { m: r.start.get('month') ?? 0, d: r.start.get('day') ?? 0 };
  const to = r.end ? { m: r.end.get('month') ?? 0, d: r.end.get('day') ?? 0 } : null;
  if (!known('day') && !known('month') && known('year')) {
    const value = pad(r.start.get('year')!, 4);
    return { mention: mentionAt(base, { rule: 'date.year', type: 'DATE', value, range: spanOfValue(value), granularity: 'year', yearSource: 'stated' }), yearless: null, sentence };
  }
  // "the annual March for Life", "the March of the Mothers": a march named after a determiner is an event, not the month.
  if (!known('day') && !known('year') && /^March\b/.test(raw) && MARCH_NAMED.test(`${r.text.slice(5)}${textAfter}`) && /\b(?:the|a|an|annual)\s+(?:``|["“])?$/i.test(textBefore)) return null;
  if (!known('day')) {
    // Month or year alone: "in March", "March 2025".
    if (known('year') && known('month')) {
      const value = `${pad(r.start.get('year')!, 4)}-${pad(from.m)}`;
      return { mention: mentionAt(base, { rule: 'date.month-year', type: 'DATE', value, range: spanOfValue(value), granularity: 'month', yearSource: 'stated' }), yearless: null, sentence };
    }
    return {
      mention: mentionAt(base, { rule: 'date.month', type: 'DATE', value: `XXXX-${pad(from.m)}`, range: null, granularity: 'month', yearSource: null }),
      yearless: { from: { m: from.m, d: 1 }, to: null, weekday: null, monthOnly: true },
      sentence,
    };
  }
  // "5 p.m. EST Nov. 9": a clock time on a day is a TIME ("1989-11-09T17:00"); a lone day stays a DATE.
  const clock = !to && known('hour') && /\d\s*[ap]\.?m\b|\d:\d\d/i.test(raw) ? `T${pad(r.start.get('hour')!)}:${pad(r.start.get('minute') ?? 0)}` : undefined;
  const type = clock ? 'TIME' as const : 'DATE' as const;
  if (known('year')) {
    const y = r.start.get('year')!;
    const first = { y, m: from.m, d: from.d };
    const last = to ? { y: r.end!.get('year') ?? y, m: to.m, d: to.d } : first;
    if (!isValidYmd(first) || !isValidYmd(last)) return null;
    return { mention: mentionAt(base, { rule: to ? 'date.range' : 'date.full', type, value: timexOf(isoOf(first), isoOf(last)) + (clock ?? ''), range: { start: isoOf(first), end: isoOf(last) }, granularity: 'day', yearSource: 'stated' }), yearless: null, sentence };
  }
  const weekday = known('weekday') ? r.start.get('weekday') ?? null : null;
  const value = to ? `XXXX-${pad(from.m)}-${pad(from.d)}/XXXX-${pad(to.m)}-${pad(to.d)}` : `XXXX-${pad(from.m)}-${pad(from.d)}`;
  return {
    mention: mentionAt(base, { rule: to ? 'date.range-yearless' : 'date.yearless', type, value, range: null, granularity: 'day', yearSource: null }),
    yearless: { from, to, weekday, monthOnly: false, ...holidayOf(raw) },
    sentence,
    clock,
  };
}


/**
 * A date mention over a span, its properties always written in one order: a spread copy ({ ...base, rule })
 * would give mentions of different rules different hidden classes.
 */
function mentionAt(span: Span, fields: Omit<DateMention, 'start' | 'end' | 'text'>): DateMention {
  return { start: span.start, end: span.end, text: span.text, rule: fields.rule, type: fields.type, value: fields.value, range: fields.range, granularity: fields.granularity, yearSource: fields.yearSource };
}
function periodDraft(base: Pick<DateMention, 'start' | 'end' | 'text'>, value: string, granularity: DateMention['granularity'], sentence: Span | null): Draft {
  const span = spanOfValue(value);
  return { mention: mentionAt(base, { rule: 'date.period-end', type: 'DATE', value, range: span && { start: span.end, end: span.end }, granularity, yearSource: 'reference' }), yearless: null, sentence };
}

/** "last Thanksgiving": the holiday named and the way its word of direction points. */
function holidayOf(raw: string): { holiday?: string; way?: number } {
  const m = /^(?:(last|next|this)\s+)?([\s\S]+)$/i.exec(raw);
  if (!m || !holidayIn(m[2], 2000)) return {};
  return { holiday: m[2], way: m[1] ? ({ last: -1, next: 1, this: 0 } as Record<string, number>)[m[1].toLowerCase()] : undefined };
}

const partOfDay = (s: string) => (/morning/i.test(s) ? 'MO' : /afternoon/i.test(s) ? 'AF' : /evening/i.test(s) ? 'EV' : /night|midnight/i.test(s) ? 'NI' : 'MI');
const componentsOf = (c: ParsedResult['start']): Ymd => ({ y: c.get('year')!, m: c.get('month')!, d: c.get('day')! });
const timexOf = (start: string, end: string) => (start === end ? start : `${start}/${end}`);

function spanOfValue(value: string): { start: string; end: string } | null {
  const week = /^(\d{4})-W(\d{2})$/.exec(value);
  if (week) {
    // ISO week: the Monday of week 1 is the Monday on or before January 4.
    const jan4 = { y: +week[1], m: 1, d: 4 };
    const monday = dayNumber(jan4) - ((weekdayOf(jan4) + 6) % 7) + (+week[2] - 1) * 7;
    return { start: isoOf(fromDayNumber(monday)), end: isoOf(fromDayNumber(monday + 6)) };
  }
  if (/^\d{4}-\d{2}$/.test(value)) {
    const [y, m] = value.split('-').map(Number);
    return { start: `${value}-01`, end: addDays(isoOf({ y: m === 12 ? y + 1 : y, m: m === 12 ? 1 : m + 1, d: 1 }), -1) };
  }
  if (/^\d{4}$/.test(value)) return { start: `${value}-01-01`, end: `${value}-12-31` };
  return null;
}

/**
 * Gives yearless dates a year, in this order:
 * 1. against the reference date, in the direction the sentence's tense gives (nearest when it gives none);
 * 2. a stated weekday: the latest year, not after today, in which that day is that weekday;
 * 3. the nearest mention whose year is known: the year that puts the date closest to it.
 * Otherwise the year stays unknown ("XXXX-02-01").
 * Returns whether a date was left to take its year from the dates around it (3).
 */
function resolveYears(drafts: Draft[], reference: Ymd | null, today: Ymd, warnings: string[]): boolean {
  const settle = (draft: Draft, year: number, source: DateMention['yearSource'], rule: string) => {
    const yl = draft.yearless!;
    if (yl.holiday) yl.from = holidayIn(yl.holiday, year)!;
    const first = { y: year, m: yl.from.m, d: yl.from.d };
    // A range that wraps the new year ("December 30 to January 2") ends in the next year.
    const last = yl.to ? { y: yl.to.m < yl.from.m ? year + 1 : year, m: yl.to.m, d: yl.to.d } : first;
    if (!isValidYmd(first) || !isValidYmd(last)) return;
    const m = draft.mention;
    if (yl.monthOnly) {
      m.value = `${pad(year, 4)}-${pad(yl.from.m)}`;
      m.range = spanOfValue(m.value);
      if (draft.periodEnd && m.range) m.range = { start: m.range.end, end: m.range.end };
    } else {
      m.range = { start: isoOf(first), end: isoOf(last) };
      m.value = timexOf(m.range.start, m.range.end) + (draft.clock ?? '');
    }
    m.yearSource = source;
    m.rule = `${m.rule}+${rule}`;
    draft.yearless = null;
    if (yl.weekday !== null && weekdayOf(first) !== yl.weekday) {
      warnings.push(`"${m.text}" (offset ${m.start}): ${isoOf(first)} is a ${WEEKDAYS[weekdayOf(first)]}, not a ${WEEKDAYS[yl.weekday]}`);
    }
  };

  for (const draft of drafts) {
    const yl = draft.yearless;
    if (!yl) continue;
    const matching = reference && yl.weekday !== null && !yl.to
      ? [reference.y, reference.y + 1, reference.y - 1].filter((y) => isValidYmd({ y, m: yl.from.m, d: yl.from.d }) && weekdayOf({ y, m: yl.from.m, d: yl.from.d }) === yl.weekday)
      : [];
    if (reference && matching.length) {
      settle(draft, matching[0], 'reference', 'year-from-weekday-near-reference');
    } else if (reference) {
      const direction = yl.way ?? tenseOf(draft);
      // A month named alone with no tense to go by ("from $29.75 in March") is this year's, unless this year's
      // is more than half a year ahead ("worth $130 million in October" written in January is last October).
      if (direction === 0 && yl.monthOnly) settle(draft, yl.from.m - reference.m > 6 ? reference.y - 1 : reference.y, 'reference', 'year-of-reference');
      else settle(draft, yearNear(yl.from, reference, direction), 'reference', direction > 0 ? 'year-forward' : direction < 0 ? 'year-backward' : 'year-nearest');
    } else if (yl.weekday !== null) {
      const year = yearFromWeekday(yl.from.m, yl.from.d, yl.weekday, today);
      if (year !== null) settle(draft, year, 'weekday', 'year-from-weekday');
    }
  }
  if (!drafts.some((d) => d.yearless)) return false;
  // Context: the nearest mention (by position) that has a day and a year; of two as near, the earlier. The
  // anchors are fixed before the loop (a year settled here is no anchor) and sorted, so each look-up is a
  // binary search, not a scan (an input with thousands of dates stays linear).
  const anchors = drafts.filter((o) => !o.yearless && o.mention.range && o.mention.granularity === 'day' && o.mention.yearSource !== 'context');
  const firstAtOrAfter = (offset: number) => firstAtLeast(anchors, offset, (d) => d.mention.start);
  for (const draft of drafts) {
    if (!draft.yearless) continue;
    const at = draft.mention.start;
    const i = firstAtOrAfter(at);
    const before = i > 0 ? anchors[firstAtOrAfter(anchors[i - 1].mention.start)] : null;
    const after = i < anchors.length ? anchors[i] : null;
    const best = before && (!after || at - before.mention.start <= after.mention.start - at) ? before : after;
    // A clause that looks ahead names a day not before the date beside it: written after that date (or on it), it
    // speaks of a later one ("talks on October 5, 2026 … the next round is scheduled for May": May 2027). A clause
    // that looks back may name a day on either side of it, so the nearer year stands.
    const ahead = (draft.yearless.way ?? tenseOf(draft)) > 0;
    if (best) settle(draft, yearNear(draft.yearless.from, parseIso(best.mention.range!.start), ahead ? 1 : 0), 'context', 'year-from-context');
  }
  return true;
}

function resolveBareWeekdays(drafts: Draft[], reference: Ymd): void {
  const ref = dayNumber(reference);
  for (const d of drafts) {
    if (d.bareWeekday === null || d.bareWeekday === undefined) continue;
    // A weekday named alone in news is most often the last one ("said Tuesday"), unless the clause looks
    // ahead with more than a modal or an infinitive: "could be located Wednesday", "staged celebrations to mark
    // the entry into NATO on Friday" and "extended their offers to acquire the company Friday" report the past
    // (in TimeBank an infinitive before a weekday points back six times as often as ahead). An infinitive after
    // a verb of planning or agreeing still looks ahead ("agreed to meet on Friday", "planned to leave Thursday").
    const cue = directionAt(d);
    const planned = d.sentence && PLANNED_TO.test(d.sentence.text.slice(Math.max(0, d.mention.start - d.sentence.start - 60), d.mention.start - d.sentence.start));
    // A modal of a meeting looks ahead: "could meet on Saturday", "may resume talks Friday".
    const meetingModal = cue.way > 0 && MODAL.test(cue.cue) && !!d.sentence && MODAL_MEETING.test(d.sentence.text.slice(0, d.mention.start - d.sentence.start));
    // "opens on Wednesday, running until Friday": with no tense to go by, the end of a span still running.
    const untilAhead = cue.way === 0 && !!d.sentence && UNTIL.test(d.sentence.text.slice(Math.max(0, d.mention.start - d.sentence.start - 12), d.mention.start - d.sentence.start));
    const direction = untilAhead || (cue.way > 0 && (!WEAK_FORWARD.test(cue.cue) || (/^to /i.test(cue.cue) && planned) || meetingModal)) ? 1 : -1;
    const offset = ((d.bareWeekday - weekdayOf(reference)) % 7 + 7) % 7; // 0..6 days ahead
    const day = fromDayNumber(direction > 0 ? ref + offset : ref + (offset === 0 ? 0 : offset - 7));
    const m = d.mention;
    // "from Monday to Wednesday": the span ends on the next Wednesday from its Monday.
    const last = d.bareWeekdayEnd === null || d.bareWeekdayEnd === undefined ? day : fromDayNumber(dayNumber(day) + (((d.bareWeekdayEnd - d.bareWeekday) % 7 + 7) % 7 || 7));
    m.value = m.type === 'TIME' ? `${isoOf(day)}${m.value.slice(10)}` : timexOf(isoOf(day), isoOf(last));
    m.range = { start: isoOf(day), end: isoOf(last) };
    m.rule = `${m.rule}+${direction > 0 ? 'weekday-forward' : 'weekday-backward'}`;
  }
}

const WEAK_FORWARD = /^(?:to [a-z]+|could|can|may|might|should|possible)$/i;
const UNTIL = /\b(?:until|till|through)\s+(?:next\s+)?$/i;
const MODAL = /^(?:could|can|may|might|should)$/i;
const MODAL_MEETING = /\b(?:could|can|may|might|should)\s+(?:still\s+|also\s+|soon\s+)?(?:meet|hold|resume|convene|reconvene|sit down|gather|open|begin|start)\b[^.;!?]{0,60}$/i;
const PLANNED_TO = /\b(?:plann?(?:ed|ing|s)?|agree[sd]?|agreeing|decided?|promised?|vow(?:ed|s)?|pledged?|intend(?:ed|s)?|hop(?:ed|es|e)|expect(?:ed|s)?|scheduled|due|set|going|invited|asked|ready|prepared|arranged?|aim(?:ed|s)?|wants?|wanted|called|urged)\s+(?:\w+\s+)?to\s+[a-z]+\b/i;

/** Which way the clause around a date looks from the day of writing: forward (1), back (-1) or neither (0). */
function tenseOf(draft: Draft): number {
  return directionAt(draft).way;
}

function directionAt(draft: Draft): Direction {
  const s = draft.sentence;
  if (!s) return { way: 0, cue: '' };
  return directionOf(s.text.slice(0, draft.mention.start - s.start), s.text.slice(draft.mention.end - s.start));
}

const SLACK_DAYS = 31;

/** The year for month/day nearest to the anchor day: looking forward (1), back (-1) or either way (0). */
function yearNear(md: { m: number; d: number }, anchor: Ymd, direction: number): number {
  const candidates = [anchor.y - 1, anchor.y, anchor.y + 1].filter((y) => isValidYmd({ y, m: md.m, d: md.d }));
  const a = Date.UTC(anchor.y, anchor.m - 1, anchor.d);
  const scored = candidates.map((y) => ({ y, diff: Date.UTC(y, md.m - 1, md.d) - a }));
  // A tense settles which year, not the day: "to return the child by Jan. 14" written on Jan. 15 is
  // still this January, a day late, not next year's.
  const slack = SLACK_DAYS * 86_400_000;
  const allowed = scored.filter((c) => (direction > 0 ? c.diff >= -slack : direction < 0 ? c.diff <= slack : true));
  const pool = allowed.length ? allowed : scored;
  pool.sort((p, q) => Math.abs(p.diff) - Math.abs(q.diff));
  return pool[0]?.y ?? anchor.y;
}

/**
 * "a year ago", "a year earlier", "year-earlier": a year before the last date the text spoke of, at that
 * date's precision ("net income in the third quarter … against $5 million a year earlier" is 1988-Q3).
 * Three readings of earnings reports refine it:
 * - "the year-ago quarter" after a day ("the quarter ended Sept. 30") is that day's quarter a year back;
 * - after a span of months ("for the nine months, … a year earlier") the comparison is with last year;
 * - "the year-ago results" after a date already a year back ("in the 1988 period") name that same period.
 * Returns whether the text holds a "year earlier", valued from the date before it.
 */
function resolveYearAgo(drafts: Draft[], reference: Ymd | null): boolean {
  const YEAR_AGO = /^(?:a year (?:ago|earlier|before)|(?:the )?(?:comparable )?year-(?:earlier|ago)(?: (?:period|quarter|level))?)$/i;
  // A "year-earlier" with no date before it is simply last year (its placeholder XXXX stays otherwise).
  let last: string | null = null;
  let months = false; // a span of months ("the nine months") was named after `last`
  let seen = false;
  for (const d of drafts) {
    const m = d.mention;
    const yearAgo = YEAR_AGO.test(m.text);
    seen ||= yearAgo;
    if (yearAgo && last) {
      let v = last;
      const shifted = /^(\d{4})(-.*)?$/.exec(v);
      if (shifted && !/\//.test(v)) {
        const y = +shifted[1];
        const adjective = /-/.test(m.text);
        const day = /^\d{4}-(\d{2})-\d{2}$/.exec(v);
        if (day && /quarter/i.test(m.text)) v = `${shifted[1]}-Q${Math.ceil(+day[1] / 3)}`;
        if (months) v = String(y - 1);
        else if (adjective && reference && y === reference.y - 1) v = last;
        else v = `${String(y - 1).padStart(4, '0')}${v.slice(4)}`;
        m.value = v;
        m.rule = 'date.year-before-last-mention';
        m.range = null;
        m.granularity = /Q/.test(v) ? 'quarter' : /^\d{4}-\d{2}-\d{2}$/.test(v) ? 'day' : /^\d{4}-\d{2}$/.test(v) ? 'month' : 'year';
      }
      continue;
    }
    if (m.type === 'DURATION' && /^P\d+M$/.test(m.value) && last) months = true;
    if (m.type === 'DATE' && /^\d{4}/.test(m.value) && m.rule !== 'date.year-before-last-mention') {
      last = m.value;
      months = false;
    }
  }
  return seen;
}

/** The word between a range's two written ends: "Aug. 26 to Oct. 20", "April 24 and 25". */
const RANGE_WORD = /\s+(?:to|through|thru|until|till|and|&)\s+/i;
export const RANGE_START = '+range-start';
export const RANGE_END = '+range-end';

/**
 * A span of days written as two ends with a word between them ("Aug. 26 to Oct. 20", "April 24 and 25",
 * "March 3 to 5") is two TIMEX3s, as TimeML marks it: each end its own mention and day. Their rules end in
 * "+range-start" and "+range-end" so that the event layer can join them back into the meeting's span of days
 * (joinRangeHalves). Years are settled on the whole range first, so "Dec. 30 to Jan. 2" still ends a year later.
 * "23-24 January" is one word and stays one mention, as do the day pairs joined from two weekdays.
 */
function splitRanges(drafts: Draft[], text: string): void {
  for (let i = 0; i < drafts.length; i++) {
    const m = drafts[i].mention;
    if (m.type !== 'DATE' || !m.rule.startsWith('date.range') || !m.range || m.range.start === m.range.end) continue;
    const joiner = RANGE_WORD.exec(m.text);
    if (!joiner) continue;
    const cut = m.start + joiner.index, resume = cut + joiner[0].length;
    const first: DateMention = { ...m, end: cut, text: text.slice(m.start, cut), rule: m.rule + RANGE_START, value: m.range.start, range: { start: m.range.start, end: m.range.start } };
    const second: DateMention = { ...m, start: resume, text: text.slice(resume, m.end), rule: m.rule + RANGE_END, value: m.range.end, range: { start: m.range.end, end: m.range.end } };
    drafts.splice(i, 1, { ...drafts[i], mention: first }, { ...drafts[i], mention: second });
    i++;
  }
}

/**
 * The event layer's view of the dates: the two ends of a span of days that splitRanges made two TIMEX3s are one
 * mention again ("talks from March 3 to 5" last three days), as chrono read it before the split.
 */
export function joinRangeHalves(dates: DateMention[], text: string): DateMention[] {
  if (!dates.some((d) => d.rule.endsWith(RANGE_START))) return dates;
  const out: DateMention[] = [];
  for (let i = 0; i < dates.length; i++) {
    const a = dates[i], b = dates[i + 1];
    if (b && a.rule.endsWith(RANGE_START) && b.rule.endsWith(RANGE_END) && a.range && b.range) {
      out.push({ ...a, end: b.end, text: text.slice(a.start, b.end), rule: a.rule.slice(0, -RANGE_START.length), value: `${a.range.start}/${b.range.end}`, range: { start: a.range.start, end: b.range.end } });
      i++;
    } else out.push(a);
  }
  return out;
}

/**
 * "Tuesday and Wednesday", "on Friday and Saturday": two consecutive days joined by "and" are one span of days.
 * The pair keeps both words; a restatement in brackets ("(4 and 5 February)") stays a mention of its own.
 */
const NAMED_WEEK_END = /\b(?:next|last|this|coming|following|past)\s+week$/i;

function joinDayPairs(drafts: Draft[], text: string): void {
  for (let i = 0; i + 1 < drafts.length; i++) {
    const a = drafts[i].mention, b = drafts[i + 1].mention;
    if (a.type !== 'DATE' || b.type !== 'DATE' || a.granularity !== 'day' || b.granularity !== 'day' || !a.range || !b.range) continue;
    if (!/^\s*(?:and|&|to|through|until|-|–)\s*$/i.test(text.slice(a.end, b.start))) continue;
    // "Wednesday and Thursday next week": a weekday alone before a weekday of a named week is in that week.
    let aRange = a.range;
    if (/weekday-(?:forward|backward)$/.test(a.rule) && a.range.start === a.range.end && b.range.start === b.range.end && NAMED_WEEK_END.test(b.text)) {
      const bDay = dayNumber(parseIso(b.range.start));
      const back = ((weekdayOf(parseIso(b.range.start)) - weekdayOf(parseIso(a.range.start))) % 7 + 7) % 7;
      if (back > 0) aRange = { start: isoOf(fromDayNumber(bDay - back)), end: isoOf(fromDayNumber(bDay - back)) };
    }
    const days = dayNumber(parseIso(b.range.start)) - dayNumber(parseIso(aRange.end));
    if (days < 1 || days > 6) continue;
    const joined: DateMention = { ...a, end: b.end, text: text.slice(a.start, b.end), rule: `${a.rule}+day-pair`, value: `${aRange.start}/${b.range.end}`, range: { start: aRange.start, end: b.range.end } };
    drafts.splice(i, 2, { ...drafts[i], mention: joined });
  }
}

/**
 * "at about 10:35 a.m. (0735 GMT) Friday": a clock time followed by the day it is on (a bracketed restatement
 * between them) is on that day, not on the reference day chrono gives it.
 */
function clockOnNamedDay(drafts: Draft[], text: string): void {
  for (let i = 0; i + 1 < drafts.length; i++) {
    const clock = drafts[i].mention, day = drafts[i + 1].mention;
    if (clock.rule !== 'date.time' || !/T\d\d:\d\d$/.test(clock.value) || day.type !== 'DATE' || day.granularity !== 'day' || !day.range || day.range.start !== day.range.end) continue;
    if (!/^\.?\s*(?:\([^()]{1,20}\)\s*)?(?:on\s+)?$/i.test(text.slice(clock.end, day.start))) continue;
    clock.value = `${day.range.start}${clock.value.slice(10)}`;
    clock.rule = 'date.time+named-day';
  }
}

/**
 * "his second letter in two weeks was published Tuesday": chrono reads "in two weeks" as a date two weeks
 * ahead, but in a clause that looks back it is the span the events fell in (TIMEX3 DURATION "P2W").
 */
function spansInPastClauses(drafts: Draft[], text: string): void {
  for (const d of drafts) {
    const m = d.mention;
    if (!m.rule.startsWith('date.relative') || !/^\S+\s+(?:days?|weeks?|months?|years?)$/i.test(m.text)) continue;
    if (!/\b(?:in|within)\s+$/i.test(text.slice(Math.max(0, m.start - 8), m.start))) continue;
    // the clause's verb may follow the date ("his letter in two weeks was published")
    const way = tenseOf(d) || (d.sentence ? directionOf('', d.sentence.text.slice(m.end - d.sentence.start)).way : 0);
    if (way >= 0) continue;
    const span = findDurations(m.text).find((x) => x.start === 0 && x.end === m.text.length);
    if (!span) continue;
    d.mention = { ...span, start: m.start, end: m.end, text: m.text, rule: 'duration.in-past-clause' };
    d.bareWeekday = null;
  }
}

/** "a hearing the week of March 6": the week that holds the day (TIMEX3 "2000-W10"), marked from "the week". */
function weekOfDay(drafts: Draft[], text: string): void {
  for (const { mention: m } of drafts) {
    if (m.type !== 'DATE' || m.granularity !== 'day' || !m.range || m.range.start !== m.range.end) continue;
    const lead = /\bthe\s+week\s+of\s+$/i.exec(text.slice(Math.max(0, m.start - 16), m.start));
    if (!lead) continue;
    m.start -= lead[0].length;
    m.text = text.slice(m.start, m.end);
    m.value = isoWeek(parseIso(m.range.start));
    m.range = spanOfValue(m.value);
    m.granularity = 'week';
    m.rule = `${m.rule}+week-of`;
  }
}

/** "today (Wednesday)": a weekday in brackets restates the date before it; say so when it does not match. */
function checkParentheticalWeekdays(drafts: Draft[], text: string, warnings: string[]): void {
  for (let i = 1; i < drafts.length; i++) {
    const prev = drafts[i - 1].mention, cur = drafts[i].mention;
    if (!/^\s*\($/.test(text.slice(prev.end, cur.start))) continue;
    const wd = WEEKDAYS.findIndex((w) => w.toLowerCase() === cur.text.toLowerCase());
    if (wd < 0 || !prev.range || prev.range.start !== prev.range.end) continue;
    if (weekdayOf(parseIso(prev.range.start)) !== wd) {
      warnings.push(`"${prev.text} (${cur.text})" (offset ${prev.start}): ${prev.range.start} is not a ${cur.text}`);
    }
  }
}
