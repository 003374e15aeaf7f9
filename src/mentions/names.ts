// One pass over the text for every gazetteer name (parties and cities); the party and venue finders then
// decide what each name is doing where it stands.
import { loadGazetteer, type CityEntry, type PartyEntry, type UserGazetteer } from '../gazetteer/load.js';
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

export function scanNames(text: string, user?: UserGazetteer): NameHit[] {
  const g = loadGazetteer(user);
  type Found = { parties: PartyEntry[]; city: CityEntry | null; blocked?: boolean };
  const lookup = (key: string): Found | undefined => {
    // "Washington Post", "Red Sea": matched whole so that the name inside them names nothing.
    if (g.notPartyPhrases.has(key)) return { parties: [], city: null, blocked: true };
    const parties = g.parties.get(key);
    const city = g.cities.get(key) ?? null;
    return parties || city ? { parties: parties ?? [], city } : undefined;
  };
  // Acronyms only in capitals ("US" yes, "us" no); other names need only a capital first letter.
  const accept = (found: Found, surface: string): Found | undefined => {
    if (found.blocked) return found;
    const parties = found.parties.filter((p) => p.exactCase === null || stripDots(p.exactCase) === stripDots(surface));
    const city = found.city && surface === surface.toLowerCase() ? null : found.city;
    return parties.length || city ? { parties, city } : undefined;
  };
  return mapPacked(matchPhrases(text, lookup, g.maxWords, accept, (first) => g.firstWords.get(first) ?? 0), (h) => ({
    start: h.start,
    end: h.end,
    text: text.slice(h.start, h.end),
    parties: h.entries.parties,
    city: h.entries.city,
  }));
}
