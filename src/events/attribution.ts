// Attribution: who makes a claim about a meeting ("announced by President Zelenskyy", "Umerov added via
// Telegram", "Kremlin spokesman Dmitry Peskov said", "a source told TASS", "according to Reuters").
import type { PartyMention, Span } from '../types.js';

export interface Attribution {
  /** The speaker as the text names it ("Kremlin spokesman Dmitry Peskov", "a source"). */
  source: string;
  /** The party the speaker speaks for, when the text says. */
  party: string | null;
  /** The outlet the claim went through ("TASS", "Reuters", "Telegram"), when the text says. */
  via: string | null;
  evidence: Span;
  rule: string;
}

// A speaker: a short noun phrase of names and titles, or an anonymous source.
const ANONYMOUS = "(?:[\\p{Lu}][\\p{L}.'’-]*\\s+){1,3}(?:officials?|sources?|diplomats?|negotiators?|spokes(?:man|woman|person)|envoys?|delegat(?:es|ion))|(?:[Aa]n?|[Tt]he|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]everal)\\s+(?:(?:senior|top|unnamed|anonymous|diplomatic|government|military|security|western|european|u\\.s\\.|us|russian|ukrainian|israeli|iranian|[\\p{Lu}][\\p{L}.]*)\\s+){0,3}(?:sources?|officials?|diplomats?|spokes(?:man|woman|person)|negotiators?|people(?: familiar with [\\w\\s]{1,30}?)?|analysts?)(?:\\s+(?:from|in|of|on)\\s+(?:[\\w-]+\\s+){0,2}?[\\w-]+)?|(?:[Ss]ources|[Oo]fficials|[Dd]iplomats)(?:\\s+(?:from|in|of|on|close to|familiar with)\\s+(?:[\\w-]+\\s+){0,4}?[\\w-]+)?";
// Titles may be lower case inside a name ("Ukrainian chief negotiator Rustem Umerov").
const TITLE = '(?:chief|deputy|foreign|defen[cs]e|prime|minister|spokes(?:man|woman|person)|negotiator|president|official|envoy|senior|special|head|secretary|advis[eo]r|commander|ambassador)';
const NAMED = `(?:(?:${TITLE}|[\\p{Lu}][\\p{L}.'’-]*|of|for)\\s+){0,7}[\\p{Lu}][\\p{L}'’-]+`;
const SPEAKER = `(?<![\\p{L}\\p{N}.'’-])(${ANONYMOUS}|${NAMED})`;
const SPEECH = '(?:said|says|told|tells|announced|added|noted|stated|confirmed|emphasi[sz]ed|warned|wrote|posted|insisted|stressed|claimed|reported|announces|declared|described|revealed|disclosed)';
// Each pattern has a word it cannot match without, looked for first without the Unicode flag: V8 compiles
// and runs these /u patterns 5-10 times slower, and most sentences hold none of the words.
const SPEECH_WORD = new RegExp(`\\b${SPEECH}\\b`);
const PATTERNS: { rule: string; re: RegExp; needs: RegExp; speaker: number; via: number | null }[] = [
  { rule: 'attribution.according-to', re: new RegExp(`\\b[Aa]ccording to\\s+${SPEAKER}`, 'gu'), needs: /\b[Aa]ccording to\b/, speaker: 1, via: null },
  { rule: 'attribution.announced-by', re: new RegExp(`\\b(?:was|were|has been|have been)\\s+(?:announced|confirmed|reported|disclosed|revealed)\\s+by\\s+${SPEAKER}`, 'gu'), needs: /\b(?:announced|confirmed|reported|disclosed|revealed)\s+by\b/, speaker: 1, via: null },
  { rule: 'attribution.speaker-said', needs: SPEECH_WORD, re: new RegExp(`${SPEAKER}\\s+(?:[\\p{Ll}]+ly\\s+)?${SPEECH}\\b(?:\\s+(?:via|on|in)\\s+(Telegram|X|Twitter|Facebook|[\\p{Lu}][\\p{L}]+ (?:TV|television|radio))|\\s+(?:the\\s+)?([\\p{Lu}][\\p{L}]+)(?:\\s+(?:agency|news agency|newspaper))?(?=\\s+(?:that|the|on|in|,)))?`, 'gu'), speaker: 1, via: 2 },
  { rule: 'attribution.said-speaker', needs: SPEECH_WORD, re: new RegExp(`[,”"]\\s*${SPEECH}\\s+${SPEAKER}`, 'gu'), speaker: 1, via: null },
];
const NOT_SPEAKERS = /^(?:It|He|She|They|We|I|This|That|There|The|A|An|In|On|At|But|And|However|Meanwhile)$/;

export function attributionsIn(text: string, sentence: Span, parties: PartyMention[]): Attribution[] {
  const out: Attribution[] = [];
  const slice = text.slice(sentence.start, sentence.end);
  for (const p of PATTERNS) {
    if (!p.needs.test(slice)) continue;
    p.re.lastIndex = 0;
    for (let m = p.re.exec(slice); m; m = p.re.exec(slice)) {
      let source = m[p.speaker].trim();
      // "For his part, Kremlin spokesman …": drop a leading sentence-initial connector.
      source = source.replace(/^(?:For (?:his|her|its|their) part,?\s*|However,?\s*|Meanwhile,?\s*)/u, '');
      if (!source || NOT_SPEAKERS.test(source)) continue;
      const start = sentence.start + m.index + m[0].indexOf(source);
      const end = start + source.length;
      if (out.some((a) => a.evidence.start < end && start < a.evidence.end)) continue;
      const party = parties.find((x) => x.start >= start && x.end <= end) ?? null;
      const via = p.via !== null ? (m[p.via] ?? m[p.via + 1] ?? null) : null;
      out.push({ source, party: party?.id ?? null, via, evidence: { start, end, text: source }, rule: p.rule });
    }
  }
  return out.sort((a, b) => a.evidence.start - b.evidence.start);
}
