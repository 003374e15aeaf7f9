// The one typed loader for parley's data files (data/*.json). Files are read once per process and turned
// into look-up tables; extraction itself does no I/O.
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { PartyKind } from '../types.js';
import { isAcronym, phraseKey } from './normalize.js';

const dataUrl = (name: string) => new URL(`../../data/${name}`, import.meta.url);
const readJson = <T>(name: string): T => JSON.parse(readFileSync(dataUrl(name), 'utf8')) as T;

interface CountriesFile {
  countries: { id: string; name: string; aliases: string[]; demonyms: string[]; capitals: string[]; independent: boolean }[];
}
interface CitiesFile {
  cities: { name: string; country: string; population: number; capital: string | null }[];
}
interface AliasesFile {
  states: Record<string, string[]>;
  demonyms: Record<string, string[]>;
  metonyms: Record<string, string[]>;
  cities: Record<string, { city: string; country: string }>;
  notCities: string[];
  ambiguous: string[];
  notPartyPhrases: string[];
  personNameCountries: string[];
  usStateContext: { name: string; before: string; after: string };
}
interface OrganisationsFile {
  organisations: { id: string; name: string; kind: PartyKind; aliases: string[]; demonyms: string[] }[];
}
interface PeopleFile {
  people: { party: string; name: string; aliases: string[] }[];
}

export interface PartyEntry {
  id: string;
  name: string;
  kind: PartyKind;
  via: 'name' | 'alias' | 'demonym' | 'metonym' | 'person';
  /** Acronyms match only when the text has them in capitals. */
  exactCase: string | null;
  /** Lower wins where readings tie: parley's own lists (0), independent states (1), territories (2). */
  rank: number;
  /** A capital read as its government by the general rule, not by parley's metonym list. */
  generic?: boolean;
}

export interface CityEntry {
  city: string;
  country: string;
  /** A capital city can also stand for its government (a metonym). */
  capitalOf: string | null;
}

/** What the name scan asks of its largest tables: an entry by key. A Map answers it, and so does a BucketedTable. */
export interface Lookup<V> {
  get(key: string): V | undefined;
}

export interface Gazetteer {
  /** phrase key -> party readings of that phrase */
  parties: Map<string, PartyEntry[]>;
  cities: Lookup<CityEntry>;
  partyNames: Map<string, string>;
  /** A state's capital, for "the Omani capital". */
  capitalOf: Map<string, string>;
  /** Longer names that hold a party's name but name nothing parley tracks ("Washington Post", "Red Sea"). */
  notPartyPhrases: Set<string>;
  /** Country names that are also people's names ("Michael Jordan"). */
  personNameCountries: Set<string>;
  /** Georgia the US state: the words around it that say so. */
  usState: { name: string; before: RegExp; after: RegExp };
  /** Longest phrase, in words, of any key: bounds the matcher's look-ahead. */
  maxWords: number;
  /**
   * First word of every name -> the most words a name starting with it has: most tokens start none. Also the
   * first two words of every longer name -> the most words of such a name, so that after "The Hague" or "The
   * Times" the matcher reads on only where a longer name may still follow ("The Democratic Republic of …").
   */
  firstWords: Lookup<number>;
}

/** The gazetteer as built from the data files, its tables all Maps. */
export type BuiltGazetteer = Gazetteer & { cities: Map<string, CityEntry>; firstWords: Map<string, number> };

/**
 * A user's own gazetteer (`--gazetteer FILE`, or `extract(text, { gazetteer })`): parties, aliases, people and
 * cities added to parley's, or overriding them. See schema/gazetteer.schema.json.
 */
export interface UserGazetteer {
  parties?: { id: string; name: string; kind?: PartyKind; aliases?: string[]; demonyms?: string[] }[];
  aliases?: Record<string, string[]>;
  people?: { party: string; name: string; aliases?: string[] }[];
  cities?: { name: string; country: string; aliases?: string[] }[];
  /** Names that should name no party ("Georgia" in a paper about US states). */
  notParties?: string[];
}

let cached: Gazetteer | null = null;
const withUser = new WeakMap<UserGazetteer, Gazetteer>();

/** parley's gazetteer, built once per process; with a user gazetteer, once per user gazetteer object. */
export function loadGazetteer(user?: UserGazetteer): Gazetteer {
  if (!user) return (cached ??= readGazetteerIndex() ?? buildGazetteer());
  let g = withUser.get(user);
  if (!g) withUser.set(user, (g = buildGazetteer(user)));
  return g;
}

export function buildGazetteer(user?: UserGazetteer): BuiltGazetteer {
  const countries = readJson<CountriesFile>('countries.json').countries;
  const cities = readJson<CitiesFile>('cities.json').cities;
  const extra = readJson<AliasesFile>('aliases.json');
  const orgs = readJson<OrganisationsFile>('organisations.json').organisations;
  const people = readJson<PeopleFile>('people.json').people;

  const parties = new Map<string, PartyEntry[]>();
  const partyNames = new Map<string, string>();
  let maxWords = 1;
  const add = (phrase: string, entry: Omit<PartyEntry, 'exactCase' | 'rank'>, rank = 0): void => {
    // Matching starts at a capitalised word, so "the Maduro government" is found as "Maduro government".
    if (/^the\s/.test(phrase)) add(phrase.slice(4), entry, rank);
    const key = phraseKey(phrase);
    if (!key) return;
    maxWords = Math.max(maxWords, key.split(' ').length);
    const list = parties.get(key) ?? [];
    const exactCase = isAcronym(phrase) ? phrase.replace(/^the /, '') : null;
    const same = list.findIndex((e) => e.id === entry.id && e.exactCase === exactCase);
    // parley's own metonym list wins over the general capital rule for the same name.
    if (same < 0) list.push({ ...entry, exactCase, rank });
    else if (list[same].generic && !entry.generic) list[same] = { ...entry, exactCase, rank };
    parties.set(key, list);
  };

  for (const c of countries) {
    partyNames.set(c.id, c.name);
    const base = { id: c.id, name: c.name, kind: 'state' as const };
    // "American" is the demonym of the US and of its territories: the independent state wins.
    const rank = c.independent ? 1 : 2;
    add(c.name, { ...base, via: 'name' }, rank);
    for (const a of c.aliases) add(a, { ...base, via: 'alias' }, rank);
    for (const d of c.demonyms) add(d, { ...base, via: 'demonym' }, rank);
  }
  const stateName = (id: string) => partyNames.get(id) ?? id;
  for (const [id, list] of Object.entries(extra.states)) for (const a of list) add(a, { id, name: stateName(id), kind: 'state', via: 'alias' });
  for (const [id, list] of Object.entries(extra.demonyms)) for (const a of list) add(a, { id, name: stateName(id), kind: 'state', via: 'demonym' });
  // Every capital can stand for its government ("negotiators from Chisinau"); where it stands as a place
  // ("talks in Muscat") the venue finder keeps it.
  const notCityKeys = new Set(extra.notCities.map(phraseKey));
  for (const c of countries) {
    if (!c.independent) continue;
    for (const cap of c.capitals) if (!notCityKeys.has(phraseKey(cap))) add(cap, { id: c.id, name: c.name, kind: 'state', via: 'metonym', generic: true }, 1);
  }
  for (const o of orgs) {
    partyNames.set(o.id, o.name);
    for (const a of [o.name, ...o.aliases]) add(a, { id: o.id, name: o.name, kind: o.kind, via: a === o.name ? 'name' : 'alias' });
    for (const d of o.demonyms) add(d, { id: o.id, name: o.name, kind: o.kind, via: 'demonym' });
  }
  // Metonyms may stand for an organisation too ("Brussels" for the EU).
  const kindOfId = (id: string) => orgs.find((o) => o.id === id)?.kind ?? 'state';
  for (const [id, list] of Object.entries(extra.metonyms)) for (const a of list) add(a, { id, name: stateName(id), kind: kindOfId(id), via: 'metonym' });
  for (const p of people) {
    const name = partyNames.get(p.party) ?? p.party;
    const kind = orgs.find((o) => o.id === p.party)?.kind ?? 'state';
    for (const a of [p.name, ...p.aliases]) add(a, { id: p.party, name, kind, via: 'person' });
  }

  // The user's entries come last and rank first: they add to parley's lists or override them.
  if (user) {
    const USER_RANK = -1;
    for (const p of user.parties ?? []) {
      partyNames.set(p.id, p.name);
      // A user's party replaces whatever parley read the same words as.
      for (const a of [p.name, ...(p.aliases ?? [])]) parties.delete(phraseKey(a));
      for (const a of [p.name, ...(p.aliases ?? [])]) add(a, { id: p.id, name: p.name, kind: p.kind ?? 'organisation', via: a === p.name ? 'name' : 'alias' }, USER_RANK);
      for (const d of p.demonyms ?? []) add(d, { id: p.id, name: p.name, kind: p.kind ?? 'organisation', via: 'demonym' }, USER_RANK);
    }
    const kindOf = (id: string) => user.parties?.find((p) => p.id === id)?.kind ?? orgs.find((o) => o.id === id)?.kind ?? 'state';
    for (const [id, list] of Object.entries(user.aliases ?? {})) for (const a of list) add(a, { id, name: partyNames.get(id) ?? id, kind: kindOf(id), via: 'alias' }, USER_RANK);
    for (const p of user.people ?? []) for (const a of [p.name, ...(p.aliases ?? [])]) add(a, { id: p.party, name: partyNames.get(p.party) ?? p.party, kind: kindOf(p.party), via: 'person' }, USER_RANK);
  }
  for (const name of [...extra.ambiguous, ...(user?.notParties ?? [])]) parties.delete(phraseKey(name));
  const notCities = new Set(extra.notCities.map(phraseKey));
  const cityMap = new Map<string, CityEntry>();
  const capitalOf = new Map<string, string>();
  for (const c of countries) for (const cap of c.capitals) capitalOf.set(phraseKey(cap), c.id);
  // A town that shares its name with another state ("Lebanon", Pennsylvania; "Mexico", Pampanga; "Armenia",
  // Colombia) is the state in news: "talks in Lebanon" are not in Pennsylvania.
  const isOtherState = (key: string, country: string) => (parties.get(key) ?? []).some((p) => p.kind === 'state' && p.via !== 'metonym' && p.id !== country);
  for (const c of cities) {
    const key = phraseKey(c.name);
    if (notCities.has(key) || cityMap.has(key) || isOtherState(key, c.country)) continue;
    cityMap.set(key, { city: c.name, country: c.country, capitalOf: c.capital === 'primary' ? c.country : null });
    maxWords = Math.max(maxWords, key.split(' ').length);
  }
  // Capitals the cities dataset spells differently (world-countries' "Washington D.C.", "Astana").
  for (const c of countries) for (const cap of c.capitals) {
    const key = phraseKey(cap);
    if (!cityMap.has(key) && !notCities.has(key)) cityMap.set(key, { city: cap, country: c.id, capitalOf: c.id });
  }
  for (const [name, v] of Object.entries(extra.cities)) {
    if (name.startsWith('$')) continue;
    const key = phraseKey(name);
    cityMap.set(key, { city: v.city, country: v.country, capitalOf: capitalOf.get(phraseKey(v.city)) ?? null });
    maxWords = Math.max(maxWords, key.split(' ').length);
  }
  for (const c of user?.cities ?? []) {
    for (const name of [c.name, ...(c.aliases ?? [])]) {
      const key = phraseKey(name);
      cityMap.set(key, { city: c.name, country: c.country, capitalOf: capitalOf.get(phraseKey(c.name)) ?? null });
      maxWords = Math.max(maxWords, key.split(' ').length);
    }
  }
  const capitalByState = new Map<string, string>();
  for (const c of countries) if (c.capitals[0]) capitalByState.set(c.id, cityMap.get(phraseKey(c.capitals[0]))?.city ?? c.capitals[0]);
  for (const c of cityMap.values()) if (c.capitalOf) capitalByState.set(c.capitalOf, c.city);
  const notPartyPhrases = new Set(extra.notPartyPhrases.map(phraseKey));
  for (const k of notPartyPhrases) maxWords = Math.max(maxWords, k.split(' ').length);
  return {
    parties, cities: cityMap, partyNames, capitalOf: capitalByState, maxWords: Math.min(maxWords, 8), notPartyPhrases,
    firstWords: firstWordsOf(parties, cityMap, notPartyPhrases),
    personNameCountries: new Set(extra.personNameCountries.map(phraseKey)),
    usState: usStateOf(extra.usStateContext),
  };
}

function firstWordsOf(parties: Map<string, unknown>, cities: Map<string, unknown>, notPartyPhrases: Set<string>): Map<string, number> {
  const firstWords = new Map<string, number>();
  for (const key of [...parties.keys(), ...cities.keys(), ...notPartyPhrases]) {
    const words = key.split(' ');
    // The scan folds a first word alone, so "St." of "st. barthelemy" is looked up as "st".
    const first = phraseKey(words[0]);
    firstWords.set(first, Math.max(firstWords.get(first) ?? 0, words.length));
    if (words.length > 2) {
      const two = `${words[0]} ${words[1]}`;
      firstWords.set(two, Math.max(firstWords.get(two) ?? 0, words.length));
    }
  }
  return firstWords;
}

const usStateOf = (c: AliasesFile['usStateContext']): Gazetteer['usState'] => ({ name: c.name, before: new RegExp(c.before, 'u'), after: new RegExp(c.after, 'u') });

// ---- the prebuilt index (dist/gazetteer-index.json) ----
// Building the gazetteer (12,000 cities, a phrase key for every name) costs more than the rest of a one-article
// run. `npm run build` (scripts/bundle.mjs) writes the built gazetteer to dist/gazetteer-index.json; a process
// takes it only when it was built from the very bytes of today's data files and is not older than the code
// reading it (`tsc` alone leaves it stale), and otherwise builds from data/*.json as before. The data files are
// the same when their sizes and times are those the index noted, else when they hash to the noted hash (a
// checkout or a packed copy changes the times, not the bytes). User gazetteers are always built from the files.

const INDEX_FORMAT = 3;
const GAZETTEER_FILES = ['countries.json', 'cities.json', 'aliases.json', 'organisations.json', 'people.json'];

interface GazetteerIndex {
  format: number;
  /** sha256 over the data files the gazetteer is built from. */
  data: string;
  /** Each data file's size and modification time (ms) when the index was built. */
  stats: Record<string, [number, number]>;
  parties: [string, PartyEntry[]][];
  /** By bucket (bucketOf), four fields a city, all tab-separated: key, city, country, capitalOf (empty for none). */
  cities: Record<string, string>;
  /** By bucket (bucketOf), two fields a word, tab-separated: first word (or first two words), most words. */
  firstWords: Record<string, string>;
  partyNames: [string, string][];
  capitalOf: [string, string][];
  notPartyPhrases: string[];
  personNameCountries: string[];
  usState: AliasesFile['usStateContext'];
  maxWords: number;
}

function dataHash(): string {
  // node:crypto costs a few milliseconds to load: only when the times say nothing.
  const { createHash } = createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto');
  const hash = createHash('sha256');
  for (const name of GAZETTEER_FILES) hash.update(`${name}\u0000`).update(readFileSync(dataUrl(name))).update('\u0000');
  return hash.digest('hex');
}

function dataStats(): Record<string, [number, number]> {
  return Object.fromEntries(GAZETTEER_FILES.map((name) => {
    const st = statSync(dataUrl(name));
    return [name, [st.size, st.mtimeMs]];
  }));
}

const sameData = (index: GazetteerIndex): boolean => {
  const stats = dataStats();
  return GAZETTEER_FILES.every((name) => index.stats?.[name]?.[0] === stats[name][0] && index.stats[name][1] === stats[name][1]) || index.data === dataHash();
};

/** The bucket of a table key: its first two characters. */
const bucketOf = (key: string) => key.slice(0, 2);

/** Rows of fields by bucket, each bucket one tab-separated text (no field may hold a tab). */
function bucketed(rows: Iterable<string[]>): Record<string, string> {
  const fields = new Map<string, string[]>();
  for (const row of rows) {
    if (row.some((f) => f.includes('\t'))) throw new Error(`gazetteer index: a tab in ${JSON.stringify(row[0])}`);
    let bucket = fields.get(bucketOf(row[0]));
    if (!bucket) fields.set(bucketOf(row[0]), (bucket = []));
    bucket.push(...row);
  }
  return Object.fromEntries([...fields].map(([bucket, f]) => [bucket, f.join('\t')]));
}

/**
 * A table of the index (cities, first words) made into Map entries a bucket at a time, when a lookup first
 * reaches that bucket. All 12,000 cities and 12,000 first words at once took about 25 ms, a tenth of a
 * one-article run, which meets a few dozen of the 500-odd buckets; a long run soon has them all.
 */
class BucketedTable<V> implements Lookup<V> {
  private readonly entries = new Map<string, V>();
  private readonly pending: Map<string, string>;
  /** Look-ups that missed while buckets were pending: past MISSES_BEFORE_ALL, a long run loads the rest at once. */
  private misses = 0;

  constructor(buckets: Record<string, string>, private readonly width: number, private readonly entry: (fields: string[], at: number) => V) {
    this.pending = new Map(Object.entries(buckets));
  }

  get(key: string): V | undefined {
    const found = this.entries.get(key);
    if (found !== undefined || this.pending.size === 0) return found;
    // A miss with buckets pending pays for its bucket's name and a second look-up; in a batch most look-ups miss
    // (every word is tried as a name's first word), and a bucket no text reaches stays pending for good.
    if (++this.misses > MISSES_BEFORE_ALL) {
      for (const bucket of [...this.pending.keys()]) this.load(bucket);
      return this.entries.get(key);
    }
    const bucket = bucketOf(key);
    if (!this.pending.has(bucket)) return undefined;
    this.load(bucket);
    return this.entries.get(key);
  }

  private load(bucket: string): void {
    const text = this.pending.get(bucket)!;
    this.pending.delete(bucket);
    const f = text.split('\t');
    for (let i = 0; i + this.width <= f.length; i += this.width) this.entries.set(f[i], this.entry(f, i));
  }
}

/** About a batch of a hundred articles' worth of missed look-ups (a one-article run stays well under it). */
const MISSES_BEFORE_ALL = 100_000;

/** parley's own gazetteer as the index `npm run build` writes (JSON text). */
export function gazetteerIndex(): string {
  const g = buildGazetteer();
  const extra = readJson<AliasesFile>('aliases.json');
  const index: GazetteerIndex = {
    format: INDEX_FORMAT,
    data: dataHash(),
    stats: dataStats(),
    parties: [...g.parties],
    cities: bucketed([...g.cities].map(([key, c]) => [key, c.city, c.country, c.capitalOf ?? ''])),
    firstWords: bucketed([...g.firstWords].map(([word, most]) => [word, String(most)])),
    partyNames: [...g.partyNames],
    capitalOf: [...g.capitalOf],
    notPartyPhrases: [...g.notPartyPhrases],
    personNameCountries: [...g.personNameCountries],
    usState: extra.usStateContext,
    maxWords: g.maxWords,
  };
  return JSON.stringify(index);
}

/** The gazetteer from an index's text, or null when the index is of another format or other data. */
export function gazetteerFromIndex(text: string): Gazetteer | null {
  const index = JSON.parse(text) as GazetteerIndex;
  if (index.format !== INDEX_FORMAT || !sameData(index)) return null;
  return {
    parties: new Map(index.parties), partyNames: new Map(index.partyNames), capitalOf: new Map(index.capitalOf), maxWords: index.maxWords,
    cities: new BucketedTable(index.cities, 4, (f, i) => ({ city: f[i + 1], country: f[i + 2], capitalOf: f[i + 3] || null })),
    firstWords: new BucketedTable(index.firstWords, 2, (f, i) => Number(f[i + 1])),
    notPartyPhrases: new Set(index.notPartyPhrases),
    personNameCountries: new Set(index.personNameCountries),
    usState: usStateOf(index.usState),
  };
}

/** dist/gazetteer-index.json, beside dist/gazetteer/ and dist/bundle/; null when missing or stale. */
function readGazetteerIndex(): Gazetteer | null {
  try {
    const url = new URL('../gazetteer-index.json', import.meta.url);
    if (statSync(url).mtimeMs < statSync(new URL(import.meta.url)).mtimeMs) return null;
    return gazetteerFromIndex(readFileSync(url, 'utf8'));
  } catch {
    return null;
  }
}

// ---- cue lists (data/cues.json) ----

interface CueRule {
  id: string;
  anchors?: boolean;
  reason: string;
  pattern?: string;
  before?: string;
  after?: string;
  match?: string;
  [extra: string]: unknown;
}

/** A cue compiled once; `test*` helpers apply it to the text around a mention. */
export interface Cue<Extra = Record<string, never>> {
  id: string;
  reason: string;
  pattern: RegExp | null;
  before: RegExp | null;
  after: RegExp | null;
  match: RegExp | null;
  extra: Extra;
}

interface CuesFile {
  triggers: CueRule[];
  notMeeting: CueRule[];
  reference: CueRule[];
  status: CueRule[];
  meetingVerbs: string[];
  certainty: CueRule[];
  roles: CueRule[];
  notParticipant: CueRule[];
  formats: CueRule[];
  modes: CueRule[];
  venueUndisclosed: CueRule[];
  participantNouns: CueRule[];
  datePredicate: CueRule;
  reportDate: CueRule;
  expiryDate: CueRule;
  decisionDate: CueRule;
  relativeDate: CueRule;
  pairAnaphora: CueRule;
  numberedSides: CueRule & { numbers: Record<string, number> };
  mediatorAnaphora: CueRule;
  deniedFormat: CueRule;
  intendedFormat: CueRule;
  speakerPlace: CueRule;
  otherEvents: CueRule;
  separateStory: CueRule;
  meetingInTitle: CueRule;
  dateEnd: CueRule;
  formerDate: CueRule & { sentence: string };
  venueContext: { before: string; after: string; countryBefore: string; countryAfter: string; demonymCapital: string; buildingName: string; seatOfGovernment: string; notHere: string };
  rounds: { pattern: string; patternReason: string; nthTime: string; nthTimeReason: string; appositive: string; appositiveReason: string; numbers: Record<string, number> };
  learnedGroups: { heads: string[]; connectors: string[]; reason: string };
  blocMeeting: { id: string; parties: string[]; before: string; after: string; reason: string };
  unknownTown: { id: string; before: string; after: string; notTowns: string[]; reason: string };
}

export interface Cues {
  triggers: Cue<{ anchors?: boolean; needs?: string[] }>[];
  /** With `both`, the tests before and after the meeting word must both hold (else either); with `verb`, the word is a verb, no meeting of any kind. */
  notMeeting: Cue<{ both?: boolean; verb?: boolean }>[];
  reference: Cue<{ refers: 'future' | 'past' | 'anaphoric' }>[];
  status: Cue<{ status: 'held' | 'ongoing' | 'planned' | 'postponed' | 'cancelled' }>[];
  meetingVerbs: Set<string>;
  certainty: Cue[];
  roles: Cue<{ role: 'participant' | 'mediator' | 'host' | 'excluded' | 'observer'; refers?: 'past' | 'future'; kinds?: string[]; needs?: string[] }>[];
  participantNouns: Cue<{ needs?: string[] }>[];
  datePredicate: Cue;
  reportDate: Cue;
  expiryDate: Cue;
  /** "agreed on Monday to hold talks": the date of a decision, before the meeting it decides on. */
  decisionDate: Cue;
  /** "on Wednesday, on the eve of the meeting": a date placed before or after a meeting, not its own. */
  relativeDate: Cue;
  /** "the two sides", "both governments": a pair named before. */
  pairAnaphora: Cue;
  /** "all three delegations", "the three capitals": a group of that many sides named before; `extra.numbers` reads its count. */
  numberedSides: Cue<{ numbers: Record<string, number> }>;
  /** "the guarantor countries", "the mediators": mediators spoken of in the plural, named at another meeting. */
  mediatorAnaphora: Cue;
  /** "There was no bilateral meeting": a format or mode denied. */
  deniedFormat: Cue;
  /** "what was designed as a three-way negotiation": a format meant, not had. */
  intendedFormat: Cue;
  /** "Diplomats in Islamabad said": where the speakers are, not a venue. */
  speakerPlace: Cue;
  otherEvents: Cue;
  /** "Separately, …": a sentence that opens another story speaks of another meeting. */
  separateStory: Cue;
  /** "the Special Representative for the Belgrade-Pristina Dialogue": a meeting word inside an office's title. */
  meetingInTitle: Cue;
  dateEnd: Cue;
  formerDate: { before: RegExp; sentence: RegExp };
  /** With `outranksRoles`, the cue holds even where a role cue would give the name a role. */
  notParticipant: Cue<{ outranksRoles?: boolean; needs?: string[] }>[];
  /** A cue gives its `format`, or with `sidesSum` the format its two captured numbers add up to (find-formats.ts). */
  formats: Cue<{ format?: 'bilateral' | 'trilateral' | 'quadrilateral' | 'multilateral'; sidesSum?: boolean; needs?: string[] }>[];
  modes: Cue<{ mode: 'direct' | 'indirect'; needs?: string[] }>[];
  venueUndisclosed: Cue<{ needs?: string[] }>[];
  venueContext: { before: RegExp; after: RegExp; countryBefore: RegExp; countryAfter: RegExp; demonymCapital: RegExp; buildingName: RegExp; seatOfGovernment: RegExp; notHere: RegExp };
  rounds: { pattern: RegExp; nthTime: RegExp; appositive: RegExp; numbers: Record<string, number> };
  /** Words that make a name before an acronym in parentheses a movement's (heads), and the small words inside such names. */
  learnedGroups: { heads: Set<string>; connectors: Set<string> };
  /** Bodies of states whose own meeting is multilateral ("the GCC summit"). */
  blocMeeting: { id: string; parties: Set<string>; before: RegExp; after: RegExp };
  /** "met in Tabqa": a town the gazetteer lacks, right after a meeting word (the first group that matched: its name). */
  unknownTown: { id: string; before: RegExp; after: RegExp; notTowns: Set<string> };
}

/**
 * A pattern with the Unicode flag only when its source needs it (\\p{…}, \\u{…}): V8 matches a
 * case-insensitive pattern five to ten times slower with the flag, and the cue patterns are parley's hottest
 * loops. Without it, case folding of BMP letters and every other construct these patterns use mean the same.
 */
export function cuePattern(source: string, flags: string): RegExp {
  return new RegExp(source, /\\[pPu]\{/.test(source) ? `${flags}u` : flags);
}

const compile = (source: string | undefined, flags = 'i') => (source ? cuePattern(source, flags) : null);

/**
 * A pattern anchored at the end of its window ("… by (?:the )?$"), tested on the text before a mention, as
 * "$(?<=…)": V8 tries an end-anchored pattern from every position of the window, and the lookbehind form fails
 * at each of them on the cheap `$` and matches backwards once, from the end (a fifth of the time over
 * TempEval-3's windows). A pattern matches a string's end in one form exactly when it does in the other; only
 * what groups capture may differ, so callers that read groups (exec) keep the plain form.
 */
export function endPattern(source: string, flags: string): RegExp {
  const body = endAnchoredBody(source);
  return cuePattern(body === null ? source : `$(?<=${body})`, flags);
}

/** The body of a pattern that ends in a `$` outside any group, class or alternation; null for any other. */
export function endAnchoredBody(source: string): string | null {
  if (!source.endsWith('$') || /\\[1-9k]/.test(source)) return null;
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length - 1; i++) {
    const c = source[i];
    if (c === '\\') { i++; if (i === source.length - 1) return null; continue; }
    if (inClass) { if (c === ']') inClass = false; continue; }
    if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return null;
  }
  return depth === 0 && !inClass ? source.slice(0, -1) : null;
}

function compileCues<Extra>(rules: CueRule[]): Cue<Extra>[] {
  return rules.map(({ id, reason, pattern, before, after, match, ...extra }) => ({
    id,
    reason,
    // Patterns scan whole sentences (global); before/after test a window that ends or starts at a mention.
    pattern: compile(pattern, 'gi'),
    before: before ? endPattern(before, 'i') : null,
    after: compile(after),
    match: compile(match),
    extra: extra as Extra,
  }));
}

let cachedCues: Cues | null = null;

export function loadCues(): Cues {
  if (cachedCues) return cachedCues;
  const raw = readJson<CuesFile>('cues.json');
  cachedCues = {
    triggers: compileCues(raw.triggers),
    notMeeting: compileCues(raw.notMeeting),
    reference: compileCues(raw.reference),
    status: compileCues(raw.status),
    meetingVerbs: new Set(raw.meetingVerbs),
    certainty: compileCues(raw.certainty),
    roles: compileCues(raw.roles),
    notParticipant: compileCues(raw.notParticipant),
    formats: compileCues(raw.formats),
    modes: compileCues(raw.modes),
    venueUndisclosed: compileCues(raw.venueUndisclosed),
    participantNouns: compileCues(raw.participantNouns),
    datePredicate: compileCues<Record<string, never>>([raw.datePredicate])[0],
    reportDate: compileCues<Record<string, never>>([raw.reportDate])[0],
    expiryDate: compileCues<Record<string, never>>([raw.expiryDate])[0],
    decisionDate: compileCues<Record<string, never>>([raw.decisionDate])[0],
    relativeDate: compileCues<Record<string, never>>([raw.relativeDate])[0],
    pairAnaphora: compileCues<Record<string, never>>([raw.pairAnaphora])[0],
    numberedSides: compileCues<{ numbers: Record<string, number> }>([raw.numberedSides])[0],
    mediatorAnaphora: compileCues<Record<string, never>>([raw.mediatorAnaphora])[0],
    deniedFormat: compileCues<Record<string, never>>([raw.deniedFormat])[0],
    intendedFormat: compileCues<Record<string, never>>([raw.intendedFormat])[0],
    speakerPlace: compileCues<Record<string, never>>([raw.speakerPlace])[0],
    otherEvents: compileCues<Record<string, never>>([raw.otherEvents])[0],
    separateStory: compileCues<Record<string, never>>([raw.separateStory])[0],
    meetingInTitle: compileCues<Record<string, never>>([raw.meetingInTitle])[0],
    dateEnd: compileCues<Record<string, never>>([raw.dateEnd])[0],
    formerDate: { before: endPattern(raw.formerDate.before!, 'i'), sentence: cuePattern(raw.formerDate.sentence, 'i') },
    venueContext: {
      before: endPattern(raw.venueContext.before, 'i'),
      after: cuePattern(raw.venueContext.after, 'i'),
      countryBefore: endPattern(raw.venueContext.countryBefore, 'i'),
      demonymCapital: cuePattern(raw.venueContext.demonymCapital, 'i'),
      // Case matters: "Lancaster House" is a building, "a London house" a house in London.
      buildingName: cuePattern(raw.venueContext.buildingName, ''),
      countryAfter: cuePattern(raw.venueContext.countryAfter, 'i'),
      seatOfGovernment: cuePattern(raw.venueContext.seatOfGovernment, 'i'),
      notHere: endPattern(raw.venueContext.notHere, 'i'),
    },
    rounds: { pattern: cuePattern(raw.rounds.pattern, 'gi'), nthTime: cuePattern(raw.rounds.nthTime, 'id'), appositive: cuePattern(raw.rounds.appositive, 'i'), numbers: raw.rounds.numbers },
    learnedGroups: { heads: new Set(raw.learnedGroups.heads), connectors: new Set(raw.learnedGroups.connectors) },
    // Case matters: a town's name is capitalised.
    unknownTown: { id: raw.unknownTown.id, before: cuePattern(raw.unknownTown.before, ''), after: cuePattern(raw.unknownTown.after, ''), notTowns: new Set(raw.unknownTown.notTowns) },
    blocMeeting: { id: raw.blocMeeting.id, parties: new Set(raw.blocMeeting.parties), before: endPattern(raw.blocMeeting.before, 'i'), after: cuePattern(raw.blocMeeting.after, 'i') },
  };
  return cachedCues;
}

/**
 * The needed words of every list asked about so far, found in one pass: the meeting words, formats and modes
 * of one text are asked about in turn, and one pass over the text for all of them costs a third of three.
 */
class NeededWords {
  private readonly lists = new WeakSet<object>();
  private readonly words = new Set<string>();
  private pattern: RegExp | null = null;
  /** For each word, the words it begins with (they are there too where it is). */
  private within = new Map<string, string[]>();
  /** The last text read and the needed words it holds. */
  private text: string | null = null;
  private present = new Set<string>();

  in(text: string, cues: { extra: { needs?: string[] } }[]): Set<string> {
    if (!this.lists.has(cues)) {
      this.lists.add(cues);
      const before = this.words.size;
      for (const c of cues) for (const w of c.extra.needs ?? []) this.words.add(w);
      if (this.words.size !== before) {
        // Longest first, so that at each place the longest word is read.
        const words = [...this.words].sort((a, b) => b.length - a.length);
        const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
        // A word that begins with a letter or digit is read only where a word begins (\b): "table" in "stable" or
        // "met" in "comet" lets no pattern match, and the pass takes about half the time it took over every place.
        const atWordStart = words.filter((w) => /^\w/.test(w)).map(escape);
        const anywhere = words.filter((w) => !/^\w/.test(w)).map(escape);
        this.pattern = new RegExp([`\\b(?:${atWordStart.join('|') || '(?!)'})`, ...anywhere].join('|'), 'g');
        this.within = new Map(words.map((w) => [w, words.filter((o) => w.startsWith(o))]));
        this.text = null;
      }
    }
    if (this.text === text) return this.present;
    const present = new Set<string>();
    const pattern = this.pattern!;
    const lower = text.toLowerCase();
    pattern.lastIndex = 0;
    for (let m = pattern.exec(lower); m; m = pattern.exec(lower)) {
      for (const w of this.within.get(m[0])!) present.add(w);
      // From the next character, not past the word: a word may begin inside another.
      pattern.lastIndex = m.index + 1;
    }
    this.text = text;
    this.present = present;
    return present;
  }
}

/** Lists asked about a whole text (meeting words, formats, modes, undisclosed venues). */
const inTexts = new NeededWords();
/**
 * Lists asked about one sentence at a time (the role cues): a pass of their own, over the sentence, so that
 * they neither lengthen every text's pass nor make it read the whole text again after each sentence.
 */
const inSentences = new NeededWords();

const keptCues = <C extends { extra: { needs?: string[] } }>(cues: C[], present: Set<string>): C[] =>
  cues.filter((c) => !c.extra.needs || c.extra.needs.some((w) => present.has(w)));

/**
 * The cues of a list whose pattern can match in the text: those without `needs`, and those one of whose needed
 * words (lower case) the text holds, where a word begins when the needed word begins with a letter or digit
 * ("-party" anywhere). One pass finds every needed word, far cheaper than each pattern's pass.
 */
export function cuesIn<C extends { extra: { needs?: string[] } }>(text: string, cues: C[]): C[] {
  if (!cues.some((c) => c.extra.needs?.length)) return cues;
  return keptCues(cues, inTexts.in(text, cues));
}

/** cuesIn for the lists tested around each name of one sentence (before and after windows inside it). */
export function cuesInSentence<C extends { extra: { needs?: string[] } }>(sentence: string, cues: C[]): C[] {
  if (!cues.some((c) => c.extra.needs?.length)) return cues;
  return keptCues(cues, inSentences.in(sentence, cues));
}

/** Every match of a global cue pattern inside [from, to) of text, as spans. */
export function findAll(re: RegExp, text: string, from = 0, to = text.length): { start: number; end: number; match: RegExpExecArray }[] {
  const out: { start: number; end: number; match: RegExpExecArray }[] = [];
  const slice = text.slice(from, to);
  re.lastIndex = 0;
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    if (m[0].length === 0) { re.lastIndex++; continue; }
    out.push({ start: from + m.index, end: from + m.index + m[0].length, match: m });
  }
  return out;
}
