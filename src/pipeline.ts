// extract(): the whole per-article pipeline, pure and synchronous (data files are read once per process).
//   decode (done by the caller) -> segment -> mentions -> events -> Result
import type { ExtractOptions, ReferenceDate, Result } from './types.js';
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
import { assembleEvents } from './events/assemble.js';

export function extract(input: string, options: ExtractOptions = {}): Result {
  const given = options.referenceDate ?? null;
  if (given !== null && !isIsoDate(given)) throw new UsageError(`reference date "${given}" is not a valid YYYY-MM-DD date`);
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  if (!isIsoDate(today)) throw new UsageError(`today "${today}" is not a valid YYYY-MM-DD date`);
  // Offsets are indices into the text without its byte-order mark.
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;

  // 1. segment
  const sentences = splitSentences(text);
  // 2. the article's own date: a record's date is authoritative; the text's date line comes next; the option last.
  const dateline = findDateline(text);
  let referenceDate: ReferenceDate;
  if (given && options.referenceSource === 'record') referenceDate = { value: given, source: 'record', evidence: null };
  else if (dateline?.value) referenceDate = { value: dateline.value, source: 'text', evidence: dateline.evidence };
  else if (given) referenceDate = { value: given, source: 'option', evidence: null };
  else referenceDate = { value: null, source: null, evidence: null };

  // 3. mentions
  const dates = findDates(text, sentences, referenceDate.value, today, { writtenOn: dateline?.day ?? null });
  const names = scanNames(text, options.gazetteer);
  const venues = findVenues(text, names, options.gazetteer);
  const parties = findParties(text, names, venues, options.gazetteer);
  const formats = findFormats(text);
  const triggers = findTriggers(text);
  const mentions = { dates: dates.dates, parties, venues, formats };

  // 4. events
  const assembled = assembleEvents({ text, sentences, mentions, triggers, referenceDate: referenceDate.value, writtenOn: referenceDate.value ?? dateline?.day ?? null, dateline: dateline?.evidence ?? null });

  return { referenceDate, events: assembled.events, mentions, warnings: [...dates.warnings, ...assembled.warnings] };
}
