import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences.js';

describe('splitSentences', () => {
  it.each([
    ['Talks began. They ended.', ['Talks began.', 'They ended.']],
    ['U.S. President Trump spoke. Then he left.', ['U.S. President Trump spoke.', 'Then he left.']],
    ['They met on Jan. 23 in Geneva. Nothing was agreed.', ['They met on Jan. 23 in Geneva.', 'Nothing was agreed.']],
    ['Headline Without Period\nBody text starts here.', ['Headline Without Period', 'Body text starts here.']],
    ['"We agreed," he said. Later they left.', ['"We agreed," he said.', 'Later they left.']],
    ['Mr. Umerov said so! Really?  Yes.', ['Mr. Umerov said so!', 'Really?', 'Yes.']],
    ['  \n\n  ', []],
  ])('%j', (text, expected) => {
    const spans = splitSentences(text);
    expect(spans.map((s) => s.text)).toEqual(expected);
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});
