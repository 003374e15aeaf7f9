// Certainty: a meeting is tentative when the text hedges it ("may preliminarily take place", "not yet
// fixed", "pending approval", "possible new meeting"); confirmed otherwise.
import type { FieldReason, Span } from '../types.js';
import { findAll, loadCues } from '../gazetteer/load.js';

/** Hedges count only near the meeting word, so "the talks could influence…" does not hedge the talks. */
const HEDGE_WINDOW = 90;

/** `mine`: whether a hedge there speaks of this meeting (in a sentence of two, the one whose date is nearer). */
export function hedgeNear(text: string, sentence: Span, near: Span, mine: (at: Span) => boolean = () => true): FieldReason | null {
  const cues = loadCues();
  const from = Math.max(sentence.start, near.start - HEDGE_WINDOW);
  const to = Math.min(sentence.end, near.end + HEDGE_WINDOW);
  for (const cue of cues.certainty) {
    const hit = findAll(cue.pattern!, text, from, to).find((h) => mine({ start: h.start, end: h.end, text: '' }));
    if (hit) return { rule: cue.id, evidence: { start: hit.start, end: hit.end, text: text.slice(hit.start, hit.end) } };
  }
  return null;
}

/**
 * A sentence after a meeting's that says no side has confirmed it ("Neither government has publicly confirmed
 * that encounter."): the hedge it puts on the meeting just spoken of, or null.
 */
export function unconfirmedAfter(text: string, sentence: Span): FieldReason | null {
  const cue = loadCues().certainty.find((c) => c.id === 'certainty.unconfirmed');
  const hit = cue ? findAll(cue.pattern!, text, sentence.start, sentence.end)[0] : undefined;
  return cue && hit ? { rule: cue.id, evidence: { start: hit.start, end: hit.end, text: text.slice(hit.start, hit.end) } } : null;
}
