import { describe, expect, it } from 'vitest';
import { attributionsIn } from './attribution.js';

const of = (text: string) => attributionsIn(text, { start: 0, end: text.length, text }, []).map((a) => [a.source, a.via, a.rule]);

describe('attributionsIn', () => {
  it.each([
    ['This was announced by President of Ukraine Volodymyr Zelenskyy, who said more.', [['President of Ukraine Volodymyr Zelenskyy', null, 'attribution.announced-by']]],
    ['Ukrainian chief negotiator Rustem Umerov added via Telegram that a round is underway.', [['Ukrainian chief negotiator Rustem Umerov', 'Telegram', 'attribution.speaker-said']]],
    ['For his part, Kremlin spokesman Dmitry Peskov announced that nothing would be said.', [['Kremlin spokesman Dmitry Peskov', null, 'attribution.speaker-said']]],
    ['A source told the TASS agency that the negotiations began today.', [['A source', 'TASS', 'attribution.speaker-said']]],
    ['A U.S. official anonymously told Reuters that talks could follow.', [['A U.S. official', 'Reuters', 'attribution.speaker-said']]],
    ['The talks will resume next week, according to Reuters.', [['Reuters', null, 'attribution.according-to']]],
    ['According to Reuters, the talks will resume next week.', [['Reuters', null, 'attribution.according-to']]],
    ['"We are ready," said Foreign Minister Sergei Lavrov.', [['Foreign Minister Sergei Lavrov', null, 'attribution.said-speaker']]],
    ['The talks were constructive, officials from both sides said.', [['officials from both sides', null, 'attribution.speaker-said']]],
  ])('%j', (text, expected) => {
    expect(of(text)).toEqual(expected);
  });

  it.each([
    ['Russia and Ukraine met on Monday.'],
    ['It said nothing.'],
    ['Russian officials believe the talks will fail.'],
    // "reportedly" is a hedge, not a speaker reporting
    ['Senior officials from the two countries reportedly met in Abu Dhabi.'],
  ])('finds no attribution in %j', (text) => {
    expect(of(text)).toEqual([]);
  });
});
