// Party mentions: states, organisations and armed groups, named directly, by an alias, a demonym
// ("Ukrainian negotiators"), a metonym ("the Kremlin", "Kyiv") or a person who speaks for them.
import type { PartyMention, VenueMention } from '../../types.js';
import type { NameHit } from '../names.js';

/**
 * A name is a party unless it stands as a place: a capital used as a venue ("talks in Moscow") and the
 * demonym of "the Qatari capital" are left to the venue finder; "talks between Moscow and Kyiv" keeps
 * both as parties.
 */
export function findParties(hits: NameHit[], venues: VenueMention[]): PartyMention[] {
  const venueAt = new Map(venues.map((v) => [v.start, v]));
  const out: PartyMention[] = [];
  for (const hit of hits) {
    const venue = venueAt.get(hit.start);
    if (!hit.parties.length) continue;
    // A name in capitals that is no acronym is a date line ("DOHA, March 12") or a shouted headline.
    if (hit.parties.every((p) => p.exactCase === null) && hit.text.length > 3 && hit.text === hit.text.toUpperCase()) continue;
    // A name standing as a venue is a place there: "in Moscow", "in Singapore" (a city-state), "the Qatari capital".
    if (venue && (venue.rule === 'venue.demonym-capital' || venue.city)) continue;
    // Prefer the direct reading when a phrase names two parties ("Congo" the state over a metonym).
    const order = ['name', 'alias', 'demonym', 'person', 'metonym'];
    const best = [...hit.parties].sort((a, b) => order.indexOf(a.via) - order.indexOf(b.via) || a.rank - b.rank)[0];
    out.push({ start: hit.start, end: hit.end, text: hit.text, rule: best.generic ? 'party.capital' : `party.${best.via}`, id: best.id, name: best.name, kind: best.kind, via: best.via });
  }
  return out;
}
