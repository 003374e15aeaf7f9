// Meeting words ("talks", "summit", "met", "reconvene") and what they refer to: a new meeting, one yet to
// come ("the next round"), an earlier one ("the previous round") or one already introduced ("the talks").
import type { TriggerMention } from '../../types.js';
import { findAll, loadCues } from '../../gazetteer/load.js';

const LOOK_BACK = 50;

export function findTriggers(text: string): TriggerMention[] {
  const cues = loadCues();
  const out: TriggerMention[] = [];
  // Every article is scanned for meeting words, most in vain: a pattern runs only where one of the words its
  // matches all hold is found (one pass for all of them, far cheaper than the patterns' passes).
  const present = neededWordsIn(text, cues.triggers);
  for (const cue of cues.triggers) {
    if (cue.extra.needs && !cue.extra.needs.some((w) => present.has(w))) continue;
    for (const m of findAll(cue.pattern!, text)) {
      if (out.some((t) => t.start < m.end && m.start < t.end)) continue;
      const before = text.slice(Math.max(0, m.start - LOOK_BACK), m.start);
      const ref = cues.reference.find((r) => (r.match ? r.match.test(m.match[0]) : r.before ? r.before.test(before) || r.before.test(before + m.match[0] + ' ') : false));
      out.push({ start: m.start, end: m.end, text: m.match[0], rule: ref ? `${cue.id}+${ref.id}` : cue.id, reference: ref ? ref.extra.refers : 'new', opens: cue.extra.anchors !== false });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

let needed: { pattern: RegExp; within: Map<string, string[]> } | null = null;

/** Which of the triggers' needed words (lower case) occur in the text, as substrings. */
export function neededWordsIn(text: string, triggers: { extra: { needs?: string[] } }[]): Set<string> {
  if (!needed) {
    const words = [...new Set(triggers.flatMap((t) => t.extra.needs ?? []))].sort((a, b) => b.length - a.length);
    // Longest first, so that at each place the longest word is read; the words it begins with are there too.
    const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&'));
    needed = { pattern: new RegExp(escaped.join('|'), 'g'), within: new Map(words.map((w) => [w, words.filter((o) => w.startsWith(o))])) };
  }
  const { pattern, within } = needed;
  const lower = text.toLowerCase();
  const present = new Set<string>();
  pattern.lastIndex = 0;
  for (let m = pattern.exec(lower); m; m = pattern.exec(lower)) {
    for (const w of within.get(m[0])!) present.add(w);
    // From the next character, not past the word: a word may begin inside another.
    pattern.lastIndex = m.index + 1;
  }
  return present;
}
