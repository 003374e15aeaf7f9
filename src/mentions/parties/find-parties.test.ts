import { describe, expect, it } from 'vitest';
import { scanNames } from '../names.js';
import { findVenues } from '../venues/find-venues.js';
import { findParties } from './find-parties.js';

const partiesOf = (text: string) => {
  const hits = scanNames(text);
  return findParties(text, hits, findVenues(text, hits));
};

describe('findParties', () => {
  it.each([
    // text, expected [surface, id, via] in order
    ['Russia and Ukraine will resume talks.', [['Russia', 'RU', 'name'], ['Ukraine', 'UA', 'name']]],
    ['The U.S. and the UAE agreed.', [['U.S.', 'US', 'alias'], ['UAE', 'AE', 'alias']]],
    ['Britain, Türkiye and the Emirates signed.', [['Britain', 'GB', 'alias'], ['Türkiye', 'TR', 'name'], ['Emirates', 'AE', 'alias']]],
    ['DR Congo and Rwanda met; the DRC said so.', [['DR Congo', 'CD', 'name'], ['Rwanda', 'RW', 'name'], ['DRC', 'CD', 'alias']]],
    ['Qatari and Egyptian mediators shuttled between Emirati officials.', [['Qatari', 'QA', 'demonym'], ['Egyptian', 'EG', 'demonym'], ['Emirati', 'AE', 'demonym']]],
    ['American negotiators met Congolese envoys.', [['American', 'US', 'demonym'], ['Congolese', 'CD', 'demonym']]],
    ['The Kremlin and the White House both commented.', [['Kremlin', 'RU', 'metonym'], ['White House', 'US', 'metonym']]],
    ['Talks between Moscow and Kyiv resumed.', [['Moscow', 'RU', 'metonym'], ['Kyiv', 'UA', 'metonym']]],
    ['Hamas, Hezbollah, the Houthis and M23 were named.', [['Hamas', 'HAMAS', 'name'], ['Hezbollah', 'HEZBOLLAH', 'name'], ['Houthis', 'HOUTHIS', 'name'], ['M23', 'M23', 'name']]],
    ['Zelenskyy met Putin; Zelensky and Zelenskiy are the same man.', [['Zelenskyy', 'UA', 'person'], ['Putin', 'RU', 'person'], ['Zelensky', 'UA', 'person'], ['Zelenskiy', 'UA', 'person']]],
    // groups of states that meet or negotiate as one; the OSCE's Minsk Group is the OSCE's, not Belarus's; "Friends of Syria" names no party
    ['The Quad, the E3, AUKUS and the Visegrad Group met; the OSCE Minsk Group mediated; Friends of Syria convened.', [['Quad', 'QUAD', 'name'], ['E3', 'E3', 'name'], ['AUKUS', 'AUKUS', 'name'], ['Visegrad Group', 'V4', 'name'], ['OSCE Minsk Group', 'OSCE', 'alias']]],
    // leaders of states, movements and bodies, by surname, with spelling variants
    ['Ruto hosted Museveni; Haftar met Dbeibah.', [['Ruto', 'KE', 'person'], ['Museveni', 'UG', 'person'], ['Haftar', 'LNA', 'person'], ['Dbeibah', 'LY', 'person']]],
    ['Guterres and Kallas spoke with Lula and Díaz-Canel.', [['Guterres', 'UN', 'person'], ['Kallas', 'EU', 'person'], ['Lula', 'BR', 'person'], ['Díaz-Canel', 'CU', 'person']]],
    ['The Rapid Support Forces (RSF) and the EU.', [['Rapid Support Forces', 'RSF', 'name'], ['RSF', 'RSF', 'alias'], ['EU', 'EU', 'alias']]],
    ['U.S.-Russia talks', [['U.S.', 'US', 'alias'], ['Russia', 'RU', 'name']]],
    ["Ukraine's sovereignty", [['Ukraine', 'UA', 'name']]],
    ['Negotiators from Chisinau and Transnistria met.', [['Chisinau', 'MD', 'metonym'], ['Transnistria', 'TRANSNISTRIA', 'name']]],
    ["Afghanistan's Taliban administration and Pakistan", [['Afghanistan', 'AF', 'name'], ['Taliban administration', 'AF', 'alias'], ['Pakistan', 'PK', 'name']]],
    ['Brussels said the dialogue would resume.', [['Brussels', 'EU', 'metonym']]],
    // movements and bodies that sit at or back tables
    ['The government and FACT, the CCMSR and the Arakan Army were named.', [['FACT', 'FACT', 'alias'], ['CCMSR', 'CCMSR', 'alias'], ['Arakan Army', 'ARAKAN_ARMY', 'name']]],
    ['Bougainville and ECCAS were named; a fact is not FACT.', [['Bougainville', 'BOUGAINVILLE', 'alias'], ['ECCAS', 'ECCAS', 'alias'], ['FACT', 'FACT', 'alias']]],
    // a movement whose name holds a state's: the whole name, not the state
    ['The Tehrik-i-Taliban Pakistan (TTP), the Pakistani Taliban, stayed away.', [['Tehrik-i-Taliban Pakistan', 'TTP', 'alias'], ['TTP', 'TTP', 'alias'], ['Pakistani Taliban', 'TTP', 'alias']]],
    // the UN Secretary-General's envoys by their titles
    ['The Special Envoy of the Secretary-General for Yemen co-chairs the round.', [['Special Envoy of the Secretary-General', 'UN', 'alias'], ['Yemen', 'YE', 'name']]],
    ['The Personal Envoy of the Secretary-General met both sides.', [['Personal Envoy of the Secretary-General', 'UN', 'alias']]],
    // movements whose names hold a state's name are their own, not the state
    ['The Sudan Liberation Movement and the Syrian National Army were named.', [['Sudan Liberation Movement', 'SLM', 'name'], ['Syrian National Army', 'SNA', 'name']]],
    // more armed groups and de facto authorities that sit at tables
    ['The LTTE, Puntland, the KRG and the Tatmadaw were named.', [['LTTE', 'LTTE', 'alias'], ['Puntland', 'PUNTLAND', 'name'], ['KRG', 'KRG', 'alias'], ['Tatmadaw', 'MM', 'alias']]],
    // the UN's missions stand for the UN ("with UNIFIL in the chair as facilitator")
    ['UNIFIL chaired the meeting; MONUSCO and the UN Support Mission in Libya sent officers.', [['UNIFIL', 'UN', 'alias'], ['MONUSCO', 'UN', 'alias'], ['UN Support Mission in Libya', 'UN', 'alias']]],
  ])('%j', (text, expected) => {
    const found = partiesOf(text);
    expect(found.map((p) => [p.text, p.id, p.via])).toEqual(expected);
    for (const p of found) expect(text.slice(p.start, p.end)).toBe(p.text);
  });

  it.each([
    ['Let us meet.'], // "us" is a pronoun, not the US
    ['The talks were held in Moscow.'], // a capital as a venue is not a party
    ['DOHA, March 12, 2025 (Wire) -- nothing else here.'], // a date line's city
    ['They spoke in the Qatari capital.'], // the demonym belongs to the venue
    ['The Washington Post reported it first.'], // a newspaper, not the US government
    ['They discussed the Grand Ethiopian Renaissance Dam.'], // a dam, not Ethiopia
    ['It is the fourth round of the Doha track.'], // a process named after the city where it sits
    ['Progress in the Belgrade dialogue has stalled.'],
    ['Ships crossed the Red Sea near the Gaza Strip.'], // seas and territories named after nobody at the table
    ['Officials from the Northern Ireland Executive sat in on the session.'], // a part of the UK, not Ireland
    ['Our Latin America correspondent has been following them.'], // a region, not the United States
    ['Observers from a couple of Latin American governments attended.'],
    ['North American and Central American ministers spoke.'],
    ['FACT CHECK: the claim was false.'], // a headline, not the Chadian movement
    ['Michael Jordan retired.'], // a surname
    ['The governor of Atlanta, Georgia met reporters.'], // the US state
    ['Georgia Gov. Brian Kemp said so.'], // the US state
  ])('finds no party in %j', (text) => {
    expect(partiesOf(text)).toEqual([]);
  });

  it.each([
    ['Jordan and Israel signed the accord.', ['JO', 'IL']],
    ["The Hashemite Kingdom of Jordan hosted talks.", ['JO']],
    ['Georgia and Russia met in Geneva.', ['GE', 'RU']],
  ])('keeps the country in %j', (text, ids) => {
    expect(partiesOf(text).map((p) => p.id)).toEqual(ids);
  });

  it('learns who speaks for whom from a title ("Armenian Foreign Minister Tigran Hovakimyan … Hovakimyan said")', () => {
    const text = 'Armenian Foreign Minister Tigran Hovakimyan met his counterpart. Later, Hovakimyan said the text was ready. President of Azerbaijan Ilgar Nasibov agreed, and Nasibov left.';
    const learned = partiesOf(text).filter((p) => p.rule === 'party.person-learned');
    expect(learned.map((p) => [p.text, p.id])).toEqual([['Hovakimyan', 'AM'], ['Hovakimyan', 'AM'], ['Nasibov', 'AZ'], ['Nasibov', 'AZ']]);
  });
});

describe("an armed group's nationality", () => {
  it.each([
    ['Lebanese Hezbollah officials and Israeli envoys met.', ['HEZBOLLAH', 'IL']],
    ['Yemeni Houthi negotiators met Saudi officials.', ['HOUTHIS', 'SA']],
    ['Sudanese RSF commanders met in Jeddah.', ['RSF']],
    // the Taliban's government is Afghanistan's
    ['Pakistani and Afghan Taliban officials met.', ['PK', 'AF']],
    // a state named on its own is a party; so is one joined to the group by more than a space
    ['Lebanon and Hezbollah agreed; Lebanese, Hezbollah and UN officials met.', ['LB', 'HEZBOLLAH', 'LB', 'HEZBOLLAH', 'UN']],
  ])('%s', (text, ids) => {
    expect(partiesOf(text).map((p) => p.id)).toEqual(ids);
  });
});

describe('the breakaway region', () => {
  it.each([
    ['Abkhazia held elections. Georgian envoys and officials from the breakaway region met in Gali.', ['ABKHAZIA', 'GE', 'ABKHAZIA']],
    // the region's own name in the phrase is read once
    ['Officials from the breakaway Transnistria region met.', ['TRANSNISTRIA']],
  ])('%s', (text, ids) => {
    expect(partiesOf(text).map((p) => p.id)).toEqual(ids);
  });

  it('names nothing when the article names no de facto state, or two', () => {
    expect(partiesOf('Officials from the breakaway region met.').map((p) => p.id)).toEqual([]);
    expect(partiesOf('Abkhazia and South Ossetia sent envoys; the breakaway region said nothing.').map((p) => p.id)).toEqual(['ABKHAZIA', 'SOUTH_OSSETIA']);
  });
});

describe('"the opposition" and "the government" the article names', () => {
  const named = (text: string) => partiesOf(text).map((p) => `${p.id} ${p.text}`);
  it.each([
    ['The Unitary Platform, the main opposition coalition, sent envoys. Talks between the government and the opposition resumed.',
      ['PUD Unitary Platform', 'PUD the opposition']],
    ['Envoys of the opposition Unitary Platform arrived in Oslo. The opposition wants a date for elections.',
      ['PUD Unitary Platform', 'PUD The opposition']],
    ['Now to Venezuela, where the government and the opposition have sat down together. The Unitary Platform, the main opposition coalition, was there.',
      ['VE Venezuela', 'VE the government', 'PUD the opposition', 'PUD Unitary Platform']],
    ['In Sudan, the government and the RSF agreed to talk.', ['SD Sudan', 'SD the government', 'RSF RSF']],
  ])('%s', (text, expected) => {
    expect(named(text)).toEqual(expected);
  });

  it.each([
    // no party the article calls the opposition, or two
    ['Talks between the government and the opposition resumed.', []],
    ['The Unitary Platform, the main opposition coalition, and Hamas, the opposition in Gaza, spoke. The opposition left.', ['PUD Unitary Platform', 'HAMAS Hamas']],
    // a stance, a person, a name
    ['The Unitary Platform, the main opposition coalition, sent envoys. The opposition to the deal grew; the opposition leader María Corina Machado spoke.', ['PUD Unitary Platform']],
    // the government of another state, or a speaker
    ['Talks opened in Kenya, where the government of Uganda sent envoys.', ['KE Kenya', 'UG Uganda']],
    ['Talks with Russia, the government said, will resume.', ['RU Russia']],
  ])('names nothing more in %j', (text, expected) => {
    expect(named(text)).toEqual(expected);
  });
});

describe('titles in a release that names its issuer on its first line', () => {
  const named = (text: string) => partiesOf(text).map((p) => `${p.id} ${p.text}`);
  it.each([
    ['HM GOVERNMENT OF GIBRALTAR\n\nThe Chief Minister met the Spanish Minister for Foreign Affairs in Brussels.', ['GI The Chief Minister', 'ES Spanish']],
    // a title the text gave another party first stays that party's
    ["Ministry of Foreign Affairs of Ghana\n\nThe Minister received the United Kingdom's Foreign Secretary. The Foreign Secretary thanked the Minister.",
      ['GH Ghana', 'GH The Minister', 'GB United Kingdom', 'GH the Minister']],
  ])('%j', (text, expected) => {
    expect(named(text)).toEqual(expected);
  });

  it.each([
    // no issuer, or not on the first line
    ['The Chief Minister met the Spanish Minister for Foreign Affairs in Brussels.', ['ES Spanish']],
    ['Talks opened in Accra.\nGovernment of Ghana\nThe Minister spoke.', ['GH Ghana']],
    // a title with a party of its own
    ['Government of Ghana\n\nThe President of Togo arrived.', ['GH Ghana', 'TG Togo']],
  ])('names no issuer in %j', (text, expected) => {
    expect(named(text)).toEqual(expected);
  });
});

describe('movements learned from their acronyms', () => {
  it.each([
    // the full name before the acronym in parentheses, and the acronym wherever it stands after
    ['Envoys of the Northern Liberation Movement (NLM) arrived. The NLM said it was ready.', 'NLM', 'Northern Liberation Movement', ['Northern Liberation Movement', 'NLM', 'NLM']],
    // the name starts at the first word with the acronym's initial
    ['Talks between Juba and the Upper Nile Armed Resistance Front (UNARF) resumed.', 'UNARF', 'Upper Nile Armed Resistance Front', ['Upper Nile Armed Resistance Front', 'UNARF']],
    // a name in another language has other initials: its capitalised words
    ['The opposition Democratic Renewal Platform (PRD) walked out.', 'PRD', 'Democratic Renewal Platform', ['Democratic Renewal Platform', 'PRD']],
    // parts joined by a hyphen make an id with an underscore
    ['The Sahel Patriotic Front-North (SPF-N) signed.', 'SPF_N', 'Sahel Patriotic Front-North', ['Sahel Patriotic Front-North', 'SPF-N']],
  ])('%s', (text, id, name, surfaces) => {
    const learned = partiesOf(text).filter((p) => p.rule === 'party.learned-acronym');
    expect(learned.map((p) => p.text)).toEqual(surfaces);
    expect(learned.every((p) => p.id === id && p.name === name && p.kind === 'armed group')).toBe(true);
    for (const p of learned) expect(text.slice(p.start, p.end)).toBe(p.text);
  });

  it('reads a name learned for two acronyms once, for the first', () => {
    const text = 'The Western Liberation Front (WLF) met the Western Liberation Front (FLO) envoys; the Western Liberation Front agreed.';
    const learned = partiesOf(text).filter((p) => p.rule === 'party.learned-acronym');
    const names = learned.filter((p) => p.via === 'name');
    expect(names.map((p) => p.start)).toEqual([...text.matchAll(/Western Liberation Front/g)].map((m) => m.index));
    expect(names.every((p) => p.id === 'WLF')).toBe(true);
    expect(learned.filter((p) => p.via === 'alias').map((p) => p.text)).toEqual(['WLF', 'FLO']);
  });

  it.each([
    ['The Joint Working Group (JWG) met in Colombo.'], // a committee is no movement
    ['Work on the Grand Ethiopian Renaissance Dam (GERD) went on.'],
    ['The Rapid Support Forces (RSF) attacked.'], // known already: read from the gazetteer
    ['The NLM and the Front (F) said nothing.'], // no acronym of two letters, no name of two words
    ['The Liberation Front said the NLM would attend.'], // no parentheses
  ])('learns nothing from %j', (text) => {
    expect(partiesOf(text).filter((p) => p.rule === 'party.learned-acronym')).toEqual([]);
  });
});
