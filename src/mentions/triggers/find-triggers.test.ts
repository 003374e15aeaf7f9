import { describe, expect, it } from 'vitest';
import { findTriggers } from './find-triggers.js';

describe('findTriggers', () => {
  it.each([
    // text, the meeting words found (rule: text)
    ['Envoys will hold peace talks in Oslo.', ['trigger.talks: peace talks']],
    ['A Second Round of Negotiations opened.', ['trigger.round: Second Round', 'trigger.talks: Negotiations']],
    ['The ministers met and agreed to reconvene.', ['trigger.met: met', 'trigger.convene: reconvene']],
    ['The summit was followed by a donor conference.', ['trigger.meeting: summit', 'trigger.conference: donor conference']],
    ['Both sides SAT DOWN at the negotiating table.', ['trigger.sit-down: SAT DOWN', 'trigger.table: at the negotiating table']],
    ['Kenya attended; Chad was invited but took part only by video.', ['trigger.participation: attended', 'trigger.participation: invited', 'trigger.participation: took part']],
    ['Their dialogue went on in a late-night sit-down.', ['trigger.dialogue: dialogue', 'trigger.meeting: sit-down']],
    ['The two presidents held a tete-a-tete, then a second tête-à-tête.', ['trigger.meeting: tete-a-tete', 'trigger.meeting: tête-à-tête']],
    ['The sixth binational cabinet was held in Cuenca.', ['trigger.commission: binational cabinet']],
    ['The binational cabinet is due to meet in Cuenca.', ['trigger.commission: binational cabinet', 'trigger.met: meet']],
    ['The Joint Commission on water sharing will sit again.', ['trigger.commission: Joint Commission']],
    ['The 5th Joint Permanent Commission opened; the joint border committee met too.', ['trigger.commission: Joint Permanent Commission', 'trigger.commission: joint border committee', 'trigger.met: met']],
    ['Trade ministers gathered for the 13th Ministerial Conference.', ['trigger.gathered: gathered', 'trigger.conference: Ministerial Conference']],
    ['The eight producers held a videoconference, then a video call with Moscow.', ['trigger.conference: videoconference', 'trigger.conference: video call']],
    // A numbered or yearly consultation is a meeting; the singular alone is not ("after consultation with").
    ['The 14th Annual Consultation of the two leaders opens in Bogor.', ['trigger.consultation: 14th Annual Consultation']],
    ['Their annual consultation was held in Bogor.', ['trigger.consultation: annual consultation']],
    ['A consultation between the AU Commission and the government is expected on October 14.', ['trigger.consultation: consultation']],
    // a host receiving the sides' delegations: the verb is the meeting word
    ['Qatar hosted the foreign ministers of Iran and Saudi Arabia.', ['trigger.hosted-delegations: hosted']],
    ['Oman will host the two delegations of Iran and the US.', ['trigger.hosted-delegations: host']],
    // a round numbered after the word, of talks or opening
    ['Round five of the talks opened; round 6 will open in May.', ['trigger.round: Round five', 'trigger.talks: talks', 'trigger.round: round 6']],
    // a meeting of a series named by "one", with a verb that holds or schedules it
    ['The previous one, the fourteenth, was held in Guayaquil.', ['trigger.the-previous-one: The previous one']],
    ['The next one is scheduled for June.', ['trigger.the-previous-one: The next one']],
    // envoys gathering in or at a place, or for talks
    ['Envoys from Armenia and Azerbaijan gathered at the Swiss resort of Montreux.', ['trigger.gathered: gathered']],
    ['Foreign ministers of the EU will gather in Brussels.', ['trigger.gathered: will gather']],
    // a host receiving the other side
    ['Tanzania received a Kenyan delegation in Dodoma.', ['trigger.received-delegation: received']],
    ['The president welcomed her Kenyan counterpart.', ['trigger.received-delegation: welcomed']],
    ['President Ruto hosted Tanzanian President Samia at State House.', ['trigger.received-delegation: hosted']],
    ["Qatar's emir received Hamas leaders in Doha.", ['trigger.received-delegation: received']],
    // who sat around the table, at a time
    ['Around the table this afternoon were the two delegations.', ['trigger.table: Around the table']],
    // the verb of talks, with its place or its other side after it
    ['They are currently negotiating in Arusha; Kenya negotiated with Tanzania.', ['trigger.negotiating: negotiating', 'trigger.negotiating: negotiated']],
    // who gathers the sides holds a meeting
    ['The African Union brought together Ethiopian and Eritrean delegations.', ['trigger.brought-together: brought together']],
    ['Norway will bring together the two sides again.', ['trigger.brought-together: bring together']],
    // a protocol meeting
    ['The minister will pay a courtesy call on the President.', ['trigger.courtesy-call: courtesy call']],
    ['She paid courtesy visits to both leaders.', ['trigger.courtesy-call: courtesy visits']],
    // a meal of envoys
    ['Over lunch in New York on Thursday, the four foreign ministers agreed on a truce plan.', ['trigger.working-meal: Over lunch']],
    ['The leaders held a working dinner at the residence.', ['trigger.working-meal: working dinner']],
  ])('%s', (text, expected) => {
    expect(findTriggers(text).map((t) => `${t.rule.split('+')[0]}: ${t.text}`)).toEqual(expected);
  });

  it.each([
    'The department raised its rates on Tuesday.',
    'A round-the-clock watch was kept; the table shows prices.',
    'Mettle, meteors and metres: none of these counts.',
    'The joint committee of the House and Senate approved the budget.',
    'The joint parliamentary committee approved the budget.',
    'She joined the press conference by video.',
    'The budget was drawn up after consultation with the unions.',
    'The plan is open for public consultation until May.',
    'The city will host the finals and hosted the leaders in 2019.',
    "Kenya welcomed the president's decision.",
    'Protesters gathered in Tbilisi; officials gathered evidence in Bucha.',
    'The next one will be harder; the first one was held back by the rain.',
    // a standing body's make-up, and a gathering of no sides
    'The council, which brings together the foreign ministers of its six members, has a new secretary.',
    'The war brought together rival factions of the army.',
    'The format brings together negotiators from Chisinau and Tiraspol.',
    'The committee heard views from around the table.',
    'The ministry received a letter from Kenya.',
    'They went round two of the argument.',
    'Kenya negotiated a trade deal in 2019.',
    // a building, not a meeting
    'Visitors toured the International Conference Centre on Friday.',
    // a meal, not a meeting
    'Lunch prices rose again.',
    'The dinner menu changed.',
  ])('finds no meeting word in %j', (text) => {
    expect(findTriggers(text)).toEqual([]);
  });
});

describe('meetings that are not between states', () => {
  it.each([
    "The central bank's board will hold its two-day monetary policy meeting next week.",
    "The board's next scheduled meeting is on December 15.",
    "Shareholders approved the deal at an extraordinary shareholders' meeting in Oslo.",
    'The annual general meeting of the company was held on Friday.',
    'The US Federal Reserve, whose policy committee meets next week, kept rates on hold.',
    'Wage talks between the union and the carmaker collapsed.',
    'Coalition talks in Berlin dragged on.',
    'A meeting of the board of directors approved the merger.',
    "The movement's central committee is due to meet at the weekend.",
    "Kenya's cabinet is due to meet on Tuesday to approve the budget.",
    "The Senate's foreign relations committee is scheduled to meet on Thursday.",
    "The federation's executive committee, meeting in Rabat on Friday, chose the venue of the final.",
    'Organisers of the Gulf Investment Summit said 300 firms would attend.',
    'Delegates from the national football associations met in Doha on Monday.',
    "The central bank's Monetary Policy Committee ended its three-day meeting on Wednesday.",
    "Negotiations on next year's national minimum wage continued on Tuesday.",
    'Talks over public-sector pay broke down after midnight.',
    'The board of the national oil company met in Tripoli on Sunday.',
    "The army's top commanders met in Rawalpindi on Tuesday for their regular corps commanders' conference.",
    'The annual investor summit opens in Nairobi on Wednesday.',
    'Suppliers hold their quarterly procurement meeting with the carmaker in Nagoya.',
    "The Bank of Korea's monetary policy board meets in Seoul on Thursday.",
    "The European Central Bank's governing council meets on 10 December.",
    // what speaks of bargaining right after it is bargaining too
    'The fourth round of collective bargaining resumes in Stuttgart, after the third round ended without an offer.',
    'The pay talks between the airline and its pilots enter what both sides call a "final round" in Montreal.',
    'Collective bargaining resumed in Stuttgart on Monday. Strikes are possible if the talks fail again.',
    // a sentence whose subject is that body speaks of its meetings, however far from the first
    "The federation's executive committee, meeting in Rabat on Friday, chose the venue of the final. Delegations from the two bidding federations presented their plans to the committee on Thursday, and the host nation's stadiums were inspected by a panel of engineers from three continents over the past month. The committee also approved a rise in prize money and agreed to hold its next meeting in Kigali in March.",
  ])('%s', (text) => {
    expect(findTriggers(text).filter((t) => t.opens).map((t) => t.text)).toEqual([]);
  });

  it.each([
    ['The IAEA board meeting ended; Iran and the E3 later held talks in Vienna.', ['talks']],
    ['The EU foreign policy chief met the Iranian foreign minister.', ['met']],
    ["Pakistan's army commanders met Afghan border officials at Torkham.", ['met']],
    ['Trade talks between the EU and Mercosur resumed.', ['Trade talks']],
    // bargaining before a paragraph break, or far back, says nothing of the talks after it
    ['Collective bargaining resumed in Stuttgart.\n\nThe talks between Peru and Chile resumed on Monday.', ['talks']],
    ['Wage talks collapsed in Lima. Peru and Chile held a first round of talks in Santiago.', ['first round', 'talks']],
    // another subject, or a joint body between states
    ["The federation's executive committee met in Rabat on Friday.\n\nMorocco and Senegal will hold their next meeting in Dakar.", ['meeting']],
    ["The party's central committee met on Friday. The joint commission of Peru and Chile will hold its next meeting in Lima.", ['joint commission', 'meeting']],
  ])('keeps %j', (text, words) => {
    expect(findTriggers(text).filter((t) => t.opens).map((t) => t.text)).toEqual(words);
  });
});

describe('"the cycle" after a numbered cycle', () => {
  it.each([
    ['The sixth cycle of the peace dialogue concluded in Caracas yesterday. The cycle, which began on 28 September, was accompanied by the guarantors.', ['sixth cycle', 'dialogue', 'The cycle']],
    // alone, or of something else, no meeting
    ['The cycle of violence went on. The election cycle began.', []],
    ['The sixth cycle of the peace dialogue concluded in Caracas. The news cycle moved on.', ['sixth cycle', 'dialogue']],
  ])('%j', (text, words) => {
    expect(findTriggers(text).map((t) => t.text)).toEqual(words);
  });
});

describe("the verb 'talks'", () => {
  it.each([
    // a text that speaks: no meeting, and the meeting words after it are read as ever
    ['The joint statement released on Wednesday talks about increasing direct flights. The three sides agreed that the fifth meeting will be held in Riyadh.', ['meeting']],
    ['The communiqué talks of a new chapter in relations.', []],
    // the noun
    ['Talks about the border resumed on Monday.', ['Talks']],
    ['The report of talks between Peru and Chile was leaked.', ['talks']],
    ['The statement said talks about the border would resume.', ['talks']],
  ])('%j', (text, words) => {
    expect(findTriggers(text).filter((t) => t.opens).map((t) => t.text)).toEqual(words);
  });
});

describe('a meeting word inside an office title', () => {
  // the title names the process: a date beside it dates another meeting, so the word opens none
  it.each([
    ['The EU Special Representative for the Belgrade-Pristina Dialogue, Tomas Vrabel, today hosted the chief negotiators of Kosovo and of Serbia.', ['hosted']],
    ["The UN envoy to the Geneva talks said on Monday that Russia and Georgia would meet in March.", ['meet']],
    ['The personal envoy of the Secretary-General for the peace talks arrived in Rabat on Monday.', []],
  ])('%s', (text, words) => {
    expect(findTriggers(text).filter((t) => t.opens).map((t) => t.text)).toEqual(words);
  });

  it.each([
    ['The envoy went to the talks in Geneva on Monday.', ['talks']],
    ['Representatives of both sides met for talks on Monday.', ['met', 'talks']],
  ])('keeps %j', (text, words) => {
    expect(findTriggers(text).filter((t) => t.opens).map((t) => t.text)).toEqual(words);
  });
});
