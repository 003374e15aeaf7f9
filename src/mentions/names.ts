// One pass over the text for every gazetteer name (parties and cities); the party and venue finders then
// decide what each name is doing where it stands.
import { loadGazetteer, type CityEntry, type Gazetteer, type PartyEntry, type UserGazetteer } from '../gazetteer/load.js';
import { matchPhrases } from '../gazetteer/match.js';
import { mapPacked } from '../arrays.js';

export interface NameHit {
  start: number;
  end: number;
  text: string;
  parties: PartyEntry[];
  city: CityEntry | null;
}

const stripDots = (s: string) => s.replace(/\./g, '');

type Found = { parties: PartyEntry[]; city: CityEntry | null; blocked?: boolean };

/**
 * What the scan has asked a gazetteer, and its answers. A batch asks about the same few thousand words again and
 * again; a small table of them answers from the processor's cache, where the gazetteer's tables of 12,000-odd keys
 * each (three of them for a phrase) mostly do not: with the memo of folded surfaces (match.ts), the scan takes about half the time. Emptied when full,
 * so that memory stays bounded however many articles a run reads. The answers are shared: nothing changes them.
 */
interface Asked {
  found: Map<string, Found | null>;
  firstWords: Map<string, number>;
}
const askedOf = new WeakMap<Gazetteer, Asked>();
const ASKED_MAX = 50_000;

function askedFor(g: Gazetteer): Asked {
  let asked = askedOf.get(g);
  if (!asked || asked.found.size + asked.firstWords.size > ASKED_MAX) askedOf.set(g, (asked = { found: new Map(), firstWords: new Map() }));
  return asked;
}

export function scanNames(text: string, user?: UserGazetteer): NameHit[] {
  const g = loadGazetteer(user);
  const asked = askedFor(g);
  const lookup = (key: string): Found | undefined => {
    let found = asked.found.get(key);
    if (found === undefined) {
      const parties = g.parties.get(key);
      const city = g.cities.get(key) ?? null;
      // "Washington Post", "Red Sea": matched whole so that the name inside them names nothing.
      found = g.notPartyPhrases.has(key) ? { parties: [], city: null, blocked: true } : parties || city ? { parties: parties ?? [], city } : null;
      asked.found.set(key, found);
    }
    return found ?? undefined;
  };
  const startsWith = (first: string): number => {
    let most = asked.firstWords.get(first);
    if (most === undefined) asked.firstWords.set(first, (most = g.firstWords.get(first) ?? 0));
    return most;
  };
  // Acronyms only in capitals ("US" yes, "us" no); other names need only a capital first letter.
  const accept = (found: Found, surface: string): Found | undefined => {
    if (found.blocked) return found;
    const parties = found.parties.filter((p) => p.exactCase === null || stripDots(p.exactCase) === stripDots(surface));
    const city = found.city && surface === surface.toLowerCase() ? null : found.city;
    return parties.length || city ? { parties, city } : undefined;
  };
  return mapPacked(matchPhrases(text, lookup, g.maxWords, accept, startsWith), (h) => ({
    start: h.start,
    end: h.end,
    text: text.slice(h.start, h.end),
    parties: h.entries.parties,
    city: h.entries.city,
  }));
}
