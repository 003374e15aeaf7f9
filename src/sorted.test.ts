import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { firstAtLeast } from './sorted.js';

describe('firstAtLeast', () => {
  it.each([
    [[], 5, 0],
    [[1, 3, 3, 7], 0, 0],
    [[1, 3, 3, 7], 3, 1],
    [[1, 3, 3, 7], 4, 3],
    [[1, 3, 3, 7], 8, 4],
  ])('in %j, the first key at least %d is at %d', (list, value, index) => {
    expect(firstAtLeast(list, value, (x) => x)).toBe(index);
  });

  it('agrees with a scan on any sorted list', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: -50, max: 50 })).map((a) => a.sort((x, y) => x - y)), fc.integer({ min: -60, max: 60 }), (list, value) => {
      const scan = list.findIndex((x) => x >= value);
      expect(firstAtLeast(list.map((x) => ({ start: x })), value, (s) => s.start)).toBe(scan < 0 ? list.length : scan);
    }));
  });
});
