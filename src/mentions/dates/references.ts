// Words for the present, the past and the future in general (TIMEX3 PRESENT_REF, PAST_REF, FUTURE_REF):
// "currently", "recently", "in the past", "the future", "will soon". They never date a meeting.
import type { DateMention } from '../../types.js';
import { findAll } from '../../gazetteer/load.js';

const REFERENCES: [RegExp, string][] = [
  [/\b(?:currently|current|at present|presently|nowadays|these days|at the moment|right now)\b/gi, 'PRESENT_REF'],
  [/\b(?:recent (?:years|decades)|recently|recent|lately|the past|formerly|in years past)\b(?!\s+(?:\d|few|several|two|three|four|five|six|seven|eight|nine|ten|year|month|week|day|decade))/gi, 'PAST_REF'],
  // "the future" and "in future"; the adjective ("future talks") is left out. "Soon" where a modal or an
  // infinitive makes it look ahead ("will soon", "may soon", "soon will", "to soon reach", "as soon as
  // possible"), not in narrative ("soon became") nor before a clause or a day ("as soon as talks end", "soon after").
  [/\b(?:the (?:near |distant |foreseeable )?future|(?<=\bin )future|as soon as possible|(?<=\b(?:will|'ll|shall|may|might|could|should|must|can|to)\s+)soon(?!\s+(?:after|before|as|enough)\b)|soon(?=\s+will\b))\b/gi, 'FUTURE_REF'],
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
