// Words for the present, the past and the future in general (TIMEX3 PRESENT_REF, PAST_REF, FUTURE_REF):
// "currently", "recently", "in the past", "the future". They never date a meeting.
import type { DateMention } from '../../types.js';
import { findAll } from '../../gazetteer/load.js';

const REFERENCES: [RegExp, string][] = [
  [/\b(?:currently|current|at present|presently|nowadays|these days|at the moment|right now)\b/gi, 'PRESENT_REF'],
  [/\b(?:recent (?:years|decades)|recently|recent|lately|the past|formerly|in years past)\b(?!\s+(?:\d|few|several|two|three|four|five|six|seven|eight|nine|ten|year|month|week|day|decade))/gi, 'PAST_REF'],
  // "the future" and "in future"; the adjective ("future talks") is left out.
  [/\b(?:the (?:near |distant |foreseeable )?future|(?<=\bin )future)\b/gi, 'FUTURE_REF'],
];

export function findReferences(text: string): DateMention[] {
  const out: DateMention[] = [];
  for (const [re, value] of REFERENCES) {
    for (const { start, end } of findAll(re, text)) {
      out.push({ start, end, text: text.slice(start, end), rule: `date.${value.toLowerCase().replace('_', '-')}`, type: 'DATE', value, range: null, granularity: 'other', yearSource: null });
    }
  }
  return out;
}
