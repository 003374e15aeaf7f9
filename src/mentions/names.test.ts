import { describe, expect, it } from 'vitest';
import { scanNames } from './names.js';

const names = (text: string) => scanNames(text).map((h) => `${h.text}:${h.parties.map((p) => p.id).join('+')}${h.city ? `@${h.city.city}` : ''}`);

describe('scanNames', () => {
  it.each([
    ['Envoys from Russia and Ukraine met in Geneva.', ['Russia:RU', 'Ukraine:UA', 'Geneva:@Geneva']],
    // a longer name that holds a party's name is matched whole and names nothing
    ['The Washington Post reported the talks.', ['Washington Post:']],
    // an acronym only as written ("US" has two readings, both the United States)
    ['Let us meet the US delegation.', ['US:US+US']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('answers the same after its memo of asked words has filled and been emptied', () => {
    const text = 'Envoys from Russia and Ukraine met in Geneva; The Washington Post said the US hosted.';
    const before = names(text);
    // More distinct capitalised words than the memo holds, so that it empties at least once.
    expect(names(Array.from({ length: 60_000 }, (_, i) => `Qz${i.toString(36)}`).join(' '))).toEqual([]);
    expect(names(text)).toEqual(before);
    expect(before).toContain('Russia:RU');
  });
});
