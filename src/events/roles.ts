// Roles of the parties named in one sentence that speaks of a meeting. Parties named together
// ("Ukraine, the United States, and Russia") share a role; role cues (excluded, mediator, host, observer)
// come first; then places and topics ("the war in Ukraine") are set aside; then a party named near a
// meeting word, or as a delegation, is a participant.
import type { PartyMention, Role, Span, TriggerMention, VenueMention } from '../types.js';
import { cuesInSentence, loadCues } from '../gazetteer/load.js';
import { gap } from './spans.js';
import { firstAtLeast } from '../sorted.js';

export interface PartyRole {
  mention: PartyMention;
  role: Role | 'observer' | 'none';
  rule: string;
  /** A role cue that speaks of an earlier or later meeting than the sentence's own ("thanked X for its mediation"). */
  refers: 'past' | 'future' | null;
}

const CUE_WINDOW = 70;
/** Cues before a name may reach further: "covered supply-chain cooperation, ageing populations, disaster response and North Korea". */
const BEFORE_WINDOW = 110;
const RELATIVE_CLAUSE = 160;
// A relative clause ("Russia, which for decades …, did not take part"), an appositive that says what the
// party is ("the European Union, also a coastal state, was not represented"; "China, one of its dialogue partners,
// did not send a delegation") or a participle phrase
// ("Mauritania, invited on the same basis, stayed away") between a name and its verb, also after the people the
// name qualifies ("American officials, who had helped bring the two sides together, sat in as facilitators").
const RELATIVE = /^(?:\s+(?:officials|diplomats|envoys|negotiators|delegates|representatives|mediators))?,\s+(?:(?:which|who|whose)\b[^,;.]{1,160}|(?:(?:also|itself|then|now|once|still|long|traditionally|historically)\s+)?(?:a|an|the|one\s+of\s+(?:the|its|their|his|her))\s+[^,;.]{1,100}|(?:also\s+)?[a-z]+ed\s+(?:by|as|on|in|to|with|for|from|at)\b[^,;.]{1,60}),/;

/** The members a group's name qualifies ("the M23 rebels", "Houthi fighters", "Taliban commanders"). */
const GROUP_MEMBERS = /^\s+(?:rebels|fighters|militants|insurgents|militias?|militiamen|guerrillas|commanders)\b/i;

/** A leader's title after a party's name or demonym, and the leader's name if given ("'s president", " Foreign Minister Ararat Mirzoyan"). */
const TITLED_LEADER = /^(?:['’]s)?\s+(?:(?:[Ff]oreign|[Pp]rime|[Dd]efen[cs]e|[Dd]eputy|[Vv]ice|[Cc]hief|[Tt]op|[Ss]pecial)\s+)?(?:[Pp]resident|[Mm]inister|[Pp]remier|[Ll]eader|[Cc]hancellor|[Kk]ing|[Ee]mir|[Ee]nvoy|[Aa]mbassador|[Nn]egotiator)\b(?:\s+\p{Lu}[\p{L}'’.-]*){0,4}/u;

/** Where the relative clause or appositive right after a name ends ("Hezbollah, the armed group that fought a war with Israel last year,"), or the name's own end. */
export function endOfClauseAbout(text: string, name: Span): number {
  const m = RELATIVE.exec(text.slice(name.end, name.end + 200));
  return m ? name.end + m[0].length : name.end;
}

function skipRelativeClause(after: string): string {
  const m = RELATIVE.exec(after);
  return (m ? after.slice(m[0].length) : after).slice(0, CUE_WINDOW);
}
/** How far from a meeting word a party may stand and still be read as a side at the table. */
const PARTICIPANT_WINDOW = 90;
// What joins names in one list: commas, "and", hyphens ("U.S.-Russia"), slashes, an acronym in brackets.
const JOIN = /^(?:\s*(?:,|and|&|or|as well as|plus|alongside|along with|together with)\s*(?:the\s+)?(?:breakaway\s+|separatist\s+|self-declared\s+)?)+$|^\s*[-–—/]\s*$|^\s*\(\s*$|^\s*\)?\s*(?:,\s*)?(?:and\s+)?(?:the\s+)?$/i;

// "the Government of the DRC and the Alliance Fleuve Congo/Mouvement du 23 mars (AFC/M23)": a party named by its
// acronym in parentheses after a full name parley does not know; the name is capitalised words, numbers and short
// small words ("du", "of"), and the parenthesis may hold another acronym first ("AFC/").
const AND_NAMED_BEFORE_ACRONYM = /^\s*(?:,\s*)?(?:and|&)\s+(?:the\s+)?\p{Lu}[\p{L}\p{N}'’.-]*(?:\/[\p{L}\p{N}'’.-]+)*(?:\s+(?:\p{Lu}[\p{L}\p{N}'’.-]*(?:\/[\p{L}\p{N}'’.-]+)*|\p{N}+|\p{Ll}{1,4})){0,9}\s*\((?:[\p{Lu}\p{N}]+[/-])?$/u;
// The words of a title ("Minister for Foreign Affairs", "foreign minister", "Executive Vice-President of the").
const TITLE_WORD = "(?:\\p{Lu}[\\p{L}'’.-]*|of|for|the|on|and|ministers?|secretar(?:y|ies)|president|vice-president|prime|foreign|defen[cs]e|trade|deputy|chief|envoys?|ambassadors?|delegations?|officials|negotiators|representatives?|counterparts?|executive|head|commissioner|special|affairs|general|secretary-general|chancellor|premier|leader|team|national|security|advis[eo]r)";
/**
 * Between one item of a list of titles and the next: the rest of the first title, one comma (and "and"), the
 * start of the next ("… the Spanish| Minister for Foreign Affairs, and the |United Kingdom's …"); at least one word
 * of a title.
 */
const NEXT_TITLE_IN_LIST = new RegExp(`^(?=[^,]*?(?:\\p{Lu}|minister|secretar|president|envoy|ambassador|delegation|official|negotiator|representative|counterpart|commissioner|chancellor|premier|leader|team|advis))(?:['’]s)?(?:\\s+${TITLE_WORD}){0,8}\\s*,\\s+(?:and\\s+)?(?:${TITLE_WORD}\\s+){0,6}$`, 'u');
/** A relative clause after a name (and up to two lower-case nouns), then the auxiliaries before a main verb. */
const SUBJECT_PAST_CLAUSE = /^(?:\s+[a-z]+){0,2},\s+(?:which|who)\b[^,;.()]{1,160},\s+(?:(?:is|are|was|were|has|have|had|will|would|could|may|might|should|must|be|been|due|set|expected|scheduled|to|also|again|now|still|then|finally)\s+){0,5}/;
const DASHED = /^\s*[-–—/]\s*$/;
/** How far a dashed pair may stand from its meeting word ("US-China  talks"), and a city from its country ("Geneva, Switzerland"). */
const PAIR_REACH = 40;

export function groupParties(text: string, parties: PartyMention[]): PartyMention[][] {
  const groups: PartyMention[][] = [];
  for (const p of parties) {
    const last = groups[groups.length - 1];
    const prev = last?.[last.length - 1];
    // "Egypt, long the eastern camp's closest backer, and Turkey": a clause about the first name between the two.
    const between = prev && p.start >= prev.end ? text.slice(prev.end, p.start) : null;
    const clause = between === null ? null : RELATIVE.exec(between);
    if (between !== null && (JOIN.test(between) || AND_NAMED_BEFORE_ACRONYM.test(between) || (clause && /^\s+and\s+(?:the\s+)?$/.test(between.slice(clause[0].length))))) last.push(p);
    else groups.push([p]);
  }
  return groups;
}

export function rolesInSentence(
  text: string,
  sentence: Span,
  parties: PartyMention[],
  triggers: TriggerMention[],
  venues: VenueMention[],
): PartyRole[] {
  const out: PartyRole[] = [];
  if (!parties.length) return out;
  const all = loadCues();
  // Every window below lies inside the sentence: a cue none of whose needed words the sentence holds cannot match.
  const sentenceText = text.slice(sentence.start, sentence.end);
  const cues = {
    roles: cuesInSentence(sentenceText, all.roles),
    notParticipant: cuesInSentence(sentenceText, all.notParticipant),
    participantNouns: cuesInSentence(sentenceText, all.participantNouns),
  };
  const groups = groupParties(text, parties);
  const quoteOf = quotesOf(text, sentence);
  const triggersNear = nearby(triggers);
  const venuesNear = nearby(venues);
  // "The GCC ministerial council, which brings together the foreign ministers of its six members, is due to
  // convene": the subject of a meeting verb, past a relative clause about it (and a body's noun before that).
  const subjectPastClause = (after: string, from: number) => {
    const m = SUBJECT_PAST_CLAUSE.exec(after);
    return !!m && triggersNear({ start: from + m[0].length, end: from + m[0].length }, 0).some((t) => t.start === from + m[0].length && t.opens && quoteOf(t.start) === quoteOf(from));
  };
  // "a new Belgrade-Pristina meeting", "US-China talks": a dashed pair right before the meeting word names its
  // sides, and the others near that word are not sides by nearness ("EU eyes new Belgrade-Pristina meeting").
  const pairOf = new Map<TriggerMention, PartyMention[]>();
  for (const g of groups) {
    if (g.length < 2 || !g.every((m, i) => i === 0 || DASHED.test(text.slice(g[i - 1].end, m.start)))) continue;
    const gEnd = g[g.length - 1].end;
    for (const t of triggersNear({ start: gEnd, end: gEnd }, PAIR_REACH)) if (t.start >= gEnd && /^\s*$/.test(text.slice(gEnd, t.start))) pairOf.set(t, g);
  }
  for (const group of groups) {
    const gStart = group[0].start;
    const gEnd = group[group.length - 1].end;
    const before = text.slice(Math.max(sentence.start, gStart - BEFORE_WINDOW), gStart);
    // A relative clause between a name and its verb ("Russia, which for decades …, did not take part") is skipped.
    const rawAfter = text.slice(gEnd, Math.min(sentence.end, gEnd + CUE_WINDOW + RELATIVE_CLAUSE)).replace(/^\)/, '');
    const afters = [rawAfter.slice(0, CUE_WINDOW), skipRelativeClause(rawAfter)];
    const after = afters[1];
    // A name inside an institution's name ("the University of Ghana hosted …") takes no role at all.
    const institution = cues.notParticipant.find((c) => c.extra.outranksRoles && (c.before?.test(before) || c.after?.test(afters[0])));
    if (institution) {
      for (const m of group) out.push({ mention: m, role: 'none', rule: institution.id, refers: null });
      continue;
    }
    // The test after the name first: anchored at its start, it fails at once; a test before the name, anchored at
    // its end, is tried from every position.
    const cuesAfter = (texts: string[]) => cues.roles.filter((c) => (c.before || c.after) && (!c.extra.kinds || group.every((m) => c.extra.kinds!.includes(m.kind))) &&
      (!c.after || texts.some((a) => c.after!.test(a))) && (!c.before || c.before.test(before)));
    let roleCues = cuesAfter(afters);
    // Where nothing is said of the name itself, what is said of the people it qualifies is said of it: the fighters
    // a group's name qualifies ("The M23 rebels will not attend"), a leader it qualifies, titled and perhaps named
    // ("The Kenyan president will not take part", "Kazakh President Kassym-Jomart Tokayev, who …, will not take part").
    if (!roleCues.length) {
      const qualified = [GROUP_MEMBERS.exec(rawAfter), TITLED_LEADER.exec(rawAfter)].filter((m) => m !== null).map((m) => skipRelativeClause(rawAfter.slice(m[0].length)));
      if (qualified.length) roleCues = cuesAfter(qualified);
    }
    // One party can hold several roles ("took part both as host and as mediator"), each role once.
    const seen = new Set<string>();
    for (const cue of roleCues) {
      if (seen.has(cue.extra.role)) continue;
      seen.add(cue.extra.role);
      for (const m of group) out.push({ mention: m, role: cue.extra.role, rule: cue.id, refers: cue.extra.refers ?? null });
    }
    if (roleCues.length) continue;
    const delegation = cues.participantNouns.find((c) => (c.after ? c.after.test(after) : false) || (c.before ? c.before.test(before) : false));
    // A quotation's own meeting words ("Every cancelled meeting costs lives," said …) do not reach names outside it.
    const nearTrigger = group.some((m) => triggersNear(m, PARTICIPANT_WINDOW).some((t) => (!pairOf.has(t) || pairOf.get(t) === group) && gap(m, t) <= PARTICIPANT_WINDOW && quoteOf(m.start) === quoteOf(t.start))) ||
      subjectPastClause(rawAfter, gEnd + (text[gEnd] === ')' ? 1 : 0));
    // A place or a target stands before the whole list ("the war in Russia and Ukraine"); a topic after one name.
    const groupAside = cues.notParticipant.find((c) => c.before?.test(before));
    for (const m of group) {
      const mAfter = text.slice(m.end, Math.min(sentence.end, m.end + CUE_WINDOW));
      const aside = groupAside ?? cues.notParticipant.find((c) => c.after?.test(mAfter));
      if (aside) { out.push({ mention: m, role: 'none', rule: aside.id, refers: null }); continue; }
      // "in Geneva, Switzerland": the city's own country; "At talks in Istanbul, Russia and Ukraine agreed" is a side.
      if (venuesNear(m, PAIR_REACH).some((v) => !v.undisclosed && v.end <= m.start && (v.country === null || v.country === m.id) && /^,\s*(?:the\s+)?$/.test(text.slice(v.end, m.start)))) {
        out.push({ mention: m, role: 'none', rule: 'context.venue-country', refers: null });
        continue;
      }
      if (delegation) out.push({ mention: m, role: 'participant', rule: delegation.id, refers: null });
      // A capital read by the general rule is a side only named among other sides ("between Chisinau and Tiraspol").
      else if (nearTrigger && (m.rule !== 'party.capital' || group.length > 1)) out.push({ mention: m, role: 'participant', rule: 'participant.near-trigger', refers: null });
      else out.push({ mention: m, role: 'none', rule: 'mention.only', refers: null });
    }
  }
  // "a meeting … with the Executive Vice-President of the European Commission, the Spanish Minister for Foreign
  // Affairs, and the United Kingdom's Foreign Secretary": the next item of a list of titles after a side is a side,
  // however far from the meeting word.
  for (let i = 1; i < out.length; i++) {
    const [prev, next] = [out[i - 1], out[i]];
    if (next.rule === 'mention.only' && prev.role === 'participant' && next.mention.start >= prev.mention.end && quoteOf(prev.mention.start) === quoteOf(next.mention.start) &&
      NEXT_TITLE_IN_LIST.test(text.slice(prev.mention.end, next.mention.start))) out[i] = { mention: next.mention, role: 'participant', rule: 'participant.list-of-titles', refers: null };
  }
  return out;
}

/**
 * The spans (meeting words, venues) that may lie within `reach` of a name, by bisection in the list sorted by
 * start: one sentence of a hostile single-line file can hold tens of thousands of names, meeting words and
 * places, and testing every pair was quadratic. (Callers still test the gap.)
 */
function nearby<T extends Span>(spans: T[]): (m: { start: number; end: number }, reach: number) => T[] {
  const sorted = spans.every((t, i) => i === 0 || spans[i - 1].start <= t.start) ? spans : [...spans].sort((a, b) => a.start - b.start);
  const longest = sorted.reduce((n, t) => Math.max(n, t.end - t.start), 0);
  return (m, reach) => {
    const near: T[] = [];
    for (let k = firstAtLeast(sorted, m.start - reach - longest, (t) => t.start); k < sorted.length && sorted[k].start <= m.end + reach; k++) near.push(sorted[k]);
    return near;
  };
}

/**
 * Which quotation of the sentence a position falls in (-1: none), counting quotation marks before it. The
 * marks are read once a sentence (reading them again from the sentence's start for every name was quadratic).
 */
function quotesOf(text: string, sentence: Span): (pos: number) => number {
  // Each quotation mark's position and the quotation open just after it (-1: none), read at the first question.
  let marks: number[] | null = null;
  const openAfter: number[] = [];
  const read = (): number[] => {
    const found: number[] = [];
    let open = -1;
    let count = 0;
    for (let i = sentence.start; i < sentence.end; i++) {
      const c = text[i];
      if (c === '“' || (c === '"' && open < 0)) open = count++;
      else if (c === '”' || c === '"') open = -1;
      else continue;
      found.push(i);
      openAfter.push(open);
    }
    return found;
  };
  return (pos) => {
    marks ??= read();
    // The last mark before pos.
    const lo = firstAtLeast(marks, pos, (x) => x);
    return lo === 0 ? -1 : openAfter[lo - 1];
  };
}
