import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';

/** Roles of the single event extracted from a one- or two-sentence text. */
function rolesOf(text: string): Record<string, string[]> {
  const r = extract(text, { referenceDate: '2026-02-04', today: '2026-11-21' });
  expect(r.events.length, JSON.stringify(r.events.map((e) => e.evidence))).toBe(1);
  return Object.fromEntries(r.events[0].parties.map((p) => [p.id, p.roles]));
}

describe('party roles', () => {
  it.each([
    // participants
    ['Russia and Ukraine will resume bilateral talks on February 10.', { RU: ['participant'], UA: ['participant'] }],
    ['Talks between Moscow and Kyiv will resume on February 10.', { RU: ['participant'], UA: ['participant'] }],
    ['A meeting of the negotiating teams of Ukraine, the United States, and Russia may take place on February 10.', { RU: ['participant'], UA: ['participant'], US: ['participant'] }],
    // "the X side": a side at the table, in the sentence after the meeting's (not "the X side of the border")
    ['Malaysian negotiators held talks in Penang on February 2 about fishing rights and maritime patrols. The Thai side asked for more time.', { MY: ['participant'], TH: ['participant'] }],
    ['Kyrgyz and Tajik officials held border talks in Batken on February 2; the Tajik side of the border stayed closed.', { KG: ['participant'], TJ: ['participant'] }],
    // a breakaway region named with the word 'region' is itself a side
    ['Negotiators from Moldova and the breakaway Transnistria region met in Vienna on February 2.', { MD: ['participant'], TRANSNISTRIA: ['participant'] }],
    // a side named through its government, far from the meeting word
    ['A long-awaited fourth round of consultations on the release of prisoners and the reopening of border crossings opened on Monday with the delegations of the Government of Sudan and the RSF.', { RSF: ['participant'], SD: ['participant'] }],
    // a side named by its acronym in parentheses after a full name parley does not know
    ['The Government of the Democratic Republic of the Congo and the Alliance Fleuve Congo/Mouvement du 23 mars (AFC/M23) have reached agreement following talks in Doha from 1 to 3 February under Qatari mediation.', { CD: ['participant'], M23: ['participant'], QA: ['mediator'] }],
    // the subject of a meeting verb past a relative clause about it
    ['The GCC ministerial council, which brings together the foreign ministers of its six members, is due to convene in Kuwait City on February 12.', { GCC: ['participant'] }],
    ['Ethiopia and Egypt, which have quarrelled over the dam for a decade, will resume talks in Cairo on February 12.', { EG: ['participant'], ET: ['participant'] }],
    // a role cue after the clause outranks it
    ['Qatar, which has mediated between them before, will host talks between Kenya and Uganda in Doha on February 12.', { KE: ['participant'], QA: ['mediator', 'host'], UG: ['participant'] }],
    // the next item of a list of titles after a side, however far from the meeting word
    ["Ghana's foreign minister attended a meeting in Accra on February 2 with the Vice-President of Nigeria, the Togolese Minister for Foreign Affairs and Regional Integration, and the United Kingdom's Foreign Secretary.", { GB: ['participant'], GH: ['participant'], NG: ['participant'], TG: ['participant'] }],
    // not past a clause of its own, nor a speaker
    ['Russia and Ukraine met in Geneva on February 2, and the United States said it welcomed the talks.', { RU: ['participant'], UA: ['participant'] }],
    // excluded
    ['Russia and Ukraine will meet on February 10 without U.S. representatives.', { RU: ['participant'], UA: ['participant'], US: ['excluded'] }],
    ['Russia and Ukraine will meet on February 10, with no participation by United States representatives.', { RU: ['participant'], UA: ['participant'], US: ['excluded'] }],
    ['The U.S. and Russia began talks on February 1. These talks excluded European Union (EU) representatives.', { EU: ['excluded'], RU: ['participant'], US: ['participant'] }],
    ['Armenia and Azerbaijan met on February 1. Moscow had not been invited.', { AM: ['participant'], AZ: ['participant'], RU: ['excluded'] }],
    ['Israel and Lebanon held talks in Naqoura on February 2. Hezbollah has been kept out of the process.', { HEZBOLLAH: ['excluded'], IL: ['participant'], LB: ['participant'] }],
    // who insisted on the exclusion is no side of the meeting
    ['Israel and Lebanon held talks in Naqoura on February 2. Hezbollah has been kept out of the talks at the insistence of Israel and Washington.', { HEZBOLLAH: ['excluded'], IL: ['participant'], LB: ['participant'] }],
    ['Israel and Lebanon held talks in Naqoura on February 2. Hezbollah has been kept out of the talks at the demand of Washington.', { HEZBOLLAH: ['excluded'], IL: ['participant'], LB: ['participant'] }],
    ['Serbia and Kosovo met on February 1, absent EU participation.', { EU: ['excluded'], RS: ['participant'], XK: ['participant'] }],
    // a participle right after the name: left out
    ['Greece and Turkey held talks in Athens on February 2. Cyprus, left out of the talks as it always is, was quick to complain.', { CY: ['excluded'], GR: ['participant'], TR: ['participant'] }],
    ['Greece and Turkey held talks in Athens on February 2. Nicosia, again excluded from the meeting, protested.', { CY: ['excluded'], GR: ['participant'], TR: ['participant'] }],
    // an appositive between the name and its verb
    ['Peru and Chile held fisheries talks in Lima on Tuesday; Ecuador, also a coastal state, was not represented there.', { CL: ['participant'], EC: ['excluded'], PE: ['participant'] }],
    ['Thailand and Vietnam held a council meeting in Bangkok on Tuesday. China, one of the council\'s dialogue partners, did not send a delegation.', { CN: ['excluded'], TH: ['participant'], VN: ['participant'] }],
    ['Peru and Chile held fisheries talks in Lima on Tuesday; Ecuador, itself a claimant, was not invited.', { CL: ['participant'], EC: ['excluded'], PE: ['participant'] }],
    // who declined to come, stayed away or boycotted, past a long relative clause or a participle phrase
    ['Peru and Chile held fisheries talks in Lima on Tuesday. Bolivia, which had been asked to attend as an observer and which has a long-standing claim to a stretch of the Pacific coast, declined to send a delegation.', { BO: ['excluded'], CL: ['participant'], PE: ['participant'] }],
    ['Peru and Chile held fisheries talks in Lima on Tuesday. Ecuador, invited as an observer, also stayed away.', { CL: ['participant'], EC: ['excluded'], PE: ['participant'] }],
    ['Peru and Chile held fisheries talks in Lima on Tuesday; Bolivia boycotted the meeting.', { BO: ['excluded'], CL: ['participant'], PE: ['participant'] }],
    // who skipped, sat out or pulled out of it, declined the invitation, had no seat at the table
    ['Peru and Chile held fisheries talks in Lima on Tuesday; Bolivia skipped the meeting.', { BO: ['excluded'], CL: ['participant'], PE: ['participant'] }],
    ['Peru and Chile held fisheries talks in Lima on Tuesday; Bolivia pulled out of the talks.', { BO: ['excluded'], CL: ['participant'], PE: ['participant'] }],
    ['Peru and Chile held fisheries talks in Lima on Tuesday; Bolivia sat out the talks.', { BO: ['excluded'], CL: ['participant'], PE: ['participant'] }],
    ['Peru and Chile held fisheries talks in Lima on Tuesday; Bolivia declined an invitation to attend.', { BO: ['excluded'], CL: ['participant'], PE: ['participant'] }],
    ['Peru and Chile held fisheries talks in Lima on Tuesday; Bolivia chose not to attend.', { BO: ['excluded'], CL: ['participant'], PE: ['participant'] }],
    ['Peru and Chile held fisheries talks in Lima on Tuesday; Bolivia was conspicuously absent.', { BO: ['excluded'], CL: ['participant'], PE: ['participant'] }],
    ['Peru and Chile held fisheries talks in Lima on Tuesday; Bolivia has no seat at the table.', { BO: ['excluded'], CL: ['participant'], PE: ['participant'] }],
    ['Peru and Chile held fisheries talks in Lima on Tuesday; Bolivia was not among the participants.', { BO: ['excluded'], CL: ['participant'], PE: ['participant'] }],
    ['Peru and Chile held fisheries talks in Lima on Tuesday; Bolivia has been frozen out of the process.', { BO: ['excluded'], CL: ['participant'], PE: ['participant'] }],
    ['Peru and Chile held fisheries talks in Lima on Tuesday; Bolivia, which was not invited, protested.', { BO: ['excluded'], CL: ['participant'], PE: ['participant'] }],
    // not invited, notably absent, conspicuous by its absence, kept away, refused to join, stayed out, left off the list
    ['Peru and Chile held fisheries talks in Lima on Tuesday; Bolivia, not invited to the talks, protested.', { BO: ['excluded'], CL: ['participant'], PE: ['participant'] }],
    ['Peru and Chile held fisheries talks in Lima on Tuesday; Notably absent was Bolivia.', { BO: ['excluded'], CL: ['participant'], PE: ['participant'] }],
    ['Peru and Chile held fisheries talks in Lima on Tuesday; Bolivia was conspicuous by its absence.', { BO: ['excluded'], CL: ['participant'], PE: ['participant'] }],
    ['Peru and Chile held fisheries talks in Lima on Tuesday; Bolivia was kept away from the talks.', { BO: ['excluded'], CL: ['participant'], PE: ['participant'] }],
    ['Peru and Chile held fisheries talks in Lima on Tuesday; Bolivia has refused to join the talks.', { BO: ['excluded'], CL: ['participant'], PE: ['participant'] }],
    ['Peru and Chile held fisheries talks in Lima on Tuesday; Bolivia has so far stayed out of the talks.', { BO: ['excluded'], CL: ['participant'], PE: ['participant'] }],
    ['Peru and Chile held fisheries talks in Lima on Tuesday; Bolivia, which boycotted the talks, protested.', { BO: ['excluded'], CL: ['participant'], PE: ['participant'] }],
    ['Peru and Chile held fisheries talks in Lima on Tuesday; Bolivia was left off the guest list.', { BO: ['excluded'], CL: ['participant'], PE: ['participant'] }],
    // a withdrawal from a place is no withdrawal from the talks
    ['Peru and Chile held fisheries talks in Lima on Tuesday. Bolivia withdrew from the border zone.', { CL: ['participant'], PE: ['participant'] }],
    ['Peru and Chile held fisheries talks in Lima on Tuesday; Ecuador did not send a delegation.', { CL: ['participant'], EC: ['excluded'], PE: ['participant'] }],
    ['Peru and Chile held fisheries talks in Lima on Tuesday. The talks do not include Bolivia, the third claimant.', { BO: ['excluded'], CL: ['participant'], PE: ['participant'] }],
    // an organisation's envoy mediates; a state's envoy negotiates
    ["Moroccan and Algerian delegations met in Geneva on February 2, and the U.N. secretary-general's personal envoy for the dispute later briefed reporters.", { DZ: ['participant'], MA: ['participant'], UN: ['mediator'] }],
    ['Yemen and the Houthis held talks in Muscat on February 2 with the UN special envoy in the room.', { HOUTHIS: ['participant'], UN: ['mediator'], YE: ['participant'] }],
    // mediators
    ['Ukrainian and Russian negotiators began talks mediated by the United States on February 1.', { RU: ['participant'], UA: ['participant'], US: ['mediator'] }],
    ['Israel and Hamas held talks on February 1, with Qatari and Egyptian mediators shuttling between them.', { EG: ['mediator'], HAMAS: ['participant'], IL: ['participant'], QA: ['mediator'] }],
    ['US and Iranian negotiators met on February 1 through Omani mediation.', { IR: ['participant'], OM: ['mediator'], US: ['participant'] }],
    ['Emirati and Sudanese officials met in Manama on February 1, with Bahraini facilitation.', { AE: ['participant'], BH: ['mediator'], SD: ['participant'] }],
    ['Colombia and the ELN held talks in Caracas on February 3 under Cuban and Mexican mediation.', { CO: ['participant'], CU: ['mediator'], ELN: ['participant'], MX: ['mediator'] }],
    // what follows a name's own commitment to mediation is no mediation by it
    ['Rwanda and the Democratic Republic of the Congo held talks in Washington on February 3. Qatar reaffirmed its support for the sovereignty of the Democratic Republic of the Congo and its commitment to mediation.', { CD: ['participant'], RW: ['participant'] }],
    // past a relative clause after the people the name qualifies
    ['Syrian and SDF delegations met in Hasakah on February 1. A small team of American officials, who had helped bring the two sides together, sat in as facilitators.', { SDF: ['participant'], SY: ['participant'], US: ['mediator'] }],
    // who offers to host and chair a round between others mediates it
    ['Syria and the SDF were to hold a round of talks in Paris on February 10. France offered to host and chair the round.', { FR: ['mediator', 'host'], SDF: ['participant'], SY: ['participant'] }],
    ['Sudan and South Sudan held talks in Juba on February 1 under the aegis of the African Union.', { AU: ['mediator'], SD: ['participant'], SS: ['participant'] }],
    ['Israel and Hamas resumed talks on February 1 under the sponsorship of Egypt.', { EG: ['mediator'], HAMAS: ['participant'], IL: ['participant'] }],
    ['Chad and the UFR resumed talks in Doha on February 1. Qatar is mediating, as it has from the start.', { QA: ['mediator'], TD: ['participant'], UFR: ['participant'] }],
    // a capital after "the government in" stands for its state, a side
    ['Talks between the government in Juba and the SSOMA were held on February 1.', { SS: ['participant'], SSOMA: ['participant'] }],
    ['Negotiations between the authorities in Khartoum and the RSF resumed in Jeddah on February 1.', { RSF: ['participant'], SD: ['participant'] }],
    // mediators named in apposition; the nationality of a mediating envoy names no side
    ['Israel and Hamas resumed talks in Doha on February 1 through the mediators, Qatar and Egypt.', { EG: ['mediator'], HAMAS: ['participant'], IL: ['participant'], QA: ['mediator'] }],
    ['Israel and Hamas resumed talks on February 1 with the two mediators — Egyptian and Qatari officials — in the room.', { EG: ['mediator'], HAMAS: ['participant'], IL: ['participant'], QA: ['mediator'] }],
    ['Moroccan and Polisario delegations met in Geneva on February 1, with the UN envoy, Swedish diplomat Annika Berg, shuttling between them.', { MA: ['participant'], POLISARIO: ['participant'], UN: ['mediator'] }],
    ['Armenia and Azerbaijan met in Abu Dhabi on February 1 with the facilitator, a veteran Swiss diplomat, present.', { AM: ['participant'], AZ: ['participant'] }],
    // who only lends the room hosts
    ['Papua New Guinea and Bougainville held consultations in Cairns on February 2. Australia lent the venue but had nobody in the room.', { AU: ['host'], BOUGAINVILLE: ['participant'], PG: ['participant'] }],
    ['The Philippines and the NDFP held talks in Oslo on February 1; Norway facilitates the talks.', { NDFP: ['participant'], NO: ['mediator'], PH: ['participant'] }],
    ['Japan and South Korea held talks in Busan on February 1; the Americans mediate on security matters.', { JP: ['participant'], KR: ['participant'], US: ['mediator'] }],
    ['Japan and South Korea held talks in Busan on February 1; Canada still mediates between them on fisheries.', { CA: ['mediator'], JP: ['participant'], KR: ['participant'] }],
    // the missing group, the notable absentee, is left out
    ['Chad and the UFR resumed talks in Doha on February 1; the missing group is FACT.', { FACT: ['excluded'], TD: ['participant'], UFR: ['participant'] }],
    ['Chad and the UFR resumed talks in Doha on February 1; the notable absentee was the CCMSR.', { CCMSR: ['excluded'], TD: ['participant'], UFR: ['participant'] }],
    // the representatives of a list after a colon are sides; representatives of something else say nothing of a name later on
    ['Talks resumed in Doha on February 1 after a pause of two months that many in the region had feared would be permanent, with representatives of two politico-military groups: the CCMSR and the UFR.', { CCMSR: ['participant'], UFR: ['participant'] }],
    ['Sudan and South Sudan held talks in Juba on February 1. Representatives of the business community later said that Ethiopia would benefit.', { SD: ['participant'], SS: ['participant'] }],
    // who was among the participants, was present or sent a delegation is a side
    ['Sudan and South Sudan held talks in Juba on February 1. Ethiopia was among the participants.', { ET: ['participant'], SD: ['participant'], SS: ['participant'] }],
    ['Sudan and South Sudan held talks in Juba on February 1. Ethiopia sent a delegation.', { ET: ['participant'], SD: ['participant'], SS: ['participant'] }],
    ["Sudan and South Sudan held talks in Juba on February 1. Ethiopia's foreign minister was also present.", { ET: ['participant'], SD: ['participant'], SS: ['participant'] }],
    ['Sudan and South Sudan held talks in Juba on February 1. Ethiopia was not present.', { ET: ['excluded'], SD: ['participant'], SS: ['participant'] }],
    ['Sudan and South Sudan held talks in Juba on February 1; Ethiopia has no role.', { ET: ['excluded'], SD: ['participant'], SS: ['participant'] }],
    ['Sudan, South Sudan and Kenya met in Juba on February 1, but Ethiopia stayed home.', { ET: ['excluded'], KE: ['participant'], SD: ['participant'], SS: ['participant'] }],
    ['Sudan and South Sudan will meet in Juba on February 10, in talks that exclude Ethiopia.', { ET: ['excluded'], SD: ['participant'], SS: ['participant'] }],
    // left out, said in an aside, by inversion, or of the absence itself
    ['Sudan and South Sudan held talks in Juba on February 1. Ethiopia, which was not at the table, criticised the outcome.', { ET: ['excluded'], SD: ['participant'], SS: ['participant'] }],
    ['Sudan and South Sudan held talks in Juba on February 1. Ethiopia, which did not attend, issued a statement.', { ET: ['excluded'], SD: ['participant'], SS: ['participant'] }],
    ['Sudan and South Sudan held talks in Juba on February 1. Ethiopia, notably, was not invited.', { ET: ['excluded'], SD: ['participant'], SS: ['participant'] }],
    ['Sudan and South Sudan held talks in Juba on February 1. Notably missing was Ethiopia.', { ET: ['excluded'], SD: ['participant'], SS: ['participant'] }],
    ['Sudan and South Sudan held talks in Juba on February 1. Ethiopia was left on the sidelines.', { ET: ['excluded'], SD: ['participant'], SS: ['participant'] }],
    ['Sudan and South Sudan held talks in Juba on February 1. Ethiopia had no representative at the talks.', { ET: ['excluded'], SD: ['participant'], SS: ['participant'] }],
    ["Sudan and South Sudan held talks in Juba on February 1. Ethiopia's absence was conspicuous.", { ET: ['excluded'], SD: ['participant'], SS: ['participant'] }],
    ["Sudan and South Sudan held talks in Juba on February 1. Ethiopia's exclusion from the talks angered Addis Ababa.", { ET: ['excluded'], SD: ['participant'], SS: ['participant'] }],
    // a group named as the target of cooperation or as the author of an attack is no side
    ['Somalia and Somaliland held talks in Djibouti on February 1 on security cooperation against al Shabaab.', { SO: ['participant'], SOMALILAND: ['participant'] }],
    ['Somalia and Somaliland held talks in Djibouti on February 1, days after an al Shabaab suicide attack.', { SO: ['participant'], SOMALILAND: ['participant'] }],
    // who offers to host hosts
    ['Syria and the SDF could meet in Erbil on February 10, with the Kurdistan Regional Government offering to host it.', { KRG: ['host'], SDF: ['participant'], SY: ['participant'] }],
    // who backs talks between two others is no side at them, nor is a source reporting them
    ['US-backed talks between Sudan and South Sudan resumed in Juba on February 1.', { SD: ['participant'], SS: ['participant'] }],
    // who hosts or welcomes one leader is a side of their meeting, not its host
    ['Emmanuel Macron hosted the Chinese president at the Elysee on February 1.', { CN: ['participant'], FR: ['participant'] }],
    ['Erdogan welcomed Iranian President Pezeshkian in Ankara on February 1.', { IR: ['participant'], TR: ['participant'] }],
    ['Qatar hosted the foreign ministers of Iran and Saudi Arabia in Doha on February 1.', { IR: ['participant'], QA: ['host'], SA: ['participant'] }],
    // nor is who backs or is allied to a side
    ['Iranian-backed Houthi rebels and Saudi officials met in Muscat on February 1.', { HOUTHIS: ['participant'], SA: ['participant'] }],
    ['US-backed Syrian Democratic Forces held talks with Damascus on February 1.', { SDF: ['participant'], SY: ['participant'] }],
    ['Officials from Syria and Iran-aligned militias held talks in Baghdad on February 1.', { SY: ['participant'] }],
    ["Sudan's army chief and South Sudan's president held talks in Juba on February 1, according to a statement from the Ugandan presidency.", { SD: ['participant'], SS: ['participant'] }],
    // who played the mediator's role, presided, sponsored, helped broker or convened the talks, or whose envoy shuttled
    ['Sudan and South Sudan held talks in Juba on February 1. Kenya played the role of mediator.', { KE: ['mediator'], SD: ['participant'], SS: ['participant'] }],
    // the fighters a group's name qualifies stand for the group
    ['Sudan and South Sudan held talks in Juba on February 1. The SPLM-IO rebels, who control Nasir, did not attend.', { SD: ['participant'], SPLM_IO: ['excluded'], SS: ['participant'] }],
    ['Sudan and South Sudan held talks in Juba on February 1. The SPLM-IO rebels stayed away.', { SD: ['participant'], SPLM_IO: ['excluded'], SS: ['participant'] }],
    // a leader a name qualifies, titled and perhaps named, stands for the party where nothing is said of the name
    ['Sudan and South Sudan held talks in Juba on February 1. The Kenyan president did not take part.', { KE: ['excluded'], SD: ['participant'], SS: ['participant'] }],
    ['Sudan and South Sudan held talks in Juba on February 1. Kenyan President Amos Wekesa, who had offered to host them, stayed away.', { KE: ['excluded'], SD: ['participant'], SS: ['participant'] }],
    // an observer named by its leader is no side
    ["Sudan and South Sudan held talks in Juba on February 1. Kenya's president attended as an observer.", { SD: ['participant'], SS: ['participant'] }],
    ["Sudan and South Sudan held talks in Juba on February 1. Kenya's foreign minister also attended the talks as an observer.", { SD: ['participant'], SS: ['participant'] }],
    // who organised or arranged the talks of others, their convenor, and mediators from a party
    ['Sudan and South Sudan held talks in Juba on February 1. The meeting was organised by Kenya.', { KE: ['mediator'], SD: ['participant'], SS: ['participant'] }],
    ['Sudan and South Sudan held talks in Juba on February 1. The meeting was arranged by the African Union.', { AU: ['mediator'], SD: ['participant'], SS: ['participant'] }],
    ['Sudan and South Sudan held talks in Juba on February 1. Kenya, the convenor, opened the session.', { KE: ['mediator'], SD: ['participant'], SS: ['participant'] }],
    ['Sudan and South Sudan held talks in Juba on February 1. Mediators from Kenya and Ethiopia attended.', { ET: ['mediator'], KE: ['mediator'], SD: ['participant'], SS: ['participant'] }],
    ['Sudan and South Sudan held talks in Juba on February 1. Mediation teams from the AU and IGAD were present.', { AU: ['mediator'], IGAD: ['mediator'], SD: ['participant'], SS: ['participant'] }],
    ['Sudan and South Sudan held talks in Juba on February 1. Kenya played a mediating role.', { KE: ['mediator'], SD: ['participant'], SS: ['participant'] }],
    ['Sudan and South Sudan held talks in Juba on February 1. Kenya acted as an intermediary.', { KE: ['mediator'], SD: ['participant'], SS: ['participant'] }],
    ['Sudan and South Sudan held talks in Juba on February 1. Kenya, the mediator, said progress was made.', { KE: ['mediator'], SD: ['participant'], SS: ['participant'] }],
    ['Sudan and South Sudan held talks in Juba on February 1. Kenya presided over the talks.', { KE: ['mediator'], SD: ['participant'], SS: ['participant'] }],
    ['Sudan and South Sudan held talks in Juba on February 1. The talks were sponsored by Kenya.', { KE: ['mediator'], SD: ['participant'], SS: ['participant'] }],
    ['Sudan and South Sudan held talks in Juba on February 1. Kenya helped broker the talks.', { KE: ['mediator'], SD: ['participant'], SS: ['participant'] }],
    ['Sudan and South Sudan held talks in Juba on February 1. Kenya\'s envoy shuttled between the delegations.', { KE: ['mediator'], SD: ['participant'], SS: ['participant'] }],
    ['Sudan and South Sudan held talks in Juba on February 1. Kenya convened the talks.', { KE: ['mediator'], SD: ['participant'], SS: ['participant'] }],
    ['Sudan and South Sudan held talks in Juba on February 1. Mediator Kenya said progress was made.', { KE: ['mediator'], SD: ['participant'], SS: ['participant'] }],
    ['Sudan and South Sudan held talks in Juba on February 1. Kenya led the mediation.', { KE: ['mediator'], SD: ['participant'], SS: ['participant'] }],
    ['Sudan and South Sudan held talks in Juba on February 1. Kenya\'s special envoy chaired the session.', { KE: ['mediator'], SD: ['participant'], SS: ['participant'] }],
    ['Sudan and South Sudan held talks in Juba on February 1. Kenya\'s president hosted and mediated the talks.', { KE: ['mediator'], SD: ['participant'], SS: ['participant'] }],
    // an offer of good offices may be declined; a side convenes its own talks with another
    ['Sudan and South Sudan held talks in Juba on February 1. Kenya has offered its good offices more than once.', { SD: ['participant'], SS: ['participant'] }],
    // who convenes or brings together the sides mediates; who convenes its own body or meets a side does not
    ['Norway convened the Colombian government and the ELN in Oslo on February 1.', { CO: ['participant'], ELN: ['participant'], NO: ['mediator'] }],
    ['Qatar convened talks between Chad and the FACT in Doha on February 1.', { FACT: ['participant'], QA: ['mediator'], TD: ['participant'] }],
    ['The African Union brought together Ethiopian and Eritrean delegations in Pretoria on February 1.', { AU: ['mediator'], ER: ['participant'], ET: ['participant'] }],
    ['Russia convened its Security Council on February 1 and met Belarus.', { BY: ['participant'], RU: ['participant'] }],
    // a clause about the first of two sides between them
    ['Chile, long the larger trading partner, and Argentina, whose exports have slumped this year, held a second round of talks in Mendoza on February 2.', { AR: ['participant'], CL: ['participant'] }],
    // a process's guarantor countries stand beside the table; a treaty's guarantor powers sit at it (above)
    ['The Philippine government and the MILF held a round of talks in Kuala Lumpur on February 2, accompanied by the four guarantor countries of the process: Malaysia, Japan, Turkey and the United Kingdom.', { GB: ['mediator'], JP: ['mediator'], MILF: ['participant'], MY: ['mediator'], PH: ['participant'], TR: ['mediator'] }],
    // chaired by an organisation's head; officials inside another side's delegation
    ['Armenia and Azerbaijan met in Vienna on February 2 in a session chaired by the head of the OSCE secretariat.', { AM: ['participant'], AZ: ['participant'], OSCE: ['mediator'] }],
    ['Britain and the European Union held a round of talks in London on February 2. Officials of Gibraltar took part as members of the UK delegation.', { EU: ['participant'], GB: ['participant'] }],
    // a country's name inside the name of its bank, university or association names that institution
    ['Kenya and Uganda held talks in Nairobi on February 2, and the Bank of Tanzania joined a session on payments.', { KE: ['participant'], UG: ['participant'] }],
    ['Kenya and Uganda held talks in Nairobi on February 2; the University of Tanzania hosted a side event.', { KE: ['participant'], UG: ['participant'] }],
    ['Kenya and Uganda held talks in Nairobi on February 2, while the Tanzania Football Federation met separately.', { KE: ['participant'], UG: ['participant'] }],
    // the sides a process is said to be between, far from the meeting word
    ['The third round of the long-stalled Great Lakes Security and Cooperation Initiative, a Ugandan-mediated process between Rwanda and Burundi, opened on February 2.', { BI: ['participant'], RW: ['participant'], UG: ['mediator'] }],
    // diplomats from a list of states are its sides
    ['Talks on the Danube opened in Vienna on February 2. Diplomats from Austria, Hungary, Slovakia and Romania sat at the table.', { AT: ['participant'], HU: ['participant'], RO: ['participant'], SK: ['participant'] }],
    // sides named in apposition to what they are
    ['Border talks were held in Geneva on February 2 with the foreign ministers of the three guarantor powers, Greece, Turkey and the United Kingdom.', { GB: ['participant'], GR: ['participant'], TR: ['participant'] }],
    // an organisation near the meeting word of two other sides backs it; one of two sides is a side
    ['UN-backed talks between Colombia and the ELN opened in Havana on February 2.', { CO: ['participant'], ELN: ['participant'] }],
    ['Guyana and Venezuela met in Kingstown on February 2, with CARICOM leaders in attendance.', { GY: ['participant'], VE: ['participant'] }],
    ['EU-Mercosur trade talks resumed in Brussels on February 2.', { EU: ['participant'], MERCOSUR: ['participant'] }],
    ['ASEAN and China held talks in Cebu City on February 2.', { ASEAN: ['participant'], CN: ['participant'] }],
    // the two Cypriot communities, not Greece and Turkey
    ['Greek Cypriot leader Nikos Andreou and Turkish Cypriot leader Ali Kemal met in Nicosia on February 2.', { CY: ['participant'], TCC: ['participant'] }],
    // adjectives of states
    ['Philippine and Kazakh officials met in Astana on February 2.', { KZ: ['participant'], PH: ['participant'] }],
    // a mediator's own team is no side; a part of a country is a place
    ['Peru and Chile held talks, facilitated by Norway, at a hotel on the south coast of Ecuador on Monday, with the Norwegian team shuttling between the rooms.', { CL: ['participant'], NO: ['mediator'], PE: ['participant'] }],
    ['Serbian and Kosovar delegations met in Pristina on February 2 under the chairmanship of the International Committee of the Red Cross.', { ICRC: ['mediator'], RS: ['participant'], XK: ['participant'] }],
    // the second of two co-facilitators named apart
    ['The border meeting, co-facilitated by the UN mission and the African Union, brought together Sudanese and Chadian officers on Monday.', { AU: ['mediator'], SD: ['participant'], TD: ['participant'], UN: ['mediator'] }],
    ['Talks mediated by Egypt between Israel and Hamas resumed on Monday.', { EG: ['mediator'], HAMAS: ['participant'], IL: ['participant'] }],
    // sides named as "the X, Y and Z participants", far from the meeting word
    ['The meeting that had been scheduled for 5 February was postponed, and it will now take place on 26 February, co-facilitated as usual by the European Union and the OSCE, with the Georgian, Russian and South Ossetian participants.', { EU: ['mediator'], GE: ['participant'], OSCE: ['mediator'], RU: ['participant'], SOUTH_OSSETIA: ['participant'] }],
    // the nationality of a news outlet is no side
    ['Georgian and Russian envoys met in Geneva on February 2, and a Swiss news agency asked whether talks would go on.', { GE: ['participant'], RU: ['participant'] }],
    ['Georgian and Russian envoys met in Geneva on February 2, the Turkish state broadcaster said of the talks.', { GE: ['participant'], RU: ['participant'] }],
    // the sides that reached an agreement, however far from the meeting word
    ['The Government of the DRC and the M23 have reached agreement on a mechanism for the release and exchange of detainees, following a round of technical talks hosted in Doha on February 2.', { CD: ['participant'], M23: ['participant'] }],
    ['Armenia and Azerbaijan agreed on a text for the border commission, officials said after three days of talks in Vienna on February 2.', { AM: ['participant'], AZ: ['participant'] }],
    // nor is the nationality of a company
    ["Egyptian and Ethiopian negotiators met in Addis Ababa on February 2 with engineers of the dam's Italian main contractor.", { EG: ['participant'], ET: ['participant'] }],
    ['Egyptian and Ethiopian negotiators met in Addis Ababa on February 2, joined by a Chinese state-owned firm and Japanese lenders.', { EG: ['participant'], ET: ['participant'] }],
    // an adverb of repetition between the verb and its agent
    ['Talks between Armenia and Azerbaijan, mediated once again by Qatar, were held in Doha on Monday.', { AM: ['participant'], AZ: ['participant'], QA: ['mediator'] }],
    ['Georgian and Russian officers met at Ergneti on Monday, co-facilitated as usual by the OSCE and the European Union.', { EU: ['mediator'], GE: ['participant'], OSCE: ['mediator'], RU: ['participant'] }],
    // a dashed pair before the meeting word names its sides; a party beside them is not one by nearness
    ['The EU eyes a new Belgrade-Pristina meeting in Brussels on February 12.', { RS: ['participant'], XK: ['participant'] }],
    // what stood on the agenda is a topic
    ['When European Union foreign ministers met in Brussels on February 2, Greenland was high on the agenda.', { EU: ['participant'] }],
    ["Chinese and Japanese diplomats met in Beijing on February 2; Taiwan's status topped the agenda.", { CN: ['participant'], JP: ['participant'] }],
    // the last of a long list of topics is a topic
    ['The meeting of Japan, South Korea and China in Seoul on February 2 covered supply-chain cooperation, ageing populations, disaster response, maritime safety and North Korea, officials said after the talks.', { CN: ['participant'], JP: ['participant'], KR: ['participant'] }],
    // guarantor countries of a peace process, listed without a colon, or said to be one
    ['Colombia and the ELN concluded the sixth cycle of talks in Caracas on February 3. The cycle was accompanied by the guarantor countries Brazil, Chile and Norway.', { BR: ['mediator'], CL: ['mediator'], CO: ['participant'], ELN: ['participant'], NO: ['mediator'] }],
    ['Colombia and the ELN will resume talks in Havana on March 16. Norway has been a guarantor country in the dialogue since it began.', { CO: ['participant'], ELN: ['participant'], NO: ['mediator'] }],
    // who is back at the table is a side; who leads a process between others mediates it; an organisation's
    // headquarters is a place
    ['Egypt and Ethiopia will meet in Cairo in November. Sudan is back at the table after a year away.', { EG: ['participant'], ET: ['participant'], SD: ['participant'] }],
    ['The fourth round of the AU-led process between Egypt and Ethiopia began in Addis Ababa on Monday.', { AU: ['mediator'], EG: ['participant'], ET: ['participant'] }],
    ['Trilateral talks between Egypt and Ethiopia opened at the African Union headquarters in Addis Ababa on Monday; Sudan stayed away.', { EG: ['participant'], ET: ['participant'], SD: ['excluded'] }],
    // who set out to broker talks between others mediates them
    ['Talks between Sudan and the RSF, which Saudi Arabia and the United States had hoped to broker, resumed in Jeddah on Monday.', { RSF: ['participant'], SA: ['mediator'], SD: ['participant'], US: ['mediator'] }],
    ['Turkey has offered to mediate new talks between Ethiopia and Somalia in Ankara on February 12.', { ET: ['participant'], SO: ['participant'], TR: ['mediator'] }],
    // officials keen to stress something are a source, not a side
    ['Malaysia and Thailand held talks in Penang on February 2, though Singaporean officials were keen to stress that the venue was neutral.', { MY: ['participant'], TH: ['participant'] }],
    // a relative clause before the role
    ['Ghana and Burkina Faso began talks in Lome on February 2. Togo, which is hosting the round and acting as mediator, kept the agenda secret.', { BF: ['participant'], GH: ['participant'], TG: ['mediator', 'host'] }],
    // who coordinates the session or acts as go-between mediates; a name qualifying 'sanctions' is no side
    ["Iran met France, Germany and Britain in Geneva on February 3, the first session since United Nations sanctions returned. The European Union's deputy foreign policy chief coordinated the session.", { DE: ['participant'], EU: ['mediator'], FR: ['participant'], GB: ['participant'], IR: ['participant'] }],
    ['Ghana and Togo met in Lome on February 3, with Nigeria acting as go-between.', { GH: ['participant'], NG: ['mediator'], TG: ['participant'] }],
    // who welcomes the sides hosts them
    ['Russian and Ukrainian delegations met in Istanbul on February 3. Turkish Foreign Minister Hakan Fidan welcomed the two delegations and opened the meeting before leaving the room.', { RU: ['participant'], TR: ['host'], UA: ['participant'] }],
    // who presses the sides is not one of them
    ['In November 2025 the presidents of Armenia and Azerbaijan held talks in Ohio, while American negotiators led by a veteran envoy pushed them towards an agreement.', { AM: ['participant'], AZ: ['participant'], US: ['mediator'] }],
    // a party named with a suffix ('X-led government') can be excluded too
    ['Donors met in London on February 3 for a conference on Sudan. Neither the SAF-led government in Port Sudan nor the RSF was invited.', { RSF: ['excluded'], SD: ['excluded'] }],
    // sides named through the regions they hold, and a breakaway region joined to a list
    ["Talks of Georgia and Russia were held in Geneva on February 3. The forum also brings together representatives of Georgia's breakaway regions of Abkhazia and South Ossetia.", { ABKHAZIA: ['participant'], GE: ['participant'], RU: ['participant'], SOUTH_OSSETIA: ['participant'] }],
    ['Settlement talks were held in Vienna on February 3. The format brings together negotiators from Chisinau and the breakaway Transnistria region.', { MD: ['participant'], TRANSNISTRIA: ['participant'] }],
    // who brings the sides to the table convenes them
    ['The European Union hopes to bring the negotiators of Serbia and Kosovo back to the table in Brussels on February 12.', { EU: ['mediator'], RS: ['participant'], XK: ['participant'] }],
    ['Qatar is trying to get the two sides together, and Israel and Hamas could meet in Doha on February 12.', { HAMAS: ['participant'], IL: ['participant'], QA: ['mediator'] }],
    // co-chairs mediate; a forum's bloc hosts
    ['Georgia and Russia met in Geneva on February 1, in talks co-chaired by the EU, the OSCE and the UN.', { EU: ['mediator'], GE: ['participant'], OSCE: ['mediator'], RU: ['participant'], UN: ['mediator'] }],
    // host
    ['Russian and Ukrainian delegations met in Istanbul on February 1, hosted by Turkey.', { RU: ['participant'], TR: ['host'], UA: ['participant'] }],
    // an absolute clause: 'with X hosting', 'and Y again co-mediating'
    ['Serbian and Kosovar negotiators will meet in Ohrid on February 12, with North Macedonia hosting and the EU again co-mediating.', { EU: ['mediator'], MK: ['host'], RS: ['participant'], XK: ['participant'] }],
    ['Sudan and South Sudan held border talks in Addis Ababa on February 2, Ethiopia hosting and the African Union facilitating.', { ET: ['host'], SD: ['participant'], SS: ['participant'], AU: ['mediator'] }],
    // a mediator and host is a side only when the stated format needs it (fixture 02 is trilateral; this is not)
    ['Thailand and Cambodia met on February 1; Malaysia took part both as host and as mediator.', { KH: ['participant'], MY: ['mediator', 'host'], TH: ['participant'] }],
    ['Leaders of Kenya, Uganda and Ethiopia will attend a summit of the IGAD on February 10.', { ET: ['participant'], IGAD: ['host'], KE: ['participant'], UG: ['participant'] }],
    // a bare 'host' before the name, after a preposition or determiner (not the verb: 'agreed to host')
    ['Kenya and Uganda held talks in Mombasa on February 2, under a deal with host Tanzania.', { KE: ['participant'], TZ: ['host'], UG: ['participant'] }],
    ['Sudanese and Chadian officials met on February 2, the hosts Egypt said.', { EG: ['host'], SD: ['participant'], TD: ['participant'] }],
    // hosted and mediated: both roles
    ['Ethiopia and Somalia held talks, which Turkey hosted and mediated, on February 2.', { ET: ['participant'], SO: ['participant'], TR: ['mediator', 'host'] }],
    ['Qatar has agreed to host Iran and Saudi Arabia for talks on February 10.', { IR: ['participant'], QA: ['host'], SA: ['participant'] }],
    ['China and the US will meet on February 10; Switzerland will host the talks.', { CH: ['host'], CN: ['participant'], US: ['participant'] }],
    // a host still to be agreed: 'could host', 'is expected to host', 'has proposed to host'
    ['Qatar could host a three-way meeting of Kenya, Uganda and Tanzania on February 10.', { KE: ['participant'], QA: ['host'], TZ: ['participant'], UG: ['participant'] }],
    ['Norway is expected to host talks between Colombia and the ELN on February 10.', { CO: ['participant'], ELN: ['participant'], NO: ['host'] }],
    ['Armenian and Azerbaijani negotiators will meet in Almaty on February 10 at the invitation of Kazakhstan.', { AM: ['participant'], AZ: ['participant'], KZ: ['host'] }],
    ['Russia and Ukraine met on February 1, sidelining the EU.', { EU: ['excluded'], RU: ['participant'], UA: ['participant'] }],
    // mediators: "as mediators", "thanked X for its mediation"
    ['Moldova and Transnistria met on February 1, with the OSCE, Russia and Ukraine as mediators.', { MD: ['participant'], OSCE: ['mediator'], RU: ['mediator'], TRANSNISTRIA: ['participant'], UA: ['mediator'] }],
    // excluded: "Neither X nor Y was invited"
    ['Donors met in London on February 1. Neither Sudan nor the RSF was invited.', { RSF: ['excluded'], SD: ['excluded'] }],
    // observers are not participants
    ['Sudan and the RSF met on February 1, with the African Union as an observer.', { RSF: ['participant'], SD: ['participant'] }],
    // places and topics are not sides
    ['Russia and Ukraine will resume talks on February 10 over the conflict in Ukraine.', { RU: ['participant'], UA: ['participant'] }],
    ['Thailand and Cambodia met on February 1 in Kuala Lumpur, the capital of Malaysia.', { KH: ['participant'], TH: ['participant'] }],
    // "no representatives of X"
    ['Ghana and Togo will hold talks on February 10. No representatives of the Benin government will take part.', { BJ: ['excluded'], GH: ['participant'], TG: ['participant'] }],
    // "did not come"
    ['Ghana and Togo held talks in Lome on February 2. The delegation from Benin did not come to Lome for this round.', { BJ: ['excluded'], GH: ['participant'], TG: ['participant'] }],
    // "is not taking part", also past a long appositive
    ['Ghana and Togo will hold talks on February 10. Benin is not taking part in the bilateral sessions.', { BJ: ['excluded'], GH: ['participant'], TG: ['participant'] }],
    ['Ghana and Togo will hold talks on February 10. Benin, the third partner in the Abidjan-Lagos Corridor Highway Development Agreement (ALCoDA), will not be attending.', { BJ: ['excluded'], GH: ['participant'], TG: ['participant'] }],
    // the sides of a dispute that the meeting word names as its subject are the meeting's sides
    ['Talks on the border dispute between Ghana and Togo ended without agreement in Lome on Thursday.', { GH: ['participant'], TG: ['participant'] }],
    ['Negotiations to end the war between Sudan and the RSF resumed in Jeddah on Monday.', { RSF: ['participant'], SD: ['participant'] }],
    ['The talks, aimed at ending the conflict between Ethiopia and the TPLF, resumed in Pretoria on Monday.', { ET: ['participant'], TPLF: ['participant'] }],
    // but not the sides of a dispute that a third party's talks are about, or of a war that ended before
    // who chairs, or sits in the chair, mediates; an acronym of seven or eight letters is a name too
    ['Ghana and Togo held talks in Accra on February 2. The African Union, which chaired the session, called it useful.', { AU: ['mediator'], GH: ['participant'], TG: ['participant'] }],
    ['Ghana and Togo held a second round in Lome on February 2, again under African Union chairmanship.', { AU: ['mediator'], GH: ['participant'], TG: ['participant'] }],
    ['Ghana and Togo held talks in Lome on February 2. Nigeria chaired, and both delegations attended.', { GH: ['participant'], NG: ['mediator'], TG: ['participant'] }],
    ['Ghana and Togo will hold a third round in Accra on March 2, with Nigeria again in the chair.', { GH: ['participant'], NG: ['mediator'], TG: ['participant'] }],
    ['Guyana and Venezuela will meet in Port of Spain on March 2 under CARICOM auspices.', { CARICOM: ['mediator'], GY: ['participant'], VE: ['participant'] }],
    // a side that chairs its own meeting stays a side
    ['The leaders of Ghana, Togo and Benin met in Lome on February 2, with Togo in the chair.', { BJ: ['participant'], GH: ['participant'], TG: ['participant'] }],
    ['The US envoy held talks in Cairo on Monday on the ceasefire between Israel and Hamas.', { US: ['participant'] }],
    ['Ghana and Togo held talks in Lome on Monday, two years after the war between Mali and Burkina Faso ended.', { GH: ['participant'], TG: ['participant'] }],
  ])('%s', (text, expected) => {
    expect(rolesOf(text)).toEqual(expected);
  });
});

describe('a user gazetteer', () => {
  it('names parties parley does not know, and can take a name away', () => {
    const text = 'The Okonkwo government and the Civic Renewal Bloc met in Bridgetown on February 8, 2024.';
    const plain = extract(text, { today: '2026-11-21' });
    expect(plain.events).toEqual([]);
    const withUser = extract(text, {
      today: '2026-11-21',
      gazetteer: { parties: [{ id: 'CRB', name: 'Civic Renewal Bloc' }], aliases: { VE: ['the Okonkwo government', 'Okonkwo government'] } },
    });
    expect(withUser.events[0].parties.map((p) => p.id)).toEqual(['CRB', 'VE']);
    const without = extract('Russia and Ukraine met on February 1, 2026.', { today: '2026-11-21', gazetteer: { notParties: ['Russia'] } });
    expect(without.mentions.parties.map((p) => p.id)).toEqual(['UA']);
  });
});

describe('roles that speak of another meeting', () => {
  it('gives "thanked X for its mediation" to the meeting that was held', () => {
    const events = extract(
      'The previous round between Russia and Ukraine took place on January 23 in Abu Dhabi. A new meeting of Russia and Ukraine may take place on February 10. Zelensky thanked the United Arab Emirates for its mediation and willingness to host further meetings.',
      { referenceDate: '2026-02-04', today: '2026-11-21' },
    ).events;
    const roles = events.map((e) => Object.fromEntries(e.parties.map((p) => [p.id, p.roles])));
    expect(roles[0].AE).toEqual(['mediator']);
    expect(roles[1].AE).toEqual(['host']);
  });
});

describe('who was left out of another event', () => {
  it('is not excluded from the meeting', () => {
    const roles = rolesOf('Ethiopia and Somalia held talks in Nairobi on February 2. A peace deal signed in 2022 ended the fighting in Tigray, but Eritrea was not a party to it.');
    expect(roles.ER ?? []).not.toContain('excluded');
  });

  it('still is when the sentence names no other event', () => {
    const roles = rolesOf('Ethiopia and Somalia held talks in Nairobi on February 2. Eritrea had not been invited.');
    expect(roles.ER).toEqual(['excluded']);
  });
});

describe('bringing things that are not the sides', () => {
  it('does not make a mediator of a party that brings something else', () => {
    const roles = rolesOf('Serbia and Kosovo met in Brussels on February 2, and Russia brought the matter to the Security Council.');
    expect(roles.RU ?? []).not.toContain('mediator');
  });
});

describe('"the two sides": the pair named before', () => {
  const sidesOf = (text: string) => extract(text, { referenceDate: '2026-02-04', today: '2026-11-21' }).events.map((e) => e.parties.filter((p) => p.roles.includes('participant')).map((p) => p.id).sort());
  it.each([
    ['Ghana and Togo are at odds over the border. At a meeting in Lome on Monday, the two sides agreed on a schedule.', [['GH', 'TG']]],
    ['Why Ghana and Togo are fighting over a border\n\nAt a meeting in Lome on Monday, officials from both foreign ministries agreed on a schedule.', [['GH', 'TG']]],
    ['Ghana and Togo are at odds over the border. The two sides will meet in Lome next month, officials said.', [['GH', 'TG']]],
  ])('fills in the sides: %s', (text, sides) => {
    expect(sidesOf(text)).toEqual(sides);
  });

  it.each([
    // a pair that does not hold the side the meeting names
    ["Ghana and Togo are at odds over the border. Benin's president held a meeting in Abuja on Monday, and both governments welcomed it.", [['BJ']]],
    // no phrase that speaks of a pair
    ['Ghana and Togo are at odds over the border. A meeting was held in Lome on Monday.', []],
  ])('leaves them alone: %s', (text, sides) => {
    expect(sidesOf(text)).toEqual(sides);
  });
});
