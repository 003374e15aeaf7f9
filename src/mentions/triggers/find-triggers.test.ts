import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findAll, loadCues } from '../../gazetteer/load.js';
import fc from 'fast-check';
import { findTriggers, neededWordsIn } from './find-triggers.js';

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

  // `needs` spares articles the pattern's pass; a word missing from it would lose meeting words silently.
  it("every match of a meeting word's pattern holds one of the words it needs", () => {
    const root = join(import.meta.dirname, '..', '..', '..', 'fixtures');
    const texts = readdirSync(root, { recursive: true }).map(String).filter((f) => /\.txt$/.test(f)).map((f) => readFileSync(join(root, f), 'utf8'));
    expect(texts.length).toBeGreaterThan(50);
    let matches = 0;
    for (const cue of loadCues().triggers) {
      expect(cue.extra.needs, cue.id).toBeDefined();
      for (const w of cue.extra.needs!) expect(w, cue.id).toBe(w.toLowerCase());
      for (const text of texts) {
        for (const m of findAll(cue.pattern!, text)) {
          matches++;
          expect(cue.extra.needs!.some((w) => m.match[0].toLowerCase().includes(w)), `${cue.id}: ${m.match[0]}`).toBe(true);
        }
      }
    }
    expect(matches).toBeGreaterThan(300);
  });

  it('finds every needed word a text holds, inside other words too, in any case', () => {
    const triggers = loadCues().triggers;
    const words = [...new Set(triggers.flatMap((t) => t.extra.needs ?? []))];
    const piece = fc.oneof(fc.constantFrom(...words), fc.constantFrom(...words).map((w) => w.toUpperCase()), fc.constantFrom('me', 'et', 'ing', 'sat ', 'in', ' on', 'part', 's', ' ', '-', 'x'));
    fc.assert(fc.property(fc.array(piece, { maxLength: 12 }).map((p) => p.join('')), (text) => {
      const lower = text.toLowerCase();
      expect([...neededWordsIn(text, triggers)].sort()).toEqual(words.filter((w) => lower.includes(w)).sort());
    }), { numRuns: 1000 });
  });
});
