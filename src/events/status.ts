// Status (held, ongoing, planned, postponed, cancelled) of the meeting a sentence speaks of, from cue
// words near the meeting word, then the tense of the verb that governs it, then its date against the
// reference date. Each decision names its rule.
import type { Span, Status, TriggerMention } from '../types.js';
import { findAll, loadCues } from '../gazetteer/load.js';
import { taggedVerbs, type VerbInfo } from '../grammar/verbs.js';
import { formPattern, formsOf, readVerbGroups, type FormKind } from '../grammar/verb-groups.js';
import { gap } from './spans.js';
import { mapPacked } from '../arrays.js';

export interface StatusReading {
  status: Status;
  rule: string;
  evidence: Span | null;
  /** The verb says the meeting began ("kicked off"): still going on if its days include the day of writing. */
  began?: boolean;
}

const CUE_WINDOW = 80;
const MODALS = /\b(?:may|might|could|would|can|should|shall|will|going to|'ll)\b/;
const BEGIN = new Set(['begin', 'start', 'open', 'resume', 'kick', 'launch']);
const PLANNING = new Set(['schedule', 'plan', 'set', 'slate', 'expect', 'pencil', 'arrange']);
const RELATIVE_SUBJECT = /\b(?:which|that)\s+$/i;
const CLAUSE_OPENER = /,\s+(?:when|where|while|after|before|as|because|since|until|although|though|whereas)\s/i;

export function statusFromCues(text: string, sentence: Span, trigger: TriggerMention, kinds: Status[]): StatusReading | null {
  const cues = loadCues();
  const from = Math.max(sentence.start, trigger.start - CUE_WINDOW);
  const to = Math.min(sentence.end, trigger.end + CUE_WINDOW);
  for (const cue of cues.status) {
    if (!kinds.includes(cue.extra.status)) continue;
    // "Their last meeting there was on 22 May": the month, not the modal (the patterns ignore case).
    // A semicolon ends the clause: "… to open salmon quota talks in Moscow; island fishing talks delayed".
    const hits = findAll(cue.pattern!, text, from, to).filter((h) => !(h.match[0] === 'May' && h.start > sentence.start) &&
      !text.slice(Math.min(h.end, trigger.end), Math.max(h.start, trigger.start)).includes(';'));
    if (hits.length) {
      const h = nearest(hits, trigger);
      return { status: cue.extra.status, rule: cue.id, evidence: { start: h.start, end: h.end, text: text.slice(h.start, h.end) } };
    }
  }
  // "Talks between A and B that Kenya had offered to host on Thursday, 20 March, have been called off": past a
  // long relative clause, the verb of which the meeting is the subject.
  // Without a comma after the clause ("A meeting … that was due to take place in Riyadh on Wednesday has been
  // called off"), each auxiliary after the clause's own first verb is tried.
  const after = text.slice(trigger.end, Math.min(sentence.end, trigger.end + RELATIVE_REACH));
  const clause = RELATIVE_THEN_VERB.exec(after);
  const opened = clause ? null : RELATIVE_OPENS.exec(after);
  const verbs = clause ? [clause[0].length] : opened ? mapPacked([...after.slice(opened[0].length).matchAll(AUXILIARY)].slice(1), (m) => opened[0].length + m.index! + m[0].length) : [];
  for (const offset of verbs) {
    const at = trigger.end + offset;
    for (const cue of cues.status) {
      if (!kinds.includes(cue.extra.status) || (cue.extra.status !== 'cancelled' && cue.extra.status !== 'postponed')) continue;
      const h = findAll(cue.pattern!, text, at, Math.min(sentence.end, at + CUE_WINDOW))[0];
      if (h?.start === at) return { status: cue.extra.status, rule: `${cue.id}+after-relative-clause`, evidence: { start: h.start, end: h.end, text: text.slice(h.start, h.end) } };
    }
  }
  return null;
}

/** The meeting word's own noun phrase (up to 16 words, a list's commas among them), a relative clause ("that … ,", "which … ,", "due to be held … ,") and the auxiliaries of its verb. */
const RELATIVE_THEN_VERB = /^(?:,?\s+[\w'’-]+){0,16}?,?\s+(?:(?:that|which)\s|(?:(?:originally|initially|first)\s+)?(?:due|scheduled|set|planned|slated|pencill?ed in)\s)[^;.!?]{1,160}?,\s+(?:have|has|had|was|were|is|are|will be|would be)\s+(?:been\s+|now\s+)?(?=\w)/i;
/** The meeting word's own noun phrase and the start of a relative clause on it. */
const RELATIVE_OPENS = /^(?:,?\s+[\w'’-]+){0,16}?,?\s+(?:that|which)\s/i;
// Also the place right before a negated future ("… that had been planned for 20 October will not take place").
const AUXILIARY = /\b(?:have|has|had|was|were|is|are|will be|would be)\s+(?:been\s+|now\s+)?(?=\w)|\b(?=(?:will|would) not\b|won['’]t\b)/gi;
const RELATIVE_REACH = 260;

// A sentence's verb groups, read once however many meetings it names (a long hostile line has hundreds).
const verbGroupsRead = new WeakMap<Span, ReturnType<typeof readVerbGroups>>();
function verbGroupsOf(sentence: Span) {
  let groups = verbGroupsRead.get(sentence);
  if (!groups) verbGroupsRead.set(sentence, (groups = readVerbGroups(sentence.text, sentence.start, meetingForms(), meetingVerbPattern())));
  return groups;
}

/** The tense of the nearest verb that says something happens to the meeting ("will resume", "took place"). */
export function statusFromTense(text: string, sentence: Span, trigger: TriggerMention): StatusReading | null {
  const cues = loadCues();
  // compromise may tag the noun "talks" as a verb; only a verb trigger ("met", "reconvene", "hosted the
  // negotiators of") is its own predicate.
  const verbTrigger = /^trigger\.(?:met|convene|sit-down|hosted-delegations)/.test(trigger.rule);
  // compromise costs milliseconds a sentence: ask it only when a meeting verb's form is there to find,
  // and the cheap verb-group reader cannot tell its tense.
  if (!verbTrigger && !meetingVerbForms().test(sentence.text)) return null;
  const overlaps = (v: { start: number; end: number }) => v.start < trigger.end && trigger.start < v.end;
  // "That sniping began in February, when a three-way meeting … was due to take place": a verb before the
  // clause that holds the meeting word ("…, when", "…, after") is another clause's.
  const ownClause = (v: VerbInfo) => v.end > trigger.start || !CLAUSE_OPENER.test(text.slice(v.end, trigger.start));
  const governs = (v: VerbInfo) => (overlaps(v) ? verbTrigger : cues.meetingVerbs.has(v.infinitive) && ownClause(v));
  const cheap = verbGroupsOf(sentence).filter(governs);
  const nearestCheap = cheap.length ? nearest(cheap, trigger) : null;
  if (!nearestCheap) return null;
  const verbs = nearestCheap.certain ? [nearestCheap] : taggedVerbs(sentence.text, sentence.start).filter(governs);
  if (!verbs.length) return null;
  const v = nearest(verbs, trigger);
  const evidence = { start: v.start, end: v.end, text: text.slice(v.start, v.end) };
  if (v.negative) return null;
  // "… was postponed due to the storm", however far from the meeting word: the verb says what became of it.
  const moved = MOVING_VERBS[v.infinitive];
  if (moved && !MODALS.test(v.auxiliary) && v.tense !== 'future') return { status: moved, rule: 'status.verb-moved', evidence };
  if (v.tense === 'future' || MODALS.test(v.auxiliary)) return { status: 'planned', rule: 'status.tense-future', evidence };
  // "scheduled for", "planned for", "set for", "slated for": a past participle of planning is a plan; not the
  // verb of a relative clause whose subject is the meeting ("consultations …, which set a total catch": held).
  if (PLANNING.has(v.infinitive) && !(!v.auxiliary && RELATIVE_SUBJECT.test(text.slice(Math.max(sentence.start, v.start - 8), v.start)))) {
    return { status: 'planned', rule: 'status.scheduled', evidence };
  }
  if (/progressive/.test(v.form) || (v.tense === 'present' && /\b(?:is|are)\b/.test(v.auxiliary) && /ing$/.test(v.text))) {
    return { status: 'ongoing', rule: 'status.tense-progressive', evidence };
  }
  if (v.tense === 'past') {
    // "have begun today", "kicked off on Monday … until Friday": the event's dates decide whether it still runs.
    return { status: 'held', rule: 'status.tense-past', evidence, began: BEGIN.has(v.infinitive) };
  }
  return null;
}

/** Meeting verbs that say a meeting was moved or called off. */
const MOVING_VERBS: Record<string, 'postponed' | 'cancelled'> = { postpone: 'postponed', delay: 'postponed', cancel: 'cancelled' };

/** Last resort: a meeting dated before the article's date was held, after it is planned. */
export function statusFromDate(range: { start: string; end: string } | null, reference: string | null): StatusReading | null {
  if (!range || !reference) return null;
  if (range.end < reference) return { status: 'held', rule: 'status.date-before-reference', evidence: null };
  if (range.start > reference) return { status: 'planned', rule: 'status.date-after-reference', evidence: null };
  return { status: 'ongoing', rule: 'status.date-spans-reference', evidence: null };
}

let forms: Map<string, { infinitive: string; kind: FormKind }> | null = null;
let pattern: RegExp | null = null;
let anyForm: RegExp | null = null;

// Verbs read only inside a meeting word of their own ("hosted the negotiators of"): elsewhere "host" is no
// meeting verb ("the town that has hosted contacts in the past").
const TRIGGER_ONLY_VERBS = ['host'];

/** Every inflected form of the meeting verbs ("took", "held", "convened", "resuming"), and of those verbs. */
function meetingForms() {
  return (forms ??= formsOf([...loadCues().meetingVerbs, ...TRIGGER_ONLY_VERBS]));
}

/** The meeting verbs' forms as one global pattern, for the verb-group reader. */
function meetingVerbPattern(): RegExp {
  return (pattern ??= formPattern(meetingForms()));
}

/** Any meeting verb form, for a cheap first look. */
function meetingVerbForms(): RegExp {
  return (anyForm ??= new RegExp(meetingVerbPattern().source, 'i'));
}

function nearest<T extends { start: number; end: number }>(items: T[], t: { start: number; end: number }): T {
  return items.reduce((a, b) => (gap(b, t) < gap(a, t) ? b : a));
}
