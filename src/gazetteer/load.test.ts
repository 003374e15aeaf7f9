import { describe, expect, it } from 'vitest';
import { gazetteerFromIndex, gazetteerIndex, loadGazetteer } from './load.js';

describe('the prebuilt gazetteer index', () => {
  it('gives back the very gazetteer built from data/*.json', () => {
    // An empty user gazetteer builds parley's own from the files, whatever index may lie about.
    const built = loadGazetteer({});
    const fromIndex = gazetteerFromIndex(gazetteerIndex());
    expect(fromIndex).not.toBeNull();
    expect(fromIndex).toEqual(built);
    // Same order too (toEqual does not look at the order of Map entries).
    for (const field of ['parties', 'cities', 'partyNames', 'capitalOf', 'firstWords'] as const) {
      expect([...fromIndex![field].keys()]).toEqual([...built[field].keys()]);
    }
    expect([...fromIndex!.notPartyPhrases]).toEqual([...built.notPartyPhrases]);
    expect(fromIndex!.usState.before.source).toBe(built.usState.before.source);
  });

  it('is refused when built from other data or in another format', () => {
    const index = JSON.parse(gazetteerIndex());
    const otherTimes = Object.fromEntries(Object.entries(index.stats as Record<string, number[]>).map(([name, [size, time]]) => [name, [size, time - 1000]]));
    // The same bytes with other times (a checkout, a packed copy): the hash says they are the same.
    expect(gazetteerFromIndex(JSON.stringify({ ...index, stats: otherTimes }))).not.toBeNull();
    // Other bytes: the times and the hash both differ.
    expect(gazetteerFromIndex(JSON.stringify({ ...index, stats: otherTimes, data: '0'.repeat(64) }))).toBeNull();
    expect(gazetteerFromIndex(JSON.stringify({ ...index, format: 0 }))).toBeNull();
  });
});
