// Verb tense, aspect, modality and negation from compromise, loaded only when a sentence that builds an
// event needs it (importing compromise costs about a second; tagging, milliseconds a sentence).
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

/** Verbs of one sentence with offsets into the whole text. */
export function verbsOf(sentence: string, offset: number): VerbInfo[] {
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
