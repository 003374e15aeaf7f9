// extract(): the whole per-article pipeline, pure and synchronous (data files are read once per process).
//   decode (done by the caller) -> meeting words (none: done) -> segment -> mentions -> events -> Result
import type { ExtractOptions, ReferenceDate, Result, Span } from './types.js';
import { UsageError } from './errors.js';
import { splitSentences } from './segment/sentences.js';
import { findDateline } from './mentions/dates/dateline.js';
import { findDates } from './mentions/dates/find-dates.js';
import { isIsoDate } from './mentions/dates/calendar.js';
import { scanNames } from './mentions/names.js';
import { findParties } from './mentions/parties/find-parties.js';
import { findVenues } from './mentions/venues/find-venues.js';
import { findFormats } from './mentions/formats/find-formats.js';
import { findTriggers } from './mentions/triggers/find-triggers.js';
import { assembleEvents, datedByAgreementBefore, movesMeetingBefore } from './events/assemble.js';

export function extract(input: string, options: ExtractOptions = {}): Result {
  const given = options.referenceDate ?? null;
  if (given !== null && !isIsoDate(given)) throw new UsageError(`reference date "${given}" is not a valid YYYY-MM-DD date`);
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  if (!isIsoDate(today)) throw new UsageError(`today "${today}" is not a valid YYYY-MM-DD date`);
  if (options.mentions !== undefined && options.mentions !== 'meetings' && options.mentions !== 'all') throw new UsageError(`mentions "${String(options.mentions)}" is neither "meetings" nor "all"`);
  // Offsets are indices into the text without its byte-order mark.
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;

  // 1. the article's own date: a record's date is authoritative; the text's date line comes next; the option last.
  const dateline = findDateline(text, today);
  let referenceDate: ReferenceDate;
  if (given && options.referenceSource === 'record') referenceDate = { value: given, source: 'record', evidence: null };
  else if (dateline?.value) referenceDate = { value: dateline.value, source: 'text', evidence: dateline.evidence };
  else if (given) referenceDate = { value: given, source: 'option', evidence: null };
  else referenceDate = { value: null, source: null, evidence: null };

  // 2. meeting words: an article without one holds no meeting, and in a news archive that is most of the text.
  // One pass over the cue patterns settles it; the rest (chrono-node above all) is spent only where a meeting is.
  const triggers = findTriggers(text);
  if (!triggers.length && options.mentions !== 'all') return { referenceDate, events: [], mentions: { dates: [], parties: [], venues: [], formats: [] }, warnings: [] };

  // 3. segment
  const sentences = splitSentences(text);

  // 4. mentions
  // Dates are read in the sentences that name a meeting, the only ones an event takes a date from (chrono-node
  // is the dearest pass); with mentions: 'all', everywhere.
  // So are the dates of a sentence right after one of those that moves its meeting ("It has now been rescheduled
  // for later this month"), and of one right before a sentence that says an agreement came at its meeting
  // ("… agreed yesterday to …. The agreement came at the ninth meeting").
  const only = options.mentions === 'all' ? undefined : withDatingNeighbours(sentences, sentencesHolding(sentences, triggers));
  const dates = findDates(text, sentences, referenceDate.value, today, { writtenOn: dateline?.day ?? null, only });
  const names = scanNames(text, options.gazetteer);
  const venues = findVenues(text, names, options.gazetteer, dateline?.evidence.start, triggers);
  const parties = findParties(text, names, venues, options.gazetteer);
  const formats = findFormats(text);
  const mentions = { dates: dates.dates, parties, venues, formats };

  // 5. events
  const assembled = assembleEvents({ text, sentences, mentions, triggers, referenceDate: referenceDate.value, writtenOn: referenceDate.value ?? dateline?.day ?? null, dateline: dateline?.evidence ?? null });

  return { referenceDate, events: assembled.events, mentions, warnings: [...dates.warnings, ...assembled.warnings] };
}

/**
 * The sentences given, each sentence right after one of them that moves its meeting, and each right before one of
 * them whose meeting takes its day from it, in order.
 */
function withDatingNeighbours(sentences: Span[], holding: Span[]): Span[] {
  const held = new Set(holding);
  return sentences.filter((s, i) => held.has(s) || (i > 0 && held.has(sentences[i - 1]) && movesMeetingBefore(s)) ||
    (i + 1 < sentences.length && held.has(sentences[i + 1]) && datedByAgreementBefore(sentences[i + 1])));
}

/** The sentences (sorted) in which a mention (sorted) starts. */
function sentencesHolding(sentences: Span[], mentions: { start: number }[]): Span[] {
  const out: Span[] = [];
  let i = 0;
  for (const s of sentences) {
    while (i < mentions.length && mentions[i].start < s.start) i++;
    if (i < mentions.length && mentions[i].start < s.end) out.push(s);
  }
  return out;
}
