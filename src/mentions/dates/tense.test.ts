import { describe, expect, it } from 'vitest';
import { directionOf } from './tense.js';

/** Split a sentence at "|", the place of the date, and read the direction of the clause around it. */
const wayOf = (s: string) => {
  const [before, after] = s.split('|');
  const d = directionOf(before, after ?? '');
  return d.way === 1 ? 'forward' : d.way === -1 ? 'back' : 'none';
};

describe('direction of the clause around a date', () => {
  it.each([
    ['The sides will meet on |.', 'forward'],
    ['The summit will be held between |.', 'forward'],
    ['Talks are scheduled for |.', 'forward'],
    ['He subpoenaed the boy to testify before the committee on |.', 'forward'],
    ['The father could come to the U.S. as early as |.', 'forward'],
    ['The deadline was extended to |.', 'forward'],
    ['The round was held on |.', 'back'],
    ['New Zealand said |.', 'back'],
    ['Hungary ratified the treaty on |.', 'back'],
    ['They have met twice since |.', 'back'],
    ['He said the sides would reconvene on |.', 'forward'],
    ['The case is decided in |.', 'forward'],
    ['On |, the sides will meet again.', 'forward'],
    ['On |, the delegations signed the accord.', 'back'],
    ['The price rose from $29.75 in |.', 'back'],
    // dividends and rules take effect ahead, whatever the verb of the announcement
    ['Directors declared a dividend, payable |.', 'forward'],
    ['U.S. Trust created an office of the chairman, effective |.', 'forward'],
    // a plan in the past perfect is past
    ['The offer had been due to expire |.', 'back'],
    ['The ceasefire previously had been scheduled to end at |.', 'back'],
    // a participle that is also a present form ("set", "hit") is past right before the date
    ['Shares closed near the peak set on |.', 'back'],
    ['The fund is far above the low it hit in |.', 'back'],
    // an -ed adjective after a determiner and an adverb is no tense: the modal before it decides
    ['The bonus would be paid on a still undisclosed date in |.', 'forward'],
        // "next to" is a place, not a time
    ['Protesters gathered in a square next to the French embassy in Dakar |.', 'back'],
  ])('%s', (sentence, expected) => {
    expect(wayOf(sentence)).toBe(expected);
  });

  it.each([
    // no tense to go by
    ['Prices in |.'],
    // a clause boundary cuts off an earlier clause's infinitive
    ['The opposition appealed to reverse the ruling, but in |.'],
    // adjectives in -ed, and nouns after "to", are no tense
    ['The armed forces of the region in |.'],
    ['The chronology from 1990 to |.'],
    // "set for", "set to" and a present passive are no past
    ['Prices are set in |.'],
        // a capitalised word after "to" is a name
    ['His letter to Reno in |.'],
  ])('gives no direction for "%s"', (sentence) => {
    expect(wayOf(sentence)).toBe('none');
  });
});
