import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mapPacked } from './arrays.js';

describe('mapPacked', () => {
  it.each([
    [[], []],
    [[1, 2, 3], [2, 4, 6]],
    [[0, -1], [0, -2]],
  ])('maps %j to %j', (xs, expected) => {
    expect(mapPacked(xs, (x) => x * 2)).toEqual(expected);
  });

  it('gives what Array.prototype.map gives, with the index', () => {
    fc.assert(fc.property(fc.array(fc.integer()), (xs) => {
      expect(mapPacked(xs, (x, i) => x + i)).toEqual(xs.map((x, i) => x + i));
    }));
  });
});
