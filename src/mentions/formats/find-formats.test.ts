import { describe, expect, it } from 'vitest';
import { findFormats } from './find-formats.js';

const formatsIn = (text: string) => findFormats(text).filter((f) => f.format).map((f) => [f.text, f.format]);

describe('findFormats', () => {
  it.each([
    ['The two governments held bilateral talks on fishing rights.', [['bilateral', 'bilateral']]],
    ['A tripartite committee of the three ministries met in the capital.', [['tripartite', 'trilateral']]],
    ['Envoys prepared a four-way summit for the spring.', [['four-way', 'quadrilateral']]],
    ['Diplomats called it the largest multilateral gathering of the year.', [['multilateral', 'multilateral']]],
    // A sum of unequal terms counts parties: sides and observers, or sides and a mediator.
    ['The 5+2 format has not met formally since the war began.', [['5+2', 'multilateral']]],
    ['A 2+1 meeting of the two neighbours and their mediator is planned.', [['2+1', 'trilateral']]],
    ['The 3+1 group of the three coastal states and the EU will meet again.', [['3+1', 'quadrilateral']]],
  ])('%s', (text, expected) => {
    expect(formatsIn(text)).toEqual(expected);
  });

  it.each([
    // Equal terms count the people on each side, not the sides.
    'It was the first session of the "1+1" format of chief negotiators since October.',
    'The annual 2+2 dialogue of foreign and defence ministers will be held in Tokyo.',
    'The 5+5 Joint Military Commission met in Sirte for two days.',
    // Not a format at all.
    'Turnout rose by 2+ points, and the P5+1 statement was read out.',
    // Denied: no meeting had it.
    'No. There was no bilateral meeting on the margins of this round.',
    'The envoys said it was not a formal trilateral format.',
    'Officials ruled out any talks, saying there would be no four-way summit this year.',
    // a building named after conferences
    'The meeting was held at the Bandaranaike Memorial International Conference Hall in Colombo.',
  ])('no format: %s', (text) => {
    expect(formatsIn(text)).toEqual([]);
  });

  it.each([
    // A denial of one format beside a format stated.
    ['It was not a bilateral meeting but a trilateral one.', [['trilateral', 'trilateral']]],
    // Not denials: "now", "not only", a sentence ended by "no".
    ['The talks are now bilateral, diplomats said.', [['bilateral', 'bilateral']]],
    ['The process is not only bilateral but regional.', [['bilateral', 'bilateral']]],
    ['Asked whether the talks would collapse, he said no. Bilateral contacts continue.', [['Bilateral', 'bilateral']]],
  ])('a denial leaves the other formats: %s', (text, expected) => {
    expect(formatsIn(text)).toEqual(expected);
  });

  it.each([
    ['There were no direct talks; the mediators shuttled between the rooms.', []],
    ['The two sides held direct talks for the first time.', ['direct']],
  ])('modes: %s', (text, modes) => {
    expect(findFormats(text).filter((f) => f.mode).map((f) => f.mode)).toEqual(modes);
  });
});
