// Venue mentions: cities (and, right after a meeting word, countries) where a meeting is said to take place,
// and the article's own statement that the venue is not disclosed.
import type { Span, VenueMention } from '../../types.js';
import { firstAtLeast } from '../../sorted.js';
import { cuesIn, findAll, loadCues, loadGazetteer, type UserGazetteer } from '../../gazetteer/load.js';
import type { NameHit } from '../names.js';
import type { CityEntry } from '../../gazetteer/load.js';

const WINDOW = 60;
/** How far past a meeting word its town may be named ("the 15th meeting of the commissions would be hosted by the Armenian side in Dilijan"). */
const UNKNOWN_TOWN_REACH = 140;
/** The words venueContext.notHere begins with, a cheap test before it (the pattern is tried at every position). */
const NOT_HERE_WORD = /\b(?:than|instead|not|never|far)\b/i;
/** How a journey to a meeting ends, right before its word: "travelled to Hasakah to meet", "for talks". */
const JOURNEY_END = /\b(?:to|for)\s+(?:(?:an?|the|further|more)\s+)?$/;
/** Longer than any name the gazetteer holds, for finding the names that overlap a span. */
const MAX_NAME_CHARS = 80;
/** Right before a seat of government that stands for its state: "at the White House". */
const AT_THE = /\bat\s+the\s+$/i;
const DEMONYM_TOWN = /^\s+(?:city|town|resort|port)\b/;
/** "the Azerbaijani town of Gazakh": a place the gazetteer need not know, in the state the demonym names. */
const DEMONYM_TOWN_OF = /^\s+(?:city|town|village|resort|port|spa town|border town|border city|border village)\s+of\s+(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){0,2})/u;

/** Is this name a place here: "in Geneva", "the Saudi city of Jeddah", "Abu Dhabi talks"? */
export function venueContext(text: string, hit: NameHit): boolean {
  const { before, after, buildingName, seatOfGovernment } = loadCues().venueContext;
  if (buildingName.test(text.slice(hit.end, hit.end + 12))) return false;
  const preceding = text.slice(Math.max(0, hit.start - WINDOW), hit.start);
  // "the government in Juba": the state, a side, not a place.
  if (hit.parties.length && seatOfGovernment.test(preceding)) return false;
  return before.test(preceding) || after.test(text.slice(hit.end, hit.end + WINDOW));
}

// "talks here", "met here on Monday", "being held here": the place of the date line (not "here in Geneva", which
// names its place).
const HERE = /\b(?:held|hold|holding|meet|meets|met|meeting|gathered|gather|convened?|opened|open|began|begin|resumed?|took place|take place|taking place|talks|negotiations|summit|arrived)\s+(?:[\w-]+\s+){0,2}?here\b(?!\s+(?:in|at)\b)/gi;

/**
 * `datelineAt`: where the article's date line has its date ("GENEVA, March 4 (Wire) —"); the city before it on
 * that line is where "here" and "the Swiss city" are.
 */
export function findVenues(text: string, hits: NameHit[], user?: UserGazetteer, datelineAt?: number, triggers: Span[] = []): VenueMention[] {
  const cues = loadCues();
  const { capitalOf } = loadGazetteer(user);
  const out: VenueMention[] = [];
  const datelineCity = datelineAt === undefined ? undefined : hits.find((h) => h.city && h.end <= datelineAt && !text.slice(h.end, datelineAt).includes('\n'))?.city;
  // "speculation in Seoul, Tokyo and Washington": a list of cities is where people are, not where one meeting is.
  const listed = new Set<NameHit>();
  for (let i = 0; i + 1 < hits.length; i++) {
    const between = text.slice(hits[i].end, hits[i + 1].start);
    if (hits[i].city && hits[i + 1].city && /^\s*(?:,|and|,\s*and)\s*$/.test(between)) { listed.add(hits[i]); listed.add(hits[i + 1]); }
    // "a new Belgrade-Pristina meeting", "Moscow–Kyiv talks": a pair of names joined by a dash or slash are the
    // sides, not the place.
    if (/^[-–—/]$/.test(between) && (hits[i].city || hits[i].parties.length) && (hits[i + 1].city || hits[i + 1].parties.length)) { listed.add(hits[i]); listed.add(hits[i + 1]); }
  }
  // The city last named in each state, for "the Kazakh city" after "Almaty".
  const lastCityIn = new Map<string, CityEntry>();
  for (const [index, hit] of hits.entries()) {
    if (hit.city) lastCityIn.set(hit.city.country, hit.city);
    if (listed.has(hit)) continue;
    if (hit.city && venueContext(text, hit)) {
      out.push({ start: hit.start, end: hit.end, text: hit.text, rule: 'venue.city', city: hit.city.city, country: hit.city.country, undisclosed: false });
      continue;
    }
    // "the Omani capital", "the Qatari capital": the capital of the state the demonym names.
    const demonym = hit.parties.find((p) => p.kind === 'state' && p.via === 'demonym');
    const capital = demonym && capitalOf.get(demonym.id);
    if (capital && cues.venueContext.demonymCapital.test(text.slice(hit.end, hit.end + 20))) {
      const end = hit.end + cues.venueContext.demonymCapital.exec(text.slice(hit.end, hit.end + 20))![0].length;
      out.push({ start: hit.start, end, text: text.slice(hit.start, end), rule: 'venue.demonym-capital', city: capital, country: demonym.id, undisclosed: false });
      continue;
    }
    const townOfName = demonym ? DEMONYM_TOWN_OF.exec(text.slice(hit.end, hit.end + 80)) : null;
    if (demonym && townOfName) {
      const end = hit.end + townOfName[0].length;
      // A town the gazetteer knows has its own spelling; either way it is no city of the date line.
      const next = hits[index + 1];
      const named = next && next.start < end && next.city?.country === demonym.id ? next.city : undefined;
      out.push({ start: hit.start, end, text: text.slice(hit.start, end), rule: 'venue.demonym-town-of', city: named?.city ?? townOfName[1], country: demonym.id, undisclosed: false });
      continue;
    }
    // "the Swiss city's U.N. compound" under a GENEVA date line: the date line's city, when it is in that state;
    // otherwise the city of that state named last before it ("Almaty … in the Kazakh city").
    const townOf = demonym ? (datelineCity?.country === demonym.id ? { city: datelineCity, rule: 'venue.demonym-city-dateline' } : lastCityIn.has(demonym.id) ? { city: lastCityIn.get(demonym.id)!, rule: 'venue.demonym-city-named' } : null) : null;
    const town = townOf ? DEMONYM_TOWN.exec(text.slice(hit.end, hit.end + 20)) : null;
    if (town && townOf) {
      const end = hit.end + town[0].length;
      out.push({ start: hit.start, end, text: text.slice(hit.start, end), rule: townOf.rule, city: townOf.city.city, country: townOf.city.country, undisclosed: false });
      continue;
    }
    // "met at the White House", "talks at the Kremlin": a seat of government that names its state is in its capital.
    const seat = hit.city ? undefined : hit.parties.find((p) => p.kind === 'state' && p.via === 'metonym');
    const seatCapital = seat && capitalOf.get(seat.id);
    if (seat && seatCapital && AT_THE.test(text.slice(Math.max(0, hit.start - 12), hit.start))) {
      out.push({ start: hit.start, end: hit.end, text: hit.text, rule: 'venue.seat-of-government', city: seatCapital, country: seat.id, undisclosed: false });
      continue;
    }
    const state = hit.parties.find((p) => p.kind === 'state' && (p.via === 'name' || p.via === 'alias'));
    if (state && cues.venueContext.countryBefore.test(text.slice(Math.max(0, hit.start - WINDOW), hit.start)) &&
      cues.venueContext.countryAfter.test(text.slice(hit.end, hit.end + 12))) {
      out.push({ start: hit.start, end: hit.end, text: hit.text, rule: 'venue.country', city: null, country: state.id, undisclosed: false });
    }
  }
  if (datelineCity) {
    for (const m of findAll(HERE, text)) {
      const start = m.end - 4;
      out.push({ start, end: m.end, text: 'here', rule: 'venue.here-dateline', city: datelineCity.city, country: datelineCity.country, undisclosed: false });
    }
  }
  // "met in Tabqa", "met on Tuesday in Ergneti": right after a meeting word, a town the gazetteer lacks; before
  // it, "travelled to Hasakah to meet", "here in Naqoura, for the fourth round".
  const { id, before, after, notTowns } = cues.unknownTown;
  for (const t of triggers) {
    const m = after.exec(text.slice(t.end, t.end + UNKNOWN_TOWN_REACH));
    const from = Math.max(0, t.start - UNKNOWN_TOWN_REACH);
    // The pattern before the meeting word ends on "to" or "for": tried only where they stand (an unanchored
    // pattern over the text before every meeting word is dear).
    const b = m || !JOURNEY_END.test(text.slice(Math.max(0, t.start - 16), t.start)) ? null : before.exec(text.slice(from, t.start));
    // The first group that took part: one for each way the town is introduced.
    const name = (m ?? b)?.slice(1).find((g) => g !== undefined);
    if (!name || notTowns.has(name)) continue;
    const start = m ? t.end + m[0].length - name.length : from + b!.index + b![0].indexOf(name);
    const end = start + name.length;
    // A name the gazetteer knows (a party, a person, a city) has been read as what it is.
    let known = false;
    for (let k = firstAtLeast(hits, start - MAX_NAME_CHARS, (h) => h.start); k < hits.length && hits[k].start < end && !known; k++) known = hits[k].end > start;
    if (known || out.some((v) => v.start < end && v.end > start)) continue;
    // "hosted by the Armenian side in Dilijan": the one state that hosts it is the town's.
    const hosts = new Set<string>();
    if (m?.groups?.hostedIn) {
      for (let k = firstAtLeast(hits, t.end, (h) => h.start); k < hits.length && hits[k].end <= start; k++) {
        for (const p of hits[k].parties) if (p.kind === 'state') hosts.add(p.id);
      }
    }
    out.push({ start, end, text: name, rule: hosts.size === 1 ? `${id}+host-state` : id, city: name, country: hosts.size === 1 ? [...hosts][0] : null, undisclosed: false });
  }
  // "in the Azerbaijani town of Gazakh … also in Gazakh", "the Gazakh meeting": a town the gazetteer lacks, once
  // read as a place, is known for the rest of the article, wherever a place's context stands around it.
  const learned = new Map<string, VenueMention>();
  for (const v of out) if (v.city && (v.rule === 'venue.demonym-town-of' || v.rule.startsWith(id)) && !learned.has(v.city)) learned.set(v.city, v);
  const { before: placeBefore, after: placeAfter } = cues.venueContext;
  for (const [town, first] of learned) {
    for (let at = text.indexOf(town); at >= 0; at = text.indexOf(town, at + town.length)) {
      const end = at + town.length;
      if (/[\p{L}\p{N}]/u.test(text[at - 1] ?? '') || /[\p{L}\p{N}]/u.test(text[end] ?? '') || out.some((v) => v.start < end && v.end > at)) continue;
      if (!placeBefore.test(text.slice(Math.max(0, at - WINDOW), at)) && !placeAfter.test(text.slice(end, end + WINDOW))) continue;
      out.push({ start: at, end, text: town, rule: 'venue.learned-town', city: town, country: first.country, undisclosed: false });
    }
  }
  // One pass each over the whole text: the cues cannot cross a sentence's end (.!? or a line break).
  for (const cue of cuesIn(text, cues.venueUndisclosed)) {
    for (const m of findAll(cue.pattern!, text)) {
      out.push({ start: m.start, end: m.end, text: text.slice(m.start, m.end), rule: cue.id, city: null, country: null, undisclosed: true });
    }
  }
  // "in Istanbul, rather than in the Turkish capital": where the meeting is not.
  const { notHere } = cues.venueContext;
  const here = (v: VenueMention) => { const before = text.slice(Math.max(0, v.start - 40), v.start); return !NOT_HERE_WORD.test(before) || !notHere.test(before); };
  return out.filter((v) => v.undisclosed || here(v))
    .sort((a, b) => a.start - b.start);
}
