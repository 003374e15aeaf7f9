// Verb tense, aspect, modality and negation from compromise, loaded only when a sentence that builds an
// event needs it and the cheap reader (verb-groups.ts) cannot tell (importing compromise costs about a
// second; tagging, milliseconds a sentence).
import { createRequire } from 'node:module';

export interface VerbInfo {
  start: number;
  end: number;
  text: string;
  infinitive: string;
  /** The word after the verb ("take place"). */
  next: string;
  tense: 'past' | 'present' | 'future' | 'other';
  form: string;
  auxiliary: string;
  negative: boolean;
}

type Nlp = (text: string) => { verbs(): { json(opts?: object): CompromiseVerbJson[] } };
interface CompromiseVerbJson {
  text: string;
  offset?: { start: number; length: number };
  verb: { infinitive: string; auxiliary: string; negative: boolean; grammar: { tense?: string; form?: string } };
}

let nlp: Nlp | null = null;
const load = (): Nlp => (nlp ??= createRequire(import.meta.url)('compromise') as Nlp);

// Several meeting words in one sentence ask for its verbs more than once: tag each sentence once.
const recent = new Map<string, VerbInfo[]>();
const RECENT_LIMIT = 64;

/** Verbs of one sentence with offsets into the whole text. */
export function taggedVerbs(sentence: string, offset: number): VerbInfo[] {
  const key = `${offset}\u0000${sentence}`;
  const hit = recent.get(key);
  if (hit) return hit;
  const found = tag(sentence, offset);
  if (recent.size >= RECENT_LIMIT) recent.delete(recent.keys().next().value!);
  recent.set(key, found);
  return found;
}

function tag(sentence: string, offset: number): VerbInfo[] {
  const verbs = load()(sentence).verbs().json({ offset: true });
  return verbs.map((v) => {
    const start = offset + (v.offset?.start ?? sentence.indexOf(v.text));
    const text = v.text.replace(/[\s.,;:!?]+$/, '');
    const after = sentence.slice(start - offset + text.length).match(/^\s+(\w+)/);
    const t = v.verb.grammar.tense;
    return {
      start,
      end: start + text.length,
      text,
      infinitive: v.verb.infinitive,
      next: after ? after[1].toLowerCase() : '',
      tense: t === 'PastTense' ? 'past' : t === 'PresentTense' ? 'present' : t === 'FutureTense' ? 'future' : 'other',
      form: v.verb.grammar.form ?? '',
      auxiliary: v.verb.auxiliary.toLowerCase(),
      negative: v.verb.negative,
    };
  });
}
