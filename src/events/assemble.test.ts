import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';

const OPTS = { referenceDate: '2026-02-04', today: '2026-11-21' } as const;
const eventsOf = (text: string) => extract(text, OPTS).events;
/** Each event's participants' ids, sorted, joined by spaces. */
const sidesOf = (text: string) => eventsOf(text).map((e) => e.parties.filter((p) => p.roles.includes('participant')).map((p) => p.id).join(' '));
/** Each event's date value ('-' without one), parties, town, status and certainty, in one line. */
const summaryOf = (text: string) => eventsOf(text).map((e) => `${e.date?.value ?? '-'} ${e.parties.map((p) => p.id).join(' ')} ${e.venue?.city ?? '-'} ${e.status} ${e.certainty}`);
/** Each event's date value ('-' without one) and status. */
const datesAndStatuses = (text: string) => eventsOf(text).map((e) => `${e.date?.value ?? '-'} ${e.status}`);

describe('status and certainty', () => {
  it.each([
    ['Russia and Ukraine will resume talks on February 10.', 'planned', 'confirmed'],
    ['Russia and Ukraine held talks on January 23.', 'held', 'confirmed'],
    // talks said to be going on now
    ['Kenya and Tanzania are currently negotiating in Arusha.', 'ongoing', 'confirmed'],
    // a meeting that never happened or fell through was called off
    ['Kenya and Tanzania were supposed to meet in Arusha on January 23 but the meeting never happened.', 'cancelled', 'confirmed'],
    ['Talks between Kenya and Tanzania in Arusha on January 23 fell through.', 'cancelled', 'confirmed'],
    // hedged: alleged, rumoured, hoped for, under consideration, not ruled out, said to be prepared, on a condition
    ['Kenya and Tanzania allegedly met in Arusha on January 23.', 'held', 'tentative'],
    ['Kenya and Tanzania were rumoured to have met in Arusha on January 23.', 'held', 'tentative'],
    ['Kenya and Tanzania hope to meet in Arusha on February 20.', 'planned', 'tentative'],
    ['Kenya and Tanzania are considering a meeting in Arusha on February 20.', 'planned', 'tentative'],
    ['A meeting between Kenya and Tanzania in Arusha on February 20 has not been ruled out.', 'planned', 'tentative'],
    ['Kenya and Tanzania are said to be preparing a meeting in Arusha on February 20.', 'planned', 'tentative'],
    ['Kenya and Tanzania will meet in Arusha on February 20, if the ceasefire holds.', 'planned', 'tentative'],
    // what was supposed to happen is a plan
    ['There was supposed to be a meeting between Russia and Ukraine on January 23.', 'planned', 'confirmed'],
    // moved or called off, said however far from the meeting word: by its verb, or a later clause about "it"
    ['The meeting between Russia and Ukraine, with Turkey in the chair as host and facilitator, was postponed due to the storm.', 'postponed', 'confirmed'],
    ['The meeting between Russia and Ukraine, with Turkey in the chair as host and facilitator, has been cancelled.', 'cancelled', 'confirmed'],
    ['The meeting between Russia and Ukraine, with Turkey in the chair as host and facilitator, was due on January 29, and it has been postponed.', 'postponed', 'confirmed'],
    ['The meeting between Russia and Ukraine, with Turkey in the chair as host and facilitator, could be postponed.', 'planned', 'confirmed'],
    // a status word past a semicolon is another clause's
    ['Japan and Russia will hold salmon talks in Moscow on February 17; the island fishing talks have been delayed.', 'planned', 'confirmed'],
    // past a relative clause with no comma after it
    ['A session of the Ghana-Togo border commission that was due to take place in Lome on Friday has been called off.', 'cancelled', 'confirmed'],
    ['The previous round between Russia and Ukraine took place on January 23 and 24.', 'held', 'confirmed'],
    ['Ukrainian and Russian negotiators have begun a second round of talks today.', 'ongoing', 'confirmed'],
    ['Talks between Russia and Ukraine are under way today.', 'ongoing', 'confirmed'],
    ['Russia and Ukraine are in talks in Istanbul this week.', 'ongoing', 'confirmed'],
    // put on hold is moved
    ['Talks between Russia and Ukraine, set to resume in Istanbul on February 9, have been put on hold.', 'postponed', 'confirmed'],
    // a day of the talks counted as it passes
    ['Talks between Russia and Ukraine in Istanbul enter their second day.', 'ongoing', 'confirmed'],
    ['Russia and Ukraine are in their final day of talks in Istanbul.', 'ongoing', 'confirmed'],
    ['The talks of Russia and Ukraine in Istanbul, now entering a third day, focus on prisoners.', 'ongoing', 'confirmed'],
    ['A meeting of Ukraine and Russia may preliminarily take place on February 10, but the date has not yet been fixed.', 'planned', 'tentative'],
    ['A consultation between the AU Commission and Sudan is expected in Addis Ababa on February 14, though officials cautioned that the date could slip.', 'planned', 'tentative'],
    ['Further meetings between Russia and Ukraine could occur as early as February 10, pending approval.', 'planned', 'tentative'],
    // a host that may host: the meeting may not happen
    ['Qatar could host a meeting of Kenya, Uganda and Tanzania in Doha on February 10.', 'planned', 'tentative'],
    // an adverb between the modal and its verb
    ['Kenya and Uganda could still meet in Kampala on February 10.', 'planned', 'tentative'],
    ['Kenya and Uganda may yet resume talks in Kampala on February 10.', 'planned', 'tentative'],
    ['Qatar will host a meeting of Kenya, Uganda and Tanzania in Doha on February 10.', 'planned', 'confirmed'],
    // who chairs a meeting tells its tense ("today co-chaired": held, not still running)
    ['The foreign ministers of Indonesia and Malaysia today co-chaired the 18th meeting of the Joint Commission in Yogyakarta.', 'held', 'confirmed'],
    ['The foreign ministers of Indonesia and Malaysia today chaired a meeting of the Joint Commission in Yogyakarta.', 'held', 'confirmed'],
    ['Talks between Armenia and Azerbaijan set for February 10 have been postponed.', 'postponed', 'confirmed'],
    ['Talks between Sudan and the RSF planned for February 10 were called off.', 'cancelled', 'confirmed'],
    ['Talks between Russia and Ukraine on February 10, if they yield proposals, could influence diplomacy.', 'planned', 'confirmed'],
    // the verb after a long relative clause
    ['Border talks between Peru and Ecuador that Chile had offered to host in Santiago on Thursday, February 12, have been called off.', 'cancelled', 'confirmed'],
    ['Border talks between Peru and Ecuador, which had been due to open in Lima on February 10, were called off.', 'cancelled', 'confirmed'],
    // "later this month" looks ahead; a meeting said to be possible is tentative
    ['Officials said a meeting between Pakistan and Afghanistan in Riyadh was possible later this month.', 'planned', 'tentative'],
    // a negated future after a relative clause without a comma
    ['A session of the Ghana-Togo border commission that had been planned for February 20 in Lome will not take place.', 'cancelled', 'confirmed'],
    // past a long name of the meeting before the clause
    ['A new round of Jeddah talks between the Sudanese Armed Forces and the RSF, which Saudi Arabia and the United States had hoped to broker in March, has been called off.', 'cancelled', 'confirmed'],
    // the month, not the modal
    ['The last meeting between Peru and Ecuador was held in Lima on 22 January.', 'held', 'confirmed'],
    ['The last meeting between Peru and Ecuador was on 22 May last year.', 'held', 'confirmed'],
    // a verb of planning whose subject is the meeting itself, in a relative clause
    ['A catch limit was agreed by Peru and Ecuador at consultations in Lima on February 2, which set a ceiling for the first time.', 'held', 'confirmed'],
    ['Consultations between Peru and Ecuador, which were set for February 10, will open in Lima.', 'planned', 'confirmed'],
    // hedges on the plan: a slot pencilled in, a journey that could happen, a host only expected
    ['The next meeting of the Kenya-Somalia boundary commission is pencilled in for March, probably in Mombasa.', 'planned', 'tentative'],
    ['A session of the Laos-Vietnam border commission that had been pencilled in for February 10 in Vientiane was cancelled.', 'cancelled', 'confirmed'],
    ["Nepal's foreign secretary could travel to Dhaka on February 12 for consultations with Bangladesh.", 'planned', 'tentative'],
    ["Oman's sultan was expected to host the leaders of Iran and the UAE for talks in Muscat on February 15.", 'planned', 'tentative'],
    // no side has confirmed the meeting, in the sentence after it
    ['The foreign ministers of Egypt and Ethiopia met in Nairobi on January 28, two lawmakers said. Neither government has publicly confirmed that encounter.', 'held', 'tentative'],
    ['The foreign ministers of Egypt and Ethiopia met in Nairobi on January 28, two lawmakers said. Neither government commented publicly.', 'held', 'tentative'],
    ['The foreign ministers of Egypt and Ethiopia met in Nairobi on January 28, two lawmakers said. Neither of the two governments has commented publicly.', 'held', 'tentative'],
    // a comment on something else confirms or denies nothing of the meeting
    ['The foreign ministers of Egypt and Ethiopia met in Nairobi on January 28. Neither government commented on the price of grain, officials said.', 'held', 'confirmed'],
    ['Chile and Bolivia will hold consultations in Arica on February 16, according to a Chilean newspaper. La Paz has not confirmed the date.', 'planned', 'tentative'],
    ['A third meeting of the Danish-Norwegian working group is planned in Tromso, possibly on February 20.', 'planned', 'tentative'],
    ['Chile and Bolivia will hold consultations in Arica on February 16, a Chilean newspaper said. No one in La Paz has confirmed the date.', 'planned', 'tentative'],
    ['The next step is expected to be a ministerial session of the Nepal-India water commission in Kathmandu on February 18.', 'planned', 'tentative'],
    // a confirmation is no hedge, nor is an unconfirmed deal
    ['Chile and Bolivia will hold consultations in Arica on February 16. Both governments have confirmed the date.', 'planned', 'confirmed'],
    ['Chile and Bolivia held consultations in Arica on January 16. Neither government has announced an agreement.', 'held', 'confirmed'],
  ])('%s', (text, status, certainty) => {
    const events = eventsOf(text);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ status, certainty });
  });
});

describe('a round that followed another, in an article without a date of its own', () => {
  it.each([
    ['Bhutan and China held boundary talks in Kunming in 2025. The 26th round followed in Beijing in May 2026.', 'held'],
    ['Bhutan and China held boundary talks in Kunming in 2025. The 26th round will follow in Beijing in May 2026.', 'planned'],
  ])('%s', (text, status) => {
    expect(extract(text, { today: '2026-11-21' }).events.map((e) => e.status)).toEqual(['held', status]);
  });
});

describe('assembly', () => {
  it('keeps two meetings apart and numbers their rounds', () => {
    const events = eventsOf('The first round between Russia and Ukraine was held on January 23. A second round of talks between them will take place on February 10.');
    expect(events.map((e) => [e.date?.value, e.round, e.status])).toEqual([['2026-01-23', 1, 'held'], ['2026-02-10', 2, 'planned']]);
  });

  it('merges later mentions of the same meeting and extends "two-day" talks', () => {
    const events = eventsOf('Ukrainian and Russian negotiators began talks today. The two-day tripartite meetings involve Ukraine, the United States, and Russia.');
    expect(events).toHaveLength(1);
    expect(events[0].date).toMatchObject({ start: '2026-02-04', end: '2026-02-05' });
    expect(events[0].format).toBe('trilateral');
    expect(events[0].parties.map((p) => p.id)).toEqual(['RU', 'UA', 'US']);
  });

  it('dates a moved meeting by its new date', () => {
    const events = eventsOf('Talks between the United States and China have been postponed from February 10, 2026 to February 24, 2026.');
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ status: 'postponed', date: { start: '2026-02-24', end: '2026-02-24' } });
  });

  it('gives "the next round" the sides of the meeting before it', () => {
    const events = eventsOf('Serbia and Kosovo met in Brussels on January 27 under EU mediation. The next round is scheduled for February 12.');
    expect(events.map((e) => e.parties.map((p) => `${p.id}:${p.roles.join('+')}`).join(' '))).toEqual([
      'EU:mediator RS:participant XK:participant',
      'EU:mediator RS:participant XK:participant',
    ]);
  });

  it.each([
    ['A drought hit Morocco on January 12, and prices in Spain rose on February 2.'],
    ['The ceasefire between Israel and Hamas took effect on January 19.'],
    ['Officials said on Monday that the economy of Ukraine grew.'],
    ['"We will talk to everyone," the minister said on Tuesday.'],
  ])('makes no event of %j', (text) => {
    expect(eventsOf(text)).toEqual([]);
  });

  it.each([
    'An Iranian spokesman told reporters on Monday that a new round of talks with the US is under consideration.',
    'Iran and the US are ready for a new round of talks, Oman told a news conference on Monday.',
    'Iran and the US are ready for a new round of talks, the Omani foreign ministry said in a brief statement on Monday.',
    'Iran and the US are ready for a new round of talks, the Omani minister told reporters in Muscat on Monday.',
  ])('does not take a statement date as the meeting date: %s', (text) => {
    const events = eventsOf(text);
    expect(events.every((e) => e.date?.value !== '2026-02-02')).toBe(true);
  });
});

describe('which meeting a sentence speaks of', () => {
  it('sends "the ministerial meeting" back to the meeting named so, not to the latest one', () => {
    const events = eventsOf('Japan, South Korea and China held a ministerial meeting on February 2 and agreed to hold a leaders summit in March. The ministerial meeting, held in central Seoul, lasted three hours.');
    expect(events.map((e) => [e.date?.value, e.venue?.city ?? null])).toEqual([['2026-02-02', 'Seoul'], ['2026-03', null]]);
  });

  it('reads "tentatively scheduled for" as planned', () => {
    const events = eventsOf('A summit of Japan, South Korea and China is tentatively scheduled for late November.');
    expect(events[0]).toMatchObject({ status: 'planned', certainty: 'tentative' });
  });

  it('takes the first day from "the talks, which began on …"', () => {
    const events = eventsOf('Yemen and the Houthis ended three days of talks in Muscat on February 3. The talks, which began on February 1, were mediated by Oman.');
    expect(events).toHaveLength(1);
    expect(events[0].date).toMatchObject({ start: '2026-02-01', end: '2026-02-03' });
  });

  it.each([
    ['Nepal and Bhutan held the ninth meeting of the Joint Technical Committee on the Repatriation, Verification and Resettlement of Displaced Families from the Southern Plains (JTC) in Kathmandu on Tuesday.', '2026-02-03'],
    ['A session of the Nepali-Bhutanese verification team that had been due to take place at the South Asian Association for Regional Cooperation secretariat in Kathmandu on Friday was called off.', '2026-01-30'],
  ])('reaches a date past a long proper name: %s', (text, day) => {
    const events = eventsOf(text);
    expect(events).toHaveLength(1);
    expect(events[0].date?.value).toBe(day);
  });

  it.each([
    // The organisation named beside the later meeting word mediated the earlier meeting: still its mediator.
    ['A follow-up Arab League committee meeting is planned for March.', 'bilateral', 'ARABLEAGUE:mediator EG:participant SD:participant'],
    // A stated format that needs it as a side keeps it one.
    ['Trilateral talks with the Arab League are planned for March.', 'trilateral', 'ARABLEAGUE:participant+mediator EG:participant SD:participant'],
  ])('settles the roles of sides filled in from the meeting before: %s', (later, format, sides) => {
    const events = eventsOf(`Egyptian and Sudanese officials met in Jeddah on January 20 in talks mediated by the Arab League. ${later}`);
    expect(events.map((e) => e.date?.value)).toEqual(['2026-01-20', '2026-03']);
    expect(events[1].format).toBe(format);
    expect(events[1].parties.map((p) => `${p.id}:${p.roles.join('+')}`).join(' ')).toBe(sides);
  });

  it('joins the single sides of two meetings of one process', () => {
    // The headline names one side, the report the other: each meeting has both.
    const events = extract('Ethiopia talks end without a deal, next round set for March\n\nEnvoys of the government and the Northern Liberation Movement (NLM) met in Nairobi on Thursday but failed to agree on a ceasefire.', { referenceDate: '2026-02-06', today: '2026-11-21' }).events;
    expect(events.map((e) => [e.date?.value, e.parties.map((p) => `${p.id}:${p.roles.join('+')}`).join(' ')])).toEqual([
      ['2026-03', 'ET:participant NLM:participant'],
      ['2026-02-05', 'ET:participant NLM:participant'],
    ]);
  });

  it('fills in sides only from a meeting of the same process', () => {
    const events = eventsOf('Serbia and Kosovo met in Brussels on February 2 under EU auspices. Separately, Albanian officials held talks in Tirana on February 3 about energy. The next round between Belgrade and Pristina is set for February 20.');
    const sides = events.map((e) => e.parties.map((p) => `${p.id}:${p.roles.join('/')}`));
    expect(sides).toEqual([['EU:mediator', 'RS:participant', 'XK:participant'], ['AL:participant'], ['RS:participant', 'XK:participant']]);
  });

  it('sends "Monday\'s meeting" to the one meeting dated on a Monday, in an article without its own date', () => {
    const text = 'Ghana and Togo will meet in Accra on Monday, March 23. Their ministers last met in Lome in January. Benin has not been invited to Monday\'s meeting.';
    const events = extract(text, { today: '2026-11-21' }).events;
    const monday = events.find((e) => e.date?.value === '2026-03-23');
    expect(monday?.parties.find((p) => p.id === 'BJ')?.roles).toEqual(['excluded']);
    expect(events.filter((e) => e !== monday).every((e) => !e.parties.some((p) => p.id === 'BJ'))).toBe(true);
  });

  it('keeps the place of a moved meeting\'s old date', () => {
    const events = eventsOf('A round of border talks between Ghana and Togo, originally scheduled for February 10 in Lome, has been put back by a week to February 17.');
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ date: { value: '2026-02-17' }, venue: { city: 'Lomé', country: 'TG' }, status: 'postponed' });
  });

  it('takes the place named by where in it the meeting sat, after its date', () => {
    const events = eventsOf('Ghana and Togo held a first round in Lome last month. Their negotiators sat down on Monday and Tuesday (2 and 3 February) in a government guesthouse in Accra to work through the draft.');
    expect(events.find((e) => e.date?.value === '2026-02-02/2026-02-03')?.venue).toMatchObject({ city: 'Accra', country: 'GH' });
  });

  it('leaves a date to a clause of its own after the meeting word', () => {
    const events = eventsOf('Ghana and Togo met in Accra on January 20. A second meeting was cancelled after Togolese police arrested two Ghanaian traders last week.');
    expect(events.map((e) => e.date?.value)).toEqual(['2026-01-20']);
    expect(eventsOf('Ghana and Togo held talks in Accra after a long pause on February 2.').map((e) => e.date?.value)).toEqual(['2026-02-02']);
  });

  it.each([
    // a meeting named by its town that times this one keeps its town, and reaches no date past this one's word
    ['Ahead of the Lome round, Ghanaian and Togolese officials met on Tuesday in Kumasi.', [['2026-02-03', 'Kumasi']]],
    ['Ahead of the Lome round, Ghanaian and Togolese officials met on Tuesday.', [['2026-02-03', null]]],
    // the meeting named by its town is this one
    ['At the Lome round, Ghanaian and Togolese officials met on Tuesday.', [['2026-02-03', 'Lomé']]],
  ])('leaves another meeting its town: %s', (text, expected) => {
    expect(eventsOf(text).map((e) => [e.date?.value, e.venue?.city ?? null])).toEqual(expected);
  });

  it.each([
    // a meeting word before the dated meeting that times it is a meeting of its own, undated, with its own town
    ['The Danish prime minister could come to Washington to meet the US president before the NATO summit in Ankara in July.',
      ['2026-07 NATO Ankara planned confirmed', '- DK US Washington planned tentative']],
    ['Ghana and Togo met in Accra ahead of the ECOWAS summit in Abuja on February 2.',
      ['2026-02-02 ECOWAS Abuja held confirmed', '- GH TG Accra held confirmed']],
    // the meeting under discussion set after an earlier one is no meeting of its own
    ['Ghana and Togo held talks in Accra on February 3. It was the first session since their last meeting in Lomé in October.',
      ['2026-02-03 GH TG Accra held confirmed', '2025-10 GH TG Lomé held confirmed']],
  ])('splits a meeting timed by another: %s', (text, expected) => {
    expect(summaryOf(text)).toEqual(expected);
  });

  it('does not reach past short names a date that belongs to another event', () => {
    const events = eventsOf('Israel and Lebanon held talks in Naqoura on February 2 about the positions Israeli troops have kept since the ceasefire that ended more than a year of hostilities between Israel and Hezbollah in November 2024.');
    expect(events.map((e) => e.date?.value)).toEqual(['2026-02-02']);
  });

  it.each([
    // a house that sits owns its day
    ['The minister will report to Parliament on the progress of the negotiations with Togo and Ghana when the House next sits on Tuesday.', []],
    ['The minister will report to Parliament on the negotiations between Togo and Ghana at its next sitting on Tuesday.', []],
  ])('leaves a day to a house that sits: %s', (text, dates) => {
    expect(eventsOf(text).map((e) => e.date?.value ?? null).filter(Boolean)).toEqual(dates);
  });

  it('still dates a meeting where the sides sit down together', () => {
    expect(eventsOf('Togo and Ghana sit down for talks in Lome on Tuesday.').map((e) => e.date?.value)).toEqual(['2026-02-03']);
  });

  it.each([
    ['Ghana and Togo agreed on Monday to hold a high-level meeting in Lome in March.', ['2026-03']],
    ['Ghana and Togo decided on Monday to meet again.', [null]],
    // the day of the decision opening the sentence, before its subject
    ['On Monday, Ghana and Togo agreed to hold talks in Lome on March 3.', ['2026-03-03']],
    ['On Monday, the foreign ministers of Ghana and Togo agreed to hold talks in Lome.', [null]],
    // a decision reported as "that" and a clause
    ['Ghana and Togo agreed on Monday that their ministers will hold talks in Lome.', [null]],
    ['On Monday, Ghana and Togo agreed that on March 3, they will hold talks in Lome.', ['2026-03-03']],
    // a date opening a sentence about the meeting itself still dates it
    ['On Monday, Ghana and Togo held talks in Lome.', ['2026-02-02']],
    ['On Monday, Ghana and Togo said that they held talks in Lome.', ['2026-02-02']],
    // a decision taken at the meeting still dates it
    ['Ghana and Togo agreed on Monday to reopen the border at talks in Lome.', ['2026-02-02']],
    // and so does an outcome reached at it, though it names another event
    ['On Monday, Ghana and Togo agreed to a ceasefire at talks in Lome.', ['2026-02-02']],
    ['Ghana and Togo agreed on Monday to a truce at talks in Lome.', ['2026-02-02']],
    // but not past another event outside that outcome, nor an outcome not reached at the meeting
    ['On Monday, the day fighting broke out after the elections, Ghana and Togo agreed to a truce at talks in Lome.', [null]],
    ['Ghana and Togo agreed on Monday to a truce and will hold talks in Lome.', [null]],
  ])('does not date a meeting by the day it was decided on: %s', (text, dates) => {
    expect(eventsOf(text).map((e) => e.date?.value ?? null)).toEqual(dates);
  });

  it('reads a side after a city and a comma when the city is not in it', () => {
    const events = eventsOf('At talks in Lome, Ghana and Benin agreed on Monday to extend the truce.');
    expect(events.map((e) => [e.parties.map((p) => p.id).sort(), e.venue?.city])).toEqual([[['BJ', 'GH'], 'Lomé']]);
    expect(eventsOf('Ghana and Benin met in Lome, Togo on Monday.').map((e) => e.parties.map((p) => p.id).sort())).toEqual([['BJ', 'GH']]);
  });

  it.each([
    ['The Ghanaian president will fly to Lome on February 10 for a state visit and talks with his Togolese counterpart.', '2026-02-10'],
    ['The Ghanaian president goes to Lome on February 10 for an official visit including talks with Togo on the border.', '2026-02-10'],
    // a visit of its own still owns the date beside it
    ['Ghana and Togo will hold talks, officials said after the Pope’s visit on February 10.', null],
  ])('dates a meeting by a visit joined to its meeting word: %s', (text, date) => {
    expect(eventsOf(text).map((e) => e.date?.value ?? null)).toEqual([date]);
  });

  it.each([
    'Somalia and Somaliland kicked off talks in Djibouti on February 2, with discussions due to run until February 5.',
    'Talks between Somalia and Somaliland opened in Djibouti on February 2 and are scheduled to end on February 5.',
    'Somalia and Somaliland began talks in Djibouti on February 2; the round is expected to conclude February 5.',
  ])('takes the last day from "due to run until …", "scheduled to end on …": %s', (text) => {
    const events = eventsOf(text);
    expect(events).toHaveLength(1);
    expect(events[0].date).toMatchObject({ start: '2026-02-02', end: '2026-02-05' });
  });

  it.each([
    ['The next joint commission of Ghana and Togo is due to take place in Lome in 2027.', '2027'],
    ['Ghana and Togo last held their joint commission in Accra in 2019, officials said.', '2019'],
    ['A summit of Ghana and Togo will be held in Lome in 2027.', '2027'],
  ])('dates a meeting by "in <year>" right after the verb that places it: %s', (text, year) => {
    expect(eventsOf(text).map((e) => e.date?.value ?? null)).toEqual([year]);
  });

  it.each([
    'Talks between Ghana and Togo began in 2019 and resumed in Accra on February 2.',
    'Ghana and Togo met in Accra on February 2, their first meeting since 2019.',
    'Ghana and Togo will meet to settle the border by 2027.',
  ])('does not date a meeting by a year that bounds a process or a span: %s', (text) => {
    expect(eventsOf(text).map((e) => e.date?.value ?? null)).not.toContain(text.match(/\d{4}/)![0]);
  });

  it('does not open an undated meeting from a headline beside the dated one', () => {
    const events = eventsOf('Russia-Ukraine Talks Conclude; Next Round Planned\n\nRussia and Ukraine concluded talks on January 24, 2026.');
    expect(events.map((e) => e.date?.value ?? null)).toEqual(['2026-01-24']);
  });

  it('keeps an article whose only meeting is undated, with its hedge', () => {
    const events = eventsOf("Sudan's army and the RSF are reportedly preparing to meet in Jeddah for talks under Saudi and US auspices.");
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ date: null, status: 'planned', certainty: 'tentative', venue: { city: 'Jeddah', country: 'SA' } });
    expect(events[0].parties.map((p) => `${p.id}:${p.roles.join('+')}`)).toEqual(['RSF:participant', 'SA:mediator', 'SD:participant', 'US:mediator']);
  });
});

describe('meetings yet to come with sides of their own', () => {
  it('makes an undated, tentative event of "could pave the way for direct Putin-Zelenskyy negotiations"', () => {
    const events = extract('Trilateral talks between Russia, the U.S. and Ukraine concluded on January 24, 2026. An official said preparatory talks could pave the way for direct Putin-Zelenskyy negotiations.', { today: '2026-11-21' }).events;
    expect(events.map((e) => [e.date?.value ?? null, e.format, e.parties.map((p) => p.id).join(' '), e.status, e.certainty])).toEqual([
      ['2026-01-24', 'trilateral', 'RU UA US', 'held', 'confirmed'],
      [null, 'bilateral', 'RU UA', 'planned', 'tentative'],
    ]);
  });

  it('does not split off a meeting the sides of which are those under discussion', () => {
    const events = eventsOf('Russia and Ukraine met on January 24. Future Russia-Ukraine talks will follow.');
    expect(events).toHaveLength(1);
  });
});

describe('meeting dates from times of day', () => {
  it('dates "talks on Wednesday night" by the day', () => {
    const events = eventsOf('Russia and Ukraine held talks on Monday night.');
    expect(events[0].date).toMatchObject({ start: '2026-02-02', end: '2026-02-02' });
  });
});

describe('venue beside the meeting date', () => {
  // A place in the same phrase as the meeting's date modifies the same verb, however long the subject is.
  it.each([
    ['A new round of consultations between Kenya and Somalia on the exchange of fishing licences and port access kicked off in Nairobi on Monday.', 'Nairobi'],
    ['The long-delayed second session of the joint boundary commission of Chad and Niger was finally held on Monday in Niamey.', 'Niamey'],
    // a long proper name between the meeting word and the place counts as one word
    ['Kenyan and Somali officials met on Monday. The two-day meeting at the offices of the Kenya Marine and Fisheries Research Institute in Mombasa closed with a joint statement.', 'Mombasa'],
    // a comma between the date and the place; a building's name in any script
    ['Talks between Kenya and Somalia, which Ethiopia hosted, took place on Thursday, February 2, in Mombasa.', 'Mombasa'],
    ['Talks between Ethiopia and Somalia, which Turkey hosted, took place on Thursday, February 2, at the Dolmabahçe Presidential Office in Istanbul.', 'Istanbul'],
    // where the meeting is not
    ['Talks between Ethiopia and Somalia took place on Thursday, February 2, in Istanbul, rather than in the Turkish capital.', 'Istanbul'],
    ['Ethiopia and Somalia held talks on Monday, February 2, not in Ankara but in Istanbul.', 'Istanbul'],
  ])('%s', (text, city) => {
    expect(eventsOf(text)[0]?.venue?.city).toBe(city);
  });

  it('reads the undated sentence before a dated one that looks back at it ("The talks took place …")', () => {
    const events = eventsOf('Ethiopia and Somalia held a third round of talks. The talks took place on Thursday, January 15, in Istanbul.');
    expect(events.map((e) => [e.date?.value, e.parties.map((p) => p.id), e.venue?.city, e.round])).toEqual([['2026-01-15', ['ET', 'SO'], 'Istanbul', 3]]);
  });

  it.each([
    // A comma ends the phrase: the place is the speakers'.
    ['The talks between Kenya and Somalia on fishing licences and port access opened on Monday, Nairobi officials said.'],
    // A place named further from the date belongs to another verb.
    ['Talks between Kenya and Somalia on fishing licences will open on Monday, ministers announced after returning from a visit to Mombasa.'],
  ])('no venue: %s', (text) => {
    const events = eventsOf(text);
    expect(events).toHaveLength(1);
    expect(events[0].venue).toBeNull();
  });
});

describe('round numbers', () => {
  it.each([
    ['Armenia and Azerbaijan said the next round of talks, the 12th, will be held in Vienna in March.', 12],
    ['Armenia and Azerbaijan held a round of talks (the third) in Vienna on February 2.', 3],
    ['Armenia and Azerbaijan said the next round of talks, the fourteenth, will be held in Vienna in March.', 14],
    // a relative clause right after the meeting word
    ["Bahrain and Qatar were due to hold a meeting of their joint committee in Riyadh on February 12. The meeting, which would have been the committee's fifth, was called off.", 5],
    ['The 41st round of talks between Armenia and Azerbaijan took place in Vienna on February 2.', 41],
    ['Armenian and Azerbaijani officials held a first direct round of talks in Vienna on February 2.', 1],
    ['Armenia and Azerbaijan opened the third formal round of peace negotiations in Vienna on February 2.', 3],
    ['Leaders of Fiji, Samoa and Tonga opened the 55th Pacific Islands Forum Leaders Meeting in Suva on February 2.', 55],
    ['Trade ministers of Kenya, Chile and Norway opened the 13th Ministerial Conference in Abu Dhabi on February 2.', 13],
    ['The twelfth binational cabinet of Peru and Colombia was held in Leticia on February 2.', 12],
    // a name with a possessive between the number and the meeting word
    ["Indonesian and Thai ministers opened the 59th ASEAN Foreign Ministers' Meeting in Manila on February 2.", 59],
    // a standing body's numbered meeting, the ordinal in words
    ["Guyana and Venezuela will hold the commission's second meeting in Brasilia on February 20.", 2],
    ["Kenya and Uganda held the council's 12th session in Kampala on February 2.", 12],
    // a summit numbered in words from the second
    ['The second EU-UK summit was held in Brussels on February 2.', 2],
    // a meeting numbered in words from the second
    ['Senior diplomats from Saudi Arabia, Iran and China met in Beijing on February 3 for the fourth meeting of their joint committee.', 4],
    ['The United States, Denmark and Greenland plan a third meeting in Nuuk in April.', 3],
    // the Nth time its body has met, said later in the sentence
    ['Danish and US officials met in Washington on February 3, the second time the working group has convened.', 2],
    // an ordinal set after another meeting word, with a word before "round"
    ['The most substantive session so far, the fourth formal round between Armenia and Azerbaijan, took place in Vienna on February 2.', 4],
    // a numbered consultation
    ['Indonesia and Malaysia agreed that the 14th Annual Consultation of their leaders will be held in Malaysia in August.', 14],
    // a round numbered after the word
    ['Round five of talks between Kenya and Tanzania opened in Arusha on February 2.', 5],
    ['In Arusha, Kenya-Tanzania round 3 opened on February 2.', 3],
  ])('%s', (text, round) => {
    expect(eventsOf(text)[0]?.round).toBe(round);
  });

  it.each([
    ['Danish and US officials met in Washington on February 3, the second time the working group has convened.', 'second'],
    // the ordinal's own offsets, though the same word stands earlier in the window
    ['Danish and US officials met in Washington for a second day on February 3, the 2nd time the working group has convened.', '2nd'],
  ])('the evidence of "the Nth time" is its ordinal: %s', (text, ordinal) => {
    const why = eventsOf(text)[0]?.why?.round;
    expect(why?.rule).toBe('round.nth-time');
    expect(why && text.slice(why.evidence.start, why.evidence.end)).toBe(ordinal);
  });

  it.each([
    // An ordinal of something else set beside the meeting word.
    ['Armenia and Azerbaijan will hold talks, the first of three planned sessions, in Vienna in March.'],
    ['Armenia and Azerbaijan held talks, the first in a year, in Vienna on February 2.'],
    ['Armenia and Azerbaijan held talks in Vienna on February 2, which was the first time in a decade.'],
    ['The meeting of Armenia and Azerbaijan in Vienna on February 2, which was the first since the war, went well.'],
    ['Armenia and Azerbaijan met on February 2, the 3rd day of the week-long meeting.'],
    // the ordinal of a day of the talks, not of a round
    ['Armenia and Azerbaijan held the second day of talks in Vienna on February 2.'],
    ['Armenia and Azerbaijan held a third straight day of negotiations in Vienna on February 2.'],
    // "the first meeting" counts encounters; so does an ordinal of meetings since another
    ['Armenia and Azerbaijan held their first meeting in Vienna on February 2.'],
    ['Armenia and Azerbaijan held their second meeting since the war in Vienna on February 2.'],
    // "the first … since" counts meetings since another
    ['Armenia and Azerbaijan held the first talks since 2019 in Vienna on February 2.'],
    ['Armenia and Azerbaijan held the second round of talks since the war in Vienna on February 2.'],
    ['Kenya and Uganda met on the second day of the summit in Kampala on February 2.'],
    // "the first meeting" alone may be the first ever, no numbered series
    ['Guyana and Venezuela will hold their first meeting in Brasilia in March.'],
    // the first time in a while, not the first time the body met
    ['Danish and US officials met in Washington on February 3, the first time in a decade that the two have met.'],
  ])('no round: %s', (text) => {
    const events = eventsOf(text);
    expect(events).toHaveLength(1);
    expect(events[0].round).toBeNull();
  });

  it('reads no round from "the first since" a meeting word (it counts meetings since that one)', () => {
    const events = eventsOf('Armenia and Azerbaijan will hold a round of talks in Vienna next week, the first since negotiations stalled in January.');
    expect(events.length).toBeGreaterThan(0);
    expect(events.map((e) => e.round)).toEqual(events.map(() => null));
  });

  it('numbers the round a "first … since" sentence dates, not by its "first"', () => {
    const events = eventsOf('Armenia and Azerbaijan met in Vienna on February 2. It was the first round of talks since the fifth round, held in Geneva in November, broke down.');
    expect(events.map((e) => [e.date?.value, e.round])).toEqual([['2026-02-02', null], ['2025-11', 5]]);
  });
});

describe('the thread of a meeting', () => {
  it('reads the sides listed after one sentence that names neither a meeting nor a party', () => {
    const events = eventsOf('Talks on the border commission were moved to February 10, the organisers announced on Monday. Organisers cited scheduling reasons. The format brings together negotiators from Malawi and Tanzania.');
    expect(events).toHaveLength(1);
    expect(events[0].parties.map((p) => [p.id, p.roles])).toEqual([['MW', ['participant']], ['TZ', ['participant']]]);
  });

  it('keeps the thread past a question that names no party', () => {
    const events = eventsOf('Talks on the border commission were moved to February 10, the organisers announced on Monday. Organisers cited scheduling reasons. So who will be there? The format brings together negotiators from Malawi and Tanzania.');
    expect(events).toHaveLength(1);
    expect(events[0].parties.map((p) => [p.id, p.roles])).toEqual([['MW', ['participant']], ['TZ', ['participant']]]);
  });

  it('loses the thread after two such sentences', () => {
    const events = eventsOf('Malawi and Zambia will hold talks on the border commission on February 10. Organisers cited scheduling reasons. The weather was poor. The format brings together negotiators from Malawi and Tanzania.');
    expect(events).toHaveLength(1);
    expect(events[0].parties.map((p) => p.id)).toEqual(['MW', 'ZM']);
  });
});

describe('meeting idioms', () => {
  it.each([
    ['The European Union wants to bring the negotiators of Serbia and Kosovo back to the table in Brussels on February 12.', '2026-02-12', 'Brussels'],
    ['Negotiators of Sudan and the RSF returned to the negotiating table in Jeddah on February 2.', '2026-02-02', 'Jeddah'],
  ])('%s', (text, date, city) => {
    const events = eventsOf(text);
    expect(events).toHaveLength(1);
    expect([events[0].date?.value, events[0].venue?.city]).toEqual([date, city]);
  });

  // a host receiving the sides' delegations holds a meeting with no meeting word; its verb gives the status
  it.each([
    ['Qatar hosted the foreign ministers of Iran and Saudi Arabia in Doha on February 2.', ['2026-02-02', 'Doha', 'held', 'IR:participant QA:host SA:participant']],
    ['Oman will host the delegations of Iran and the United States in Muscat on February 7.', ['2026-02-07', 'Muscat', 'planned', 'IR:participant OM:host US:participant']],
    ['The EU envoy today hosted the chief negotiators of Kosovo and of Serbia in Brussels.', ['2026-02-04', 'Brussels', 'held', 'EU:mediator RS:participant XK:participant']],
    // a courtesy call is a meeting
    ['On February 6 the Malaysian foreign minister will pay a courtesy call on the President of Indonesia at the Merdeka Palace in Jakarta.', ['2026-02-06', 'Jakarta', 'planned', 'ID:participant MY:participant']],
    // the meeting word of an office's title dates nothing
    ['The EU Special Representative for the Belgrade-Pristina Dialogue and other regional issues today hosted the chief negotiators of Kosovo and of Serbia in Brussels.', ['2026-02-04', 'Brussels', 'held', 'EU:mediator RS:participant XK:participant']],
  ])('%s', (text, expected) => {
    const events = eventsOf(text);
    expect(events.map((e) => [e.date?.value, e.venue?.city, e.status, e.parties.map((p) => `${p.id}:${p.roles.join('+')}`).join(' ')])).toEqual([expected]);
  });

  it.each([
    'The town has hosted the leaders of many countries over the years.',
    'Naqoura, the coastal town that has hosted contacts between Israel and Lebanon in the past, lies on the border.',
  ])('finds no meeting where a place once hosted others: %s', (text) => {
    expect(eventsOf(text)).toEqual([]);
  });

  it('does not read a table of figures as talks', () => {
    expect(eventsOf('Serbia and Kosovo topped the table of exports to Austria on February 2.')).toEqual([]);
  });
});

describe('a yearless date line', () => {
  it('closes a yearless meeting with its "until" day and finds it still running on the day of writing', () => {
    const r = extract('ACCRA, Nov 2 (Wire) - Ghana and Togo kicked off border talks in Lome on Oct 31, with discussions due to run until Nov 3.', { today: '2026-11-21' });
    expect(r.events).toHaveLength(1);
    expect(r.events[0].date?.value).toBe('XXXX-10-31/XXXX-11-03');
    expect(r.events[0].status).toBe('ongoing');
  });

  it('dates a meeting "last month" by the month before the date line', () => {
    const r = extract('ACCRA, Nov 8 (Wire) - Ghana and Togo held a second round of talks on Friday, after a first round of talks in Lome last month.', { today: '2026-11-21' });
    expect(r.events.map((e) => e.date?.value)).toContain('XXXX-10');
  });

  it('keeps a meeting that ended before the day of writing held', () => {
    const r = extract('ACCRA, Nov 5 (Wire) - Ghana and Togo kicked off border talks in Lome on Oct 31, with discussions due to run until Nov 3.', { today: '2026-11-21' });
    expect(r.events[0].status).toBe('held');
  });
});

describe('a meeting over before one the text says was held', () => {
  const statusesOf = (text: string) => extract(text, { today: '2026-11-21' }).events.map((e) => [e.date?.value, e.status, e.why.status?.rule]);
  it.each([
    [
      'The tenth summit of Japan, China and South Korea took place in Tokyo on 26 May 2026. It had been prepared by a meeting of Japan, China and South Korea in Osaka on 22 February 2026.',
      [['2026-05-26', 'held', 'status.tense-past'], ['2026-02-22', 'held', 'status.before-held-meeting']],
    ],
    [
      'Serbia and Kosovo held talks in Brussels on 3 March 2026. Their agenda came from a meeting of Serbia and Kosovo in Ohrid in January 2026.',
      [['2026-03-03', 'held', 'status.tense-past'], ['2026-01', 'held', 'status.before-held-meeting']],
    ],
  ])('%s', (text, expected) => {
    expect(statusesOf(text)).toEqual(expected);
  });

  it.each([
    // The undated-status meeting comes after the held one: nothing says when the article was written.
    ['The tenth summit of Japan, China and South Korea took place in Tokyo on 26 May 2026. It had been prepared by a meeting of Japan, China and South Korea in Osaka on 22 June 2026.', '2026-06-22'],
    // The other meeting is only planned.
    ['The tenth summit of Japan, China and South Korea will take place in Tokyo on 26 May 2026. It had been prepared by a meeting of Japan, China and South Korea in Osaka on 22 February 2026.', '2026-02-22'],
  ])('leaves the status unknown: %s', (text, date) => {
    expect(statusesOf(text).find(([value]) => value === date)?.[1]).toBe('unknown');
  });
});

describe('a sentence that opens another story', () => {
  const eventsIn = (text: string) => extract(text, { today: '2026-11-21' }).events.map((e) => [e.date?.value ?? null, e.venue?.city ?? null, e.status]);
  it.each([
    [
      'The 11th summit of China, Japan and South Korea was due to be hosted in Beijing in December 2026. It has been postponed. Separately, the three trade ministers met in Seoul to review the stalled negotiations.',
      [['2026-12', 'Beijing', 'postponed'], [null, 'Seoul', 'held']],
    ],
    [
      'Kenya and Uganda will hold border talks in Kampala on 3 March 2026. In a separate development, Kenyan and Ugandan ministers met in Nairobi to discuss fisheries.',
      [['2026-03-03', 'Kampala', 'planned'], [null, 'Nairobi', 'held']],
    ],
  ])('%s', (text, expected) => {
    expect(eventsIn(text)).toEqual(expected);
  });

  it.each([
    // The same town: the meeting under discussion.
    ['Kenya and Uganda will hold border talks in Kampala on 3 March 2026. Separately, the two delegations will meet in Kampala with fishermen.'],
    // Another town, but no sentence opening another story.
    ['Kenya and Uganda will hold border talks in Kampala on 3 March 2026. The two delegations met in Nairobi to prepare them.'],
  ])('keeps one meeting: %s', (text) => {
    expect(eventsIn(text)).toHaveLength(1);
  });
});

describe('the sides a stated format counts', () => {
  const sidesOf = (text: string) => extract(text, { today: '2026-11-21' }).events.map((e) => e.parties.filter((p) => p.roles.includes('participant')).map((p) => p.id));
  it.each([
    // All the stated sides in the sentence that states them: a later sentence adds none.
    ['The Japanese prime minister and the South Korean president held a bilateral meeting in Johannesburg on 22 November 2025. Chinese and Japanese leaders have not held a comparable meeting for some time.', [['JP', 'KR']]],
    // Fewer named there than stated: the later sentence completes them.
    ['The Japanese and South Korean leaders held a trilateral meeting in Johannesburg on 22 November 2025. Chinese officials also took part in the meeting.', [['CN', 'JP', 'KR']]],
  ])('%s', (text, expected) => {
    expect(sidesOf(text)).toEqual(expected);
  });
});

describe('a meeting named by its town', () => {
  const lead = 'Ethiopia and Somalia held a third round of talks in Istanbul on 15 October 2026. They agreed to return to Ankara in January 2027 for a fourth round. ';
  /** The round of the meeting whose evidence holds the last sentence. */
  const roundOfLast = (last: string) => {
    const text = lead + last;
    return extract(text, { today: '2026-11-21' }).events.find((e) => e.evidence.some((x) => x.start === lead.length))?.round;
  };
  it.each([
    ['A draft framework came out of the Istanbul round.', 3],
    ['The Istanbul meeting produced a draft framework.', 3],
    // A process is often named after its first town: "the Istanbul talks" is the meeting under discussion.
    ['Observers say the Istanbul talks have lost momentum since then.', 4],
    // No town: the meeting under discussion.
    ['The round is expected to produce a draft framework.', 4],
  ])('%s', (last, round) => {
    expect(roundOfLast(last)).toBe(round);
  });
});

describe('a meeting held and one still to come', () => {
  const eventsIn = (text: string) => extract(text, { referenceDate: '2026-11-03', today: '2026-11-21' }).events.map((e) => [e.date?.value, e.status]);
  it.each([
    // Dates that hold each other, one meeting held and one to come: two meetings.
    ['Iraq said Baghdad could host a meeting between Saudi and Iranian officials later this month. Saudi and Iranian coast guard officials held talks on 1 November.', [['2026-11', 'planned'], ['2026-11-01', 'held']]],
    ['Pakistani and Afghan officials held talks on 1 November. Pakistan and Afghanistan are due to meet again later this month.', [['2026-11-01', 'held'], ['2026-11', 'planned']]],
  ])('%s', (text, expected) => {
    expect(eventsIn(text)).toEqual(expected);
  });

  it.each([
    // The same day seen at two hours, as a live report's updates see it.
    ['Pakistani and Afghan officials are due to meet this afternoon. Pakistani and Afghan officials met on 3 November.'],
    // No status stated twice: one meeting.
    ['Pakistan and Afghanistan will meet in November. The talks on 12 November will be in Riyadh.'],
  ])('one meeting: %s', (text) => {
    expect(eventsIn(text)).toHaveLength(1);
  });
});

describe('an undated meeting yet to come in another town, after one held', () => {
  it.each([
    ['Venezuela and the Unitary Platform met in Bridgetown on February 1. Both delegations say they could meet again in Mexico City, but no date has been set.',
      ['2026-02-01 PUD VE Bridgetown held confirmed', '- PUD VE Mexico City planned tentative']],
    ['Ghana and Togo held talks in Accra on February 1. The two sides will meet in Lomé.',
      ['2026-02-01 GH TG Accra held confirmed', '- GH TG Lomé planned confirmed']],
  ])('is a meeting of its own: %s', (text, expected) => {
    expect(summaryOf(text)).toEqual(expected);
  });

  it.each([
    // the same town, or another meeting there in the past
    ['Ghana and Togo held talks in Accra on February 1. The two sides could meet again in Accra.', ['2026-02-01 GH TG Accra held confirmed']],
    ['Ghana and Togo held talks in Accra on February 1. Earlier talks in Lomé had failed.', ['2026-02-01 GH TG Accra held confirmed']],
  ])('is no other meeting: %s', (text, expected) => {
    expect(summaryOf(text)).toEqual(expected);
  });
});

describe('a side left out of meetings in the plural', () => {
  const excludedOf = (text: string) => eventsOf(text).map((e) => e.parties.filter((p) => p.roles.includes('excluded')).map((p) => p.id));
  it.each([
    // another event inside a clause about the side left out is not what it was left out of
    ['Israel and Lebanon held talks in Naqoura on February 2. Hezbollah, the armed group that fought a war with Israel last year, has been kept out of the process.', [['HEZBOLLAH']]],
    ['Israel and Lebanon held talks in Naqoura on February 2. Hezbollah has been kept out of the ceasefire deal.', [[]]],
    // left out of the process: of every meeting of it
    ['Israel and Lebanon held talks in Naqoura on February 2. Israeli and Lebanese officials met again in Tyre on February 3. Hezbollah has been kept out of the process.', [['HEZBOLLAH'], ['HEZBOLLAH']]],
    // "the bilateral sessions" looks back at every session of the same sides named before.
    ['Canadian and U.S. negotiators held talks in Washington on 15 January. The next session of Canada and the United States is set for 27 January in Ottawa. Mexico is not taking part in the bilateral sessions.', [['MX'], ['MX']]],
    // "talks" in the plural need not name meetings one by one: only the meeting the sentence speaks of.
    ['Canadian and U.S. negotiators held talks in Washington on 15 January. The next session of Canada and the United States is set for 27 January in Ottawa. Mexico is not taking part in the talks.', [[], ['MX']]],
  ])('%s', (text, expected) => {
    expect(excludedOf(text)).toEqual(expected);
  });
});

describe('a date before a relative clause', () => {
  it('is not the date of a meeting word inside the clause', () => {
    const events = eventsOf('Somaliland elected a new president in November 2025, who has said he is open to dialogue with Somalia.');
    expect(events.map((e) => e.date?.value ?? null)).not.toContain('2025-11');
  });

  it('still dates a meeting word after it in the same clause', () => {
    const events = eventsOf('In November 2025 Somalia and Somaliland held talks in Djibouti, which hosted the round.');
    expect(events.map((e) => e.date?.value)).toEqual(['2025-11']);
  });
});

describe('a date inside a relative clause that closes before a meeting word', () => {
  it.each([
    // the clause's own verb takes the date; the later meeting word is the talks already dated
    ['Israel and Lebanon held talks in Naqoura on March 3. Hezbollah, the armed group and political party that fought a war with Israel last year, has been kept out of the talks.', ['2026-03-03']],
    ['Israel and Lebanon held talks in Naqoura on March 3. Hezbollah, which fought a war with Israel in 2024, has been kept out of the talks.', ['2026-03-03']],
    ['Iran and the United States, which held talks in Muscat on April 12, will meet again in Rome.', ['2025-04-12']],
  ])('%s', (text, dates) => {
    expect(eventsOf(text).map((e) => e.date?.value ?? '-')).toEqual(dates);
  });

  it.each([
    // "that" after a verb of deciding is a conjunction, not a relative pronoun: the date is the talks'
    ['On Friday, the ministers of Armenia and Azerbaijan agreed that on March 3, they will hold talks in Vienna.', '2026-03-03'],
    // the meeting word inside the clause, before the date
    ['Armenia and Azerbaijan, who will hold talks in Vienna on March 3, have exchanged prisoners.', '2026-03-03'],
    // the date in the main clause, after the relative clause closed
    ['Egypt, which hosted earlier rounds, will host talks between Israel and Hamas in Cairo on March 3.', '2026-03-03'],
  ])('leaves a date outside such a clause to the meeting: %s', (text, date) => {
    expect(eventsOf(text).map((e) => e.date?.value ?? '-')).toContain(date);
  });
});

describe('a day and the range that holds it', () => {
  it('dates one meeting by the range named beside the day', () => {
    const events = eventsOf('The delegations of China and the United States sat down on Monday and Tuesday, February 2-3, at a government building in Stockholm.');
    expect(events.map((e) => e.date?.value)).toEqual(['2026-02-02/2026-02-03']);
  });
});

describe('the date a moved meeting had been due on', () => {
  it('is the old date, not a second meeting', () => {
    const events = eventsOf('Peru and Ecuador have delayed the third round of their border talks, which had been due to open in Lima on February 10, to March 2.');
    expect(events.map((e) => [e.date?.value, e.status])).toEqual([['2026-03-02', 'postponed']]);
  });

  it('still dates a meeting that was called off', () => {
    const events = eventsOf('Border talks between Peru and Ecuador, which had been due to open in Lima on February 10, were called off.');
    expect(events.map((e) => e.date?.value)).toEqual(['2026-02-10']);
  });
});

describe('a summit announced with its place and date after its verb', () => {
  const text = 'The Commission announces that a multilateral summit between ECOWAS and the three member states of the Alliance of Sahel States - Mali, Burkina Faso and Niger - will be held in Abuja, Federal Republic of Nigeria, on Wednesday, 24 September 2025.';

  it('takes the date and the place of its verb, however long the subject', () => {
    const [event] = eventsOf(text);
    expect([event?.date?.value, event?.venue?.city]).toEqual(['2025-09-24', 'Abuja']);
  });

  it('does not read "Sahel States" as the United States', () => {
    expect(eventsOf(text)[0]?.parties.map((p) => p.id)).toEqual(['BF', 'ECOWAS', 'ML', 'NE']);
  });
});

describe('a sentence describing the meeting just spoken of', () => {
  it('gives its format', () => {
    const events = extract('The foreign ministers of Armenia and Azerbaijan sat down on Tuesday in a government residence in Almaty. This was a bilateral format: Kazakhstan hosted and laid on the logistics, but it was not mediating.', OPTS).events;
    expect(events[0]?.format).toBe('bilateral');
    expect(events[0]?.why.format?.rule).toBe('format.bilateral');
  });
});

describe('a meeting seen from its first and last days', () => {
  const text = 'ACCRA, Jan 19 (Wire) - Delegations from Ghana and Togo ended three days of proximity talks in the Togolese capital Lome on Jan 18 without a breakthrough, but agreed to reconvene in Lome next month. The talks, which began on Jan 16, were mediated by the office of the United Nations special envoy for West Africa and by Nigeria.';

  it('ends "three days of talks" on the day they ended, however far the verb stands', () => {
    expect(extract(text, { today: '2026-11-21' }).events[0]?.date?.value).toBe('XXXX-01-16/XXXX-01-18');
  });

  it('joins "the talks, which began on" to the meeting held, not to the one planned after it', () => {
    expect(extract(text, { today: '2026-11-21' }).events.map((e) => e.date?.value)).toEqual(['XXXX-01-16/XXXX-01-18', 'XXXX-02']);
  });

  it('reads mediators through "the office of" and "and by"', () => {
    const held = extract(text, { today: '2026-11-21' }).events[0];
    expect(held?.parties.filter((p) => p.roles.includes('mediator')).map((p) => p.id)).toEqual(['NG', 'UN']);
  });
});

describe('meetings of a numbered series', () => {
  const text = 'The Philippines and China held the 26th meeting of their consultation mechanism in Manila on January 15. Both sides agreed to continue dialogue. The 27th meeting of the mechanism will be held in Beijing later this year.';

  it('numbers a meeting by its figure and keeps the next one apart, though its year holds the first one\'s day', () => {
    const events = extract(text, { referenceDate: '2026-01-16', today: '2026-11-21' }).events;
    expect(events.map((e) => [e.date?.value, e.round, e.status, e.venue?.city])).toEqual([['2026-01-15', 26, 'held', 'Manila'], ['2026', 27, 'planned', 'Beijing']]);
  });

  it.each([
    ['Ghana and Togo held the 8th session of their border commission in Accra on January 15. The 9th session is expected to take place in Lome later this year, officials said.', [8, 9]],
    ['Ghana and Togo held the 8th session of their border commission in Accra on January 15. The two sides agreed at the 8th session to hold the 9th session in Lome, with no date fixed.', [8, 9]],
    ['Ghana and Togo held the 8th session of their border commission in Accra on January 15. The 9th session will be held in Lome, and a 10th could follow in Accra.', [8, 9]],
  ])('opens an undated meeting of the series for a number yet to come that no meeting read has: %s', (text, rounds) => {
    const events = extract(text, { referenceDate: '2026-01-16', today: '2026-11-21' }).events;
    expect(events.map((e) => e.round)).toEqual(rounds);
    expect(events[1]).toMatchObject({ status: 'planned', venue: { city: 'Lomé', country: 'TG' } });
    expect(events[1].parties.map((p) => p.id).sort()).toEqual(['GH', 'TG']);
  });

  it.each([
    // The same number as the meeting read: the same meeting.
    'Ghana and Togo held the 8th session of their border commission in Accra on January 15. The 8th session will be followed by a report.',
    // No meeting read has a number: "their first round" is the meeting the headline spoke of.
    'Ghana and Togo could hold talks in Lome next week\n\nGhana and Togo may hold their first round of talks in Lome as early as next week. Officials said the meeting was pencilled in for Thursday 22 January.',
  ])('opens no second meeting for a number already read or where none is: %s', (text) => {
    expect(extract(text, { referenceDate: '2026-01-16', today: '2026-11-21' }).events).toHaveLength(1);
  });

  it('does not number "the first meeting" as a round', () => {
    const events = eventsOf('The first meeting between Chad and Niger since 2019 was held in Niamey on February 2.');
    expect(events[0]?.round).toBeNull();
  });
});

describe('the place a date line is filed from', () => {
  it.each([
    ['BAKU, Azerbaijan, February 2, 2026 (Wire) - Israeli and Syrian officials held a first direct round of talks in the Azerbaijani capital on Saturday.', ['IL', 'SY']],
    ['MOSCOW, Feb 2 (Wire) - Ukraine and Armenia held talks in the Russian capital on Saturday.', ['AM', 'UA']],
  ])('is no side: %s', (text, sides) => {
    expect(eventsOf(text).map((e) => e.parties.filter((p) => p.roles.includes('participant')).map((p) => p.id).sort())).toEqual([sides]);
  });
});

describe('a yearless meeting day under a yearless date line', () => {
  const statusOf = (text: string) => extract(text, { today: '2026-11-21' }).events.map((e) => [e.date?.value, e.status]);
  it.each([
    ['KUWAIT CITY, Oct 2 (Wire) - Iraqi and Kuwaiti ministers meet in Riyadh on Oct 14.', [['XXXX-10-14', 'planned']]],
    ['KUWAIT CITY, Oct 2 (Wire) - The meeting of Iraqi and Kuwaiti ministers in Riyadh on Sept 24 covered navigation.', [['XXXX-09-24', 'held']]],
    // the nearer way round the year: December before a January date line
    ['KUWAIT CITY, Jan 5 (Wire) - The meeting of Iraqi and Kuwaiti ministers in Riyadh on Dec 28 covered navigation.', [['XXXX-12-28', 'held']]],
  ])('%s', (text, expected) => {
    expect(statusOf(text)).toEqual(expected);
  });
});

describe('a hedge in a sentence of two meetings', () => {
  it('hedges the meeting whose date is nearer it', () => {
    const events = eventsOf("Eritrea and Djibouti met in Geneva on February 2. A follow-up round is pencilled in for March, if the February 2 session produces agreement on a joint commission.");
    expect(events.map((e) => [e.date?.value, e.certainty])).toEqual([['2026-02-02', 'confirmed'], ['2026-03', 'tentative']]);
  });
});

describe("a headline's later clause with a meeting word of its own", () => {
  it('tells another story than the first dated meeting', () => {
    const events = extract('Japan, Russia to open salmon quota talks in Moscow; island fishing talks delayed\n\nTOKYO, Feb 10 (Wire) - Japan and Russia will hold their annual consultations on salmon catches in Moscow from February 17 through February 21, officials said.',
      { today: '2026-11-21' }).events;
    expect(events.map((e) => [e.date?.value, e.status])).toEqual([['XXXX-02-17/XXXX-02-21', 'planned']]);
  });
});

describe('the next meeting, moved in the sentence after it', () => {
  it('is not the meeting held in the month it was due, and takes the new date and place', () => {
    const events = extract('Kenya and Uganda held the fourth round of talks in Kampala on 13 October. The next meeting of their joint committee was due in October but was pushed back. It has now been rescheduled for later this month in Nairobi, officials say.',
      { referenceDate: '2026-11-05', today: '2026-11-21' }).events;
    expect(events.map((e) => [e.date?.value, e.status, e.venue?.city, e.round])).toEqual([['2026-10-13', 'held', 'Kampala', 4], ['2026-11', 'postponed', 'Nairobi', null]]);
  });
});

describe('a meeting moved to a year', () => {
  it('is dated by the year it was moved to', () => {
    const events = eventsOf('The joint cabinet meeting that Greece and Turkey were due to hold in Ankara on 12 February has been postponed to "early 2027", both governments said on Friday.');
    expect(events.map((e) => [e.date?.value, e.status])).toEqual([['2027', 'postponed']]);
  });
});

describe('a body of states alone at its own meeting', () => {
  it.each([
    ['The GCC summit will be held in Kuwait City on February 25.', 'GCC', 'multilateral'],
    ['NATO foreign ministers will meet in Ankara in July.', 'NATO', 'multilateral'],
    ['IGAD heads of state met in Djibouti on February 2 to discuss the crisis.', 'IGAD', 'multilateral'],
    // no club of states: the format stays unknown
    ['ICRC delegates held a meeting in Geneva on February 2.', 'ICRC', null],
  ])('%s', (text, id, format) => {
    const events = eventsOf(text);
    expect(events.map((e) => [e.parties.map((p) => p.id), e.format])).toEqual([[[id], format]]);
  });
});

describe('a body of states whose members meet borrows no sides', () => {
  const sidesOf = (text: string) => eventsOf(text).map((e) => [e.parties.filter((p) => p.roles.includes('participant')).map((p) => p.id), e.format]);
  it.each([
    ['Serbia and Kosovo met in Brussels on January 12. When EU foreign ministers met in Brussels on February 2, they discussed energy.', [[['RS', 'XK'], 'bilateral'], [['EU'], 'multilateral']]],
    ['Serbia and Kosovo met in Brussels on January 12. Leaders of the African Union met in Addis Ababa on February 2.', [[['RS', 'XK'], 'bilateral'], [['AU'], 'multilateral']]],
    // what stood on the agenda is a topic, not a side
    ['Serbia and Kosovo met in Brussels on January 12. When EU foreign ministers met in Brussels on February 2, Kosovo was high on the agenda.', [[['RS', 'XK'], 'bilateral'], [['EU'], 'multilateral']]],
    // a body named only near the meeting word still lends its place to the sides of the process
    ['Serbia and Kosovo met in Brussels on January 12. UN-backed talks resumed in Vienna on February 2.', [[['RS', 'XK'], 'bilateral'], [['RS', 'XK'], 'bilateral']]],
    // the body whose gathering hosts a side meeting is no side of it
    ["Argentina and Britain held talks in London on January 12. The two countries' foreign ministers had first met on the sidelines of the G20 foreign ministers' meeting in Johannesburg on February 2, 2025.", [[['AR', 'GB'], 'bilateral'], [['AR', 'GB'], 'bilateral']]],
    ['Argentina and Britain held talks in London on January 12. Their prime ministers met on the margins of the G7 summit on June 17, 2025.', [[['AR', 'GB'], 'bilateral'], [['AR', 'GB'], 'bilateral']]],
  ])('%s', (text, expected) => {
    expect(sidesOf(text)).toEqual(expected);
  });
});

describe('sources are no sides', () => {
  it('reads a department that confirms a moved meeting as a source', () => {
    const events = eventsOf('Peru and Chile met in Lima on January 12. The next meeting was pushed back to February 20, the Ecuadorian Department of Foreign Affairs confirmed.');
    expect(events.map((e) => e.parties.map((p) => p.id))).toEqual([['CL', 'PE'], ['CL', 'PE']]);
  });
});

describe('a meeting yet to come in a month that holds one already held', () => {
  it.each([
    ['Peru and Chile held talks in Lima on 2 February. Both sides are expected to reconvene in Lima later this month.', [['2026-02-02', 'held'], ['2026-02', 'planned']]],
    ['Peru and Chile held talks in Lima on 2 February. The talks, the first this month, ended without a deal.', [['2026-02-02', 'held']]],
    // a month that holds a meeting's days, said of other sides
    ['ASEAN and China held talks in Cebu from 2 to 3 February. Philippine and Chinese officials reportedly met in Xiamen this month.', [['2026-02-02/2026-02-03', 'held'], ['2026-02', 'held']]],
    // either way round: a day in a week that holds another meeting, said of other sides
    ['Saudi and Iranian coast guard officials held talks in Muscat last week. Saudi Arabia, Russia, Iraq and Kuwait held a video conference on Sunday.', [['2026-W05', 'held'], ['2026-02-01', 'held']]],
    // the same sides: the same meeting
    ['Saudi and Iranian officials held talks in Muscat last week. The Saudi and Iranian delegations met again on Sunday.', [['2026-02-01', 'held']]],
    // the earlier meeting's own sentence says nothing of its status; its days are past
    ['Peru and Chile agreed on a fisheries mechanism following talks hosted in Lima from 1 to 2 February. They are expected to reconvene later this month.', [['2026-02-01/2026-02-02', 'held'], ['2026-02', 'planned']]],
  ])('%s', (text, expected) => {
    expect(eventsOf(text).map((e) => [e.date?.value, e.status])).toEqual(expected);
  });
});

describe('another city, another meeting', () => {
  it.each([
    // a meeting placed in another city in the same month is another meeting
    ['The third session of the Peru-Chile commission, set for 12 February in Lima, was moved to 20 February. The two presidents could meet in Santiago later in February.', [['2026-02-20', 'Lima'], ['2026-02', 'Santiago']]],
    // the same city, or none named, is the same meeting
    ['The third session of the Peru-Chile commission, set for 12 February in Lima, was moved to 20 February. The session in Lima later in February will focus on fishing.', [['2026-02-20', 'Lima']]],
    ['The third session of the Peru-Chile commission, set for 12 February in Lima, was moved to 20 February. The session later in February will focus on fishing.', [['2026-02-20', 'Lima']]],
  ])('%s', (text, expected) => {
    expect(eventsOf(text).map((e) => [e.date?.value, e.venue?.city])).toEqual(expected);
  });
});

describe('"it has been postponed" after the meeting', () => {
  it.each([
    ['The 11th Peru-Chile summit was due to be held in Lima in March. It has been postponed, and no new date was given.', 'postponed'],
    ['The 11th Peru-Chile summit was due to be held in Lima in March. It was called off on Monday.', 'cancelled'],
    // a held meeting stays held; a sentence about something else says nothing
    ['Peru and Chile held a summit in Lima on 2 February. It was postponed twice before.', 'held'],
    ['The 11th Peru-Chile summit was due to be held in Lima in March. Its agenda is long.', 'planned'],
  ])('%s', (text, status) => {
    expect(eventsOf(text).map((e) => e.status)).toEqual([status]);
  });
});

describe('the place of the sentence that dates the meeting', () => {
  it.each([
    // a place from a sentence that only speaks of the meeting yields to the dated sentence's own
    ['The secretariat in Lima prepares each Peru-Chile summit.\nThe tenth summit took place in Santiago on 26 January.', 'Santiago'],
    // with none of its own, the dated meeting keeps the place it was given
    ['Peru and Chile will hold a summit in Lima.\nThe summit will take place on 26 February.', 'Lima'],
  ])('%s', (text, city) => {
    expect(eventsOf(text).map((e) => e.venue?.city)).toEqual([city]);
  });
});

describe('the clauses of a headline', () => {
  it.each([
    // the undated clause is another story: its city is not the dated clause's venue
    ['Peru, Chile ministers meet in Arica; fisheries commission session pushed to March\n\nThe session of the Peru-Chile commission will now be held on 3 March.', [['2026-03-03', undefined]]],
    // a headline line of its own still speaks of the first meeting
    ['Peru, Chile ministers to meet in Arica\n\nThe ministers will meet on 3 March.', [['2026-03-03', 'Arica']]],
  ])('%s', (text, expected) => {
    expect(eventsOf(text).map((e) => [e.date?.value, e.venue?.city])).toEqual(expected);
  });
});

describe('dates that are not the meeting\'s', () => {
  it.each([
    // a span's start: the meeting stays undated, or takes its own date
    ['Formal talks between Cyprus and Turkey have stalled since 2017, but their envoys met in Geneva on Tuesday.', '2026-02-03'],
    ['The commission of Peru and Chile, which last convened in 2019, has not met since 2021.', '2019'],
    // where a process began
    ['The dialogue between Serbia and Kosovo was launched in 2011; its negotiators met in Brussels on Monday.', '2026-02-02'],
    // a year that dates another noun
    ['The talks between Georgia and Russia on the 2008 war ended on Thursday.', '2026-01-29'],
    ['The 2019 talks between Georgia and Russia in Geneva ended without a deal.', '2019'],
    // a date placed before or after the meeting is not its date
    ['Peru and Chile will hold talks in Lima on 10 February. Their ministers spoke by phone on Monday, on the eve of the Lima talks.', '2026-02-10'],
    ['Peru and Chile will hold talks in Lima on 10 February. Their ministers were upbeat on Monday, two days ahead of the Lima talks.', '2026-02-10'],
  ])('%s', (text, value) => {
    expect(eventsOf(text).map((e) => e.date?.value ?? null)).toEqual([value]);
  });

  it.each([
    'Cyprus and Turkey said talks stalled since 2017 would not resume soon.',
    'Serbia and Kosovo joined the dialogue launched in 2011 by the European Union.',
    'Georgia and Russia held talks on the 2008 war.',
  ])('dates no meeting by a year that is not its own: %s', (text) => {
    expect(eventsOf(text).filter((e) => e.date !== null)).toEqual([]);
  });
});

describe('a meeting on the sidelines of the meeting under discussion', () => {
  it.each([
    ['The ECOWAS summit, which brings together the leaders of the bloc\'s member states, is due to open in Abuja on February 12. The Ghanaian and Togolese presidents could also meet on its margins, an aide said.',
      ['2026-02-12 ECOWAS Abuja planned confirmed', '2026-02-12 GH TG Abuja planned tentative']],
    ['NATO foreign ministers will meet in Ankara on February 12. Greece and Turkey plan to hold talks on the sidelines.',
      ['2026-02-12 NATO Ankara planned confirmed', '2026-02-12 GR TR Ankara planned confirmed']],
    // opening the sentence, naming the meeting it stands beside; a separate, bilateral meeting of two of its sides
    ['Ghana, Togo, Benin and Nigeria held a quadrilateral meeting in Accra on February 2. Their ministers will meet again in Lomé in March. On the margins of the quadrilateral meeting, the Ghanaian minister held a separate bilateral meeting with the Togolese minister.',
      ['2026-02-02 BJ GH NG TG Accra held confirmed', '2026-03 BJ GH NG TG Lomé planned confirmed', '2026-02-02 GH TG Accra held confirmed']],
  ])('is a meeting of its own, on that meeting\'s date and in its town: %j', (text, expected) => {
    expect(summaryOf(text)).toEqual(expected);
  });

  it.each([
    // The sides of the meeting itself, met on its sidelines: no other meeting.
    ['Ghana and Togo held talks in Accra on February 2. Their foreign ministers also met on the sidelines.', ['2026-02-02 GH TG Accra held confirmed']],
    ['Ghana, Togo, Benin and Nigeria held a quadrilateral meeting in Accra on February 2. On the sidelines, the Ghanaian and Togolese ministers discussed the border.', ['2026-02-02 BJ GH NG TG Accra held confirmed']],
  ])('is no other meeting without sides of its own: %j', (text, expected) => {
    expect(summaryOf(text)).toEqual(expected);
  });
});

describe('a sentence that says a body has not met since some time', () => {
  it('names no sides of the meeting under discussion', () => {
    const events = eventsOf('Georgian, Russian and South Ossetian officials met in Gori on February 3. A parallel mechanism for Abkhazia, which used to meet in Gali, has not convened since 2018.');
    expect(events.map((e) => e.parties.map((p) => p.id).join(' '))).toEqual(['GE RU SOUTH_OSSETIA']);
  });
});

describe('the date of a meeting said to be due', () => {
  it.each([
    // "was due" dates the meeting however far from the meeting word ("due to the storm" is a cause)
    ['The meeting – the Russian and Ukrainian delegations, with Turkish diplomats in the chair as hosts and facilitators – was due last Thursday.', '2026-01-29'],
    // moved with no new date: the date it was due on
    ['The meeting between Russia and Ukraine, which had been due on February 10, has been postponed.', '2026-02-10'],
    ['The meeting between Russia and Ukraine, which had been due on February 10, has been postponed to March 3.', '2026-03-03'],
  ])('%s', (text, date) => {
    expect(eventsOf(text).map((e) => e.date?.value ?? null)).toEqual([date]);
  });
});

describe('the meeting an agreement came at', () => {
  it.each([
    // dated by the day the sentence before says it was agreed (read though that sentence has no meeting word)
    ['Iraqi and Kuwaiti officials agreed yesterday to revive joint patrols in the waterway. The agreement came at the ninth meeting of the Iraqi-Kuwaiti joint committee, held in Kuwait City.', '2026-02-03'],
    // not by a year, nor by the day of a statement
    ['Iraq and Kuwait agreed in 2012 to share the waterway. The agreement came at the ninth meeting of the Iraqi-Kuwaiti joint committee, held in Kuwait City.', null],
    ['Iraqi and Kuwaiti officials said yesterday that patrols would resume. The agreement came at the ninth meeting of the Iraqi-Kuwaiti joint committee, held in Kuwait City.', null],
  ])('%s', (text, date) => {
    expect(eventsOf(text).map((e) => e.date?.value ?? null)).toEqual([date]);
  });
});

describe('a numbered meeting that names no sides', () => {
  it.each([
    // the sides of the round numbered just before it, not of the unnumbered meeting read last
    ['Danish, Greenlandic and American officials met in Washington on February 3, the second time the group has convened. On February 2, Danish and American defence officials met separately. The plan is for a third meeting in Nuuk in April.',
      ['DK GL US', 'DK US', 'DK GL US']],
    // no round numbered before it: the meeting read last
    ['Danish, Greenlandic and American officials met in Washington on February 3. On February 2, Danish and American defence officials met separately. The plan is for a third meeting in Nuuk in April.',
      ['DK GL US', 'DK US', 'DK US']],
  ])('%s', (text, expected) => {
    expect(sidesOf(text)).toEqual(expected);
  });
});

describe('a meeting that names one side of its own, after a gathering of many', () => {
  it.each([
    // takes nothing from the gathering
    ['Diplomats from the United States, Britain, France, Italy, Turkey and Egypt met a Libyan delegation in Berlin on January 20. Libyan military officers from both camps met in Sirte on January 14.',
      ['EG FR GB IT LY TR US', 'LY']],
    // naming none, it is still the gathering's next meeting
    ['Diplomats from the United States, Britain, France, Italy, Turkey and Egypt met a Libyan delegation in Berlin on January 20. The officers met again in Sirte on January 27.',
      ['EG FR GB IT LY TR US', 'EG FR GB IT LY TR US']],
  ])('%s', (text, expected) => {
    expect(sidesOf(text)).toEqual(expected);
  });
});

describe('a meeting of a process named by its town', () => {
  it.each([
    // "of the Accra talks": the sides of the meeting that sat in Accra, not of the meeting read last
    ['Ghana and Togo held the fifth round of talks in Accra on January 20. Benin and Nigeria met in Kumasi on February 1. The next round of the Accra talks is set for March 3.',
      ['GH TG', 'BJ NG', 'GH TG']],
    // no town named: the meeting under discussion
    ['Ghana and Togo held the fifth round of talks in Accra on January 20. Benin and Nigeria met in Kumasi on February 1. The next round is set for March 3.',
      ['GH TG', 'BJ NG', 'BJ NG']],
  ])('%s', (text, expected) => {
    expect(sidesOf(text)).toEqual(expected);
  });
});

describe('"the two sides" of a meeting that names none', () => {
  it.each([
    // The pair of the meeting in the same town, not the pair named last (a framework between others).
    ['Ghana and Togo held talks in Accra from 2 to 4 February under ECOWAS mediation. ECOWAS welcomed the framework agreed between Ghana and Burkina Faso. The two parties are expected to reconvene in Accra later this month.',
      ['GH TG', 'GH TG']],
    // Under the same mediator, in another town.
    ['Ghana and Togo held talks in Accra from 2 to 4 February under ECOWAS mediation. ECOWAS welcomed the framework agreed between Ghana and Burkina Faso. The two parties are expected to reconvene in Lomé later this month under ECOWAS auspices.',
      ['GH TG', 'GH TG']],
  ])('takes the pair of the meeting of its process: %j', (text, expected) => {
    expect(sidesOf(text)).toEqual(expected);
  });

  it.each([
    // No meeting in the same town or under the same mediator: the pair named last.
    ['Ghana and Togo held talks in Accra from 2 to 4 February. Ghana and Burkina Faso signed a framework on the border. The two sides will meet in Ouagadougou later this month.',
      ['GH TG', 'BF GH']],
    ['Pakistan and Afghanistan held talks in Istanbul on February 2. Traders from India and China were also in town. Traders from both sides met at Torkham on February 1.',
      ['AF PK', 'CN IN']],
  ])('keeps the pair named last otherwise: %j', (text, expected) => {
    expect(sidesOf(text)).toEqual(expected);
  });

  it.each([
    // both sides of a border are a place, not a pair (the meeting borrows the sides of the nearest meeting)
    ['Pakistan and Afghanistan held talks in Istanbul on February 2. Traders from India and China were also in town. Traders from both sides of the border met at Torkham on February 1.',
      ['AF PK', 'AF PK']],
  ])('reads no pair in %j', (text, expected) => {
    expect(sidesOf(text)).toEqual(expected);
  });
});

describe('a meeting that counts its sides', () => {
  it.each([
    // The group of three named together before the phrase, not the two sides of the meeting nearest in time.
    ['Chile, Peru and Bolivia held border talks in Arica on January 14. Bolivia stayed away from a second round in Lima on January 28, which Chile and Peru attended. A third round in La Paz on March 9 will bring all three delegations back.',
      ['BO CL PE', 'CL PE', 'BO CL PE']],
    ['Chile, Peru and Bolivia held border talks in Arica on January 14. Chilean and Peruvian officials met again in Lima on February 2. Another session, which none of the three governments has confirmed, could take place in La Paz on March 9.',
      ['BO CL PE', 'CL PE', 'BO CL PE']],
    // No group of four before the phrase: the nearest meeting that had four sides (and, as this one names no side
    // of its own, its mediator).
    ['Ghana and Togo held talks with Benin and Burkina Faso in Accra on January 12 under ECOWAS mediation. A Ghanaian official met a Togolese envoy in Lomé on January 30. The four foreign ministers will meet again in Cotonou on March 2 under ECOWAS auspices.',
      ['BF BJ GH TG', 'GH TG', 'BF BJ GH TG']],
    // No group of three anywhere: a meeting of the same mediator's process, its sides with the one it left out.
    ['Ethiopian and Egyptian negotiators opened talks in Addis Ababa on Monday, February 2, under the auspices of the African Union, but Sudan stayed away. The third round, held in Cairo in late July with all three delegations present and also chaired by the AU, produced an agreement.',
      ['EG ET', 'EG ET SD']],
  ])('fills the sides of %j', (text, expected) => {
    expect(sidesOf(text)).toEqual(expected);
  });

  it.each([
    // Sides enough already: nothing is added.
    ['Kazakh, Kyrgyz and Uzbek water officials met in Tashkent on January 20. Tajikistan, Turkmenistan and Afghanistan held talks in Dushanbe on February 1, and the three governments agreed to meet again.',
      ['KG KZ UZ', 'AF TJ TM']],
    // A group that does not hold the side the meeting names gives nothing.
    ['Kazakh, Kyrgyz and Uzbek water officials met in Tashkent on January 20. Mongolia held talks in Ulaanbaatar on February 2 with the three Baltic states.',
      ['KG KZ UZ', 'MN']],
  ])('leaves the sides of %j', (text, expected) => {
    expect(sidesOf(text)).toEqual(expected);
  });
});

describe('mediators and sides spoken of again', () => {
  const rolesOf = (text: string) => eventsOf(text).map((e) => e.parties.map((p) => `${p.id}:${p.roles.join('+')}`).join(' '));
  it.each([
    // "the guarantor countries": the mediators of the meeting before, not the pair named last as sides
    ['Colombia and the ELN concluded the sixth cycle of talks in Caracas on February 3 under Cuban and Mexican mediation. The two delegations agreed to hold the seventh cycle in Havana from March 16 to 27, with the accompaniment of the guarantor countries.',
      ['CO:participant CU:mediator ELN:participant MX:mediator', 'CO:participant CU:mediator ELN:participant MX:mediator']],
    ['Qatar and Egypt mediated talks between Israel and Hamas in Cairo on January 20. Israel and Hamas will meet again in Doha on February 10, and the mediators expect progress.',
      ['EG:mediator HAMAS:participant IL:participant QA:mediator', 'EG:mediator HAMAS:participant IL:participant QA:mediator']],
  ])('reads %j', (text, expected) => {
    expect(rolesOf(text)).toEqual(expected);
  });

  it('takes no mediators from a meeting of other sides', () => {
    expect(rolesOf('Qatar and Egypt mediated talks between Israel and Hamas in Cairo on January 20. Sudan and Chad will meet in Doha on February 10, and the mediators expect progress.'))
      .toEqual(['EG:mediator HAMAS:participant IL:participant QA:mediator', 'SD:participant TD:participant']);
  });

  it.each([
    ['The seventh cycle of the dialogue between Colombia and the ELN opened in Havana on February 2.', 7],
    ['Colombia and the ELN will open the next cycle in Havana on February 12.', null],
  ])('reads a cycle of a peace process as a round: %j', (text, round) => {
    const events = eventsOf(text);
    expect(events.map((e) => e.round)).toEqual([round]);
  });

  it.each([
    'The election cycle began in Bogotá on February 2 for Colombia.',
    'Colombia fears a new cycle of violence after clashes with the ELN on February 2.',
  ])('makes no meeting of %j', (text) => {
    expect(eventsOf(text)).toEqual([]);
  });
});

describe('the process a meeting belongs to', () => {
  const summary = (text: string) => extract(text, { referenceDate: '2026-09-14', today: '2026-11-21' }).events
    .map((e) => `${e.date?.value} ${e.format} ${e.status} ${e.parties.map((p) => `${p.id}:${p.roles.join('+')}`).join(' ')}`);
  it.each([
    // a meeting with a mediator and no sides of its own takes them from a meeting of that mediator, not from
    // the meeting nearest in time
    ['A fifth round is expected in November, again under AU auspices, Egypt said. Egypt and Ethiopia met in Cairo in July under AU auspices. Egyptian engineers will meet Italian officials in Addis Ababa on Wednesday.',
      ['2026-11 bilateral planned AU:mediator EG:participant ET:participant', '2026-07 bilateral held AU:mediator EG:participant ET:participant', '2026-09-16 bilateral planned EG:participant IT:participant']],
    ['All three delegations are expected at a fifth round in November, again under AU auspices. Egypt and Ethiopia met in Cairo in July under AU auspices. Egyptian and Ethiopian engineers will meet Italian officials in Addis Ababa on Wednesday.',
      ['2026-11 bilateral planned AU:mediator EG:participant ET:participant', '2026-07 bilateral held AU:mediator EG:participant ET:participant', '2026-09-16 trilateral planned EG:participant ET:participant IT:participant']],
  ])('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });

  it.each([
    // the format had, not the format meant
    ['Egypt and Ethiopia met in Addis Ababa on Monday, turning what was designed as a three-way negotiation into a bilateral exchange.', ['2026-09-14 bilateral held EG:participant ET:participant']],
    ['The meeting, which was designed as a three-way negotiation between Egypt, Ethiopia and Sudan, opened in Addis Ababa on Monday.', ['2026-09-14 trilateral ongoing EG:participant ET:participant SD:participant']],
    // "be held" after a proposal is a plan
    ['Egypt proposed that a fifth round of talks with Ethiopia be held in Cairo in November.', ['2026-11 bilateral planned EG:participant ET:participant']],
  ])('reads format and status of %j', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });
});

describe('where the speakers are', () => {
  it.each([
    ['Diplomats in Islamabad said a meeting of the Pakistani and Afghan foreign ministers in Riyadh was possible later this month.', 'Riyadh'],
    ['Officials in Kabul told reporters that talks with Pakistan would open in Doha on February 10.', 'Doha'],
  ])('is not the venue: %j', (text, city) => {
    expect(eventsOf(text).map((e) => e.venue?.city)).toEqual([city]);
  });

  it('is the venue when the meeting is there', () => {
    expect(eventsOf('Pakistani and Afghan diplomats in Islamabad held talks on February 2.').map((e) => e.venue?.city)).toEqual(['Islamabad']);
  });
});

describe('a place in a clause about a person', () => {
  it.each([
    ['Pakistan and Afghanistan held talks on Monday, said Gul Shinwari, who exports dried fruit to Peshawar.', null],
    ['Chile and Peru held talks on Tuesday, according to Ana Ruiz, who teaches law in Lima.', null],
    // the clause speaks of the meeting: its place is the meeting's
    ['Chile and Peru appointed Ana Ruiz, who will chair their talks in Lima on Tuesday.', 'Lima'],
    ['Chile and Peru held talks with the envoy, whose office in Lima hosted the meeting on Tuesday.', 'Lima'],
  ])('%j is in %j', (text, city) => {
    expect(eventsOf(text).map((e) => e.venue?.city ?? null)).toEqual([city]);
  });
});

describe('the place a verb of meeting gives the meeting word before it', () => {
  it.each([
    ['A three-way ministerial meeting of Chile, Peru and Bolivia, the three states that share the Altiplano aquifer and its grazing lands, was due to take place in Arica, officials said.', 'Arica'],
    ['The talks between Chile and Peru, long stalled by a dispute over the maritime boundary off the coast of the Atacama, took place in Arica, officials said on Monday.', 'Arica'],
    // a building, then its town
    ['The talks between Chile and Peru, long stalled by a dispute over the maritime boundary, were held at the Chilean foreign ministry in Santiago, officials said on Monday.', 'Santiago'],
    // no verb of meeting before the place
    ['Chile and Peru held talks on Tuesday on the long dispute over the maritime boundary off the Atacama coast, which fishermen say was settled in Arica.', null],
  ])('%j is in %j', (text, city) => {
    expect(eventsOf(text).map((e) => e.venue?.city ?? null)).toEqual([city]);
  });
});

describe('a verb before the clause that holds the meeting word', () => {
  it.each([
    // "began" is the dispute's; the meeting's own verb plans it, and the next sentence calls it off
    ['The dispute began in May, when a meeting of Chilean and Peruvian ministers was due to take place in Arica.', ['2025-05 planned']],
    ['The dispute began in May, when a meeting of Chilean and Peruvian ministers was due to take place in Arica. It was called off a week before.', ['2025-05 cancelled']],
    // the meeting's own verb before its clause
    ['Chile and Peru met in Lima in May, when the dispute flared.', ['2025-05 held']],
  ])('%j', (text, expected) => {
    expect(datesAndStatuses(text)).toEqual(expected);
  });
});

describe('a date in a relative clause after a verb of planning', () => {
  it.each([
    // a participle clause of planning before the verb that cancels it
    ['A separate session of the joint committee of Chile and Peru on boundary pillars, due to be held in Arica in March, was called off after the mandate of the Peruvian delegation lapsed.', ['2026-03 cancelled']],
    // "pencilled in for" places the date as "scheduled for" does, past a relative clause's comma
    ['A meeting of the Thai and Malaysian foreign ministers on the boat arrivals off the Andaman coast, which had been pencilled in for February 10, has been called off.', ['2026-02-10 cancelled']],
  ])('%j', (text, expected) => {
    expect(datesAndStatuses(text)).toEqual(expected);
  });
});

describe('what a live report lists and recalls', () => {
  it.each([
    // the date a deadline runs out is not the meeting's
    ['Chile and Peru held a ninth round of talks in Lima on January 30. The deadline for the prisoner exchange, set at the end of the previous round, expires on February 6.', ['2026-01-30 held']],
    // a list item with a meeting word of its own is a story of its own
    // a numbered meeting begins only a meeting of that number or word
    ['Friday\'s planned meeting of the Bolivian and Peruvian foreign ministers in La Paz has been called off. The ninth round of talks between Chile and Peru opened on Monday.', ['2026-02-06 cancelled', '2026-02-02 held']],
  ])('%j', (text, expected) => {
    expect(datesAndStatuses(text)).toEqual(expected);
  });

  it('reads a list item with a meeting word of its own as a story of its own', () => {
    const text = 'Key points:\n- The ninth round of talks between Chile and Peru continues in Lima.\n- Friday\'s planned meeting of the Bolivian and Peruvian foreign ministers in La Paz has been called off.';
    expect(eventsOf(text).map((e) => `${e.date?.value} ${e.status} ${e.venue?.city} ${e.round}`)).toEqual(['2026-02-06 cancelled La Paz null']);
  });
});

describe('a meeting on the sidelines', () => {
  const places = (text: string) => eventsOf(text).map((e) => `${e.date?.value ?? '-'} ${e.venue?.city ?? '-'}`);
  it.each([
    // of the article's gathering of many sides, in its days (or its first week)
    ['Leaders of Fiji, Samoa, Tonga, Tuvalu and Palau opened their annual summit in Suva on February 2. The prime ministers of Fiji and Tonga met on the sidelines on February 3.', ['2026-02-02 Suva', '2026-02-03 Suva']],
    // where a live report's first line places its story
    ['LIVE: Pacific leaders gather in Suva\n\nThe prime ministers of Fiji and Tonga met on the sidelines this morning.', ['2026-02-04 Suva']],
    // not a gathering a month before, nor a first line that is a sentence
    ['Leaders of Fiji, Samoa, Tonga, Tuvalu and Palau opened their annual summit in Suva on January 2. The prime ministers of Fiji and Tonga met on the sidelines on February 3.', ['2026-01-02 Suva', '2026-02-03 -']],
    ['Pacific leaders arrive in Suva.\n\nThe prime ministers of Fiji and Tonga met on the sidelines this morning.', ['2026-02-04 -']],
    // "here" in a report without a date line is where its first line places it
    ['LIVE: Pacific leaders gather in Suva\n\nThe prime ministers of Fiji and Tonga met here yesterday evening.', ['2026-02-03 Suva']],
  ])('%j', (text, expected) => {
    expect(places(text)).toEqual(expected);
  });
});

describe('an undated meeting placed in another town before the first dated one', () => {
  it('is a meeting of its own', () => {
    const text = 'Chile and Peru agree on fishing steps\n\nThe agreement came at the ninth round of talks between Chile and Peru in Arica. Their foreign ministers will meet in Lima on March 3 to review it.';
    expect(eventsOf(text).map((e) => `${e.date?.value ?? '-'} ${e.venue?.city} ${e.round} ${e.status}`)).toEqual(['- Arica 9 unknown', '2026-03-03 Lima null planned']);
    // its own verb gives its status
    const held = 'Chile and Peru agree on fishing steps\n\nThe agreement came at the ninth round of talks between Chile and Peru, held in Arica. Their foreign ministers will meet in Lima on March 3 to review it.';
    expect(eventsOf(held).map((e) => `${e.date?.value ?? '-'} ${e.venue?.city} ${e.status}`)).toEqual(['- Arica held', '2026-03-03 Lima planned']);
  });

  it('is no meeting when its word names a kind of meeting', () => {
    const text = 'The secretariat in Lima prepares each Peru-Chile summit.\nThe tenth summit took place in Santiago on 26 January.';
    expect(eventsOf(text).map((e) => e.venue?.city)).toEqual(['Santiago']);
  });

  it('is the dated meeting when it names the same town', () => {
    const text = 'Chile and Peru agree on fishing steps\n\nThe ninth round of talks between Chile and Peru opened in Lima. The talks run in Lima until March 3.';
    expect(eventsOf(text)).toHaveLength(1);
  });
});

describe('the sides of a numbered round', () => {
  const sidesOf = (text: string) => eventsOf(text).map((e) => `${e.round} ${e.parties.filter((p) => p.roles.includes('participant')).map((p) => p.id).join(' ')}`);
  it.each([
    // a round of the same process (a shared side and mediator) has the other round's sides too
    ['Egyptian and Ethiopian negotiators held the fourth round of talks in Addis Ababa on February 2 under the auspices of the African Union. Cairo proposed that a fifth round be held in Cairo in March, again under AU auspices and with Sudan back at the table.', ['4 EG ET', '5 EG ET SD']],
    // without a shared mediator, another process
    ['Egyptian and Ethiopian negotiators held the fourth round of talks in Addis Ababa on February 2 under the auspices of the African Union. Egypt and Sudan will hold a fifth round of their own talks in Khartoum in March.', ['4 EG ET', '5 EG SD']],
  ])('%j', (text, expected) => {
    expect(sidesOf(text)).toEqual(expected);
  });
});

describe('status from the date alone', () => {
  it.each([
    ['Talks between Pakistan and Afghanistan in Riyadh in January.', 'held'],
    ['Talks between Pakistan and Afghanistan in Riyadh in March.', 'planned'],
    // the month of the reference date (February 4) holds days before and after it: no status from the date
    ['Talks between Pakistan and Afghanistan in Riyadh in February.', 'unknown'],
  ])('%s', (text, status) => {
    expect(eventsOf(text).map((e) => e.status)).toEqual([status]);
  });
});

describe('co-chairs who are the sides', () => {
  const partiesOf = (text: string) => eventsOf(text).map((e) => e.parties.map((p) => `${p.id}:${p.roles.join('+')}`).join(' '));
  it.each([
    // a meeting left with one side, co-chaired by others, is co-chaired by its own sides
    ['The Joint Committee met in Brussels on February 2, co-chaired as usual by the UK\'s minister for EU relations and the Commission\'s vice-president.', ['EU:participant GB:participant']],
    // co-chairs beside two sides of their own mediate
    ['Talks between Georgia and Russia were held in Geneva on February 2, co-chaired by the EU, the OSCE and the UN.', ['EU:mediator GE:participant OSCE:mediator RU:participant UN:mediator']],
    ['Georgian officials met in Ergneti on February 2, co-chaired as usual by the EU and the OSCE, with South Ossetian officials.', ['EU:mediator GE:participant OSCE:mediator SOUTH_OSSETIA:participant']],
  ])('%s', (text, expected) => {
    expect(partiesOf(text)).toEqual(expected);
  });
});

describe('a date after a meeting word that times another', () => {
  // "after a first round in Doha last month": the date is the first round's, not the second's
  it.each([
    ['Pakistani and Afghan negotiators met in Istanbul. The negotiations, held on February 6 and 7 and mediated by Turkey and Qatar, were the second round of talks, after a first round in Doha last month, also mediated by Qatar and Turkey.', 'Doha', ['2026-01', 1]],
  ])('%s', (text, city, expected) => {
    const doha = eventsOf(text).filter((e) => e.venue?.city === city);
    expect(doha.map((e) => [e.date?.value, e.round])).toEqual([expected]);
  });
});

describe('a question', () => {
  const summary = (text: string) => eventsOf(text).map((e) => `${e.date?.value ?? '-'} ${e.format ?? '-'} ${e.parties.map((p) => p.id).join(',')}`);
  it.each([
    // a question asserts no meeting of its own, nor the format of the meeting just spoken of
    ['Georgia and Russia met in Geneva on February 2. Did the two delegations hold a separate bilateral meeting on the margins?', ['2026-02-02 bilateral GE,RU']],
    ['The envoys of Georgia, Russia and Armenia met in Geneva on February 2. Did Georgia and Russia also hold a separate bilateral meeting?', ['2026-02-02 trilateral AM,GE,RU']],
    ['QUESTION: Will Iran and the United States meet in Muscat on February 10? ANSWER: We have nothing to announce.', []],
    // the answer after it goes on with the meeting spoken of before it
    ['Georgia and Russia met in Geneva on February 2. What came out of it? The two sides agreed to meet again on February 20.', ['2026-02-02 bilateral GE,RU', '2026-02-20 bilateral GE,RU']],
    // a question quoted inside a statement ends the sentence too
    ['Asked by reporters, the spokesman said: "Will Iran and the United States meet in Muscat on February 10?"', []],
  ])('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });
});

describe('a year counted from the reference day after a verb of the meeting', () => {
  it.each([
    ['Talks between Georgia and Russia will resume by the end of the year.', '2026'],
    ['Talks between Georgia and Russia will resume later this year.', '2026'],
    ['Talks between Georgia and Russia will resume by the end of the month.', '2026-02'],
    // a year that bounds the talks, not their date
    ['Talks between Georgia and Russia, which stalled in the year before the war, will resume.', null],
  ])('%s', (text, date) => {
    expect(eventsOf(text).map((e) => e.date?.value ?? null)).toEqual([date]);
  });
});

describe('a meeting that names one side of its process', () => {
  const partiesOf = (text: string) => eventsOf(text).map((e) => `${e.date?.value ?? '-'} ${e.parties.map((p) => `${p.id}:${p.roles.join('+')}`).join(' ')}`);
  it.each([
    // a side left out of the meeting before is still a side of the process: the earlier round takes that one's sides
    ['The 68th round of talks between Georgia, Russia and South Ossetia took place in Geneva on February 2, co-chaired by the EU and the OSCE. The participants from Abkhazia did not come. At the 67th round in June last year, all participants were present, including Abkhazia.',
      ['2026-02-02 ABKHAZIA:excluded EU:mediator GE:participant OSCE:mediator RU:participant SOUTH_OSSETIA:participant', '2025-06 ABKHAZIA:participant EU:mediator GE:participant OSCE:mediator RU:participant SOUTH_OSSETIA:participant']],
    // a side of another process named alone borrows nothing
    ['Talks between Georgia and Russia took place in Geneva on February 2. In June last year, Turkey held a round of talks in Ankara.',
      ['2026-02-02 GE:participant RU:participant', '2025-06 TR:participant']],
  ])('%s', (text, expected) => {
    expect(partiesOf(text)).toEqual(expected);
  });
});

describe('the next meeting placed in another town', () => {
  const summary = (text: string) => eventsOf(text).map((e) => `${e.date?.value ?? '-'} ${e.status} ${e.venue?.city ?? '-'} ${e.parties.map((p) => p.id).join(',')}`);
  it.each([
    ['Diplomats from Saudi Arabia, Iran and China met in Beijing on February 3. The three sides agreed that the next meeting will be held in Riyadh.', ['2026-02-03 held Beijing CN,IR,SA', '- planned Riyadh CN,IR,SA']],
    ['Diplomats from Saudi Arabia and Iran met in Beijing on February 3. The next round will take place in Muscat.', ['2026-02-03 held Beijing IR,SA', '- planned Muscat IR,SA']],
    // no place, or the same town: nothing said of another meeting
    ['Diplomats from Saudi Arabia and Iran met in Beijing on February 3. Diplomats hope the next round will bring progress.', ['2026-02-03 held Beijing IR,SA']],
    ['Diplomats from Saudi Arabia and Iran met in Beijing on February 3. The next round will also be held in Beijing.', ['2026-02-03 held Beijing IR,SA']],
  ])('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });
});

describe('the date of what was agreed or signed', () => {
  it.each([
    // a date right after a participle of agreeing or signing dates the agreement, not the meeting word
    ['Somalia and Ethiopia opened a third round of talks in Ankara on February 2, trying to turn a declaration agreed more than a year ago into a binding deal.', ['2026-02-02 held']],
    ['Somalia and Ethiopia held talks in Ankara on the deal signed in May.', ['- held']],
    ['Talks between Somalia and Ethiopia, agreed in principle last week, will be held in Ankara on February 9.', ['2026-02-09 planned']],
    // the meeting's own date after the participle's object
    ['Somalia and Ethiopia signed a deal at talks in Ankara on February 2.', ['2026-02-02 held']],
  ])('%s', (text, expected) => {
    expect(datesAndStatuses(text)).toEqual(expected);
  });
});

describe('a meeting continued on a later day', () => {
  it.each([
    // the meeting under discussion, one of the next days
    ['The French foreign minister arrived in Algiers on Sunday, February 1, and held a first session of talks with his Algerian counterpart that evening. The two men continued their discussions on Monday at the presidential palace.', ['2026-02-01/2026-02-02 held']],
    // a week later is another meeting
    ['The French and Algerian foreign ministers held talks in Algiers on Sunday, January 25. They continued their discussions in Paris on February 2.', ['2026-01-25 held', '2026-02-02 held']],
  ])('%s', (text, expected) => {
    expect(datesAndStatuses(text)).toEqual(expected);
  });
});

describe('a leader named by title alone, met in a capital', () => {
  it.each([
    // leads the capital's state, the other side
    ['On Monday the Bougainville president flew to Port Moresby for a meeting with Prime Minister Gabriel Kanawi.', ['2026-02-02 BOUGAINVILLE PG Port Moresby held confirmed']],
    // not in a town that is no capital, nor when the other side is named
    ['On Monday the Bougainville president flew to Lae for a meeting with Prime Minister Gabriel Kanawi.', ['2026-02-02 BOUGAINVILLE Lae held confirmed']],
    ['On Monday the Bougainville president flew to Canberra for a meeting with Prime Minister Gabriel Kanawi of Papua New Guinea.', ['2026-02-02 BOUGAINVILLE PG Canberra held confirmed']],
  ])('%s', (text, expected) => {
    expect(summaryOf(text)).toEqual(expected);
  });
});

describe('"this time", "this round"', () => {
  it('speaks of the meeting under way on the day of writing, though another was spoken of since', () => {
    const text = 'Talks between Chad and the UFR resumed today in Doha. FACT walked out of the third round in January. So it is a three-way negotiation this time.';
    expect(eventsOf(text).map((e) => `${e.date?.value} ${e.format}`)).toEqual(['2026-02-04 trilateral', '2026-01 null']);
  });
});

describe('a meeting its sides held, dated by the agreement the sentence before dates', () => {
  it.each([
    ['The border commissions agreed on Thursday to reopen the crossing. The commissions, headed by the Kenyan and Somali foreign ministers, held their 14th meeting in Mombasa.', ['2026-01-29 KE SO Mombasa held confirmed']],
    // a meeting still to come takes no such date
    ['The border commissions agreed on Thursday to reopen the crossing. The commissions, headed by the Kenyan and Somali foreign ministers, will hold their 15th meeting in Mombasa.', ['- KE SO Mombasa planned confirmed']],
  ])('%s', (text, expected) => {
    expect(summaryOf(text)).toEqual(expected);
  });
});

describe('the meeting under discussion, moved', () => {
  it.each([
    // "that meeting" moved to a new date is the meeting just spoken of, dated by its new date
    ['The next step was a meeting of Kenyan and Somali officials in Nairobi on 2 March. That meeting has now been pushed back to April, officials said.', ['2026-04 KE SO Nairobi postponed confirmed']],
    // a meeting named with sides of its own is another meeting
    ['Kenyan and Somali officials will meet in Nairobi on 2 March. The meeting between the Kenyan navy and the Ugandan police has been pushed back to April.', ['2026-03-02 KE SO Nairobi planned confirmed', '2026-04 KE UG - postponed confirmed']],
  ])('%s', (text, expected) => {
    expect(summaryOf(text)).toEqual(expected);
  });
});

describe('a verb of meeting far past its meeting word', () => {
  it('places the meeting up to 260 characters on', () => {
    const text = 'It was also noted that the meeting between the Kenyan navy and the Somali coast guard on maritime security, port inspections and the prevention of illegal fishing, originally scheduled for 15 April, has been rescheduled to 5 May and will be held in Mombasa.';
    expect(summaryOf(text)).toEqual(['2026-05-05 KE SO Mombasa postponed confirmed']);
  });
});

describe('a mediator said to mediate again', () => {
  const mediatorsOf = (text: string) => eventsOf(text).map((e) => `${e.date?.value ?? '-'} ${e.parties.filter((p) => p.roles.includes('mediator')).map((p) => p.id).join(' ') || '-'}`);
  it.each([
    // the earlier meeting of the same sides, with no mediator of its own, had it too
    ['The second meeting of the Kenya-Somalia joint commission was held in Nairobi in November. The third meeting will take place in Mogadishu on March 3 and will again be held under IGAD auspices.', ['2025-11 IGAD', '2026-03-03 IGAD']],
    ['Kenya and Somalia held talks in Nairobi in November. They will meet in Mogadishu on March 3, with the AU again in the chair.', ['2025-11 AU', '2026-03-03 AU']],
    // not without "again"; not past the meeting before, which has a mediator of its own; not a meeting of other sides
    ['The second meeting of the Kenya-Somalia joint commission was held in Nairobi in November. The third meeting will take place in Mogadishu on March 3 under IGAD auspices.', ['2025-11 -', '2026-03-03 IGAD']],
    ['Kenya and Somalia met in Nairobi in October. They met in Kisumu in November under AU auspices. They will meet in Mogadishu on March 3, again under AU auspices.', ['2025-10 -', '2025-11 AU', '2026-03-03 AU']],
    ['Kenya and Ethiopia held talks in Nairobi in November. Kenya and Somalia will meet in Mogadishu on March 3, again under IGAD auspices.', ['2025-11 -', '2026-03-03 IGAD']],
  ])('%s', (text, expected) => {
    expect(mediatorsOf(text)).toEqual(expected);
  });
});

describe('the sides of a body whose members the article names by side', () => {
  it.each([
    [
      "Few bodies meet as often as Sudan's Joint Border Commission. It is made up of five officials from Khartoum's government and five from the Rapid Support Forces. The commission met in Kosti on February 2.",
      ['RSF SD'],
    ],
    [
      'The Joint Technical Committee, composed of engineers from Ethiopia and Egypt, was set up in 2024. The committee met in Cairo on February 2.',
      ['EG ET'],
    ],
  ])('%s', (text, sides) => {
    expect(sidesOf(text)).toEqual(sides);
  });

  it.each([
    // a meeting that names no body is not the body's
    'The Joint Technical Committee, composed of engineers from Ethiopia and Egypt, was set up in 2024. Sudan held talks in Cairo on February 2.',
  ])('takes no sides from the body: %s', (text) => {
    expect(sidesOf(text).join()).not.toMatch(/EG ET/);
  });
});
