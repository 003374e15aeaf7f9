import { describe, expect, it } from 'vitest';
import { scanNames } from '../names.js';
import { findVenues } from './find-venues.js';
import { findTriggers } from '../triggers/find-triggers.js';

const venuesOf = (text: string) => findVenues(text, scanNames(text));
const townsOf = (text: string) => findVenues(text, scanNames(text), undefined, undefined, findTriggers(text)).filter((v) => v.rule.startsWith('venue.unknown-town')).map((v) => [v.city, v.country]);

describe('findVenues', () => {
  it.each([
    ['The talks took place in Abu Dhabi, the capital of the UAE.', 'Abu Dhabi', 'AE'],
    ['Negotiators will reconvene in Geneva.', 'Geneva', 'CH'],
    ['They met at a hotel in Jeddah.', 'Jeddah', 'SA'],
    ['A summit in the Saudi city of Jeddah.', 'Jeddah', 'SA'],
    ['They gathered in the Red Sea resort of Sharm el-Sheikh.', 'Sharm el-Sheikh', 'EG'],
    // an English spelling the cities dataset writes another way
    ['The session was due to be held in Basra.', 'Basrah', 'IQ'],
    ['Indirect talks were held in the Omani capital.', 'Muscat', 'OM'],
    ['The Kuala Lumpur talks ended.', 'Kuala Lumpur', 'MY'],
    ['The next round of the Geneva discussions is set for October.', 'Geneva', 'CH'],
    ['A Belgrade-Pristina meeting in Brussels is planned.', 'Brussels', 'BE'],
    ['Armenia and Azerbaijan met in Washington.', 'Washington', 'US'],
    ['Talks were held in Qatar.', null, 'QA'],
    // a town the meeting sat just outside of, or near
    ['The delegations met at a hotel just outside Bridgetown.', 'Bridgetown', 'BB'],
    ['They met at a resort on the outskirts of Lome.', 'Lomé', 'TG'],
    ['The commanders met near Damascus.', 'Damascus', 'SY'],
    // a building known for talks stands for its city
    ['The leaders held talks at Lancaster House on Monday.', 'London', 'GB'],
    ['The second round, held at the Çırağan Palace on the Bosphorus, ended without a statement.', 'Istanbul', 'TR'],
    ['The envoys met at the Palais des Nations.', 'Geneva', 'CH'],
    // a country with a word of neutrality or nearness before it
    ['Talks were held in neutral Switzerland.', null, 'CH'],
    // the town visited for the talks
    ["Tanzania's foreign minister visited Nairobi for talks with Kenyan officials.", 'Nairobi', 'KE'],
    // the town a meeting is planned for
    ['A full meeting of the commission planned for Monterrey in December was called off.', 'Monterrey', 'MX'],
    ['The issue will dominate a summit set for Washington in April.', 'Washington', 'US'],
    // seats of provinces and districts (GeoNames' English names), beyond the big cities
    ['The rival delegations met in Sirte.', 'Sirte', 'LY'],
    ['Leaders will gather in Koror for the forum.', 'Koror', 'PW'],
    ['The joint committee will meet in Basrah.', 'Basrah', 'IQ'],
    // a city after an owner's name
    ["The talks were held at the UN's Geneva offices.", 'Geneva', 'CH'],
    // a city's name that begins a building's name is no venue of its own
    ['The leaders sat down at Windsor House in London on Monday.', 'London', 'GB'],
    // a seat of government that stands for its state is in its capital
    ['The prime minister and the president met at the White House in August.', 'Washington', 'US'],
    ['The envoys were received at the Kremlin.', 'Moscow', 'RU'],
  ])('%j', (text, city, country) => {
    const venues = venuesOf(text).filter((v) => !v.undisclosed);
    expect(venues).toHaveLength(1);
    expect(venues[0]).toMatchObject({ city, country });
    expect(text.slice(venues[0].start, venues[0].end)).toBe(venues[0].text);
  });

  it.each([
    ['The war in Ukraine continues.'], // a country after "in" is a place, but no meeting is held there
    ['Talks between Moscow and Kyiv resumed.'], // capitals as parties
    ['The Washington Post reported it.'],
    ['A new Belgrade-Pristina meeting is planned.'], // a dashed pair names the sides
    ['Moscow–Kyiv talks resumed.'],
    ['The envoys met at Windsor Castle.'],
    ['Talks between the government in Juba and the opposition resumed.'], // a capital standing for its state
    ['The authorities in Kabul sent a delegation.'],
    // the seat of government as the state that speaks
    ['The White House said the talks would go on.'],
    // words and surnames that are also small towns' names
    ['The talks went along well.'],
    ['Delegates paid homage to Marti.'],
  ])('finds no venue in %j', (text) => {
    expect(venuesOf(text)).toEqual([]);
  });

  it.each([
    ['Details about the format, venue, and agenda were not disclosed.'],
    ['No information has been released about where the negotiations will take place.'],
    ['The talks will be held at an undisclosed location.'],
  ])('records an undisclosed venue in %j', (text) => {
    const v = venuesOf(text);
    expect(v).toHaveLength(1);
    expect(v[0]).toMatchObject({ undisclosed: true, city: null, country: null });
  });
});

describe('places named through the date line', () => {
  // Where the date line's date starts: the city before it on that line is "here".
  const withDateline = (text: string) => findVenues(text, scanNames(text), undefined, text.indexOf('March'));
  it.each([
    ['VIENNA, March 4 (Wire) — Talks here between the two sides ended on Tuesday.', 'here', 'Vienna', 'AT'],
    ['VIENNA, March 4 (Wire) — The delegations met here on Tuesday.', 'here', 'Vienna', 'AT'],
    ["VIENNA, March 4 (Wire) — Officials outside the Austrian city's conference centre said the talks ended.", 'Austrian city', 'Vienna', 'AT'],
  ])('%j', (text, said, city, country) => {
    const venues = withDateline(text).filter((v) => v.rule !== 'venue.city');
    expect(venues).toHaveLength(1);
    expect(venues[0]).toMatchObject({ text: said, city, country });
    expect(text.slice(venues[0].start, venues[0].end)).toBe(said);
  });

  it.each([
    // a town the gazetteer does not know, in the state the demonym names; one it knows, by its own name
    ['The commissions met in the Azerbaijani town of Gazakh on Thursday.', 'Azerbaijani town of Gazakh', 'Gazakh', 'AZ'],
    ['YEREVAN, March 4 — The commissions met in the Armenian border village of Tegh Dzor.', 'Armenian border village of Tegh Dzor', 'Tegh Dzor', 'AM'],
    ['VIENNA, March 4 — The experts met in the Austrian city of Graz.', 'Austrian city of Graz', 'Graz', 'AT'],
  ])('reads %j as a town of the state its demonym names', (text, said, city, country) => {
    const venues = withDateline(text).filter((v) => v.rule === 'venue.demonym-town-of');
    expect(venues).toMatchObject([{ text: said, city, country }]);
    expect(text.slice(venues[0].start, venues[0].end)).toBe(said);
  });

  it('reads "the Kazakh city" as the city of that state named last', () => {
    const text = 'The ministers spent two days in Almaty. On Tuesday they met in a residence in the Kazakh city.';
    const v = findVenues(text, scanNames(text)).filter((x) => x.rule === 'venue.demonym-city-named');
    expect(v).toMatchObject([{ text: 'Kazakh city', city: 'Almaty', country: 'KZ' }]);
    // no city of that state named before: nothing
    expect(findVenues('They met in the Kazakh city.', scanNames('They met in the Kazakh city.'))).toEqual([]);
  });

  it.each([
    ["VIENNA, March 4 (Wire) — Officials outside the Swiss city's conference centre said the talks ended."], // another state's city
    ['VIENNA, March 4 (Wire) — Talks held here in Graz ended on Tuesday.'], // "here in Graz" names its place
    ["Officials said the delegations met here on Tuesday, in March."], // no date line
  ])('places nothing through the date line in %j', (text) => {
    expect(withDateline(text).filter((v) => v.rule !== 'venue.city')).toEqual([]);
  });
});

describe('a town the gazetteer lacks, right after a meeting word', () => {
  it.each([
    ['Military committees from the two sides met in Tabqa to map the deployment.', 'Tabqa'],
    ['The mechanism met on Tuesday in Ergneti, on the line separating the two sides.', 'Ergneti'],
    ['The talks were held in the border village of Ergneti on Monday.', 'Ergneti'],
    ['Sudanese and Chadian officials met at the border town of Adre on Monday.', 'Adre'],
    ['The envoys met at the coastal resort of Port Saeed on Monday.', 'Port Saeed'],
    // a date of three words between, and "here in"
    ['The two delegations will hold the fourth round on Tuesday the 10th, here in Naqoura.', 'Naqoura'],
    ['The mechanism meets on Tuesday, November 10 in Ergneti.', 'Ergneti'],
    // before the meeting word: the journey to it
    ['In April a government delegation travelled to Hasakah to meet the commanders.', 'Hasakah'],
    ['The envoy arrived in Tabqa for talks on Monday.', 'Tabqa'],
    // a place before the meeting word it is for
    ['We have pencilled in Tuesday the 10th, here in Naqoura, for the fourth round.', 'Naqoura'],
    ['The delegations will be in Ergneti for talks on Monday.', 'Ergneti'],
    // one word after "at"
    ['The two sides could hold talks at Naqoura next week.', 'Naqoura'],
    // the verb of a meeting word with a long name after it
    ['The 47th meeting of the working group on the declaration, known to diplomats as the JWG-DOC, took place in Cebu from 24 to 26 February.', 'Cebu'],
    ['The meeting between the navy and the coast guard on illegal fishing has been moved to 5 May and will be held in Velanai.', 'Velanai'],
  ])('%j', (text, town) => {
    expect(townsOf(text)).toEqual([[town, null]]);
  });

  it.each([
    ['The 15th meeting of the commissions will be hosted by the Armenian side in Dilijan in December.', 'Dilijan', 'AM'],
    ['The next round will be hosted by Kazakhstan in Kenderli.', 'Kenderli', 'KZ'],
  ])('takes the state of the one host: %j', (text, town, country) => {
    expect(townsOf(text)).toEqual([[town, country]]);
  });

  it.each([
    ['Sudan and Chad held talks on the situation in Darfur on Monday.'], // a region, after a topic
    ['The two sides held talks in Darfur on Monday.'], // a region the list names
    ['The ministers met in Parliament on Monday.'],
    ['The leaders will sit down in St. Vincent and the Grenadines.'],
    ['The envoys met in March.'],
    ['The talks in Geneva ended.'], // a city the gazetteer knows is read as such
    ['Negotiators met in Putin’s residence.'],
    ['Delegates went on to discuss trade in Asia.'], // no meeting word before it
    ['The envoy travelled to Europe for talks.'],
    ['The ministers were in Brussels for talks.'], // a city the gazetteer knows
    ['Ministers stayed in December for a final round.'],
    ['The leaders met at Blair House on Monday.'], // a building: two words after "at"
    ['The summit between the two presidents on border security will be held in Chapultepec Castle.'], // a building
  ])('no town in %j', (text) => {
    expect(townsOf(text)).toEqual([]);
  });
});

describe('a town learned once for the rest of the article', () => {
  const learnedOf = (text: string) => findVenues(text, scanNames(text), undefined, undefined, findTriggers(text)).filter((v) => v.rule === 'venue.learned-town').map((v) => [v.text, v.city, v.country, text.slice(v.start, v.end)]);
  it.each([
    ['The commissions met in the Azerbaijani town of Gazakh. Their experts had met on Monday and Tuesday, also in Gazakh.', [['Gazakh', 'Gazakh', 'AZ', 'Gazakh']]],
    ['The talks were held in Tabqa on Monday. Officials called the Tabqa talks a success.', [['Tabqa', 'Tabqa', null, 'Tabqa']]],
  ])('%j', (text, expected) => {
    expect(learnedOf(text)).toEqual(expected);
  });

  it.each([
    ['The commissions met in the Azerbaijani town of Gazakh. Gazakh residents were pleased.'], // no place's context
    ['The commissions met in the Azerbaijani town of Gazakh. The Gazakhstan delegation left.'], // inside a longer word
  ])('learns no place in %j', (text) => {
    expect(learnedOf(text)).toEqual([]);
  });
});
