import { describe, expect, it } from 'vitest';
import { MAX_SENTENCE, splitSentences } from './sentences.js';

describe('splitSentences', () => {
  it.each([
    ['Talks began. They ended.', ['Talks began.', 'They ended.']],
    ['U.S. President Trump spoke. Then he left.', ['U.S. President Trump spoke.', 'Then he left.']],
    ['They met on Jan. 23 in Geneva. Nothing was agreed.', ['They met on Jan. 23 in Geneva.', 'Nothing was agreed.']],
    ['Headline Without Period\nBody text starts here.', ['Headline Without Period', 'Body text starts here.']],
    ['"We agreed," he said. Later they left.', ['"We agreed," he said.', 'Later they left.']],
    ['Mr. Umerov said so! Really?  Yes.', ['Mr. Umerov said so!', 'Really?', 'Yes.']],
    ['  \n\n  ', []],
    // a headline's semicolon joins two stories; in prose it stays inside the sentence
    ['Envoys meet in Oslo; summit pushed to May\nThey met; nothing was agreed.', ['Envoys meet in Oslo;', 'summit pushed to May', 'They met; nothing was agreed.']],
  ])('%j', (text, expected) => {
    const spans = splitSentences(text);
    expect(spans.map((s) => s.text)).toEqual(expected);
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});

describe('very long runs without a stop', () => {
  it('are cut into pieces no longer than MAX_SENTENCE, after a comma, at a space or inside a token with neither, covering every character', () => {
    const text = 'talks held on 12 May, '.repeat(800) + 'x'.repeat(4000);
    const pieces = splitSentences(text);
    expect(pieces.length).toBeGreaterThan(10);
    for (const p of pieces) {
      expect(p.end - p.start).toBeLessThanOrEqual(MAX_SENTENCE);
      expect(text.slice(p.start, p.end)).toBe(p.text);
    }
    expect(pieces.map((p) => p.text).join('').replace(/\s+/g, '')).toBe(text.replace(/\s+/g, ''));
    // a cut after a comma where there is one
    expect(pieces[0].text.endsWith(',')).toBe(true);
  });
});
