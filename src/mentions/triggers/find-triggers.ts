// Meeting words ("talks", "summit", "met", "reconvene") and what they refer to: a new meeting, one yet to
// come ("the next round"), an earlier one ("the previous round") or one already introduced ("the talks").
import type { TriggerMention } from '../../types.js';
import { cuesIn, findAll, loadCues } from '../../gazetteer/load.js';

const LOOK_BACK = 50;
/** How far back the body whose own meeting it is may stand ("the Senate's foreign relations committee is scheduled to meet"). */
const OWNER_LOOK_BACK = 80;

export function findTriggers(text: string): TriggerMention[] {
  const cues = loadCues();
  const out: TriggerMention[] = [];
  // Every article is scanned for meeting words, most in vain: a pattern runs only where one of the words its
  // matches all hold is found.
  for (const cue of cuesIn(text, cues.triggers)) {
    for (const m of findAll(cue.pattern!, text)) {
      if (out.some((t) => t.start < m.end && m.start < t.end)) continue;
      const before = text.slice(Math.max(0, m.start - LOOK_BACK), m.start);
      // "the board's next scheduled meeting", "wage talks": not a meeting between states.
      const owner = text.slice(Math.max(0, m.start - OWNER_LOOK_BACK), m.start);
      if (cues.notMeeting.some((c) => c.before?.test(owner) || c.after?.test(text.slice(m.end, m.end + LOOK_BACK)))) continue;
      const ref = cues.reference.find((r) => (r.match ? r.match.test(m.match[0]) : r.before ? r.before.test(before) || r.before.test(before + m.match[0] + ' ') : false));
      out.push({ start: m.start, end: m.end, text: m.match[0], rule: ref ? `${cue.id}+${ref.id}` : cue.id, reference: ref ? ref.extra.refers : 'new', opens: cue.extra.anchors !== false });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
