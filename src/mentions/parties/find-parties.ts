// Party mentions: states, organisations and armed groups, named directly, by an alias, a demonym
// ("Ukrainian negotiators"), a metonym ("the Kremlin", "Kyiv") or a person who speaks for them.
import type { PartyMention, VenueMention } from '../../types.js';
import { loadCues, loadGazetteer, type UserGazetteer } from '../../gazetteer/load.js';
import { phraseKey } from '../../gazetteer/normalize.js';
import type { NameHit } from '../names.js';
import { firstAtLeast } from '../../sorted.js';
import { mapPacked } from '../../arrays.js';

const VIA_ORDER = ['name', 'alias', 'demonym', 'person', 'metonym'];
// A capitalised word right before or after a name ("Michael Jordan", "Chad Smith"), but not a title or a
// sentence start.
const NAME_BEFORE = /(?:^|[^.!?\s]\s+|[a-z,;:]\s+)(\p{Lu}[\p{Ll}'’-]+)\s+$/u;
const NAME_AFTER = /^\s+\p{Lu}[\p{Ll}'’-]+/u;
const TITLES = /^(?:King|Queen|President|Prime|Minister|Kingdom|Republic|State|Emir|Crown|Prince|Sheikh|The|In|For|And|But|With|From|Of|On|At|By|Both|Northern|Southern|Eastern|Western|Central|Greater|Hashemite)$/u;

/**
 * A name is a party unless it stands as a place: a capital used as a venue ("talks in Moscow") and the
 * demonym of "the Qatari capital" are left to the venue finder; "talks between Moscow and Kyiv" keeps
 * both as parties. A country's name that is also a person's ("Michael Jordan") or a US state's ("Atlanta,
 * Georgia") is no party there.
 */
export function findParties(text: string, hits: NameHit[], venues: VenueMention[], user?: UserGazetteer): PartyMention[] {
  const g = loadGazetteer(user);
  const venueAt = new Map(venues.map((v) => [v.start, v]));
  const out: PartyMention[] = [];
  for (const hit of hits) {
    const venue = venueAt.get(hit.start);
    if (!hit.parties.length) continue;
    // A name in capitals that is no acronym is a date line ("DOHA, March 12") or a shouted headline.
    if (hit.parties.every((p) => p.exactCase === null) && hit.text.length > 3 && hit.text === hit.text.toUpperCase()) continue;
    // A name standing as a venue is a place there: "in Moscow", "in Singapore" (a city-state), "the Qatari capital".
    if (venue && (venue.rule === 'venue.demonym-capital' || venue.city)) continue;
    const before = text.slice(Math.max(0, hit.start - 40), hit.start);
    const after = text.slice(hit.end, hit.end + 40);
    if (g.personNameCountries.has(phraseKey(hit.text)) && isPersonName(before, after)) continue;
    if (hit.text === g.usState.name && (g.usState.before.test(before) || g.usState.after.test(after))) continue;
    // Prefer the direct reading when a phrase names two parties ("Congo" the state over a metonym).
    const best = [...hit.parties].sort((a, b) => VIA_ORDER.indexOf(a.via) - VIA_ORDER.indexOf(b.via) || a.rank - b.rank)[0];
    out.push({ start: hit.start, end: hit.end, text: hit.text, rule: best.generic ? 'party.capital' : `party.${best.via}`, id: best.id, name: best.name, kind: best.kind, via: best.via });
  }
  const named = withoutGroupNationalities(text, out);
  const groups = learnedGroups(text, named, hits);
  const known = groups.length ? [...named, ...groups] : named;
  return [...known, ...learnedPeople(text, known, hits), ...breakawayAnaphors(text, named), ...oppositionAnaphors(text, known), ...governmentAnaphors(text, named), ...issuerTitles(text, hits, known)]
    .sort((a, b) => a.start - b.start);
}

/**
 * "Lebanese Hezbollah officials", "Yemeni Houthi negotiators", "Sudanese RSF fighters": a state's demonym right
 * before an armed group's name says where the group is from, and the state is no party there. (The Taliban's
 * government is Afghanistan's: "Afghan Taliban" is an alias of AF, matched whole.)
 */
function withoutGroupNationalities(text: string, parties: PartyMention[]): PartyMention[] {
  return parties.filter((p, i) => {
    const next = parties[i + 1];
    return !(p.via === 'demonym' && p.kind === 'state' && next?.kind === 'armed group' && /^\s+$/.test(text.slice(p.end, next.start)));
  });
}

/**
 * Whether a span overlaps any of these, in logarithmic time: a long article can hold many names and many
 * candidates, and testing each candidate against every name would grow with their product.
 */
function overlapTest(spans: { start: number; end: number }[]): (start: number, end: number) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  // reach[i]: the farthest end among the first i + 1 spans.
  const reach: number[] = [];
  for (const x of sorted) reach.push(Math.max(x.end, reach.length ? reach[reach.length - 1] : -Infinity));
  return (start, end) => {
    // The last span that starts before `end`.
    const lo = firstAtLeast(sorted, end, (x) => x.start);
    return lo > 0 && reach[lo - 1] > start;
  };
}

/** A phrase matched as written inside a regular expression. */
const escapeRegExp = (phrase: string) => phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// An acronym in parentheses: capitals and digits, parts joined by hyphens ("SSOMA", "M23", "SPLM-IO").
const ACRONYM_IN_PARENS = /\(([A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*)\)/g;
const LAST_WORD = /([\p{L}\p{N}'’-]+)$/u;

/**
 * "the South Sudan Opposition Movements Alliance (SSOMA)": a movement the gazetteer does not know, named in
 * full before its acronym, is an armed group with the acronym as its id; the acronym and the full name name it
 * wherever they stand. The name is the run of capitalised words (and the small words inside names) before the
 * parenthesis, from the first word with the acronym's initial ("Juba and the South Sudan …" starts at "South"),
 * or its capitalised words alone where none has it ("Democratic Renewal Platform (PRD)"); it must hold a movement's word
 * (data/cues.json, learnedGroups), so "the Joint Working Group (JWG)" names no party.
 */
function learnedGroups(text: string, parties: PartyMention[], hits: NameHit[]): PartyMention[] {
  if (!text.includes('(')) return [];
  const { heads, connectors } = loadCues().learnedGroups;
  const taken = overlapTest([...hits, ...parties]);
  const named = new Map<string, string>();
  for (const m of text.matchAll(ACRONYM_IN_PARENS)) {
    const acronym = m[1];
    const at = m.index! + 1;
    if (acronym.length > 10 || acronym.replace(/[^A-Z]/g, '').length < 2 || named.has(acronym) || taken(at, at + acronym.length)) continue;
    // The words before the parenthesis, back to the first that is neither capitalised nor a small word.
    const words: { text: string; start: number }[] = [];
    let end = m.index!;
    while (end > 0 && text[end - 1] === ' ') end--;
    for (let k = 0; k < 14; k++) {
      const w = LAST_WORD.exec(text.slice(Math.max(0, end - 40), end));
      if (!w) break;
      const start = end - w[1].length;
      if (!/^\p{Lu}/u.test(w[1]) && !connectors.has(w[1].toLowerCase())) break;
      words.unshift({ text: w[1], start });
      let gap = start;
      while (gap > 0 && text[gap - 1] === ' ') gap--;
      if (gap === start) break;
      end = gap;
    }
    const capitalised = (w: { text: string }) => /^\p{Lu}/u.test(w.text);
    let first = words.findIndex((w) => capitalised(w) && w.text[0] === acronym[0]);
    if (first < 0 || first === words.length - 1) {
      first = words.length;
      while (first > 0 && capitalised(words[first - 1])) first--;
    }
    const name = words.slice(first);
    if (name.length < 2 || !capitalised(name[0]) || !name.some((w) => w.text.split('-').some((part) => heads.has(part)))) continue;
    const start = name[0].start;
    const last = name[name.length - 1];
    if (taken(start, last.start + last.text.length)) continue;
    named.set(acronym, text.slice(start, last.start + last.text.length));
  }
  if (!named.size) return [];
  // Every name and acronym, found in one pass over the text's words (a pass for each was quadratic where a
  // hostile text defines thousands of acronyms): each starts with a capital after no letter, digit or hyphen, and
  // ends before one ("UFR" is not in "UFR-2" or "UFRs").
  // A name learned for several acronyms is read once, for the first ("… Liberation Front (NLF)" then
  // "… Liberation Front (FLN)"): a mention for each would multiply, in a hostile text, with every acronym.
  const firstFor = new Map<string, string>();
  for (const [acronym, name] of named) if (!firstFor.has(name)) firstFor.set(name, acronym);
  const slots = [...named].flatMap(([acronym, name]) => [
    ...(firstFor.get(name) === acronym ? [{ phrase: name, via: 'name' as const, acronym }] : []),
    { phrase: acronym, via: 'alias' as const, acronym },
  ]).map((x, slot) => ({ ...x, slot }));
  const byFirstWord = new Map<string, typeof slots>();
  for (const x of slots) {
    const first = FIRST_WORD.exec(x.phrase)![0];
    byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), x]);
  }
  const found: PartyMention[][] = slots.map(() => []);
  for (const w of text.matchAll(WORD_AT_START)) {
    for (const x of byFirstWord.get(w[0]) ?? []) {
      const start = w.index!;
      const end = start + x.phrase.length;
      if (!text.startsWith(x.phrase, start) || NAME_GOES_ON.test(text.slice(end, end + 2)) || taken(start, end)) continue;
      found[x.slot].push({ start, end, text: x.phrase, rule: 'party.learned-acronym', id: x.acronym.replace(/-/g, '_'), name: named.get(x.acronym)!, kind: 'armed group', via: x.via });
    }
  }
  // In the order of the names learned, each name's mentions before its acronym's.
  return found.flat();
}

const FIRST_WORD = /^[\p{L}\p{N}]+/u;
const WORD_AT_START = /(?<![\p{L}\p{N}-])[\p{L}\p{N}]+/gu;
const NAME_GOES_ON = /^(?:[\p{L}\p{N}]|-[\p{L}\p{N}])/u;

// "his counterpart from the breakaway region": the one de facto state the article names.
const BREAKAWAY = /\bthe\s+(?:breakaway|separatist|self-declared|self-proclaimed|unrecognised|unrecognized|rebel|secessionist)\s+(?:region|republic|territory|enclave|entity|state|province)\b/gi;

function breakawayAnaphors(text: string, parties: PartyMention[]): PartyMention[] {
  const named = new Map(parties.filter((p) => p.kind === 'de facto state').map((p) => [p.id, p]));
  if (named.size !== 1) return [];
  const [state] = named.values();
  // "the breakaway Transnistria region" names it already.
  return anaphorsOf(text, BREAKAWAY, parties, state, 'party.breakaway-anaphor');
}

/** Each match of a phrase that stands for one party, where no name is read already, as a mention of it. */
function anaphorsOf(text: string, phrase: RegExp, parties: PartyMention[], party: Pick<PartyMention, 'id' | 'name' | 'kind'>, rule: string): PartyMention[] {
  const out: PartyMention[] = [];
  const taken = overlapTest(parties);
  for (const m of text.matchAll(phrase)) {
    const start = m.index!;
    const end = start + m[0].length;
    if (taken(start, end)) continue;
    out.push({ start, end, text: m[0], rule, id: party.id, name: party.name, kind: party.kind, via: 'metonym' });
  }
  return out;
}

// "the Unitary Platform, the main opposition coalition", "the opposition Unitary Platform": a party the article
// itself calls the opposition.
const CALLED_OPPOSITION_AFTER = /^,\s+(?:the|its|a)\s+(?:(?:main|largest|biggest|chief|principal|united|umbrella|leading|country's|nation's)\s+)?opposition\b/i;
const CALLED_OPPOSITION_BEFORE = /\bopposition\s+(?:(?:coalition|alliance|bloc|party|movement|platform|group|umbrella)\s+)?(?:the\s+)?$/i;
// "the opposition" standing alone: not "the opposition Unitary Platform" (a name follows), "the opposition to
// the deal" (a stance), nor "the opposition leader María Corina Machado" (a person).
const BARE_OPPOSITION = /\b[Tt]he\s+opposition\b(?![ \t]+(?:to\b|against\b|of\b|leader|figure|politician|lawmaker|MPs?\b|deput|senator|candidate|\p{Lu}))/gu;

/**
 * "Venezuela, where the government and the opposition have sat down … the Unitary Platform, the main
 * opposition coalition": "the opposition" alone is the one party the article calls the opposition, if it calls
 * just one so (rule `party.opposition-anaphor`).
 */
function oppositionAnaphors(text: string, parties: PartyMention[]): PartyMention[] {
  if (!/opposition/i.test(text)) return [];
  const called = new Map<string, PartyMention>();
  for (const p of parties) {
    if (p.kind === 'state') continue;
    if (CALLED_OPPOSITION_AFTER.test(text.slice(p.end, p.end + 60)) || CALLED_OPPOSITION_BEFORE.test(text.slice(Math.max(0, p.start - 40), p.start))) called.set(p.id, p);
  }
  if (called.size !== 1) return [];
  return anaphorsOf(text, BARE_OPPOSITION, parties, [...called.values()][0], 'party.opposition-anaphor');
}

// "Now to Venezuela, where the government …", "In Sudan, the government …": "the government" right after the one
// state it stands in.
const GOVERNMENT_OF_PLACE = /(?:,\s+where|^\s*,)\s+the\s+government\b(?![ \t]+(?:of|in|at)\b)/i;

/**
 * "the government" of the state named right before it with "where" ("Now to Venezuela, where the government and
 * the opposition have sat down together"), or after "In" at the start of a sentence ("In Sudan, the government
 * …"), names that state (rule `party.government-anaphor`).
 */
function governmentAnaphors(text: string, parties: PartyMention[]): PartyMention[] {
  if (!/government/i.test(text)) return [];
  const out: PartyMention[] = [];
  for (const p of parties) {
    if (p.kind !== 'state') continue;
    const after = text.slice(p.end, p.end + 30);
    const m = GOVERNMENT_OF_PLACE.exec(after);
    if (!m) continue;
    // "In Sudan, the government": only a sentence's opening "In" ("talks in Doha, the government said" is a speaker).
    if (!m[0].includes('where') && !/(?:^|[.!?:]\s+|\n\s*)In\s+(?:the\s+)?$/.test(text.slice(Math.max(0, p.start - 12), p.start))) continue;
    const end = p.end + m.index + m[0].length;
    const start = end - 'the government'.length;
    out.push({ start, end, text: text.slice(start, end), rule: 'party.government-anaphor', id: p.id, name: p.name, kind: p.kind, via: 'metonym' });
  }
  return out;
}

// A release's first line names who issued it: "HM GOVERNMENT OF GIBRALTAR", "Ministry of Foreign Affairs – State
// of Qatar", "Office of the Prime Minister of Malaysia".
const ISSUER_LINE = /^\s*(?:(?:HM|His Majesty['’]s|Her Majesty['’]s)\s+)?(?:Government\b|Ministry\s+of\s+(?:Foreign|External)\s+Affairs\b|Office\s+of\s+the\s+(?:Prime\s+Minister|President|Chief\s+Minister)\b)[^\n]*/i;
// "The Chief Minister", "the Minister of State", "the Prime Minister": a title with no party of its own (not "the
// Minister for Foreign Affairs of Spain", "the President's", "the Spanish Minister").
const BARE_TITLE = /\b[Tt]he\s+((?:(?:Deputy|Chief|Prime|Deputy\s+Chief|Deputy\s+Prime|Foreign)\s+)?(?:Minister|Secretary|President)(?:\s+of\s+State)?)\b(?!\s+(?:of|for)\s+(?:the\s+)?\p{Lu}(?!tate\b))(?!['’])/gu;

/** A title right after a name ("Spanish Minister for …", "United Kingdom's Foreign Secretary"). */
const TITLE_AFTER_NAME = /^(?:['’]s)?\s+((?:(?:Deputy|Chief|Prime|Foreign)\s+){0,2}(?:Minister|Secretary|President)(?:\s+of\s+State)?)\b/u;
/** The titles a bare title could repeat of a given one: "Foreign Secretary", and "Secretary" alone. */
const titlesIn = (title: string): string[] => {
  const words = title.split(/\s+/);
  return words.map((_, i) => words.slice(i).join(' '));
};

/**
 * "HM GOVERNMENT OF GIBRALTAR … The Chief Minister … attended a political meeting in Brussels": in a release whose
 * first line names its issuer, a bare title speaks for the issuer (rule `party.issuer-title`), unless the text
 * gave that title to another party first ("the United Kingdom's Foreign Secretary … I want to thank the Foreign
 * Secretary").
 */
function issuerTitles(text: string, hits: NameHit[], parties: PartyMention[]): PartyMention[] {
  const line = ISSUER_LINE.exec(text.slice(0, 300));
  if (!line || !/^\s*$/.test(text.slice(0, line.index))) return [];
  const lineEnd = line.index + line[0].length;
  // The first name on that line that is a state's, read as findParties reads a name.
  const states = hits.filter((h) => h.start < lineEnd).map((h) => h.parties.filter((p) => p.kind === 'state' || p.kind === 'de facto state')).find((l) => l.length);
  const issuer = states?.sort((a, b) => VIA_ORDER.indexOf(a.via) - VIA_ORDER.indexOf(b.via) || a.rank - b.rank)[0];
  if (!issuer) return [];
  const taken = overlapTest(parties);
  // Where each title was first given to another state ("the Spanish Minister", "the United Kingdom's Foreign
  // Secretary"), read once per name (a test per title and name would grow with their product).
  const givenAt = new Map<string, number>();
  for (const p of parties) {
    if (p.kind !== 'state' || p.id === issuer.id) continue;
    const t = TITLE_AFTER_NAME.exec(text.slice(p.end, p.end + 40));
    if (t) for (const title of titlesIn(t[1])) if (!givenAt.has(title)) givenAt.set(title, p.end);
  }
  const out: PartyMention[] = [];
  for (const m of text.slice(lineEnd).matchAll(BARE_TITLE)) {
    const start = lineEnd + m.index!;
    const end = start + m[0].length;
    const title = m[1].replace(/\s+/g, ' ');
    if ((givenAt.get(title) ?? Infinity) <= start || taken(start, end)) continue;
    out.push({ start, end, text: m[0], rule: 'party.issuer-title', id: issuer.id, name: issuer.name, kind: issuer.kind, via: 'person' });
  }
  return out;
}

function isPersonName(before: string, after: string): boolean {
  const prev = NAME_BEFORE.exec(before);
  if (prev && !TITLES.test(prev[1])) return true;
  return NAME_AFTER.test(after) && !/^\s+(?:and|or|of)\b/i.test(after);
}

// "Armenian Foreign Minister Ararat Mirzoyan", "President of Ukraine Volodymyr Zelenskyy": a title with a
// party names a person; the person's surname alone later in the article speaks for that party.
const TITLE_WORDS = '(?:(?:Deputy|Vice|First|Acting|Former|Chief|Senior|Special|Top)\\s+)*(?:President|Prime Minister|Premier|Chancellor|(?:Foreign|Defence|Defense|Interior|Finance|Trade|Economy|Security|Water)\\s+Minister|Minister(?:\\s+of\\s+[\\p{Lu}][\\p{L}]+(?:\\s+[\\p{Lu}][\\p{L}]+)?)?|Secretary(?:\\s+of\\s+State)?|Ambassador|Envoy|envoy|[Nn]egotiator|[Ss]pokes(?:man|woman|person)|General|Gen\\.|Admiral|Colonel|King|Emir|Crown Prince|Sheikh|Speaker|Commander|Leader|leader)';
const NAME = '(\\p{Lu}[\\p{Ll}\'’-]+(?:\\s+(?:al-|bin\\s+|de\\s+|van\\s+)?\\p{Lu}[\\p{Ll}\'’-]+){0,2})';
const AFTER_DEMONYM = new RegExp(`^\\s+${TITLE_WORDS}\\s+${NAME}`, 'u');
const AFTER_TITLE_OF = new RegExp(`${TITLE_WORDS}\\s+of\\s+(?:the\\s+)?$`, 'u');
const ENDS_WITH_OF = /\sof\s+(?:the\s+)?$/;
const NAME_FIRST = new RegExp(`^\\s+${NAME}`, 'u');

function learnedPeople(text: string, parties: PartyMention[], hits: NameHit[]): PartyMention[] {
  const surnames = new Map<string, PartyMention>();
  for (const p of parties) {
    if (p.kind !== 'state' && p.kind !== 'de facto state' && p.kind !== 'armed group' && p.kind !== 'organisation') continue;
    const after = text.slice(p.end, p.end + 120);
    let m = p.via === 'demonym' || /['’]s$/.test(text.slice(p.end, p.end + 2)) ? AFTER_DEMONYM.exec(after.replace(/^['’]s/, '')) : null;
    // The title pattern is long and anchored at the end: tried only where "of" ends the text before the name.
    const before = text.slice(Math.max(0, p.start - 60), p.start);
    if (!m && ENDS_WITH_OF.test(before) && AFTER_TITLE_OF.test(before)) m = NAME_FIRST.exec(after);
    if (!m) continue;
    const surname = m[m.length - 1].split(/\s+/).pop()!;
    if (surname.length > 2 && !surnames.has(surname)) surnames.set(surname, p);
  }
  if (!surnames.size) return [];
  const taken = overlapTest([...hits, ...parties]);
  const out: PartyMention[] = [];
  const SURNAME = new RegExp(`\\b(${mapPacked([...surnames.keys()], escapeRegExp).join('|')})\\b`, 'gu');
  for (let m = SURNAME.exec(text); m; m = SURNAME.exec(text)) {
    const p = surnames.get(m[1])!;
    if (taken(m.index, m.index + m[1].length)) continue;
    out.push({ start: m.index, end: m.index + m[1].length, text: m[1], rule: 'party.person-learned', id: p.id, name: p.name, kind: p.kind, via: 'person' });
  }
  return out;
}
