import { describe, expect, it } from 'vitest';
import { findTriggers } from './find-triggers.js';

describe('findTriggers', () => {
  it.each([
    // text, the meeting words found (rule: text)
    ['Envoys will hold peace talks in Oslo.', ['trigger.talks: peace talks']],
    ['A Second Round of Negotiations opened.', ['trigger.round: Second Round', 'trigger.talks: Negotiations']],
    ['The ministers met and agreed to reconvene.', ['trigger.met: met', 'trigger.convene: reconvene']],
    ['The summit was followed by a donor conference.', ['trigger.meeting: summit', 'trigger.conference: donor conference']],
    ['Both sides SAT DOWN at the negotiating table.', ['trigger.sit-down: SAT DOWN', 'trigger.table: at the negotiating table']],
    ['Kenya attended; Chad was invited but took part only by video.', ['trigger.participation: attended', 'trigger.participation: invited', 'trigger.participation: took part']],
    ['Their dialogue went on in a late-night sit-down.', ['trigger.dialogue: dialogue', 'trigger.meeting: sit-down']],
  ])('%s', (text, expected) => {
    expect(findTriggers(text).map((t) => `${t.rule.split('+')[0]}: ${t.text}`)).toEqual(expected);
  });

  it.each([
    'The department raised its rates on Tuesday.',
    'A round-the-clock watch was kept; the table shows prices.',
    'Mettle, meteors and metres: none of these counts.',
  ])('finds no meeting word in %j', (text) => {
    expect(findTriggers(text)).toEqual([]);
  });
});
