// A cheap reader of English verb groups ("will be held", "had not met", "are meeting", "agreed to resume"):
// the auxiliaries to the left of a verb form decide its tense, modality, aspect and negation.
// It costs one regular-expression pass a sentence, against compromise's milliseconds, so parley asks
// compromise only where this reader cannot tell a verb from a noun ("talks", "the meeting", "they meet").
import type { VerbInfo } from './verbs.js';

export type FormKind = 'base' | 's' | 'past' | 'pp' | 'past-pp' | 'ing';

/** Irregular forms of the verbs parley reads; every other verb is inflected by rule. */
const IRREGULAR: Record<string, Partial<Record<FormKind, string[]>>> = {
  take: { past: ['took'], pp: ['taken'] },
  hold: { 'past-pp': ['held'] },
  meet: { 'past-pp': ['met'] },
  begin: { past: ['began'], pp: ['begun'], ing: ['beginning'] },
  occur: { 'past-pp': ['occurred'], ing: ['occurring'] },
  go: { past: ['went'], pp: ['gone'], s: ['goes'] },
  sit: { 'past-pp': ['sat'] },
  set: { 'past-pp': ['set'] },
  run: { past: ['ran'], pp: ['run'] },
  get: { past: ['got'], pp: ['gotten', 'got'] },
  put: { 'past-pp': ['put'] },
};

/** Every inflected form of the given verbs, mapped to its infinitive and kind. */
export function formsOf(verbs: Iterable<string>): Map<string, { infinitive: string; kind: FormKind }> {
  const forms = new Map<string, { infinitive: string; kind: FormKind }>();
  const add = (form: string, infinitive: string, kind: FormKind) => { if (!forms.has(form)) forms.set(form, { infinitive, kind }); };
  for (const v of verbs) {
    const irregular = IRREGULAR[v] ?? {};
    for (const [kind, list] of Object.entries(irregular) as [FormKind, string[]][]) for (const f of list) add(f, v, kind);
    add(v, v, 'base');
    // A final consonant after a single vowel doubles in "planned", "setting", "slotted"; not in "opened".
    const doubles = /^[^aeiou]*[aeiou][bdgklmnprt]$/.test(v) && !/^(?:open|happen|listen|visit|offer|enter|cancel)$/.test(v);
    const stem = v.endsWith('e') ? v.slice(0, -1) : doubles ? v + v.at(-1) : v;
    add(/(?:s|sh|ch|x|z|o)$/.test(v) ? `${v}es` : `${v}s`, v, 's');
    if (!irregular.past && !irregular['past-pp']) add(`${stem}ed`, v, 'past-pp');
    if (v === 'cancel') { add('cancelled', v, 'past-pp'); add('cancelling', v, 'ing'); }
    add(`${stem}ing`, v, 'ing');
  }
  return forms;
}

/** One global pattern over the given forms, longest first, for readVerbGroups. */
export function formPattern(forms: Map<string, unknown>): RegExp {
  return new RegExp(`\\b(?:${[...forms.keys()].sort((a, b) => b.length - a.length).join('|')})\\b`, 'gi');
}

const ADVERB = String.raw`(?:not|n't|never|also|then|now|already|still|just|finally|reportedly|eventually|again|formally|officially|initially|originally|previously|tentatively|only|even|yet|\w+ly)`;
const AUX_WORDS = String.raw`will|shall|would|should|could|can|may|might|must|'ll|wo|ca|do|does|did|is|are|am|was|were|be|been|being|has|have|had|'s|'re|to|going`;
/** Up to four auxiliaries and adverbs right before a verb form, read backwards from it. */
const AUX_CHAIN = new RegExp(String.raw`(?:\b(?:${AUX_WORDS}|${ADVERB})(?:n't)?\s+){1,5}$`, 'i');
// A determiner, possessive or preposition right before the form (an adverb may come between): a noun or adjective.
const DETERMINER = /(?:\b(?:the|a|an|this|that|these|those|its|their|his|her|our|your|my|any|no|each|every|another|first|second|third|next|last|new|further|such|of|for|with|after|before|during|at|on|in|upcoming|planned|proposed|possible)|['’]s?)\s+(?:[\w-]+ly\s+)?$/i;
/** "last" or "first" after a word that is no determiner ("The committee last met"): an adverb of the verb after it. */
const ADVERB_OF_TIME = /\b(?!(?:the|a|an|this|that|these|those|its|their|his|her|our|your|my|of|for|with|at|on|in)\b)[\w-]+\s+(?:last|first)\s+$/i;
const SUBJECT = /\b(?:they|we|he|she|it|who|which|that|i|you|leaders|ministers|sides|delegations|parties|officials|envoys|negotiators)\s+(?:[\w-]+ly\s+)?$/i;
/** Words that govern a to-infinitive as something still to happen ("agreed to meet", "plan to resume"). */
const PROSPECTIVE = /\b(?:agree[ds]?|agreeing|plans?|planned|planning|expects?|expected|due|set|scheduled|slated|hopes?|hoped|hoping|aims?|aimed|aiming|intends?|intended|prepares?|prepared|preparing|wants?|wanted|seeks?|sought|decided?|decides|promised?|pledged?|vowed?|offered|invited|is|are|was|were|likely|ready|willing|going|about|able|expecting|proposed?|asked|urged|called on)\s+(?:[\w-]+\s+){0,2}to\s+$/i;
const ACCOMPLISHED = /\b(?:managed|failed|refused|declined|came|used)\s+to\s+$/i;

export interface CheapVerb extends VerbInfo {
  /** False where only a tagger can tell whether the form is a verb, or what its tense is. */
  certain: boolean;
}

/**
 * Verb groups of one sentence for the given verb forms, with offsets into the whole text.
 * Forms preceded by a determiner ("the planned talks", "a meeting") are nouns or adjectives and left out.
 */
export function readVerbGroups(sentence: string, offset: number, forms: Map<string, { infinitive: string; kind: FormKind }>, pattern: RegExp): CheapVerb[] {
  const found: CheapVerb[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(sentence); m; m = pattern.exec(sentence)) {
    const word = m[0];
    const form = forms.get(word.toLowerCase());
    if (!form) continue;
    const before = sentence.slice(Math.max(0, m.index - 60), m.index);
    const chain = AUX_CHAIN.exec(before);
    const auxText = chain ? chain[0].toLowerCase().trim().replace(/\s+/g, ' ') : '';
    const auxWords = auxText ? auxText.split(' ') : [];
    const after = sentence.slice(m.index + word.length).match(/^\s+(\w+)/);
    // The group's span takes its auxiliaries and a particle ("may preliminarily take", "sat down").
    const from = m.index - (chain ? chain[0].length : 0);
    const particle = after && /^(?:down|up|off|place)$/i.test(after[1]) ? after[0] : '';
    const to = m.index + word.length + particle.length;
    const base = {
      start: offset + from, end: offset + to, text: sentence.slice(from, to), infinitive: form.infinitive,
      next: after ? after[1].toLowerCase() : '', auxiliary: auxText,
      negative: /\b(?:not|never)\b|n't\b|\b(?:wo|ca)\b/.test(auxText),
    };
    const reading = classify(form.kind, auxWords, before);
    if (!reading) continue;
    found.push(Object.assign(base, reading));
  }
  return found;
}

type Reading = { tense: VerbInfo['tense']; form: string; certain: boolean };

function classify(kind: FormKind, aux: string[], before: string): Reading | null {
  const has = (...w: string[]) => aux.some((a) => w.includes(a.replace(/n't$/, '')));
  const lastAux = [...aux].reverse().find((a) => !new RegExp(`^${ADVERB}$`, 'i').test(a)) ?? '';
  if (has('will', 'shall', "'ll", 'wo') || (has('going') && has('to'))) return { tense: 'future', form: kind === 'ing' ? 'future-progressive' : 'future', certain: true };
  if (has('would', 'should', 'could', 'can', 'ca', 'may', 'might', 'must')) return { tense: 'other', form: 'modal', certain: true };
  if (lastAux === 'to') {
    if (PROSPECTIVE.test(before)) return { tense: 'future', form: 'infinitive', certain: true };
    if (ACCOMPLISHED.test(before)) return { tense: 'past', form: 'infinitive', certain: true };
    return { tense: 'other', form: 'infinitive', certain: false };
  }
  if (kind === 'ing') {
    if (has('is', 'are', 'am', "'re")) return { tense: 'present', form: 'present-progressive', certain: true };
    if (has('was', 'were')) return { tense: 'past', form: 'past-progressive', certain: true };
    if (has('been')) return { tense: has('had') ? 'past' : 'present', form: 'perfect-progressive', certain: true };
    // "the meeting", "shareholders' meeting": a noun.
    if (DETERMINER.test(before)) return null;
    // "…, meeting with the trade minister": a participle, which says nothing of when.
    return { tense: 'other', form: 'gerund', certain: true };
  }
  if (kind === 'pp' || kind === 'past' || kind === 'past-pp') {
    if (has('had')) return { tense: 'past', form: 'past-perfect', certain: true };
    if (has('has', 'have')) return { tense: 'past', form: 'present-perfect', certain: true };
    if (has('was', 'were')) return { tense: 'past', form: 'past-passive', certain: true };
    if (has('is', 'are', 'am', "'re", 'be', 'being')) return { tense: 'present', form: 'present-passive', certain: true };
    if (has('did', 'do', 'does')) return null;
    if (kind === 'pp') return { tense: 'past', form: 'participle', certain: true };
    // "the planned talks", "a scheduled meeting": an adjective; but "The committee last met", "the two first met":
    // "last" and "first" after a noun are adverbs.
    if (DETERMINER.test(before) && !ADVERB_OF_TIME.test(before)) return null;
    return { tense: 'past', form: 'simple-past', certain: true };
  }
  // base or third person: "did not meet", "do meet", "they meet"; without an auxiliary or a subject
  // pronoun, "talks", "close" and "end" are nouns as often as verbs, and a present tense says nothing anyway.
  if (has('did')) return { tense: 'past', form: 'simple-past', certain: true };
  if (has('do', 'does')) return { tense: 'present', form: 'simple-present', certain: true };
  if (DETERMINER.test(before) || !SUBJECT.test(before)) return null;
  return { tense: 'present', form: 'simple-present', certain: true };
}
