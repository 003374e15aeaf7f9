// Which way a date lies from the day of writing, read from the verb group nearest before it in its clause
// ("will meet on February 1" looks forward, "was held on January 23" and "said Friday" look back).
// A cheap reader of auxiliaries, past forms and time words: no tagger, one pass over a short window.

export interface Direction {
  /** 1 forward, -1 back, 0 no cue. */
  way: 1 | -1 | 0;
  cue: string;
}

const CLAUSE_CHARS = 90;

// Forward: auxiliaries of the future, words of plans and schedules, time words that look ahead.
// "payable Dec. 15", "effective Feb. 1": dividends and rules announced take effect ahead. "Next to" is a place.
// "The deadline expires on Friday", "the session opens Monday": what a schedule does in the present is ahead.
const FORWARD = String.raw`will|shall|'ll|going to|(?:is|are|am|was|were) to|due to|(?:is|are) (?:expected|scheduled|set|slated|due|likely|supposed) to|expects? to|plans? to|planning to|intends? to|hopes? to|aims? to|to be \w+ed|to be held|would be \w+ing|next(?! to\b)|upcoming|coming|scheduled|slated|planned|proposed|possible|potential|set (?:for|to)|expected|as (?:soon|early) as|no later than|payable|effective|(?:extended|postponed|delayed|moved|pushed back|put back|put off|deferred|rescheduled) (?:to|until|for)|expires|lapses|opens|begins|starts|ends|closes|convenes|reconvenes|resumes`;
// Forward too: modals ("would be traveling Thursday"), present progressive and present passive.
const MODAL_OR_PRESENT = String.raw`would|could|may|might|should|must|can|(?:is|are|am) (?:\w+ly )?\w+ing|(?:is|are) (?:\w+ly )?(?!scheduled|planned|slated|expected|proposed)\w+ed`;
// "to testify on Feb. 10", "agreed to purchase … in February": an infinitive looks ahead, unless the word
// after "to" is one of the nouns that follow it in narrative ("sentenced to death", "came to power").
const INFINITIVE = /^to ([a-z]+)$/i;
const NOT_VERB_AFTER_TO = new Set(['power', 'office', 'court', 'death', 'prison', 'jail', 'date', 'work', 'school', 'church', 'market', 'hospital', 'trial', 'war', 'bed', 'town', 'sea', 'land', 'home', 'life', 'light', 'rest', 'justice', 'account', 'fruition', 'bear', 'an', 'the', 'a', 'his', 'her', 'their', 'its', 'this', 'that', 'these', 'those', 'be', 'have', 'some', 'all', 'any', 'about', 'around', 'more', 'less', 'as', 'at', 'what', 'which', 'whom', 'where', 'one', 'two', 'three', 'four', 'five', 'six', 'ten', 'them', 'him', 'me', 'us', 'it']);
// Back: past auxiliaries, irregular past forms, regular past forms, time words that look back.
const IRREGULAR_PAST = 'said|told|met|held|took|made|came|went|got|gave|saw|left|began|brought|found|thought|knew|became|sent|spent|struck|fell|rose|won|lost|paid|sold|bought|led|ran|wrote|spoke|broke|drove|flew|fled|fought|chose|stood|sat|kept|felt|heard|meant|shot|slept|sought|taught|threw|understood|withdrew|wore|forgave|overtook|swept|stole|sank|shook|hid|bit|blew|drew|grew|froze|forgot|arose|awoke|bore|beat|bled|bent|bound|built|burnt|caught|clung|crept|dealt|dug|dove|fed|forbade|hung|laid|lent|lit|rode|rang|sprang|stung|strove|swore|swam|swung|tore|woke|wove|wept|wound';
// "had been due to expire Friday": a plan in the past perfect is a past one. "A record high set on Aug. 6",
// "the low hit in May": a participle that is also a present form is past right before "on" or "in" and the date.
const BACK = String.raw`had been (?:due|scheduled|expected|set|slated|supposed|planned) to|was|were|had|did|has been|have been|(?:has|have) (?:\w+ly )?(?!scheduled|planned|slated|proposed|set)\w+(?:ed|en)|ago|earlier|previously|previous|last|former|since|(?:set|hit)(?= (?:on|in) $)|${IRREGULAR_PAST}`;
const NOT_PAST = new Set(['need', 'needed', 'speed', 'seed', 'feed', 'bed', 'red', 'united', 'indeed', 'hundred', 'shed', 'breed', 'proceed', 'exceed', 'succeed', 'embed', 'armed', 'based', 'aged', 'wicked', 'naked', 'sacred', 'rugged', 'ragged', 'beloved', 'learned', 'limited', 'detailed', 'advanced', 'expected', 'scheduled', 'planned', 'proposed', 'slated', 'alleged', 'so-called', 'supposed', 'unprecedented', 'related', 'concerned', 'interested', 'involved', 'used', 'noted', 'renowned', 'talented', 'skilled', 'varied', 'wounded', 'injured']);

const CUES = new RegExp(String.raw`\b(?:(${FORWARD})|(${MODAL_OR_PRESENT})|(${BACK})|(to [a-z]+)|([a-z]{3,}ed))\b`, 'gi');
const PASSIVE_PRESENT = /\b(?:is|are|am|be|being|to be|get|gets)\s+(?:\w+ly\s+)?$/i;
// "the armed forces", "a still unspecified date": an -ed word after a determiner (and an adverb) is an adjective.
const DETERMINED = /\b(?:the|a|an|its|their|his|her|this|that|these|those)\s+(?:(?:\w+ly|still|yet|very|more|most|less|so|as)\s+)?$/i;

/** The direction given by the last tense cue in `before` (the clause up to the date), else by the first in `after`. */
export function directionOf(before: string, after: string): Direction {
  const clause = lastClause(before.slice(-CLAUSE_CHARS));
  const last = lastCue(clause);
  if (last) return last;
  // "On Friday, the sides will meet": nothing before the date in its clause, so the verb after it decides.
  if (/\b[a-z]{2,}\b/.test(clause.replace(/\b(?:on|by|from|since|until|and|or|but|then|also|in|at|late|early|as of|the|of)\b/gi, ''))) return NONE;
  const head = after.slice(0, CLAUSE_CHARS).split(/[;:]|,\s+(?:and|but|which|who|while|where)\b/)[0];
  return firstCue(head) ?? NONE;
}

const NONE: Direction = { way: 0, cue: '' };

/** The part of `before` after the last clause boundary (a semicolon, a colon, a dash, a quotation, ", but"). */
const CLAUSE_BOUNDARY = /[;:"]|``|''| -- |,\s+(?:but|and|while|which|who|when|although|though|whereas)\b/g;

function lastClause(before: string): string {
  let cut = 0;
  CLAUSE_BOUNDARY.lastIndex = 0;
  for (let m = CLAUSE_BOUNDARY.exec(before); m; m = CLAUSE_BOUNDARY.exec(before)) cut = m.index + m[0].length;
  return before.slice(cut);
}

function readCue(m: RegExpExecArray, text: string): Direction | null {
  const word = m[0];
  if (m[1] || m[2]) return { way: 1, cue: word };
  // "will be held", "is to be signed", "are met": a participle takes its time from the auxiliary before it.
  if (m[3]) return /^(?:was|were|had|did|has|have|ago|earlier|previously|previous|last|former|since)\b/i.test(word) || !PASSIVE_PRESENT.test(text.slice(0, m.index)) ? { way: -1, cue: word } : null;
  // "to Reno", "to NATO": a capitalised word after "to" is a name, not a verb.
  if (m[4]) return NOT_VERB_AFTER_TO.has(INFINITIVE.exec(word)![1].toLowerCase()) || /^to [A-Z]/.test(word) ? null : { way: 1, cue: word };
  // A regular past form, unless it is an adjective ("the armed forces") or a present passive ("is held").
  const lower = word.toLowerCase();
  if (NOT_PAST.has(lower)) return null;
  const before = text.slice(0, m.index);
  if (DETERMINED.test(before) || PASSIVE_PRESENT.test(before)) return null;
  return { way: -1, cue: word };
}

function lastCue(text: string): Direction | null {
  let found: Direction | null = null;
  CUES.lastIndex = 0;
  for (let m = CUES.exec(text); m; m = CUES.exec(text)) found = readCue(m, text) ?? found;
  return found;
}

function firstCue(text: string): Direction | null {
  CUES.lastIndex = 0;
  for (let m = CUES.exec(text); m; m = CUES.exec(text)) {
    const d = readCue(m, text);
    if (d) return d;
  }
  return null;
}
