// Decades, centuries and years written out in words, as broadcast transcripts and feature writing have them:
// "the 1990s", "the early 1980s", "the '80s", "the nineties" (TIMEX3 "199": the decade's first three digits);
// "the 20th century" ("19");
// "nineteen ninety-six" (1996), "January nineteen ninety-seven" (1997-01), "the year two thousand" (2000).
import type { DateMention } from '../../types.js';
import { findAll } from '../../gazetteer/load.js';
import { MONTH_PATTERN, MONTHS, ORDINAL_WORD_PATTERN, ordinalWordValue } from './calendar.js';

const DECADE_WORDS: Record<string, number> = { twenties: 2, thirties: 3, forties: 4, fifties: 5, sixties: 6, seventies: 7, eighties: 8, nineties: 9 };
// "the 1990s", "the mid-1990s", "the late '70s", "the nineties"; "the 30s" alone is as often an age or a temperature.
// "the 20th century", "the eleventh century", "a 21st-century port" (TIMEX3 "19", "10", "20": the century's first two
// digits); read in the same pass as the decades.
const DECADE = new RegExp(
  `\\b(?:the\\s+)?(?:(?:early|mid|late)[- ])?(?:(1[89]|20)(\\d)0s\\b|'(\\d)0s\\b|(?<=\\bthe\\s+(?:(?:early|mid|late)[- ])?)(${Object.keys(DECADE_WORDS).join('|')})\\b|` +
  `(?:([1-9]|1\\d|2[01])(?:st|nd|rd|th)|(${ORDINAL_WORD_PATTERN}))[- ]century\\b)`,
  'gi',
);

const UNITS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };
const TENS: Record<string, number> = { ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
// "nineteen ninety-six", "nineteen eighty", "the year two thousand", "two thousand and one"; a month may lead.
// "nineteen ninety people" is a count: a counted noun after the number makes it one.
const COUNTED = 'people|persons|men|women|children|soldiers|troops|dollars|pounds|votes|members|workers|jobs|times|years|miles|feet|cases';
const SPOKEN_YEAR = new RegExp(
  `\\b(?:(${MONTH_PATTERN})\\.?\\s+)?(?:nineteen[- ](${Object.keys(TENS).join('|')})(?:[- ](${Object.keys(UNITS).join('|')}))?|(?<=\\byear\\s+)two[- ]thousand(?:(?:\\s+and)?[- ](${Object.keys(UNITS).join('|')}))?)\\b(?![-'’])(?!\\s+(?:${COUNTED})\\b)`,
  'gi',
);

export function findSpokenYears(text: string): DateMention[] {
  const out: DateMention[] = [];
  for (const { start, end, match } of findAll(DECADE, text)) {
    const [, century, decade, shortDecade, word, nth, nthWord] = match;
    if (nth || nthWord) {
      const value = String((nth ? +nth : ordinalWordValue(nthWord)) - 1).padStart(2, '0');
      out.push({ start, end, text: match[0], rule: 'date.century', type: 'DATE', value, range: null, granularity: 'other', yearSource: 'stated' });
      continue;
    }
    const value = century ? `${century}${decade}` : `19${shortDecade ?? DECADE_WORDS[word.toLowerCase()]}`;
    out.push({ start, end, text: match[0], rule: 'date.decade', type: 'DATE', value, range: null, granularity: 'other', yearSource: 'stated' });
  }
  for (const { start: at, end, match } of findAll(SPOKEN_YEAR, text)) {
    const [, month, tens, units, thousandUnits] = match;
    // "the year two thousand": TimeML's extent holds "the year".
    const lead = /\bthe\s+year\s+$/i.exec(text.slice(Math.max(0, at - 12), at));
    const start = !month && lead ? at - lead[0].length : at;
    const y = tens ? 1900 + TENS[tens.toLowerCase()] + (units ? UNITS[units.toLowerCase()] : 0) : 2000 + (thousandUnits ? UNITS[thousandUnits.toLowerCase()] : 0);
    const m = month ? MONTHS[month.toLowerCase()] : 0;
    const value = m ? `${y}-${String(m).padStart(2, '0')}` : String(y);
    const range = { start: `${y}-${m ? value.slice(5) : '01'}-01`, end: m ? `${value}-${new Date(Date.UTC(y, m, 0)).getUTCDate()}` : `${y}-12-31` };
    out.push({ start, end, text: text.slice(start, end), rule: 'date.spoken-year', type: 'DATE', value, range, granularity: m ? 'month' : 'year', yearSource: 'stated' });
  }
  return out;
}
