// Round numbers: "the second round", "the first trilateral talks". "A new round" and "the previous round"
// state no number.
import type { FieldReason, Span } from '../types.js';
import { findAll, loadCues } from '../gazetteer/load.js';

const ROUND_OF = /^\s+of\s+(?:(?!since\b)[\w-]+\s+){0,2}?$/i;
const SINCE_AFTER = /^\s+(?:of\s+(?:[\w-]+\s+){0,3}?)?since\b/i;

/** "Round five of talks", "round 5 opened": a meeting word that numbers itself after "round". */
const ROUND_NUMBERED = /^round\s+(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)$/i;
const CARDINALS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };

export function roundNear(text: string, sentence: Span, trigger: Span): { round: number; why: FieldReason } | null {
  const { pattern, nthTime, appositive, numbers } = loadCues().rounds;
  const numbered = ROUND_NUMBERED.exec(text.slice(trigger.start, trigger.end));
  if (numbered) {
    const n = CARDINALS[numbered[1].toLowerCase()] ?? parseInt(numbered[1], 10);
    return { round: n, why: { rule: 'round.cardinal', evidence: { start: trigger.start, end: trigger.end, text: text.slice(trigger.start, trigger.end) } } };
  }
  // "the next round, the 65th, …": the ordinal right after the meeting word.
  const beside = appositive.exec(text.slice(trigger.end, Math.min(sentence.end, trigger.end + 30)));
  if (beside) {
    const n = numbers[beside[1].toLowerCase()] ?? parseInt(beside[1], 10);
    const start = trigger.end + beside[0].length - beside[1].length;
    if (Number.isFinite(n)) return { round: n, why: { rule: 'round.appositive', evidence: { start, end: trigger.end + beside[0].length, text: beside[1] } } };
  }
  for (const hit of findAll(pattern, text, sentence.start, sentence.end)) {
    // The ordinal must qualify this meeting word: the match ends on it, or on the "round" it is a round of
    // ("a first direct round of talks").
    const roundOf = hit.end <= trigger.start && /round$/i.test(hit.match[0]) && ROUND_OF.test(text.slice(hit.end, trigger.start));
    if (!roundOf && (hit.end < trigger.start || hit.end > trigger.end + 1)) continue;
    // "the first cycle of formal talks since the seventh round" counts meetings since another; it numbers none.
    if (SINCE_AFTER.test(text.slice(trigger.end, Math.min(sentence.end, trigger.end + 60)))) continue;
    const word = (hit.match[1] ?? hit.match[2] ?? hit.match[3] ?? hit.match[4]).toLowerCase();
    const n = numbers[word] ?? parseInt(word, 10);
    if (Number.isFinite(n)) return { round: n, why: { rule: 'round.ordinal', evidence: { start: hit.start, end: hit.end, text: text.slice(hit.start, hit.end) } } };
  }
  // "The meeting, which would have been the committee's fifth, …": the number a relative clause gives it.
  const clause = clauseOrdinal(numbers).exec(text.slice(trigger.end, Math.min(sentence.end, trigger.end + 80)));
  if (clause) {
    const n = numbers[clause[1].toLowerCase()] ?? parseInt(clause[1], 10);
    const [start, end] = clause.indices![1]!.map((offset) => trigger.end + offset);
    if (Number.isFinite(n)) return { round: n, why: { rule: 'round.relative-clause', evidence: { start, end, text: clause[1] } } };
  }
  // "met in Washington yesterday, the second time the group has convened": the number said of the meeting later
  // in its sentence.
  const said = nthTime.exec(text.slice(trigger.end, Math.min(sentence.end, trigger.end + NTH_TIME_REACH)));
  if (said) {
    const n = numbers[said[1].toLowerCase()] ?? parseInt(said[1], 10);
    // The pattern carries the "d" flag: the ordinal's own indices, relative to the window after the trigger.
    const [start, end] = said.indices![1]!.map((offset) => trigger.end + offset);
    if (Number.isFinite(n)) return { round: n, why: { rule: 'round.nth-time', evidence: { start, end, text: said[1] } } };
  }
  return null;
}

let clauseOrdinalPattern: RegExp | null = null;
/** ", which would have been the committee's fifth": a relative clause right after the meeting word that numbers it. */
function clauseOrdinal(numbers: Record<string, number>): RegExp {
  if (clauseOrdinalPattern) return clauseOrdinalPattern;
  const words = Object.keys(numbers).filter((w) => /^[a-z]+$/.test(w)).join('|');
  return (clauseOrdinalPattern = new RegExp(`^\\s*,\\s+(?:which|that)\\s+(?:would\\s+have\\s+been|was|is|will\\s+be|would\\s+be|had\\s+been|has\\s+been)\\s+(?:the\\s+|its\\s+|their\\s+)?(?:[\\w-]+['’]s\\s+)?(${words}|\\d{1,3}(?:st|nd|rd|th))\\b(?!\\s+(?:of|in|on|since|day|week|month|year|time)\\b)`, 'id'));
}

/** How far after a meeting word its number may be said ("…, the second time the group has convened"). */
const NTH_TIME_REACH = 160;
