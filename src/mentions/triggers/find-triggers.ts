// Meeting words ("talks", "summit", "met", "reconvene") and what they refer to: a new meeting, one yet to
// come ("the next round"), an earlier one ("the previous round") or one already introduced ("the talks").
import type { TriggerMention } from '../../types.js';
import { cuesIn, findAll, loadCues } from '../../gazetteer/load.js';

const LOOK_BACK = 50;
/** How far back the body whose own meeting it is may stand ("the Senate's foreign relations committee is scheduled to meet"). */
const OWNER_LOOK_BACK = 80;
/** How far "the talks" may stand from a meeting that is not between states and still speak of it. */
const ANAPHOR_REACH = 250;
/** "the cycle", "this cycle" with nothing between: the numbered cycle named before. */
const THE_CYCLE = /\b(?:the|this|that)\s+cycle\b(?!-)/gi;
/** "the talks", "the third round", "their next meeting": a meeting word that speaks of one named before. */
const DEFINITE = /\b(?:the|this|that|these|those|its|their|such)\s+(?:[a-z-]+\s+)?$/;
/** Bodies with meetings of their own ("the confederation's executive committee"), as a pattern's alternatives. */
const BODY_NOUNS = 'committee|board|council|commission|cabinet|politburo|secretariat|congress|caucus|federation|association|confederation';
const BODY_NOUN = new RegExp(`\\b(${BODY_NOUNS})\\b`, 'gi');
/** A sentence that opens with a bare body as its subject ("The committee also approved …"), up to a meeting word. */
const SENTENCE_SUBJECT = new RegExp(`(?:^|[.!?]["'”’)]*\\s+|\\n\\s*)The\\s+(${BODY_NOUNS})\\b[^.!?\\n]*$`);
const SUBJECT_LOOK_BACK = 300;

export function findTriggers(text: string): TriggerMention[] {
  const cues = loadCues();
  const out: TriggerMention[] = [];
  const notMeetings: { start: number; end: number }[] = [];
  /** The bodies whose own meetings were found ("committee" of "the confederation's executive committee, meeting"). */
  const bodies = new Set<string>();
  // Every article is scanned for meeting words, most in vain: a pattern runs only where one of the words its
  // matches all hold is found.
  for (const cue of cuesIn(text, cues.triggers)) {
    for (const m of findAll(cue.pattern!, text)) {
      if (out.some((t) => t.start < m.end && m.start < t.end)) continue;
      const before = text.slice(Math.max(0, m.start - LOOK_BACK), m.start);
      // "the board's next scheduled meeting", "wage talks": not a meeting between states.
      const owner = text.slice(Math.max(0, m.start - OWNER_LOOK_BACK), m.start);
      const after = text.slice(m.end, m.end + LOOK_BACK);
      const not = cues.notMeeting.find((c) => (c.extra.both ? !!c.before?.test(owner) && !!c.after?.test(after) : c.before?.test(owner) || c.after?.test(after)));
      if (not) {
        // A meeting of another kind ("the board's meeting") is one the definite meeting words after it may speak
        // of; a verb ("the statement talks about") is no meeting at all.
        if (!not.extra.verb) notMeetings.push({ start: m.start, end: m.end });
        // The last body named before it is the one whose meeting it is.
        const body = [...owner.matchAll(BODY_NOUN)].at(-1);
        if (body) bodies.add(body[1].toLowerCase());
        continue;
      }
      const ref = cues.reference.find((r) => (r.match ? r.match.test(m.match[0]) : r.before ? r.before.test(before) || r.before.test(before + m.match[0] + ' ') : false));
      // "the Special Representative for the Belgrade-Pristina Dialogue, …, today hosted": the title's meeting word
      // is the process, and the date beside it is another meeting's.
      const titled = cues.meetingInTitle.before!.test(before);
      out.push({ start: m.start, end: m.end, text: m.match[0], rule: ref ? `${cue.id}+${ref.id}` : cue.id, reference: ref ? ref.extra.refers : 'new', opens: cue.extra.anchors !== false && !titled });
    }
  }
  // "The sixth cycle of the peace dialogue … concluded yesterday. The cycle, which began on 28 September, …": once
  // a numbered cycle names a round, "the cycle" after it speaks of that round (alone it is "the election cycle").
  const cycle = out.find((t) => /\bcycle\b/i.test(t.text));
  if (cycle) {
    for (const m of findAll(THE_CYCLE, text, cycle.end)) {
      if (!out.some((t) => t.start < m.end && m.start < t.end)) out.push({ start: m.start, end: m.end, text: m.match[0], rule: 'trigger.round+reference.anaphoric', reference: 'anaphoric', opens: true });
    }
  }
  out.sort((a, b) => a.start - b.start);
  // "The fourth round of collective bargaining resumes in Stuttgart, after the third round ended without an
  // offer": "the third round", "the talks" right after a meeting that is not between states speak of that one,
  // and so does a round in its own sentence ("Pay talks … enter what both sides call a 'final round'").
  const phrases = cues.notMeeting.filter((c) => c.pattern);
  notMeetings.sort((a, b) => a.start - b.start);
  let next = 0;
  let latest: { start: number; end: number } | null = null;
  return out.filter((t, i) => {
    while (next < notMeetings.length && notMeetings[next].end <= t.start) latest = notMeetings[next++];
    const definite = /^the\s/i.test(t.text) || DEFINITE.test(text.slice(Math.max(0, t.start - LOOK_BACK), t.start));
    // "The committee also … agreed to hold its next meeting in Kigali": a sentence whose subject is a body whose
    // own meetings the text has named speaks of that body's meetings, however far from them.
    if (definite && bodies.size) {
      const subject = SENTENCE_SUBJECT.exec(text.slice(Math.max(0, t.start - SUBJECT_LOOK_BACK), t.start));
      if (subject && bodies.has(subject[1].toLowerCase())) return false;
    }
    if (!definite && !/\bround\b/i.test(t.text)) return true;
    const prev = i > 0 ? out[i - 1] : null;
    let other = latest && (!prev || latest.start > prev.start) ? latest : null;
    // Phrases that name bargaining without a meeting word, read only in the reach before a meeting word.
    const from = Math.max(prev?.end ?? 0, other?.end ?? 0, t.start - ANAPHOR_REACH);
    for (const c of phrases) other = findAll(c.pattern!, text, from, t.start).at(-1) ?? other;
    if (!other) return true;
    const between = text.slice(other.end, t.start);
    if (definite) return between.length > ANAPHOR_REACH || /\n\s*\n/.test(between);
    return /[.!?]\s|\n/.test(between);
  });
}
