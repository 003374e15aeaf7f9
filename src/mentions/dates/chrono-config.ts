// parley's chrono-node configuration: the casual English parsers plus parsers for shapes chrono misses.
// Like chrono's own, each added parser documents the pattern it reads.
import * as chrono from 'chrono-node';
import type { Parser } from 'chrono-node';
import { MONTH_PATTERN, MONTHS } from './calendar.js';

const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const monthOf = (s: string) => MONTHS[s.toLowerCase().replace(/\.$/, '')];

/** "January 23 and 24", "Jan. 23 & 24, 2026": two days of one month joined by "and". */
export const monthDayAndDayParser: Parser = {
  pattern: () => new RegExp(`\\b(${MONTH_PATTERN})\\.?\\s+${DAY}\\s*(?:and|&)\\s*${DAY}(?!\\d)(?:,?\\s+(\\d{4})(?!\\d))?`, 'i'),
  extract: (context, match) => {
    const month = monthOf(match[1]);
    const [from, to] = [+match[2], +match[3]];
    if (!month || from >= to || to > 31) return null;
    const year = match[4] ? { year: +match[4] } : {};
    return context.createParsingResult(match.index ?? 0, match[0], { month, day: from, ...year }, { month, day: to, ...year });
  },
};

/** "23 and 24 January", "between 10 and 12 May 2025": a day pair before the month. */
export const dayAndDayMonthParser: Parser = {
  pattern: () => new RegExp(`\\b${DAY}\\s*(?:and|&)\\s*${DAY}\\s+(?:of\\s+)?(${MONTH_PATTERN})\\.?(?:,?\\s+(\\d{4})(?!\\d))?\\b`, 'i'),
  extract: (context, match) => {
    const month = monthOf(match[3]);
    const [from, to] = [+match[1], +match[2]];
    if (!month || from >= to || to > 31) return null;
    const year = match[4] ? { year: +match[4] } : {};
    return context.createParsingResult(match.index ?? 0, match[0], { month, day: from, ...year }, { month, day: to, ...year });
  },
};

let configured: chrono.Chrono | null = null;

export function dateParser(): chrono.Chrono {
  if (configured) return configured;
  const c = chrono.casual.clone();
  // Added parsers go first so that, at the same position, their longer reading wins chrono's overlap removal.
  c.parsers.unshift(monthDayAndDayParser, dayAndDayMonthParser);
  configured = c;
  return c;
}
