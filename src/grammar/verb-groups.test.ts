import { describe, expect, it } from 'vitest';
import { formPattern, formsOf, readVerbGroups } from './verb-groups.js';

const VERBS = ['meet', 'hold', 'take', 'resume', 'begin', 'convene', 'plan', 'sit', 'talk', 'end', 'cancel', 'occur', 'wrap'];
const forms = formsOf(VERBS);
const pattern = formPattern(forms);

/** The one verb group the reader finds in a sentence, as "text tense form negative?". */
function groupOf(sentence: string): string {
  const found = readVerbGroups(sentence, 0, forms, pattern);
  expect(found.length, JSON.stringify(found)).toBe(1);
  const g = found[0];
  expect(sentence.slice(g.start, g.end)).toBe(g.text);
  return `${g.text} | ${g.tense} ${g.form}${g.negative ? ' negative' : ''}${g.certain ? '' : ' unsure'}`;
}

describe('verb groups', () => {
  it.each([
    ['The sides will meet in Geneva.', 'will meet | future future'],
    ['Talks will be held in Doha.', 'will be held | future future'],
    ['The meeting may preliminarily take place on Sunday.', 'may preliminarily take place | other modal'],
    ['The round was held in Abu Dhabi.', 'was held | past past-passive'],
    ['The delegations met on Friday.', 'met | past simple-past'],
    // "last" and "first" after a noun are adverbs of the verb
    ['The committee last met in June.', 'met | past simple-past'],
    ['The two leaders first met in 2019.', 'met | past simple-past'],
    ['The envoys have already met twice.', 'have already met | past present-perfect'],
    ['They had not met since 2019.', 'had not met | past past-perfect negative'],
    ['The two sides are meeting in Oslo.', 'are meeting | present present-progressive'],
    ['The two sides were meeting when the news broke.', 'were meeting | past past-progressive'],
    ['The talks are scheduled to resume in March.', 'to resume | future infinitive'],
    ['Both sides agreed to resume talks next month.', 'to resume | future infinitive'],
    ['They failed to meet the deadline.', 'to meet | past infinitive'],
    ['Delegations sat down in Baku.', 'sat down | past simple-past'],
    ['The foreign ministers did not meet.', 'did not meet | past simple-past negative'],
    ['They meet every month.', 'meet | present simple-present'],
    ['The summit was cancelled at short notice.', 'was cancelled | past past-passive'],
    ['The talks wrapped up on Tuesday.', 'wrapped up | past simple-past'],
    ['The round is to begin on Monday.', 'is to begin | future infinitive'],
  ])('%s', (sentence, expected) => {
    expect(groupOf(sentence)).toBe(expected);
  });

  it.each([
    // nouns and adjectives: a determiner, a possessive or no subject before the form
    ['The meeting was productive.'],
    ['Shareholders\' meeting approved it.'],
    ['The planned talks in Doha are off.'],
    ['The last held session was in May.'], // after "the", an adjective
    ['Peace talks stalled.'],
    ['At the end of the day, nothing changed.'],
  ])('no verb group in "%s"', (sentence) => {
    expect(readVerbGroups(sentence, 0, forms, pattern)).toEqual([]);
  });

  it('leaves a to-infinitive with an unknown governor to the tagger', () => {
    const [g] = readVerbGroups('She wants Omani mediators based in Muscat to meet the envoy.', 0, forms, pattern);
    expect(g.certain).toBe(false);
  });

  it('inflects regular and irregular verbs', () => {
    expect(forms.get('planned')).toEqual({ infinitive: 'plan', kind: 'past-pp' });
    expect(forms.get('held')).toEqual({ infinitive: 'hold', kind: 'past-pp' });
    expect(forms.get('began')).toEqual({ infinitive: 'begin', kind: 'past' });
    expect(forms.get('occurred')).toEqual({ infinitive: 'occur', kind: 'past-pp' });
    expect(forms.get('convenes')).toEqual({ infinitive: 'convene', kind: 's' });
    expect(forms.get('cancelled')).toEqual({ infinitive: 'cancel', kind: 'past-pp' });
  });
});
