// Event assembly: one event per meeting the article makes a claim about.
//
// Passes, in order:
//  1. anchors   — a meeting word with a date close to it opens an event, or joins the event with a
//                 compatible date (equal, overlapping, a closing day inside a range);
//  2. reference — a sentence with a meeting word and no date joins the meeting it refers to: "the next
//                 round" one yet to come, "the previous round" one held, "the talks" the current one;
//                 headlines before the first anchor join the first event;
//  3. fields    — parties with roles, venue, format, round, duration, status and certainty from the
//                 sentences each event was built from;
//  4. fill      — a stated format with fewer sides than it needs borrows them from an event of the same
//                 format in the article; a format is derived from the number of sides when none is stated;
//  5. filter    — an event with no party at all is not a diplomatic meeting claim and is dropped.
import type {
  PartyKind, PartyMention,
  Certainty, DateMention, FieldReason, Format, FormatMention, MeetingEvent, Mentions, Role, Span, Status,
  TriggerMention, VenueMention,
} from '../types.js';
import { addDays, parseIso, WEEKDAY_STEMS, weekdayOf, YEARLESS_DAY } from '../mentions/dates/calendar.js';
import { sentenceAt } from '../segment/sentences.js';
import { joinRangeHalves } from '../mentions/dates/find-dates.js';
import { findAll, loadCues, loadGazetteer } from '../gazetteer/load.js';
import { attributionsIn, type Attribution } from './attribution.js';
import { dayKey, gap, gapPastNames, namesShortened } from './spans.js';
import { hedgeNear, unconfirmedAfter } from './certainty.js';
import { endOfClauseAbout, groupParties, rolesInSentence } from './roles.js';
import { roundNear } from './rounds.js';
import { statusFromCues, statusFromDate, statusFromTense, type StatusReading } from './status.js';
import { firstAtLeast } from '../sorted.js';
import { mapPacked } from '../arrays.js';

/** How far a date may stand from a meeting word to be that meeting's date… */
const DATE_WINDOW = 100;
/** How far before a date a verb of the meeting is looked for when proper names stand between them. */
const PREDICATE_REACH_PAST_NAMES = 240;
/** …or anywhere later in the sentence with a verb of the meeting right before it ("talks … concluded in Abu Dhabi on January 24"). */
/** A year alone must stand this close. */
const YEAR_WINDOW = 30;
/** How far a place may stand from a meeting word to be its venue. */
const VENUE_WINDOW = 60;
/** How far a place may stand from the meeting's date to share its phrase ("in Geneva on Monday"). */
const PLACE_BY_DATE = 12;
/** …or, after a verb of the meeting ("held in Abuja, Federal Republic of Nigeria, on …"), this far. */
const PLACE_BY_DATE_APPOSITION = 60;
/** Before a meeting word that names a kind of meeting, not one: "each Peru-Chile summit", "every round". */
const OF_A_KIND = /\b(?:each|every|any|all|such)\s+(?:[\w-]+\s+){0,2}$/i;
/** A line that opens a list item ("- ", "• ", "* "), read from the few characters before a sentence and its first two. */
const LIST_ITEM = /(?:^|\n)[ \t]*[-•*–][ \t]/;
/** A relative clause about a person (", who lives in Kabul"), up to the place it names, within this reach… */
const PERSON_CLAUSE = /,\s+(?:who|whom|whose)\s[^,;:()"“”]*$/i;
const PERSON_CLAUSE_REACH = 100;
/** …and where such a clause ends after the place. */
const CLAUSE_END = /[,;:.!?()"“”]/;
/** How far after its meeting word a verb of meeting may place it (a long subject between them). */
const PREDICATE_PLACE_REACH = 260;
/** "held at the Kuwaiti foreign ministry in": a verb of meeting, a building, then its town. */
const PREDICATE_AT_BUILDING = /\b(?:held|hosted|took place|take place|takes place|taking place|convened|met|meet|meets)\s+(?:at|in)\s+(?:the|an?)\s+(?:[\w'’-]+\s+){1,5}?in\s+(?:the\s+)?$/i;
const VENUE_PREDICATE = /\b(?:held|take place|takes place|took place|taking place|convene[sd]?|reconvene[sd]?|meet|meets|met|resume[sd]?|open(?:s|ed)?)\s+in\s+$/i;
/**
 * A yes-no question: an auxiliary first (after a label such as "QUESTION (Reuters):", a name and a comma, or
 * "And"), a question mark last (before closing quotes or brackets). It asks whether, and asserts nothing; a
 * question with a question word ("When will the next round be held?") takes for granted what it asks about.
 */
const YES_NO_QUESTION = /^(?:[^:?\n]{0,60}:\s*)?(?:[A-Z][\w.' -]{0,40},\s*)?["“]?(?:(?:and|so|but|then)\s+)?(?:did|do|does|is|are|was|were|will|would|can|could|has|have|had|should|shall|may|might|must)(?:n['’]t)?\b[^?]*\?["'”’)\]]*\s*$/i;
const QUESTION_END = /\?["'”’)\]]*\s*$/;
/** A sentence that describes the meeting just spoken of: "This was a bilateral format", "It is a trilateral meeting". */
const THIS_WAS = /^\s*(?:this|that|it)\s+(?:was|is|will be|would be)\s+(?:an?\s+|the\s+)?$/i;
/** How far "two-day" may stand from a meeting word to bound it. */
const DURATION_WINDOW = 30;
/** What moving or calling off a meeting is said with ("It has been postponed", "…, and it has been called off"). */
const MOVED_WORDS = '(postponed|delayed|put off|pushed back|rescheduled|moved|cancell?ed|called off|scrapped)\\b';
/** A later clause of a sentence saying "it" was moved or called off. */
const PRONOUN_MOVED_LATER = new RegExp(`[,;]\\s*(?:and|but)\\s+(?:it|they)\\s+(?:has|have|had|was|were)\\s+(?:now\\s+|since\\s+|also\\s+)?(?:been\\s+)?${MOVED_WORDS}`, 'i');
/** A sentence that opens by saying "it" was moved or called off. */
const PRONOUN_MOVED = new RegExp(`^\\s*(?:It|They)\\s+(?:has|have|had|was|were)\\s+(?:now\\s+|since\\s+|also\\s+)?(?:been\\s+)?${MOVED_WORDS}`);
/** A headline or a headline's clause: a line without a closing stop. */
function isHeadline(s: Span): boolean {
  return !/[.!?]["'”’)]*$/.test(s.text);
}
/** "It has been rescheduled for March 3": a sentence with no meeting word that moves the meeting just named. */
export function movesMeetingBefore(sentence: Span): boolean {
  return PRONOUN_MOVED.test(sentence.text);
}
/** "The agreement came at the ninth meeting …": a sentence whose meeting takes its day from the sentence before. */
export function datedByAgreementBefore(sentence: Span): boolean {
  return OUTCOME_CAME_AT.test(sentence.text) || HELD_THEIR_MEETING.test(sentence.text);
}
/** After a number of days, words that make it the time between two things ("two days ahead of", "three days later"). */
const DURATION_BETWEEN = /^\s+(?:before|after|ahead|later|earlier|ago|prior|since|from|into)\b/i;
/** Status words in sentences that only refer back to a meeting must stand this close to the meeting word. */
const REFERENCE_CUE_WINDOW = 40;
/** Verbs that put a date at a meeting's end ("ended three days of talks … on Jan 18"). */
const ENDING = /\b(?:ended|concluded|wrapped up|closed|finished|ending|concluding)\b[^.;!?]{0,90}$/i;
/** Verbs that put a date at a meeting's start ("the talks, which began on Jan 16"). */
/** "continued their discussions", "carried on the talks": the meeting under discussion goes on (a day or a few later). */
const CONTINUED = /\b(?:continued|carried on|went on with|pursued)\s+(?:their|the|its|these|those)\s+(?:[\w-]+\s+)?$/i;
const CONTINUED_DAYS = 3;
/** "this time", "this round": the meeting under way on the day of writing. */
const THIS_TIME = /\bthis\s+(?:time|round|session)\b/i;
/** "That meeting", "this round": a meeting word that points at the meeting under discussion. */
const DEMONSTRATIVE_BEFORE = /\b(?:that|this)\s+$/i;
const BEGINNING = /\b(?:began|begun|started|opened|kicked off|got under ?way|commenced)\b[^.;!?]{0,30}$/i;
/** "on Monday and Tuesday, July 28-29": a range this close to the nearest day and holding it is the meeting's date. */
const WIDER_DATE_REACH = 30;
/** A year named from the day of writing: "later this year", "next year". */
const RELATIVE_YEAR = /\b(?:this|next|last|coming|past)\s+year\b/i;
/** A year that bounds a span rather than dating a meeting: "settle the border by 2027", "the first since 2019". */
const BOUNDING_YEAR = /\b(?:by|before|until|till|since|after)\s+$/i;
/**
 * "in 2027" right after a verb that places the meeting itself ("is due to take place in Ecuador in 2027", "was
 * held in Bonn in 2019"); not a verb of a process's course ("talks began in 2019").
 */
const IN_YEAR_AFTER_PREDICATE = /\b(?:held|hold|take place|takes place|took place|taking place|convene[sd]?|meet|meets|met|scheduled|planned|due|set for)\b[^.;!?]{0,60}\bin\s+$/i;
/** A relative clause opening between a date and a later meeting word. */
const RELATIVE_AFTER_DATE = /,\s+(?:who|which|whose)\b/i;
/**
 * A date inside a relative clause that closes before a later meeting word dates the clause's own verb ("Hezbollah,
 * the armed group that fought a war with Israel last year, has been kept out of the talks"): the clause opens after
 * a comma and the comma after the date closes it.
 */
const RELATIVE_AROUND_DATE = {
  // "that" after a noun phrase, not after a verb of saying or deciding ("On Friday, the ministers agreed that on
  // March 3, they will hold talks": a conjunction, and the date is the talks').
  before: /,\s+(?:(?:who|which|whose)\s|(?:the|an?)\s+(?:(?!(?:said|agreed|announced|decided|confirmed|stated|told|added|noted|insisted|warned|hoped|expected)\b)[\w'’-]+\s+){1,6}?that\s)[^,;:()"“”]*$/i,
  after: /^[^,;:()"“”]*,/,
  // Bounds the text searched back from the date: a pattern tried from every comma of a long sentence would cost
  // its length for each comma.
  reach: 200,
};
/** Between a date and its place: a bracket, then "in/at a <building> in/at (the)" ("(4 and 5 February) in a government residence in the"). */
const PLACE_WITHIN_AFTER_DATE = /^\s*(?:\([^()]{0,40}\)\s*)?,?\s*(?:in|at)\s+(?:an?|the)\s+(?:[\w\u00C0-\u024F'’-]+\s+){0,4}?(?:in|at|on the outskirts of|outside)\s+(?:the\s+)?$/i;
/**
 * A clause of its own between a meeting word and a later date, with its subject and a verb in the past: the
 * date is that clause's ("the meeting was cancelled after Bahrain's coast guard detained two boats last week").
 */
const CLAUSE_OF_ITS_OWN = /\b(?:after|because|when|once|following)\s+(?:[\w'’-]+\s+){1,5}?(?:(?!(?:talks|meeting|round|summit|session|need|hundred|indeed|speed|seed|feed|bed|red|shed)\b)[a-z]{2,}ed|took|began|broke|fell|came|made|seized|shot|struck|won|lost)\b/;
/**
 * A date right after a participle of agreeing or signing dates what was agreed or signed, not the meeting word
 * before it ("trying to turn a declaration of principles agreed more than a year ago into a binding arrangement",
 * "talks on the deal signed in May").
 */
const AGREEMENT_DATE = /\b(?:agreed|signed|reached|adopted|ratified|struck|initiall?ed)\s+(?:in\s+principle\s+)?(?:(?:in|on|during)\s+(?:the\s+)?|(?:more|less)\s+than\s+|about\s+|nearly\s+|almost\s+|some\s+|just\s+|only\s+)?$/i;
/** Whether the text between a meeting word and a later date gives the date to a clause of its own or to an agreement. */
const ofAnotherClause = (between: string) => CLAUSE_OF_ITS_OWN.test(between) || AGREEMENT_DATE.test(between);
/** How far apart two days of one meeting may be. */
const SPAN_DAYS = 14;
/** A date after "since" is where a span began ("stalled since 2017"). */
const SINCE = /\bsince\s+(?:the\s+)?(?:(?:early|late|mid)[- ]?\s*)?$/i;
/** A year a process or body was begun in ("The dialogue was launched in 2011"). */
const PROCESS_BEGAN = /\b(?:launched|established|set up|founded|created|inaugurated|initiated|instituted)\s+in\s+$/i;
const DETERMINER_BEFORE = /\b(?:the|a|an|its|their|his|her|this|that)\s+$/i;
const FORMAT_SIDES: Record<Format, number> = { bilateral: 2, trilateral: 3, quadrilateral: 4, multilateral: 5 };

export interface AssemblyInput {
  text: string;
  sentences: Span[];
  mentions: Mentions;
  triggers: TriggerMention[];
  referenceDate: string | null;
  /** The day of writing, "XXXX-11-02" when the date line gives no year (used only where a year is not needed). */
  writtenOn?: string | null;
  /** The article's date line: its date is the article's, never a meeting's. */
  dateline: Span | null;
}

interface PartyState {
  id: string;
  name: string;
  /** The gazetteer's kind of party (state, organisation, armed group, …), where a mention gave it. */
  kind?: PartyKind;
  roles: Set<Role | 'observer'>;
  why: Map<string, FieldReason>;
}

interface Draft {
  order: number;
  /** The meeting under discussion when this one was opened ("the next round", "would reconvene"). */
  antecedent: Draft | null;
  /** Head nouns of the meeting words that built it ("meeting", "summit", "round"), for "the ministerial meeting". */
  heads: Set<string>;
  date: DateMention | null;
  sentences: Span[];
  parties: Map<string, PartyState>;
  venue: VenueMention | null;
  /** Whether the venue came from a sentence that dates the meeting. */
  venueDated: boolean;
  undisclosedVenue: VenueMention | null;
  format: FormatMention | null;
  mode: FormatMention | null;
  round: { round: number; why: FieldReason } | null;
  durationDays: { days: number; why: FieldReason; endsOnDate: boolean } | null;
  /** The last day, stated apart from the first ("due to run until Nov 3", "the talks, which began on Jan 16"). */
  until: DateMention | null;
  from: DateMention | null;
  anchorStatus: StatusReading[];
  referenceStatus: StatusReading[];
  attribution: Attribution[];
  hedge: FieldReason | null;
}

export function assembleEvents(input: AssemblyInput): { events: MeetingEvent[]; warnings: string[] } {
  const { text, sentences, triggers, referenceDate, dateline } = input;
  // A span of days the date layer marks as two TIMEX3s ("March 3 to 5") dates a meeting as one span.
  // The place a date line is filed from ("BAKU, Azerbaijan, August 2, 2025 (Wire) -") takes no part in a meeting.
  const inDateline = (p: Span) => !!dateline && p.end <= dateline.start && !text.slice(p.end, dateline.start).includes('\n');
  const mentions = { ...input.mentions, dates: joinRangeHalves(input.mentions.dates, text), parties: input.mentions.parties.filter((p) => !inDateline(p)) };
  const writtenOn = input.writtenOn ?? referenceDate;
  const warnings: string[] = [];
  const drafts: Draft[] = [];
  const pending: Span[] = [];
  let current: Draft | null = null;

  // Mentions inside a span, by binary search over each list sorted once by start: a scan per sentence
  // would make a long single-line input quadratic.
  const sortedLists = new Map<unknown[], { start: number; end: number }[]>();
  const inside = <T extends { start: number; end: number }>(list: T[], s: Span): T[] => {
    let sorted = sortedLists.get(list) as T[] | undefined;
    if (!sorted) { sorted = [...list].sort((a, b) => a.start - b.start); sortedLists.set(list, sorted); }
    const out: T[] = [];
    for (let i = firstAtLeast(sorted, s.start, (x) => x.start); i < sorted.length && sorted[i].start < s.end; i++) if (sorted[i].end <= s.end) out.push(sorted[i]);
    return out;
  };
  // Dates that can date a meeting: a day, week or month that is known at least up to its year.
  // Not the date of a statement ("told reporters on Monday"), nor the old date of a moved meeting.
  const cues = loadCues();
  // A part of a day ("Wednesday night", TIME) dates a meeting by its day.
  const datesAMeeting = (d: DateMention) => (d.type === 'DATE' || (d.type === 'TIME' && d.range)) && !d.value.startsWith('XXXX-XX') && !d.value.endsWith('_REF') &&
    ['day', 'week', 'month', 'year'].includes(d.granularity) && !d.rule.startsWith('date.moved-from') &&
    !(dateline && d.start < dateline.end && dateline.start < d.end) &&
    !cues.reportDate.before!.test(text.slice(Math.max(0, d.start - 60), d.start)) &&
    !cues.expiryDate.before!.test(text.slice(Math.max(0, d.start - 40), d.start)) &&
    // "due to run until Nov 3" closes a meeting opened elsewhere; it opens none.
    !cues.dateEnd.before!.test(text.slice(Math.max(0, d.start - 60), d.start)) &&
    !startsSpan(d) && !datesAnotherNoun(d);
  const eligibleDates = mentions.dates.filter((d) => datesAMeeting(d) && !isFormerDate(d));

  /** "stalled since 2017", "the first talks since 2019", "launched in 2011": where a span or a process began, not a meeting's date. */
  function startsSpan(d: DateMention): boolean {
    const before = text.slice(Math.max(0, d.start - 40), d.start);
    return SINCE.test(before) || (d.granularity === 'year' && PROCESS_BEGAN.test(before));
  }

  /** "the 2008 war": a year before another noun dates that noun ("the 2019 talks" dates the talks). */
  function datesAnotherNoun(d: DateMention): boolean {
    if (d.granularity !== 'year' || !/^\d{4}$/.test(d.text) || !DETERMINER_BEFORE.test(text.slice(Math.max(0, d.start - 12), d.start))) return false;
    const next = /^\s+(?=[a-z])/.exec(text.slice(d.end, d.end + 3));
    return !!next && !triggers.some((t) => t.start === d.end + next[0].length);
  }

  /** "postponed the round, which had been due to open on June 10, to July 1": the old date of a moved meeting. */
  function isFormerDate(d: DateMention): boolean {
    if (!cues.formerDate.before.test(text.slice(Math.max(0, d.start - 80), d.start))) return false;
    const s = sentenceAt(sentences, d.start);
    return !!s && cues.formerDate.sentence.test(text.slice(s.start, s.end));
  }

  const newDraft = (date: DateMention | null, order: number): Draft => {
    const d: Draft = {
      order, date, antecedent: current, heads: new Set(), sentences: [], parties: new Map(), venue: null, venueDated: false, undisclosedVenue: null, format: null, mode: null,
      round: null, durationDays: null, until: null, from: null, anchorStatus: [], referenceStatus: [], attribution: [], hedge: null,
    };
    drafts.push(d);
    return d;
  };

  /** The places a sentence gives its meeting words, nearest first. */
  const placesOf = (s: Span, ts: TriggerMention[], anchor: { trigger: TriggerMention; date: DateMention } | null, venues: VenueMention[]): VenueMention[] => {
    // The venue is the place named nearest a meeting word ("officials in Beirut said the talks …" is no venue),
    // or a place and the meeting's own date in one phrase ("… kicked off here in Geneva on Monday"): both
    // modify the same verb, however long the subject before it.
    const byDate = (v: VenueMention, d: DateMention) => gap(v, d) <= PLACE_BY_DATE && /^\s*,?\s*(?:(?:on|in|at)\s+(?:the\s+)?)?$/i.test(text.slice(Math.min(v.end, d.end), Math.max(v.start, d.start)));
    // A moved meeting keeps the place of its old date ("originally scheduled for 23-24 June in Vienna, has been
    // delayed by a week to 30 June-1 July").
    const oldDates = anchor?.date.rule.startsWith('date.moved-to') ? inside(mentions.dates, s).filter((d) => d.rule.startsWith('date.moved-from')) : [];
    // So does a place named by where in it the meeting sat, right after its date ("sat down on Tuesday and
    // Wednesday (4 and 5 February) in a government residence in the Kazakh city").
    const nearDate = (v: VenueMention) => !!anchor && (byDate(v, anchor.date) || oldDates.some((d) => byDate(v, d)) ||
      (v.start >= anchor.date.end && PLACE_WITHIN_AFTER_DATE.test(text.slice(anchor.date.end, v.start))));
    // "will be held in Abuja, Federal Republic of Nigeria, on Wednesday, 24 September": the place after the verb
    // whose date the meeting took.
    const heldIn = (v: VenueMention) => !!anchor && anchor.date.start >= v.end && anchor.date.start - v.end <= PLACE_BY_DATE_APPOSITION &&
      VENUE_PREDICATE.test(text.slice(Math.max(s.start, v.start - 40), v.start));
    // A long proper name between them counts as one word ("the meeting at the offices of the Bangladesh Water
    // Development Board in Dhaka").
    // "Diplomats in Islamabad said a meeting in Riyadh …": where the speakers are is not where the meeting is.
    const speakers = (v: VenueMention) => cues.speakerPlace.before!.test(text.slice(Math.max(s.start, v.start - 40), v.start)) && cues.speakerPlace.after!.test(text.slice(v.end, v.end + 40));
    // "said Gul Shinwari, who exports dried fruit to Peshawar": a place in a clause about a person places the
    // person, unless the clause speaks of a meeting ("the envoy, who will meet them in Doha").
    const aboutPerson = (v: VenueMention) => {
      const clause = PERSON_CLAUSE.exec(text.slice(Math.max(s.start, v.start - PERSON_CLAUSE_REACH), v.start));
      if (!clause) return false;
      const from = v.start - clause[0].length;
      const rest = CLAUSE_END.exec(text.slice(v.end, s.end));
      const to = rest ? v.end + rest.index : s.end;
      return !inside(triggers, s).some((t) => t.start >= from && t.end <= to);
    };
    // "a three-way ministerial meeting with New Zealand, the biggest funder of …, was due to take place in
    // Wellington": the place a verb of meeting gives the meeting word before it, however long the subject, when
    // no other meeting word stands between them.
    const placedBy = (v: VenueMention) => (VENUE_PREDICATE.test(text.slice(Math.max(s.start, v.start - 40), v.start)) || PREDICATE_AT_BUILDING.test(text.slice(Math.max(s.start, v.start - 80), v.start))) &&
      ts.some((t) => t.end <= v.start && v.start - t.end <= PREDICATE_PLACE_REACH && !inside(triggers, s).some((o) => o.start >= t.end && o.end <= v.start));
    // "Ahead of the Geneva round, the IPRM met on Tuesday in Ergneti": a place that names another meeting, one that
    // times this one, is that meeting's.
    const timing = venues.length && ts.length > 0 ? inside(triggers, s).filter((o) => o !== anchor?.trigger && ts.some((t) => t !== o && t.opens) &&
      TIMED_BY.test(text.slice(Math.max(s.start, o.start - 40), o.start))) : [];
    const namesTimingMeeting = (v: VenueMention) => timing.some((o) => (o.start >= v.end && o.start - v.end <= 2) || (o.start <= v.start && v.end <= o.end));
    return venues.filter((v) => !speakers(v) && !aboutPerson(v) && !namesTimingMeeting(v)).filter((v) => v.undisclosed || ts.some((t) => gap(v, t) <= VENUE_WINDOW || (v.start >= t.end && gapPastNames(text, t, v) <= VENUE_WINDOW)) || nearDate(v) || heldIn(v) || placedBy(v))
      .sort((a, b) => Math.min(...ts.map((t) => gap(a, t))) - Math.min(...ts.map((t) => gap(b, t))));
  };

  /** Whether an undated sentence's own meeting words place it in another town than a dated sentence's meeting. */
  const otherTown = (p: Span, s: Span, a: { trigger: TriggerMention; date: DateMention }) => {
    // "The secretariat in Lima prepares each Peru-Chile summit": a meeting word of a kind, not of one meeting.
    const ts = inside(triggers, p).filter((t) => t.opens && !OF_A_KIND.test(text.slice(Math.max(p.start, t.start - 30), t.start)));
    if (!ts.length) return false;
    const theirs = placesOf(p, ts, null, inside(mentions.venues, p)).find((v) => !v.undisclosed && v.city);
    const ours = placesOf(s, [a.trigger], a, inside(mentions.venues, s)).find((v) => !v.undisclosed && v.city);
    return !!theirs && !!ours && theirs.city !== ours.city;
  };

  /** The town a first line places its story in ("LIVE: WTO ministers in Yaoundé — day two"), if any. */
  const headlinePlace = (): VenueMention | null => {
    const firstLine = sentences.find((x) => /\S/.test(x.text));
    if (!firstLine || !isHeadline(firstLine)) return null;
    return inside(mentions.venues, firstLine).find((v) => !v.undisclosed && v.city && /\bin\s+$/i.test(text.slice(Math.max(firstLine.start, v.start - 4), v.start))) ?? null;
  };

  /** Adds what one sentence says to an event; `owns` picks the mentions that belong to it. */
  const contribute = (ev: Draft, s: Span, ts: TriggerMention[], anchor: { trigger: TriggerMention; date: DateMention } | null, owns: (x: Span) => boolean) => {
    if (!ev.sentences.some((x) => x.start === s.start)) ev.sentences.push(s);
    for (const t of ts) ev.heads.add(headOf(t));
    for (const a of attributionsIn(text, s, inside(mentions.parties, s))) {
      if (!ev.attribution.some((x) => x.evidence.start === a.evidence.start)) ev.attribution.push(a);
    }
    const parties = inside(mentions.parties, s).filter(owns);
    const venues = inside(mentions.venues, s).filter(owns);
    for (const r of rolesInSentence(text, s, parties, ts, venues)) {
      if (r.role === 'none') continue;
      // "thanked X for its mediation" speaks of a meeting already held.
      const target = r.refers === 'past' && !isHeld(ev) ? [...drafts].reverse().find(isHeld) ?? ev : ev;
      addRole(target, r.mention.id, r.mention.name, r.role, { rule: r.rule, evidence: spanOf(r.mention) }, r.mention.kind);
    }
    // "discussions due to run until Nov 3": the last day.
    for (const d of inside(mentions.dates, s)) {
      if ((d.range || YEARLESS_DAY.test(d.value)) && d.granularity === 'day' && d !== anchor?.date && cues.dateEnd.before!.test(text.slice(Math.max(s.start, d.start - 60), d.start))) ev.until ??= d;
    }
    const places = placesOf(s, ts, anchor, venues);
    // The place of the sentence that dates the meeting outranks one from a sentence that only speaks of it ("the
    // secretariat in Seoul keeps the wheels turning between summits … The 10th summit took place in Tokyo on
    // 26 May"); the same place keeps its first evidence.
    const nearest = places.find((x) => !x.undisclosed);
    const samePlace = !!nearest && !!ev.venue && nearest.city === ev.venue.city && nearest.country === ev.venue.country;
    const outranks = !!anchor && !ev.venueDated && !!nearest && !samePlace;
    if (anchor && samePlace) ev.venueDated = true;
    for (const v of places) {
      if (v.undisclosed) ev.undisclosedVenue ??= v;
      // "met in Barbados …" then "took place in Bridgetown": the city refines the country.
      else if (!ev.venue || (outranks && v === nearest) || (!ev.venue.city && v.city && v.country === ev.venue.country)) {
        ev.venue = v;
        ev.venueDated ||= !!anchor;
      }
    }
    // "turning what was designed as a three-way negotiation into a bilateral exchange": the format had, not meant.
    const formats = inside(mentions.formats, s).filter(owns);
    const intended = (f: FormatMention) => cues.intendedFormat.before!.test(text.slice(Math.max(s.start, f.start - 40), f.start));
    const had = formats.some((f) => f.format && !intended(f));
    for (const f of formats) {
      if (f.format && !(had && intended(f))) ev.format ??= f;
      if (f.mode) ev.mode ??= f;
    }
    // The round of the meeting word that took the date comes first ("the first cycle of talks since the seventh
    // round, held in Caracas in November": the seventh).
    if (anchor) ev.round ??= roundNear(text, s, anchor.trigger);
    for (const t of ts) {
      // "a fourth round" in a sentence about this meeting speaks of another one.
      if (anchor || t.reference === 'anaphoric' || t.reference === 'past') ev.round ??= roundNear(text, s, t);
      // "two-day talks", "three days of proximity talks … ended on Jan 18"
      // "two days ahead of the talks" measures the time to them, not their length.
      const dur = inside(mentions.dates, s).find((d) => d.type === 'DURATION' && /^P\d+D$/.test(d.value) && !DURATION_BETWEEN.test(text.slice(d.end, d.end + 12)) &&
        (gap(d, t) <= DURATION_WINDOW || /^\s+of\s+(?:[\w-]+\s+)?$/.test(text.slice(d.end, t.start))));
      if (dur && !ev.durationDays) {
        const ending = !!anchor && ENDING.test(text.slice(Math.max(s.start, anchor.date.start - 100), anchor.date.start));
        ev.durationDays = { days: parseInt(dur.value.slice(1), 10), why: { rule: dur.rule, evidence: spanOf(dur) }, endsOnDate: ending };
      }
    }
    if (anchor) {
      const moved = anchor.date.rule.startsWith('date.moved-to') ? { status: 'postponed' as const, rule: 'status.moved', evidence: spanOf(anchor.date) } : null;
      const reading = moved ?? statusOfMeetingWord(text, s, anchor.trigger);
      if (reading) ev.anchorStatus.push(reading);
      // "… this week's session … A follow-up round is pencilled in for January": the hedge of the nearer date's.
      ev.hedge ??= hedgeNear(text, s, { start: Math.min(anchor.trigger.start, anchor.date.start), end: Math.max(anchor.trigger.end, anchor.date.end), text: '' }, owns);
    } else {
      for (const t of ts) {
        const narrow = { start: Math.max(s.start, t.start - REFERENCE_CUE_WINDOW), end: Math.min(s.end, t.end + REFERENCE_CUE_WINDOW), text: '' };
        const reading = statusFromCues(text, narrow, t, ['cancelled', 'postponed', 'ongoing']) ?? movedLaterInSentence(text, s, t);
        if (reading) ev.referenceStatus.push(reading);
        const hedge = hedgeNear(text, narrow, t);
        if (hedge && ['certainty.possible', 'certainty.tentative', 'certainty.unconfirmed'].includes(hedge.rule)) ev.hedge ??= hedge;
      }
    }
  };

  let lastSentence: Span | null = null;
  let passedOver = false;
  for (const s of sentences) {
    // "Did the two delegations hold a separate bilateral meeting?": a yes-no question asserts no meeting, nor
    // anything of one; it leaves the thread of the meeting spoken of as it was (the answer after it goes on with it).
    if (YES_NO_QUESTION.test(s.text)) continue;
    const ts = inside(triggers, s);
    if (!ts.length) {
      // No meeting word: a role cue ("Omani mediators have kept this channel alive") still speaks of the current
      // meeting, and so does a list of delegations right after a sentence about it ("The forum brings together
      // delegations from Georgia, Russia and the United States").
      if (current) {
        const follows = lastSentence !== null && current.sentences.includes(lastSentence);
        // "This was announced by President Zelenskyy": who made the claim of the sentence before.
        if (follows) {
          for (const a of attributionsIn(text, s, inside(mentions.parties, s))) {
            if (!current.attribution.some((x) => x.evidence.start === a.evidence.start)) current.attribution.push(a);
          }
          // "This was a bilateral format": the format of the meeting just spoken of.
          const stated = inside(mentions.formats, s).find((f) => f.format && THIS_WAS.test(text.slice(s.start, f.start)));
          if (stated && !current.format) {
            current.format = stated;
            if (!current.sentences.includes(s)) current.sentences.push(s);
          }
        }
        // "… met in New York last month. Neither government has publicly confirmed that encounter."
        const unconfirmed = follows && !current.hedge ? unconfirmedAfter(text, s) : null;
        if (unconfirmed) {
          current.hedge = unconfirmed;
          if (!current.sentences.includes(s)) current.sentences.push(s);
        }
        // "The 11th summit was due in December. It has been postponed.": the meeting just spoken of was moved.
        const moved = follows ? PRONOUN_MOVED.exec(s.text) : null;
        if (moved) {
          const status = /^(?:cancel|call|scrap)/i.test(moved[1]) ? 'cancelled' as const : 'postponed' as const;
          current.referenceStatus.push({ status, rule: 'status.moved-next-sentence', evidence: { start: s.start + moved.index + moved[0].length - moved[1].length, end: s.start + moved.index + moved[0].length, text: moved[1] } });
          if (!current.sentences.includes(s)) current.sentences.push(s);
          // "It has now been rescheduled for later this month in London": the new date, and the place with it.
          const newDate = status === 'postponed' && !isHeld(current) ? inside(eligibleDates, s).find((d) => d.rule.startsWith('date.moved-to')) : undefined;
          if (newDate) {
            current.date = newDate;
            const place = inside(mentions.venues, s).find((v) => !v.undisclosed && v.city && v.start > newDate.start && v.start - newDate.end <= PLACE_BY_DATE);
            if (place) current.venue = place;
          }
        }
        // "A peace deal … ended the fighting, but Eritrea was not a party to it": with another event named and no
        // meeting word, who was left out was left out of that event.
        let otherEvents: { start: number }[] | undefined;
        // Not one inside a clause about the name ("Hezbollah, the armed group that fought a war with Israel last
        // year, has been kept out of the process").
        const otherEvent = (m: PartyMention) => {
          otherEvents ??= findAll(cues.otherEvents.pattern!, text, s.start, s.end);
          const clauseEnd = endOfClauseAbout(text, m);
          return otherEvents.some((e) => e.start < m.start || e.start >= clauseEnd);
        };
        for (const r of rolesInSentence(text, s, inside(mentions.parties, s), [], inside(mentions.venues, s))) {
          const strongSide = r.role === 'participant' && r.rule !== 'participant.near-trigger' && follows;
          if (r.role === 'excluded' && otherEvent(r.mention)) continue;
          if (r.role !== 'none' && r.role !== 'observer' && (r.role !== 'participant' || strongSide)) {
            addRole(current, r.mention.id, r.mention.name, r.role, { rule: r.rule, evidence: spanOf(r.mention) }, r.mention.kind);
            if (!current.sentences.includes(s)) current.sentences.push(s);
          }
        }
      }
      // One sentence that names neither a meeting nor a party ("Organisers cited logistical reasons.") does not
      // break the thread: the list of delegations after it still speaks of the meeting before it. Nor does a
      // question that names no party ("Idriss, who is at the table?"): the answer after it goes on with the thread.
      if (!inside(mentions.parties, s).length && QUESTION_END.test(s.text)) continue;
      if (inside(mentions.parties, s).length || lastSentence === null || !current?.sentences.includes(lastSentence) || passedOver) { lastSentence = s; passedOver = false; }
      else passedOver = true;
      continue;
    }
    passedOver = false;
    const ds = inside(eligibleDates, s);
    // Pass 1: every meeting word takes the nearest date within reach.
    const anchors: { trigger: TriggerMention; date: DateMention }[] = [];
    // A long proper name before the date counts as one word ("due to take place at the Gulf Cooperation Council's
    // headquarters in Riyadh on Wednesday").
    const byPredicate = (d: DateMention) => cues.datePredicate.before!.test(text.slice(Math.max(s.start, d.start - 80), d.start)) ||
      cues.datePredicate.before!.test(namesShortened(text.slice(Math.max(s.start, d.start - PREDICATE_REACH_PAST_NAMES), d.start)));
    // Another event between the meeting word and the date, nearer the date, owns the date.
    // So does a relative clause that opens after the date and holds the meeting word: "elected a new president
    // in November 2024, who has said he is open to dialogue" (the date is the election's).
    // So does a decision dated before the meeting it decides on ("agreed on Monday to hold talks in April"), and
    // anything dated before or after it ("spoke by phone on Wednesday, on the eve of the meeting").
    // "to meet the president before the NATO summit in Ankara in July": a date after a meeting word that times
    // another ("before the summit") is that meeting's.
    // And the other way round: "Ahead of the Geneva round, the IPRM met on Tuesday": a meeting word that times
    // another reaches no date past it.
    const timedByOther = (d: DateMention, t: TriggerMention) => d.start > t.end &&
      ts.some((o) => o !== t && o.opens && o.start >= t.end && o.end <= d.start &&
        (TIMED_BY.test(text.slice(Math.max(s.start, o.start - 40), o.start)) || TIMED_BY.test(text.slice(Math.max(s.start, t.start - 40), t.start))));
    // "On Friday, Armenia and Azerbaijan agreed to a ceasefire at talks in Vienna": an outcome reached at the
    // meeting is no other event between the day and the meeting word.
    const otherEventBetween = (d: DateMention, from: number, to: number) => {
      const hits = findAll(cues.otherEvents.pattern!, text, from, to);
      if (!hits.length || d.end > from) return hits.length > 0;
      // The verb may stand before the day ("agreed on Friday to a ceasefire at talks").
      const start = Math.max(s.start, d.start - 40);
      const outcome = OUTCOME_AT_MEETING.exec(text.slice(start, to));
      return !outcome || hits.some((h) => h.start < start + outcome.index);
    };
    const blocked = (d: DateMention, t: TriggerMention) => {
      const [from, to] = d.start > t.end ? [t.end, d.start] : [d.end, t.start];
      return otherEventBetween(d, from, to) || (d.end <= t.start && RELATIVE_AFTER_DATE.test(text.slice(from, to))) ||
        (d.end <= t.start && RELATIVE_AROUND_DATE.after.test(text.slice(d.end, to)) && RELATIVE_AROUND_DATE.before.test(text.slice(Math.max(s.start, d.start - RELATIVE_AROUND_DATE.reach), d.start))) ||
        (d.end <= t.start && cues.decisionDate.after!.test(text.slice(d.end, to)) && cues.decisionDate.before!.test(text.slice(Math.max(s.start, d.start - 40), d.start))) ||
        (d.end <= t.start && cues.relativeDate.after!.test(text.slice(d.end, to))) ||
        (d.start > t.end && ofAnotherClause(text.slice(from, to))) || timedByOther(d, t);
    };
    // A year alone dates a meeting only right beside its name ("the Camp David summit of 1978").
    // A year counted from today may stand after a verb of the meeting ("will be held in Beijing later this year",
    // "will resume by the end of the year"),
    // and so may "in 2027" right after a verb that places the meeting.
    const reaches = (d: DateMention, t: TriggerMention) => d.granularity === 'year'
      ? (gap(d, t) <= YEAR_WINDOW || (d.start > t.end && (RELATIVE_YEAR.test(d.text) || d.rule === 'date.the-year' || d.rule.startsWith('date.moved-to') ? byPredicate(d) : IN_YEAR_AFTER_PREDICATE.test(text.slice(Math.max(s.start, d.start - 80), d.start))))) &&
        !BOUNDING_YEAR.test(text.slice(Math.max(s.start, d.start - 8), d.start)) && !blocked(d, t)
      : byPredicate(d) ? (d.start > t.end || gap(d, t) <= DATE_WINDOW) && !(d.start > t.end && ofAnotherClause(text.slice(t.end, d.start))) && !timedByOther(d, t)
      // "held the 37th meeting of the Working Mechanism for … Border Affairs (WMCC) in New Delhi on Wednesday"
      : (gap(d, t) <= DATE_WINDOW || (d.start > t.end && gap(d, t) <= DATE_WINDOW * 3 && gapPastNames(text, t, d) <= DATE_WINDOW)) && !blocked(d, t);
    const opening = ts.filter((x) => x.opens);
    // Each date's nearest meeting word: "talks … on March 10, and … the next round … on April 2".
    const nearestTrigger = (d: DateMention) => opening.reduce((best, t) => (gap(d, t) < gap(d, best) ? t : best));
    for (const t of opening) {
      const reachable = ds.filter((d) => reaches(d, t)).sort((a, b) => gap(a, t) - gap(b, t));
      // "held summits in Singapore in June 2018 and in Hanoi in February 2019": a plural meeting word with
      // several dates is several meetings, of the dates no other meeting word stands nearer.
      const taken = PLURAL.test(t.text)
        ? reachable.filter((d, i) => i === 0 || (nearestTrigger(d) === t && distinctDays(d, reachable)))
        : mapPacked(reachable.slice(0, 1), (d) => reachable.find((w) => contains(w, d) && gap(w, d) <= WIDER_DATE_REACH) ?? d);
      for (const near of taken) if (!anchors.some((a) => a.date === near)) anchors.push({ trigger: t, date: near });
    }
    // "Iraqi and Kuwaiti officials agreed yesterday to revive joint patrols …. The agreement came at the ninth
    // meeting of the joint committee": the meeting an agreement came at is dated by the day the sentence before
    // says it was agreed.
    // So is the meeting the sides are then said to have held ("The commissions agreed on Thursday to begin work on
    // a further section …. The commissions, headed by …, held their 14th meeting in Gazakh.").
    const cameAt = !anchors.length && !ds.length ? OUTCOME_CAME_AT.exec(s.text) ?? HELD_THEIR_MEETING.exec(s.text) : null;
    if (cameAt) {
      const t = opening.find((x) => x.start >= s.start + cameAt[0].length - 1 && x.start - (s.start + cameAt[0].length) <= 12);
      const before = sentences[firstAtLeast(sentences, s.start, (x) => x.start) - 1];
      const agreedOn = t && before ? inside(eligibleDates, before).find((d) => d.granularity === 'day' && AGREED_ON.test(text.slice(Math.max(before.start, d.start - 30), d.start))) : undefined;
      if (t && agreedOn) anchors.push({ trigger: t, date: agreedOn });
    }
    if (anchors.length) {
      // "could come to Washington to meet the president before the NATO summit in Ankara in July": a meeting word
      // before the one dated, which that one times, is a meeting of its own, undated; each owns its side of
      // "before".
      // Only what comes first ("before", "ahead of"): "the first session since their last meeting in October" and
      // "after a session in Washington in July" set the meeting under discussion after an earlier one.
      const timingCue = anchors.length === 1 ? TIMED_AHEAD_OF.exec(text.slice(Math.max(s.start, anchors[0].trigger.start - 40), anchors[0].trigger.start)) : null;
      const timed = timingCue ? opening.find((t) => t !== anchors[0].trigger && t.reference !== 'anaphoric' && t.end <= anchors[0].trigger.start - timingCue[0].length) : undefined;
      const boundary = timed ? anchors[0].trigger.start - timingCue![0].length : s.start;
      // What lies between two meetings' dates belongs to the nearer date ("in Singapore in June 2018").
      const owner = (x: Span) => anchors.reduce((best, a) => (gap(x, a.date) < gap(x, best.date) ? a : best));
      for (const a of anchors) {
        // "the 27th meeting … later this year" is not the 26th held in January, though the year holds its day.
        const ordinal = roundNear(text, s, a.trigger)?.round;
        // "talks on Nov 8 … are expected to reconvene later this month": a meeting still to come, dated by a month
        // or year that holds the days of a meeting already past on the day of writing, is another meeting.
        let ahead: boolean | undefined;
        const yetToCome = (d: Draft) => !!referenceDate && !!d.date?.range && d.date.range.end < referenceDate &&
          !!a.date.range && a.date.range.end >= referenceDate && a.date.granularity !== 'day' &&
          (ahead ??= (statusFromCues(text, s, a.trigger, ['planned']) ?? statusFromTense(text, s, a.trigger))?.status === 'planned');
        // "talks in Cebu from 24 to 26 February … Philippine and Chinese officials reportedly held a meeting in
        // Xiamen last month": a month that holds a meeting's days, said of other sides, is another meeting.
        let sidesHere: Set<string> | undefined;
        const otherSides = (d: Draft) => {
          // Either way round: "coast guard officials held talks in Muscat last week … the eight OPEC+ countries held a
          // video conference on Sunday".
          if (!d.date || a.date.value === d.date.value) return false;
          const coarser = a.date.granularity !== 'day' && contains(a.date, d.date);
          if (!coarser && !(d.date.granularity !== 'day' && contains(d.date, a.date))) return false;
          sidesHere ??= new Set(rolesInSentence(text, s, inside(mentions.parties, s), [a.trigger], inside(mentions.venues, s)).filter((r) => r.role === 'participant').map((r) => r.mention.id));
          const theirs = new Set([...d.parties.values()].filter((p) => p.roles.has('participant')).map((p) => p.id));
          // The wider date's meeting must name its own sides ("… session pushed to March" in a headline names none).
          return sidesHere.size >= 2 && (coarser || theirs.size >= 2) && [...sidesHere].some((id) => !theirs.has(id));
        };
        // "postponed to December 14 … in Port of Spain" and "the presidents could meet in Brasília in mid-December":
        // a meeting placed in another city is another meeting.
        const owns = (x: Span) => (anchors.length === 1 || owner(x) === a) && x.start >= boundary;
        const mine = ts.filter(owns);
        let placeHere: VenueMention | null | undefined;
        const otherPlace = (d: Draft) => {
          if (!d.venue?.city) return false;
          placeHere ??= placesOf(s, mine.length ? mine : [a.trigger], a, inside(mentions.venues, s).filter(owns)).find((v) => !v.undisclosed && v.city) ?? null;
          return !!placeHere && placeHere.city !== d.venue.city;
        };
        // "The next Joint Committee meeting was due in October" is not the round held on 13 October.
        const nextOfHeld = (d: Draft) => a.trigger.reference === 'future' && isHeld(d);
        // "Baghdad could host a meeting … later this month" and "officials held talks in Muscat last week": a
        // meeting the text says was held and one it says is still to come, on dates that are not the same, are two.
        let statusHere: Status | null | undefined;
        const otherTime = (d: Draft) => {
          const theirs = d.anchorStatus[0]?.status;
          if (!d.date || a.date.value === d.date.value || (theirs !== 'held' && theirs !== 'planned')) return false;
          // One day seen at two hours ("due to start this afternoon", "ended tonight"): a live report's updates.
          if (a.date.range && d.date.range && a.date.range.start === d.date.range.start && a.date.range.end === d.date.range.end) return false;
          statusHere ??= statusOfMeetingWord(text, s, a.trigger)?.status ?? null;
          return (theirs === 'held' && statusHere === 'planned') || (theirs === 'planned' && statusHere === 'held');
        };
        let ev = drafts.find((d) => d.date && compatible(d.date, a.date) && !(ordinal && d.round && d.round.round !== ordinal) && !nextOfHeld(d) && !yetToCome(d) && !otherSides(d) && !otherPlace(d) && !otherTime(d));
        // "The talks, which began on Jan 16": the meeting already under discussion, seen from its first day.
        const joins = (cur: DateMention, mine: DateMention) => {
          const [c, m] = [mentionDay(cur), mentionDay(mine)];
          if (!c || !m || c.startsWith('XXXX') !== m.startsWith('XXXX')) return false;
          return dayKey(m) < dayKey(c) && daysBetween(dayKey(m), dayKey(c)) <= SPAN_DAYS;
        };
        // The meeting under discussion is the latest one whose day it can begin, not always the latest named
        // ("… ended on Jan 18 … agreed to reconvene next month. The talks, which began on Jan 16, …").
        if (!ev && current && a.trigger.reference === 'anaphoric' && a.date.granularity === 'day' &&
          BEGINNING.test(text.slice(Math.max(s.start, a.date.start - 40), a.date.start))) {
          // A numbered meeting begins only a meeting of that number, or one spoken of by the same word ("The ninth
          // round opened on Sunday" is not "Friday's planned meeting of the foreign ministers").
          const sameKind = (d: Draft) => !ordinal || (d.round ? d.round.round === ordinal : d.heads.has(headOf(a.trigger)));
          const begun = [...drafts].reverse().find((d) => d.date && joins(d.date, a.date) && sameKind(d));
          if (begun) {
            begun.from ??= a.date;
            ev = begun;
          }
        }
        // "held a first session of talks … that evening. The two men continued their discussions on Monday": the
        // meeting under discussion, on one of the next days.
        if (!ev && current?.date && a.date.granularity === 'day' && CONTINUED.test(text.slice(Math.max(s.start, a.trigger.start - 40), a.trigger.start))) {
          const [c, m] = [mentionDay(current.date), mentionDay(a.date)];
          if (c && m && c.startsWith('XXXX') === m.startsWith('XXXX') && dayKey(m) > dayKey(c) && daysBetween(dayKey(c), dayKey(m)) <= CONTINUED_DAYS) {
            current.until ??= a.date;
            ev = current;
          }
        }
        // "… a meeting … in Manila on 2 April. That meeting has now been pushed back to May": the meeting under
        // discussion, moved; its new date dates it.
        if (!ev && current && a.trigger.reference === 'anaphoric' && a.date.rule.startsWith('date.moved-to') && !isHeld(current) &&
          DEMONSTRATIVE_BEFORE.test(text.slice(Math.max(s.start, a.trigger.start - 20), a.trigger.start))) {
          current.date = a.date;
          ev = current;
        }
        if (!ev) ev = newDraft(a.date, a.trigger.start);
        else if (ev.date && preferable(a.date, ev.date)) ev.date = a.date;
        // Headlines before the first dated sentence speak of the first meeting, unless that sentence is the next
        // clause of the same headline, which tells a story of its own ("Ministers meet in Brasília; commission
        // session pushed to December").
        // So do the undated sentences before it when its meeting word looks back at them ("Ethiopia and Somalia
        // held a third round of talks. The talks took place on Thursday, October 15, in Istanbul.").
        if (pending.length) {
          const looksBack = a.trigger.reference === 'anaphoric';
          let previous: Span | null = null;
          for (const p of pending.splice(0)) {
            const after = previous;
            previous = p;
            if (!looksBack && !text.slice(p.end, s.start).includes('\n')) continue;
            // A headline's later clause with a meeting word of its own tells another story ("Japan, Russia to
            // open salmon quota talks in Moscow; island fishing talks delayed").
            if (after && !text.slice(after.end, p.start).includes('\n') && isHeadline(after) && isHeadline(p) && inside(triggers, after).length) continue;
            // A list item with a meeting word of its own is a story of its own ("Key points: - The ninth round …
            // continues in Doha. - Friday's planned meeting … in Lomé is off.").
            if (LIST_ITEM.test(text.slice(Math.max(0, p.start - 4), p.start) + p.text.slice(0, 2)) && inside(triggers, p).some((t) => t.opens)) continue;
            // A sentence that places its own meeting in another town is another meeting ("The agreement came at the
            // ninth meeting of the joint committee, held … in Kuwait City" before "Foreign ministers … will meet in
            // Baghdad later this month"): it stays a meeting of its own, undated.
            if (!isHeadline(p) && otherTown(p, s, a)) {
              const own = newDraft(null, p.start);
              contribute(own, p, inside(triggers, p), null, () => true);
              for (const t of inside(triggers, p)) own.round ??= roundNear(text, p, t);
              const opener = inside(triggers, p).find((t) => t.opens);
              const reading = opener ? statusOfMeetingWord(text, p, opener) : null;
              if (reading) own.anchorStatus.push(reading);
              continue;
            }
            contribute(ev, p, inside(triggers, p), null, () => true);
            // The sentence the meeting word looks back at numbers this meeting ("held a third round of talks").
            if (looksBack) for (const t of inside(triggers, p)) ev.round ??= roundNear(text, p, t);
          }
        }
        contribute(ev, s, mine.length ? mine : [a.trigger], a, owns);
        current = ev;
      }
      if (timed) {
        const ev = newDraft(null, timed.start);
        contribute(ev, s, [timed], null, (x) => x.end <= boundary);
        const reading = statusOfMeetingWord(text, s, timed);
        if (reading) ev.anchorStatus.push(reading);
        ev.hedge ??= hedgeNear(text, { start: s.start, end: boundary, text: '' }, timed);
      }
      lastSentence = s;
      continue;
    }
    // Pass 2: no date here; the meeting words say which meeting the sentence is about. A meeting yet to come
    // with sides of its own ("could pave the way for direct Putin-Zelenskyy negotiations") is another meeting.
    // Cheap cues first; compromise only when they say nothing.
    // "A parallel mechanism for Abkhazia, which used to meet in Gali, has not convened since 2018": a sentence that
    // says a body has not met since some time speaks of no meeting, and its names are no sides of the current one.
    if (NOT_MET_SINCE.test(s.text)) { lastSentence = s; continue; }
    const future = (t: TriggerMention) => t.reference === 'future' ||
      statusFromCues(text, { start: s.start, end: t.start, text: s.text }, t, ['planned'])?.status === 'planned' ||
      statusFromTense(text, s, t)?.status === 'planned';
    // A headline ("Talks Conclude; Next Round Planned") has no closing stop and opens no undated meeting.
    const headline = isHeadline(s);
    /** An undated meeting yet to come, read from this sentence around its meeting word. */
    const yetToComeFrom = (ev: Draft, t: TriggerMention) => {
      contribute(ev, s, [t], null, (x) => gap(x, t) <= PARTICIPANT_REACH);
      if (!ev.anchorStatus.length) ev.anchorStatus.push({ status: 'planned', rule: 'status.undated-future', evidence: spanOf(t) });
      ev.hedge ??= hedgeNear(text, s, t);
    };
    // "The Bahraini and Qatari ministers could still meet on its sidelines": a meeting word on the sidelines of the
    // meeting under discussion ("its", "the", with no "of" after) with two sides of its own, not that meeting's, is
    // a meeting of its own on that meeting's date (its place: venueOfSidelines), not more sides of that one.
    // So is the first meeting word after a sentence's opening "On the margins of the quadrilateral meeting,", and
    // a meeting called separate or bilateral there has two sides of its own even among that meeting's ("the Chief
    // Minister held a separate bilateral meeting with the Spanish Minister").
    const opener = current?.date && !headline ? ASIDE_OPENING.exec(s.text) : null;
    const aside = !current?.date || headline ? undefined
      : opener ? ts.find((t) => t.opens && t.start >= s.start + opener[0].length)
      : ts.find((t) => t.opens && ASIDE_OF_CURRENT.test(text.slice(t.end, Math.min(s.end, t.end + ASIDE_REACH))));
    if (aside) {
      // The meeting it stands beside: the one its opening phrase names ("of the quadrilateral meeting"), else the
      // one under discussion.
      const named = opener ? ts.filter((t) => t.end <= s.start + opener[0].length) : [];
      const host = (named.length ? referredEvent(named, drafts, current, referenceDate, text, s, inside(mentions.venues, s)) : null) ?? current!;
      const afterOpener = (x: Span) => !opener || x.start >= s.start + opener[0].length;
      const distinct = ASIDE_DISTINCT.test(text.slice(Math.max(s.start, aside.start - 30), aside.start));
      const sides = new Set(rolesInSentence(text, s, inside(mentions.parties, s), [aside], inside(mentions.venues, s))
        .filter((r) => r.role === 'participant' && (distinct || !host.parties.get(r.mention.id)?.roles.has('participant'))).map((r) => r.mention.id));
      if (sides.size >= 2 && host.date) {
        const ev = newDraft(host.date, aside.start);
        contribute(ev, s, [aside], null, afterOpener);
        ev.venue ??= host.venue;
        const reading = statusOfMeetingWord(text, s, aside);
        if (reading) ev.anchorStatus.push(reading);
        ev.hedge ??= hedgeNear(text, s, aside);
        lastSentence = s;
        continue;
      }
    }
    const own = ownSides(text, ts, inside(mentions.parties, s));
    if (own) {
      const sides = new Set(own.parties.map((p) => p.id));
      const known = drafts.find((d) => !d.date && sameSides(d, sides));
      const under = current && sameSides(current, sides);
      if (!under && !headline && future(own.trigger)) {
        yetToComeFrom(known ?? newDraft(null, own.trigger.start), own.trigger);
        lastSentence = s;
        continue;
      }
    }
    // "The 16th Expert Group Meeting is expected to take place in Thimphu" after the 15th: where meetings already
    // read are numbered, a meeting yet to come with a number none of them has is another one (its sides, unnamed,
    // are those of the one nearest it). Otherwise ("their first round … as early as next week" under a headline
    // about the same talks) the sentence speaks of a meeting read before or waits for one that dates it.
    const numbered = headline || !drafts.some((d) => d.round) ? null : mapPacked(ts, (t) => ({ t, n: t.opens ? roundNear(text, s, t) : null }))
      .find(({ t, n }) => n && !drafts.some((d) => d.round?.round === n.round) && future(t));
    if (numbered) {
      const ev = newDraft(null, numbered.t.start);
      ev.round = numbered.n;
      yetToComeFrom(ev, numbered.t);
      lastSentence = s;
      continue;
    }
    // "Separately, the three trade ministers met in Seoul last month": an undated sentence that opens another
    // story, with a meeting word placed in a town other than the current meeting's, is another meeting.
    const elsewhere = (t: TriggerMention) => t.opens && !!current?.venue?.city &&
      placesOf(s, [t], null, inside(mentions.venues, s)).some((v) => !v.undisclosed && v.city && v.city !== current!.venue!.city);
    const separate = !headline && opensSeparateStory(text, s) ? ts.find(elsewhere) : undefined;
    const target = separate ? newDraft(null, separate.start) : referredEvent(ts, drafts, current, referenceDate, text, s, inside(mentions.venues, s));
    // "Diplomats from … met in Beijing on Tuesday. The next meeting will be held in Riyadh.": a meeting still to
    // come, with none read yet to join, placed in another town, is one of its own (its sides, unnamed, are those
    // of the meeting before it). So is one the sentence's tense or cues put ahead, when the meeting it would join
    // was held ("… met in Bridgetown on February 1. They could meet again in Mexico City").
    const joined = target ?? current;
    const otherTownHere = !!joined && inside(mentions.venues, s).some((v) => !v.undisclosed && !!v.city && v.city !== joined.venue?.city);
    const next = !headline && otherTownHere && (!target || isHeld(target)) ? ts.find((t) => t.opens &&
      placesOf(s, [t], null, inside(mentions.venues, s)).some((v) => !v.undisclosed && !!v.city && v.city !== joined!.venue?.city) &&
      (t.reference === 'future' || (!!target && future(t)))) : undefined;
    if (next) {
      yetToComeFrom(newDraft(null, next.start), next);
      lastSentence = s;
      continue;
    }
    if (target) { contribute(target, s, ts, null, () => true); current = target; }
    if (separate) {
      const reading = statusOfMeetingWord(text, s, separate);
      if (reading) target!.anchorStatus.push(reading);
    }
    else if (!drafts.length) pending.push(s);
    lastSentence = s;
  }

  // "the two sides", "both governments": a meeting that names fewer than two sides but speaks of a pair has the
  // pair named together last before that phrase ("Why Mexico and the United States are fighting over a treaty …
  // At a meeting in Mexico City on April 10, officials from both foreign ministries agreed …").
  /** The first match of a pattern in a meeting's sentences. */
  const firstIn = (d: Draft, pattern: RegExp) => mapPacked(d.sentences, (s) => findAll(pattern, text, s.start, s.end)[0]).find(Boolean);
  let pairs: PartyMention[][] | undefined;
  const fillFromPair = (d: Draft) => {
    const sides = [...d.parties.values()].filter((p) => p.roles.has('participant'));
    if (sides.length >= 2) return;
    const phrase = firstIn(d, cues.pairAnaphora.pattern!);
    if (!phrase) return;
    pairs ??= mapPacked(groupParties(text, [...mentions.parties].sort((a, b) => a.start - b.start)), (g) => g.filter((m, i) => g.findIndex((o) => o.id === m.id) === i))
      .filter((g) => g.length === 2);
    // A pair that mediates the article's other meetings is not a pair of sides ("under Cuban and Mexican
    // mediation. The two delegations agreed …").
    const mediates = (id: string) => drafts.some((o) => o !== d && o.parties.get(id)?.roles.has('mediator') && !o.parties.get(id)?.roles.has('participant'));
    const pair = pairs.filter((g) => g[1].end <= phrase.start && !g.some((m) => mediates(m.id))).at(-1);
    // The pair must hold the side the meeting names, and neither may have another role in it.
    const free = (id: string) => [...(d.parties.get(id)?.roles ?? [])].every((r) => r === 'participant');
    if (!pair || !sides.every((p) => pair.some((m) => m.id === p.id)) || !pair.every((m) => free(m.id))) return;
    // "the fifth round held in Doha between the two parties … The two parties are expected to reconvene in the
    // Qatari capital": a meeting in the town of another with exactly two sides, or under its mediator, has that
    // meeting's pair, not the pair the text named last ("the Washington framework between the DRC and Rwanda");
    // the nearest such meeting in time, which must hold every side this one names.
    const sameTown = (o: Draft) => !!d.venue?.city && o.venue?.city === d.venue.city;
    const process = nearestInTime(d, drafts, (o) => o !== d && sidesOf(o).length === 2 && (sameTown(o) || sharesMediator(d, o)) &&
      sides.every((p) => o.parties.get(p.id)?.roles.has('participant')) && sidesOf(o).every((p) => free(p.id)));
    if (process && !sidesOf(process).every((p) => pair.some((m) => m.id === p.id))) {
      for (const p of sidesOf(process)) addRole(d, p.id, p.name, 'participant', { rule: `${cues.pairAnaphora.id}-from-meeting`, evidence: { start: phrase.start, end: phrase.end, text: text.slice(phrase.start, phrase.end) } }, p.kind);
      return;
    }
    for (const m of pair) addRole(d, m.id, m.name, 'participant', { rule: cues.pairAnaphora.id, evidence: { start: m.start, end: m.end, text: m.text } }, m.kind);
  };

  // Pass 2b: an article whose only meeting is undated ("are reportedly preparing to meet in Jeddah for talks").
  // Its first full sentence about a meeting gives status and certainty; with fewer than two sides it is dropped.
  if (!drafts.length && pending.length) {
    const ev = newDraft(null, pending[0].start);
    for (const p of pending) contribute(ev, p, inside(triggers, p), null, () => true);
    const lead = pending.find((p) => !isHeadline(p)) ?? pending[0];
    const t = inside(triggers, lead).find((x) => x.opens) ?? inside(triggers, lead)[0];
    const reading = statusOfMeetingWord(text, lead, t);
    if (reading) ev.anchorStatus.push(reading);
    ev.hedge ??= hedgeNear(text, lead, t);
    settleRoles(ev);
    fillFromPair(ev);
    if ([...ev.parties.values()].filter((p) => p.roles.has('participant')).length < 2) drafts.pop();
  }
  // "all three delegations attended", "none of the three governments has confirmed": a meeting that names fewer
  // sides than the number it speaks of has the group of that many named together last before the phrase
  // ("Ethiopian, Egyptian and Sudanese negotiators"), or else the sides of the nearest meeting that had that many.
  // Either must hold the sides the meeting names, and none of them may have another role in it.
  let groups: PartyMention[][] | undefined;
  const fillFromCount = (d: Draft) => {
    const phrase = firstIn(d, cues.numberedSides.pattern!);
    if (!phrase) return;
    const n = cues.numberedSides.extra.numbers[phrase.match[1].toLowerCase()];
    const sides = sidesOf(d);
    if (!n || sides.length >= n) return;
    const free = (id: string) => [...(d.parties.get(id)?.roles ?? [])].every((r) => r === 'participant');
    groups ??= mapPacked(groupParties(text, [...mentions.parties].sort((a, b) => a.start - b.start)), (g) => g.filter((m, i) => g.findIndex((o) => o.id === m.id) === i));
    const group = groups.filter((g) => g.length === n && g[n - 1].end <= phrase.start && sides.every((p) => g.some((m) => m.id === p.id)) && g.every((m) => free(m.id))).at(-1);
    if (group) {
      for (const m of group) addRole(d, m.id, m.name, 'participant', { rule: cues.numberedSides.id, evidence: spanOf(m) }, m.kind);
      return;
    }
    // A meeting that names no side of its own takes them only from a meeting with its mediator.
    const related = (o: Draft) => sides.length > 0 || sharesMediator(d, o);
    const donor = nearestInTime(d, drafts, (o) => o !== d && sidesOf(o).length === n && related(o) && sides.every((p) => o.parties.get(p.id)?.roles.has('participant')) && sidesOf(o).every((p) => free(p.id)));
    const evidence = { start: phrase.start, end: phrase.end, text: text.slice(phrase.start, phrase.end) };
    if (donor) {
      for (const p of sidesOf(donor)) addRole(d, p.id, p.name, 'participant', { rule: `${cues.numberedSides.id}-from-meeting`, evidence }, p.kind);
      return;
    }
    // "Sudan stayed away" from one round, and another was held "with all three delegations present": the sides
    // of a meeting of the process and those it left out are the process's members, when they are that many.
    const members = (o: Draft) => [...o.parties.values()].filter((p) => (p.roles.has('participant') || p.roles.has('excluded')) && !p.roles.has('mediator'));
    const process = nearestInTime(d, drafts, (o) => o !== d && related(o) && members(o).length === n &&
      sides.every((p) => o.parties.get(p.id)?.roles.has('participant')) && members(o).every((p) => free(p.id)));
    for (const p of process ? members(process) : []) addRole(d, p.id, p.name, 'participant', { rule: `${cues.numberedSides.id}-from-process`, evidence }, p.kind);
  };
  // "with the accompaniment of the guarantor countries", "the mediators will stay in contact": a meeting that
  // speaks of its mediators in the plural but names fewer than two has those of the nearest meeting of the same
  // process (every side it names sat there too) that names two or more.
  const fillMediators = (d: Draft) => {
    if (mediatorsOf(d).length >= 2) return;
    const phrase = firstIn(d, cues.mediatorAnaphora.pattern!);
    if (!phrase) return;
    const sides = [...d.parties.values()].filter((p) => p.roles.has('participant'));
    const donor = nearestInTime(d, drafts, (o) => o !== d && mediatorsOf(o).length >= 2 && sides.every((p) => o.parties.get(p.id)?.roles.has('participant')));
    const evidence = { start: phrase.start, end: phrase.end, text: text.slice(phrase.start, phrase.end) };
    for (const p of donor ? mediatorsOf(donor) : []) {
      if (!d.parties.get(p.id)?.roles.size) addRole(d, p.id, p.name, 'mediator', { rule: cues.mediatorAnaphora.id, evidence }, p.kind);
    }
  };
  // "Cairo had proposed that a fifth round be held … with Sudan back at the table": a numbered round has the
  // sides of the process's earlier numbered round it shares a side and a mediator with (a side new to a later
  // round does not flow back).
  const fillFromRounds = (d: Draft) => {
    if (!d.round) return;
    const mine = sidesOf(d);
    if (!mine.length) return;
    const donor = nearestInTime(d, drafts, (o) => o !== d && !!o.round && o.round.round < d.round!.round && sharesMediator(d, o) &&
      mine.some((p) => o.parties.get(p.id)?.roles.has('participant')));
    for (const p of donor ? sidesOf(donor) : []) {
      if (!d.parties.get(p.id)?.roles.size) addRole(d, p.id, p.name, 'participant', { rule: 'participant.from-other-round', evidence: null }, p.kind);
    }
  };
  // "… which had been due on February 10, has been postponed. No new date has been set.": a meeting moved or called
  // off, with no new date, is dated by the date it had been due on (also where that dates it more closely than a
  // week or month it was read with).
  for (const d of drafts) {
    if (d.date?.granularity === 'day' || ![...d.anchorStatus, ...d.referenceStatus].some((r) => r.status === 'postponed' || r.status === 'cancelled')) continue;
    const due = mapPacked(d.sentences, (x) => inside(mentions.dates, x).find((m) => datesAMeeting(m) && isFormerDate(m) && (!d.date || contains(d.date, m)))).find(Boolean);
    if (due) d.date = due;
  }
  // "The "5+5", made up of five officers from forces loyal to … Tripoli and five from the eastern-based Libyan
  // National Army": the sides of a body whose members the article names by side. A meeting of that body (its
  // sentences name the body's kind: "the commission met in Benghazi") that names fewer than two sides has them.
  const bodies = bodyMemberships(sentences, mentions.parties);
  const fillFromBody = (d: Draft) => {
    if (!bodies.length || sidesOf(d).length >= 2) return;
    const first = d.sentences[0]?.start ?? 0;
    const kinds = new Set(d.sentences.flatMap((x) => [...x.text.matchAll(BODY_KIND)].map((m) => m[0].toLowerCase())));
    const body = [...bodies].reverse().find((b) => b.start <= first && [...kinds].some((k) => b.kinds.has(k))) ??
      bodies.find((b) => [...kinds].some((k) => b.kinds.has(k)));
    if (!body) return;
    for (const m of body.sides) {
      if (!d.parties.get(m.id)?.roles.size) addRole(d, m.id, m.name, 'participant', { rule: 'participant.body-membership', evidence: { start: m.start, end: m.end, text: m.text } }, m.kind);
    }
  };
  drafts.forEach(fillFromBody);
  drafts.forEach(settleRoles);
  drafts.forEach(fillFromPair);
  drafts.forEach(fillFromCount);
  drafts.forEach(fillMediators);
  drafts.forEach(fillFromRounds);
  const events = mapPacked(drafts, (d) => finish(text, d, drafts, referenceDate, writtenOn, warnings))
    .filter((e): e is MeetingEvent => e !== null)
    .sort((a, b) => (a.evidence[0]?.start ?? 0) - (b.evidence[0]?.start ?? 0));
  heldBeforeHeld(events);
  venueOfSidelines(events, headlinePlace());
  excludedFromPlural(events, sentences, (x) => inside(triggers, x));
  mediatorsAgain(text, events);
  return { events, warnings };
}

/**
 * A meeting word's status in its sentence: a cue that it was called off, moved or is under way, then the tense of
 * its verb, then a cue that it is planned or was held.
 */
function statusOfMeetingWord(text: string, s: Span, t: TriggerMention): StatusReading | null {
  return statusFromCues(text, s, t, ['cancelled', 'postponed', 'ongoing']) ?? movedLaterInSentence(text, s, t) ?? statusFromTense(text, s, t) ??
    statusFromCues(text, s, t, ['planned', 'held']);
}

/**
 * "The tripartite meeting – the Israeli army, the Lebanese army and UNIFIL … – was due last Thursday at Naqoura,
 * and it has been postponed": a later clause of the sentence whose subject is a pronoun for the meeting moved or
 * called it off, however far from the meeting word.
 */
function movedLaterInSentence(text: string, s: Span, t: TriggerMention): StatusReading | null {
  const m = PRONOUN_MOVED_LATER.exec(text.slice(t.end, s.end));
  if (!m) return null;
  const start = t.end + m.index + m[0].length - m[1].length;
  return { status: /^(?:cancel|call|scrap)/i.test(m[1]) ? 'cancelled' : 'postponed', rule: 'status.moved-later-clause', evidence: { start, end: start + m[1].length, text: m[1] } };
}

/** Meeting words in the plural that name meetings one by one ("the bilateral sessions"), not "talks". */
const PLURAL_MEETINGS = /\b(?:sessions|meetings|rounds)\b/i;
/** "The commissions, headed by …, held their 14th meeting": an undated meeting the sentence's subject held (up to its meeting word). */
const HELD_THEIR_MEETING = /^\W{0,3}(?:The|Both)\s+[^.;!?]{0,160}?\b(?:held|concluded|wrapped up|completed)\s+(?:their|its|the|a)\s+(?:[\w-]+\s+){0,3}?(?=(?:meeting|session|round|talks|summit)\b)/i;
/** "The agreement came at", opening a sentence: what the sentence before says was agreed came at a meeting. */
const OUTCOME_CAME_AT = /^\W{0,3}(?:The|This|That|Today['’]s|Yesterday['’]s)\s+(?:[\w-]+\s+)?(?:agreement|deal|accord|decision|breakthrough|understanding|announcement|pledge)\s+(?:came|was\s+(?:reached|made|struck|agreed|sealed|announced|taken))\s+(?:at|during)\s+/i;
/** "agreed yesterday", "signed on Monday": a verb of agreeing right before a day. */
const AGREED_ON = /\b(?:agreed|signed|reached|struck|sealed|announced|decided)\s+(?:on\s+)?$/i;
/** "agreed to a ceasefire at ", right before a meeting word: what the meeting reached, at it. */
const OUTCOME_AT_MEETING = /\b(?:agreed|agree|agrees|signed|sign|signs|reached|reach|reaches|struck|strike|clinched|sealed|extended|renewed)\s+(?:(?:on|late|early)\s+\w+(?:\s+\d+)?,?\s+)?(?:to\s+|on\s+)?(?:a|an|the|their|its)\s+(?:[\w-]+\s+){0,3}?(?:ceasefire|cease-fire|truce|deal|agreement|accord|treaty)\s+(?:[^.;!?]{0,40}?\s)?(?:at|during)\s+(?:the\s+|a\s+|their\s+)?(?:[\w-]+\s+){0,2}$/i;
/** "has been kept out of the process": left out of every meeting of it. */
const OUT_OF_THE_PROCESS = /\b(?:out\s+of|from|no\s+part\s+in|no\s+role\s+in|no\s+seat\s+in)\s+the\s+(?:peace\s+|negotiating\s+|diplomatic\s+)?process\b/i;

/** A finished event's sides, as one key ("ET SO"): who left a meeting out is no side of it. */
const sideKey = (e: MeetingEvent) => e.parties.filter((p) => p.roles.includes('participant') && !p.roles.includes('excluded')).map((p) => p.id).sort().join(' ');

/**
 * "Mexico … is not taking part in the bilateral sessions": a side left out of a meeting word in the plural that
 * looks back is left out of the meetings of the same sides named before that sentence.
 */
function excludedFromPlural(events: MeetingEvent[], sentences: Span[], triggersIn: (s: Span) => TriggerMention[]): void {
  for (const e of events) {
    const sides = sideKey(e);
    if (!sides.includes(' ')) continue;
    for (const p of e.parties.filter((x) => x.roles.includes('excluded'))) {
      const why = e.why[`party.${p.id}.excluded`];
      const sentence = why?.evidence ? sentenceAt(sentences, why.evidence.start) : null;
      if (!sentence || !(triggersIn(sentence).some((t) => t.reference === 'anaphoric' && PLURAL_MEETINGS.test(t.text)) || OUT_OF_THE_PROCESS.test(sentence.text))) continue;
      for (const o of events) {
        if (o === e || o.parties.some((x) => x.id === p.id) || (o.evidence[0]?.start ?? Infinity) >= sentence.start || sideKey(o) !== sides) continue;
        o.parties = [...o.parties, { id: p.id, name: p.name, roles: ['excluded' as Role] }].sort((a, b) => a.id.localeCompare(b.id));
        o.why[`party.${p.id}.excluded`] = { rule: 'excluded.plural-meetings', evidence: why!.evidence };
      }
    }
  }
}

/** "will again be held under CARICOM auspices", "co-facilitated as usual by X", "with Qatar again in the chair". */
const AGAIN_BEFORE = /\b(?:again|once more|as before|as usual)\b[^.;!?,]{0,50}$/i;
const AGAIN_AFTER = /^[^.;!?,]{0,30}\bagain\b/i;

/**
 * "The session, which will again be held under CARICOM auspices": a mediator said to mediate again mediated the
 * meeting of the same sides before it (the round numbered just before, else the last one in time), when that one
 * names no mediator of its own (the commission's second meeting, held in April, with no mediator named beside it).
 */
function mediatorsAgain(text: string, events: MeetingEvent[]): void {
  // A month or year ends on its last day: "December" is not before "December 14".
  const lastDay = (iso: string) => (/^\d{4}-\d{2}-\d{2}$/.test(iso) ? iso : /^\d{4}-\d{2}$/.test(iso) ? new Date(Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7), 0)).toISOString().slice(0, 10) : /^\d{4}$/.test(iso) ? `${iso}-12-31` : null);
  const endOf = (o: MeetingEvent) => (o.date?.end ? lastDay(o.date.end) : null) ?? '';
  const earlier = (o: MeetingEvent, e: MeetingEvent) => {
    if (o.round !== null && e.round !== null) return o.round < e.round;
    return !!endOf(o) && !!e.date?.start && endOf(o) < e.date.start;
  };
  for (const e of events) {
    const sides = sideKey(e);
    if (!sides.includes(' ')) continue;
    const again = e.parties.filter((p) => {
      const at = p.roles.includes('mediator') ? e.why[`party.${p.id}.mediator`]?.evidence : null;
      return !!at && (AGAIN_BEFORE.test(text.slice(Math.max(0, at.start - 60), at.start)) || AGAIN_AFTER.test(text.slice(at.end, at.end + 40)));
    });
    if (!again.length) continue;
    // "Again" speaks of the meeting before: the round numbered just before, else the last one before it in time.
    const before = events.filter((o) => o !== e && sideKey(o) === sides && earlier(o, e));
    const previous = e.round !== null ? before.find((o) => o.round === e.round! - 1)
      : before.reduce<MeetingEvent | undefined>((last, o) => (!last || endOf(o) > endOf(last) ? o : last), undefined);
    for (const o of previous && !previous.parties.some((p) => p.roles.includes('mediator')) ? [previous] : []) {
      for (const p of again) {
        if (o.parties.some((x) => x.id === p.id)) continue;
        o.parties = [...o.parties, { id: p.id, name: p.name, roles: ['mediator' as Role] }].sort((a, b) => a.id.localeCompare(b.id));
        o.why[`party.${p.id}.mediator`] = { rule: 'mediator.again', evidence: e.why[`party.${p.id}.mediator`]!.evidence };
      }
    }
  }
}

/**
 * "China's climate envoy and the EU's top climate official met on the sidelines this morning": a meeting on the
 * sidelines, with no place of its own, is where the article's gathering of many sides is at that time (a
 * multilateral meeting with a place whose days hold its day, or with no day to compare), or else where the
 * article's first line places its story.
 */
function venueOfSidelines(events: MeetingEvent[], headline: VenueMention | null): void {
  const gatherings = events.filter((e) => e.venue?.city && (e.format === 'multilateral' || e.parties.filter((p) => p.roles.includes('participant')).length >= 5));
  if (!gatherings.length && !headline) return;
  // Its days, or the week from its first day when only that is known ("opened their annual summit on February 2").
  const within = (e: MeetingEvent, g: MeetingEvent) => !e.date?.start || !g.date?.start || !e.date.end || !g.date.end ||
    (g.date.start <= e.date.start && (e.date.end <= g.date.end || (g.date.start === g.date.end && Date.parse(e.date.end) - Date.parse(g.date.start) < GATHERING_DAYS * 86_400_000)));
  for (const e of events) {
    if (e.venue || gatherings.includes(e)) continue;
    const said = e.evidence.find((x) => SIDELINES.test(x.text));
    // "after their ministers met here yesterday evening": here, in a report without a date line, is where its
    // first line places it.
    if (!said) {
      if (headline && e.evidence.some((x) => MET_HERE.test(x.text))) {
        e.venue = { city: headline.city, country: headline.country };
        e.why.venue = { rule: 'venue.here-headline', evidence: spanOf(headline) };
      }
      continue;
    }
    const fits = gatherings.filter((g) => within(e, g));
    if (fits.length === 1) {
      e.venue = { ...fits[0].venue! };
      e.why.venue = { rule: 'venue.sidelines-of', evidence: fits[0].why.venue?.evidence ?? null };
    } else if (!fits.length && headline) {
      // A live report's first line says where the gathering is ("LIVE: COP31 climate talks in Antalya").
      e.venue = { city: headline.city, country: headline.country };
      e.why.venue = { rule: 'venue.sidelines-of-headline', evidence: spanOf(headline) };
    }
  }
}
/** "has not convened since 2018": a body that has not met for a time. */
const NOT_MET_SINCE = /\b(?:has|have|had)\s+not\s+(?:(?:been\s+)?(?:met|convened|reconvened|gathered|sat|held\s+(?:talks|a\s+meeting|a\s+session))|been\s+held)\s+since\b/i;
/** "a round of the Geneva discussions": a process named by its town, after "of the". */
const PROCESS_OF_TOWN = { before: /\bof\s+the\s+$/i, after: /^\s+(?:talks|discussions|negotiations|process|track|dialogue|format)\b/i };
/** How long a gathering known only by its first day is taken to last. */
const GATHERING_DAYS = 7;
const MET_HERE = /\b(?:met|meet|meets|meeting|gathered|convened|held)\s+here\b(?!\s+in\b)/i;
const SIDELINES = /\b(?:on|at)\s+(?:the|its|their)\s+(?:sidelines|margins|fringes?)\b/i;
/** "could still meet on its sidelines", right after a meeting word: the sidelines of the meeting under discussion. */
const ASIDE_OF_CURRENT = /^\s+(?:[\w-]+\s+){0,3}?(?:on|at)\s+(?:the|its|their)\s+(?:sidelines|margins|fringes?)\b(?!\s+of\b)/i;
const ASIDE_REACH = 60;
/** "On the margins of the quadrilateral meeting," opening a sentence. */
const ASIDE_OPENING = /^\W{0,3}(?:on|at)\s+the\s+(?:sidelines|margins|fringes?)(?:\s+of\s+(?:the|this|that|its|their)\s+[^,;.]{1,60})?,\s+/i;
/** "a separate bilateral meeting", "a one-on-one": a meeting apart from the one it stands beside. */
const ASIDE_DISTINCT = /\b(?:separate|bilateral|one-on-one|one-to-one|side|private)\s+(?:[\w-]+\s+)?$/i;

/**
 * "The 10th summit took place in Tokyo on 26 May 2026 … It had been prepared by a meeting in Osaka on
 * 22 February 2026": a meeting whose status nothing states, over before another meeting of the article began
 * that the text says was held, was held too (the article was written after the later one; with no reference
 * date nothing else dates the writing).
 */
function heldBeforeHeld(events: MeetingEvent[]): void {
  // The held meeting that began last: any meeting over before it began is over before one held.
  const latest = events.reduce<MeetingEvent | null>((best, e) => (e.status === 'held' && e.date?.start && (!best || e.date.start > best.date!.start!) ? e : best), null);
  if (!latest) return;
  for (const e of events) {
    if (e.status !== 'unknown' || !e.date?.end || !(latest.date!.start! > e.date.end)) continue;
    e.status = 'held';
    e.why.status = { rule: 'status.before-held-meeting', evidence: latest.why.status?.evidence ?? null };
  }
}

/** Whether a sentence opens "Separately," or "In a separate development" (the cue's pattern is global: from 0). */
function opensSeparateStory(text: string, s: Span): boolean {
  const pattern = loadCues().separateStory.pattern!;
  pattern.lastIndex = 0;
  return pattern.test(text.slice(s.start, Math.min(s.end, s.start + 40)).trimStart());
}

/** The sides at a meeting's table: its participants, less any it leaves out. */
function sidesOf(d: Draft): PartyState[] {
  return [...d.parties.values()].filter((p) => p.roles.has('participant') && !p.roles.has('excluded'));
}

function mediatorsOf(d: Draft): PartyState[] {
  return [...d.parties.values()].filter((p) => p.roles.has('mediator'));
}

/** Whether another meeting has one of this meeting's mediators as its own. */
function sharesMediator(d: Draft, o: Draft): boolean {
  return mediatorsOf(d).some((p) => o.parties.get(p.id)?.roles.has('mediator'));
}

function nearestInTime(d: Draft, all: Draft[], fits: (o: Draft) => boolean): Draft | null {
  const day = (x: Draft) => (x.date?.range ? Date.parse(x.date.range.start) : null);
  const mine = day(d);
  let best: Draft | null = null;
  let bestGap = Infinity;
  for (const o of all) {
    if (o === d || !fits(o)) continue;
    const theirs = day(o);
    const g = mine !== null && theirs !== null ? Math.abs(mine - theirs) : Math.abs(o.order - d.order) * 1e12;
    if (g < bestGap) { best = o; bestGap = g; }
  }
  return best;
}

/** The kinds of standing body whose meetings an article names by the kind ("the commission met"), and "the 5+5". */
const BODY_KIND = /\b(?:commission|committee|council|mechanism|working group|task force|board|panel)\b|\b\d\+\d\b/gi;
/** What introduces a body's members: "made up of", "composed of", "comprising", "consisting of". */
const MEMBERSHIP = /\b(?:made up of|composed of|comprising|consisting of)\s/i;

/**
 * Bodies whose members a sentence names by side, with the kinds of body that sentence and the one before it name
 * ("Libya's Joint Military Commission. The "5+5", made up of five officers from … and five from the Libyan National
 * Army"): states, armed groups and de facto states named after "made up of" in that sentence (an organisation there
 * backs the body: "the UN-recognised government").
 */
function bodyMemberships(sentences: Span[], parties: PartyMention[]): { start: number; kinds: Set<string>; sides: PartyMention[] }[] {
  const out: { start: number; kinds: Set<string>; sides: PartyMention[] }[] = [];
  sentences.forEach((x, i) => {
    const m = MEMBERSHIP.exec(x.text);
    if (!m) return;
    const from = x.start + m.index;
    const sides = parties.filter((p) => p.start >= from && p.end <= x.end && p.kind !== 'organisation');
    const kinds = new Set([x, sentences[i - 1]].filter(Boolean).flatMap((y) => [...y!.text.matchAll(BODY_KIND)].map((k) => k[0].toLowerCase())));
    if (sides.length && kinds.size) out.push({ start: x.start, kinds, sides: [...new Map(sides.map((p) => [p.id, p])).values()] });
  });
  return out;
}

/** A body of states named as its members meeting: "EU foreign ministers", "leaders of the GCC", "the NATO summit". */
function membersMeet(text: string, p: PartyState): boolean {
  const bloc = loadCues().blocMeeting;
  const at = p.why.get('participant')?.evidence;
  if (!at || !bloc.parties.has(p.id)) return false;
  return bloc.after.test(text.slice(at.end, at.end + 60)) || bloc.before.test(text.slice(Math.max(0, at.start - 60), at.start));
}

function weakParticipant(p: PartyState): boolean {
  return p.why.get('participant')?.rule === 'participant.near-trigger';
}

/** How far from its meeting word a side named with it may stand ("direct Putin-Zelenskyy negotiations"). */
const PARTICIPANT_REACH = 40;
// "Putin-Zelenskyy negotiations", "US-Iran talks": names joined into one modifier of the meeting word.
const COMPOUND = /^(?:[-–\/](?:\S+?)){1,3}$/;

/** The sides a meeting word names for itself: a compound right before it, or "between A and B" right after. */
function ownSides(text: string, ts: TriggerMention[], parties: Mentions['parties']): { trigger: TriggerMention; parties: Mentions['parties'] } | null {
  for (const t of ts) {
    if (t.reference === 'anaphoric' || t.reference === 'past' || !t.opens) continue;
    const before = parties.filter((p) => p.end <= t.start && t.start - p.end <= PARTICIPANT_REACH);
    const chain: Mentions['parties'] = [];
    for (let i = before.length - 1; i >= 0; i--) {
      const next = chain[0] ?? null;
      const between = text.slice(before[i].end, next ? next.start : t.start);
      if (next ? /^\s*[-–\/]\s*$/.test(between) : /^\s*(?:[\w-]+\s+){0,2}$/.test(between.replace(/^[-–]/, ''))) chain.unshift(before[i]);
      else break;
    }
    const ids = new Set(chain.map((p) => p.id));
    if (chain.length >= 2 && ids.size >= 2 && COMPOUND.test(text.slice(chain[0].end, chain[chain.length - 1].end).replace(/\s+/g, ''))) return { trigger: t, parties: chain };
  }
  return null;
}

/** The same sides: the same participants, and no stated format that needs more of them. */
function sameSides(d: Draft, sides: Set<string>): boolean {
  const mine = [...d.parties.values()].filter((p) => p.roles.has('participant')).map((p) => p.id);
  const needed = d.format?.format ? FORMAT_SIDES[d.format.format] : 0;
  return mine.length === sides.size && mine.every((id) => sides.has(id)) && (needed === 0 || needed === sides.size || d.format?.format === 'multilateral');
}

function isHeld(d: Draft): boolean {
  return d.anchorStatus[0]?.status === 'held';
}
function isPlanned(d: Draft, reference: string | null): boolean {
  const s = d.anchorStatus[0]?.status;
  if (s) return s === 'planned' || s === 'postponed';
  return !!(reference && d.date?.range && d.date.range.start > reference);
}

/** "Monday's meeting", "Friday's talks": a weekday that owns the meeting word (group 1: the weekday's stem). */
const WEEKDAY_OWNS = new RegExp(`\\b(${WEEKDAY_STEMS.join('|')})day['’]s\\s+(?:[\\w-]+\\s+)?$`, 'i');

function referredEvent(ts: TriggerMention[], drafts: Draft[], current: Draft | null, reference: string | null, text: string, s: Span, venues: VenueMention[]): Draft | null {
  // "So it is a three-way negotiation this time", "it has boycotted this round": the one meeting under way on the
  // day of writing, though another was spoken of since.
  if (reference && THIS_TIME.test(s.text)) {
    const underWay = drafts.filter((d) => d.date?.range && d.date.range.start <= reference && reference <= d.date.range.end);
    if (underWay.length === 1) return underWay[0];
  }
  // "Peru has not been invited to Monday's meeting" in an article without its own date: the one meeting dated on
  // a Monday.
  for (const t of ts) {
    const owner = WEEKDAY_OWNS.exec(text.slice(Math.max(s.start, t.start - 30), t.start));
    if (!owner) continue;
    const weekday = WEEKDAY_STEMS.indexOf(owner[1].toLowerCase());
    const onIt = drafts.filter((d) => d.date?.range && d.date.granularity === 'day' && weekdayOf(parseIso(d.date.range.start)) === weekday);
    if (onIt.length === 1) return onIt[0];
  }
  if (ts.some((t) => t.reference === 'future')) return [...drafts].reverse().find((d) => isPlanned(d, reference)) ?? null;
  if (ts.some((t) => t.reference === 'past')) return [...drafts].reverse().find(isHeld) ?? current;
  // "after the Istanbul round", "the Doha meeting": a meeting named by its town is the current meeting if it sat
  // there, else the latest one placed there. Not "the Jeddah talks" or "the Minsk dialogue": a process is often
  // named after the town of its first meeting.
  for (const t of ts.filter((x) => !['talks', 'negotiations', 'consultations', 'dialogue', 'discussions'].includes(headOf(x)))) {
    const town = venues.find((v) => v.city && !v.undisclosed && (v.end <= t.start ? /^\s*$/.test(text.slice(v.end, t.start)) : v.start > t.start && v.end < t.end));
    const there = town && (current?.venue?.city === town.city ? current : [...drafts].reverse().find((d) => d.venue?.city === town.city));
    if (there) return there;
  }
  // "The ministerial meeting, held at …": the latest meeting named with the same words, else the current one.
  const anaphor = ts.find((t) => t.reference === 'anaphoric');
  if (anaphor && current && !current.heads.has(headOf(anaphor))) {
    const modifier = /(\w+)\s+$/.exec(text.slice(Math.max(s.start, anaphor.start - 30), anaphor.start))?.[1]?.toLowerCase();
    const same = [...drafts].reverse().find((d) => d.heads.has(headOf(anaphor)) && (!modifier || d.sentences.some((x) => new RegExp(`\\b${modifier}\\s+${anaphor.text}`, 'i').test(x.text))));
    if (same) return same;
  }
  return current;
}

/** The head noun of a meeting word, singular: "peace talks" → "talks", "meetings" → "meeting". */
function headOf(t: TriggerMention): string {
  const last = t.text.toLowerCase().split(/\s+/).pop() ?? '';
  return last === 'talks' || last === 'negotiations' || last === 'consultations' ? last : last.replace(/s$/, '');
}

function addRole(ev: Draft, id: string, name: string, role: Role | 'observer', why: FieldReason, kind?: PartyKind): void {
  const p: PartyState = ev.parties.get(id) ?? { id, name, kind, roles: new Set(), why: new Map() };
  p.kind ??= kind;
  p.roles.add(role);
  if (!p.why.has(role)) p.why.set(role, why);
  ev.parties.set(id, p);
}

/** "a meeting with Prime Minister Gabriel Kanawi": a leader met, named by title and name (the name: group 1). */
const LEADER_BY_TITLE = /\b(?:with|received\s+by|hosted\s+by)\s+(?:the\s+)?(?:(?:President|Prime\s+Minister|Premier|King|Emir|Sultan|Chancellor|Foreign\s+Minister)\s+)(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})/u;
/** What times one meeting by another: "before the NATO summit", "ahead of next week's talks". */
const TIMED_BY = /\b(?:before|after|ahead of|prior to|following|until|since)\s+(?:the\s+|this\s+|next\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,3}$/i;
/** Of those, what comes first: "before the NATO summit", not "after a session in Washington". */
const TIMED_AHEAD_OF = /\b(?:before|ahead\s+of|prior\s+to|on\s+the\s+eve\s+of)\s+(?:the\s+|this\s+|next\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,3}$/i;
/** How far before a mediator's name "co-chaired by" may stand, and the pattern of it within one clause. */
const CO_CHAIR_REACH = 160;
const CO_CHAIRED_BEFORE = /\bco-?chair(?:ed|s)?\b[^.;!?]*$/i;

/** Roles as the event's own sentences give them, before any event borrows from another. */
function settleRoles(d: Draft): void {
  // Excluded, never a participant; observers and guarantors are not participants either. A side that chairs
  // its own meeting ("with Japan in the chair") stays a side.
  for (const p of d.parties.values()) {
    if (p.roles.has('excluded') || p.roles.has('observer')) p.roles.delete('participant');
    if (p.roles.has('participant') && p.roles.has('mediator') && p.why.get('mediator')?.rule === 'role.mediator.chair') p.roles.delete('mediator');
  }
  const stated = d.format?.format ?? null;
  // A mediator is not also a side at the table ("facilitated by Norway … the Norwegian team shuttling between
  // the rooms"), nor is a host named near the meeting word, unless the stated format needs it ("trilateral
  // talks mediated by the US" with only two other sides).
  // An organisation named only near the meeting word of a meeting between two or more others (states, armed
  // groups) is there to back, host or watch it ("UN-backed talks between Colombia and the ELN"), not as a side;
  // "EU-Mercosur talks" and "ASEAN and China" keep theirs.
  const others = [...d.parties.values()].filter((p) => p.roles.has('participant') && p.kind !== 'organisation').length;
  const strong = [...d.parties.values()].filter((p) => p.roles.has('participant') && !p.roles.has('mediator') && !(weakParticipant(p) && p.roles.has('host')) &&
    !(p.kind === 'organisation' && weakParticipant(p) && others >= 2));
  if (!stated || strong.length >= FORMAT_SIDES[stated]) {
    for (const p of d.parties.values()) if (!strong.includes(p)) p.roles.delete('participant');
  }
}

function finish(text: string, d: Draft, all: Draft[], reference: string | null, writtenOn: string | null, warnings: string[]): MeetingEvent | null {
  const why: Record<string, FieldReason> = {};
  const stated = d.format?.format ?? null;
  let participants = [...d.parties.values()].filter((p) => p.roles.has('participant'));
  // "… flew to Port Moresby for a meeting with Prime Minister Gabriel Kanawi": a leader named by title alone, met
  // in a capital, leads that capital's state, the other side.
  const capitalState = participants.length === 1 && d.venue?.city && d.venue.country && d.venue.country !== participants[0].id &&
    !d.parties.has(d.venue.country) && loadGazetteer().capitalOf.get(d.venue.country) === d.venue.city ? d.venue.country : null;
  let leader: { x: Span; m: RegExpExecArray } | null = null;
  for (const x of capitalState ? d.sentences : []) {
    const m = LEADER_BY_TITLE.exec(x.text);
    if (m) { leader = { x, m }; break; }
  }
  if (capitalState && leader) {
    const start = leader.x.start + leader.m.index + leader.m[0].length - leader.m[1].length;
    addRole(d, capitalState, loadGazetteer().partyNames.get(capitalState) ?? capitalState, 'participant', { rule: 'participant.leader-in-capital', evidence: { start, end: start + leader.m[1].length, text: leader.m[1] } }, 'state');
    participants = [...d.parties.values()].filter((p) => p.roles.has('participant'));
  }
  // "the next round", "the two sides would reconvene": the sides of the meeting under discussion.
  // An event whose sides the text does not name ("the next round is scheduled for …", "the two sides would
  // reconvene") has the sides of the article's meeting nearest to it in time.
  const hasSides = (a: Draft | null) => !!a && sidesOf(a).length > 0;
  // A meeting has at least two sides: with fewer named, the sides of the nearest meeting fill in, from a meeting
  // of the same process: one that names a side of its own takes the others only from a meeting where that side
  // sat too ("Egypt and Turkey held a second round" after a Berlin conference where Turkey was not a side takes
  // nothing from it). An organisation named near the meeting word is often there to back it ("UN-backed talks"):
  // it proves nothing.
  // A meeting with a single side of its own proves no other process: its side and ours are the two halves of one
  // ("Venezuela talks … next round set for March" over "the opposition Unitary Platform … met in Barbados").
  // A side left out of that meeting is still a side of its process ("the participants from Sukhumi did not come
  // … At the 67th round in June, all participants were present, including those from Sukhumi").
  const sameProcess = (a: Draft | null) => hasSides(a) && (sidesOf(a!).length < 2 || participants.every((p) => {
    const there = a!.parties.get(p.id)?.roles;
    return p.kind === 'organisation' || !!there && (there.has('participant') || there.has('excluded'));
  }));
  // A meeting with a mediator of its own is of the process that mediator mediates ("a fifth round … again under
  // AU auspices" is not the technical meeting with a contractor nearer in time).
  // "… the IPRM met in Ergneti. … the next round of the Geneva discussions had been tentatively set for October
  // 14-15": a meeting of a process named by its town is of the meeting that sat there, not of the one under
  // discussion when it was read.
  const processTown = d.venue?.city && PROCESS_OF_TOWN.before.test(text.slice(Math.max(0, d.venue.start - 12), d.venue.start)) &&
    PROCESS_OF_TOWN.after.test(text.slice(d.venue.end, d.venue.end + 20)) ? d.venue.city : null;
  const ofProcess = processTown && d.antecedent?.venue?.city !== processTown ? nearestInTime(d, all, (o) => hasSides(o) && o.venue?.city === processTown) : null;
  // "… the second time the group has convened … a separate meeting here between Danish and American defence
  // officials … a third meeting in Nuuk": a numbered meeting is of the round numbered just before it, when the
  // one under discussion is not numbered.
  const previousRound = d.round && !d.antecedent?.round ? all.find((o) => o !== d && o.round?.round === d.round!.round - 1 && sidesOf(o).length >= 2) ?? null : null;
  const nearest = ofProcess ?? previousRound ?? (hasSides(d.antecedent) ? d.antecedent
    : (mediatorsOf(d).length ? nearestInTime(d, all, (o) => hasSides(o) && sharesMediator(d, o)) : null) ?? nearestInTime(d, all, hasSides));
  // "When European Union foreign ministers met in Brussels": a body of states whose members meet has no other
  // sides to borrow ("UN-backed talks" still borrow theirs).
  // A meeting that names a side of its own is no round of a gathering of many (five sides or more): "the commission
  // met in Benghazi" with the Tripoli side named takes nothing from the Berlin conference of eight.
  const gathering = !!nearest && participants.length === 1 && sidesOf(nearest).length >= 5;
  const antecedent = participants.length < 2 && !gathering && !(participants.length === 1 && membersMeet(text, participants[0])) && sameProcess(nearest) ? nearest : null;
  if (antecedent) {
    const hasMediator = mediatorsOf(d).length > 0;
    for (const p of antecedent.parties.values()) {
      if (p.roles.has('excluded')) continue;
      if (p.roles.has('participant')) addRole(d, p.id, p.name, 'participant', { rule: 'participant.from-nearest-meeting', evidence: null }, p.kind);
      if (p.roles.has('mediator') && !hasMediator) addRole(d, p.id, p.name, 'mediator', { rule: 'mediator.from-nearest-meeting', evidence: null }, p.kind);
    }
    // The roles settle again with the sides filled in: the GCC named near "a committee" whose sides come from
    // the earlier meeting is that meeting's mediator, not a third side.
    settleRoles(d);
    participants = [...d.parties.values()].filter((p) => p.roles.has('participant'));
  }
  // "The Joint Committee … co-chaired as usual by the UK's minister … and the Commission's vice-president": a
  // meeting left with one side, co-chaired by others, is co-chaired by its own sides.
  if (participants.length === 1) {
    const coChairs = mediatorsOf(d).filter((p) => {
      const at = p.why.get('mediator')?.evidence;
      return !!at && CO_CHAIRED_BEFORE.test(text.slice(Math.max(0, at.start - CO_CHAIR_REACH), at.start));
    });
    if (coChairs.length && coChairs.length === mediatorsOf(d).length) {
      for (const p of coChairs) {
        p.roles.delete('mediator');
        addRole(d, p.id, p.name, 'participant', { rule: 'participant.co-chair', evidence: p.why.get('mediator')!.evidence }, p.kind);
      }
      participants = [...d.parties.values()].filter((p) => p.roles.has('participant'));
    }
  }

  // Pass 4: "the first round of tripartite talks" names two sides; the third is the one the article's other
  // tripartite meeting has.
  if (stated && participants.length < FORMAT_SIDES[stated] && stated !== 'multilateral') {
    const donor = all.find((o) => o !== d && o.format?.format === stated &&
      participants.every((p) => o.parties.get(p.id)?.roles.has('participant')));
    if (donor) {
      for (const p of donor.parties.values()) {
        if (p.roles.has('participant') && !d.parties.get(p.id)?.roles.has('excluded')) {
          addRole(d, p.id, p.name, 'participant', { rule: 'participant.from-same-format', evidence: d.format ? spanOf(d.format) : null }, p.kind);
        }
      }
      participants = [...d.parties.values()].filter((p) => p.roles.has('participant'));
    }
  }
  if (!d.parties.size || ![...d.parties.values()].some((p) => p.roles.size)) return null;

  // At a conference the hosts take part ("co-hosted by the United Kingdom, the EU, France and Germany").
  if ((stated === 'multilateral' || participants.length >= 5)) {
    for (const p of d.parties.values()) {
      if (p.roles.has('host') && !p.roles.has('participant') && !p.roles.has('excluded')) addRole(d, p.id, p.name, 'participant', { rule: 'participant.conference-host', evidence: p.why.get('host')?.evidence ?? null });
    }
    participants = [...d.parties.values()].filter((p) => p.roles.has('participant'));
  }
  // "The Japanese prime minister and the South Korean president held a bilateral meeting …": a stated number
  // of sides, all named in the sentence that states it, are the sides; others the later sentences add ("Chinese
  // and Japanese leaders have not held a comparable meeting") are not.
  if (stated && stated !== 'multilateral' && participants.length > FORMAT_SIDES[stated]) {
    const own = d.sentences.find((x) => x.start <= d.format!.start && d.format!.end <= x.end);
    const inOwn = (p: PartyState) => { const e = p.why.get('participant')?.evidence; return !!own && !!e && own.start <= e.start && e.end <= own.end; };
    if (participants.filter(inOwn).length === FORMAT_SIDES[stated]) {
      for (const p of participants.filter((x) => !inOwn(x))) { p.roles.delete('participant'); p.why.delete('participant'); }
      participants = participants.filter(inOwn);
    }
  }
  let format: Format | null = stated;
  if (stated) why.format = { rule: d.format!.rule, evidence: spanOf(d.format!) };
  const sides = participants.length;
  if (!stated && sides >= 2) {
    format = sides === 2 ? 'bilateral' : sides === 3 ? 'trilateral' : sides === 4 ? 'quadrilateral' : 'multilateral';
    why.format = { rule: 'format.from-party-count', evidence: null };
  } else if (!stated && sides === 1 && loadCues().blocMeeting.parties.has(participants[0].id)) {
    // "The GCC summit will be held in Kuwait City", "NATO foreign ministers will meet in Ankara": a body of
    // states alone at its own meeting is its members meeting.
    format = 'multilateral';
    why.format = { rule: loadCues().blocMeeting.id, evidence: participants[0].why.get('participant')?.evidence ?? null };
  } else if (stated && sides >= 2 && (stated === 'multilateral' ? sides < 5 : sides !== FORMAT_SIDES[stated])) {
    warnings.push(`format "${stated}" stated at offset ${d.format!.start}, but ${sides} sides found (${participants.map((p) => p.id).join(', ')})`);
  }

  let date = d.date ? eventDate(d.date) : null;
  if (date) why.date = { rule: d.date!.rule, evidence: spanOf(d.date!) };
  // A first or last day stated apart from the anchor date widens it; yearless days ("XXXX-01-18") too.
  const day = date ? singleDay(date) : null;
  if (date && day) {
    const yearless = day.startsWith('XXXX');
    const back = (k: string) => (yearless ? `XXXX${k.slice(4)}` : k);
    const span = (from: string, to: string, rule: string) => {
      date = { ...date!, start: yearless ? null : from, end: yearless ? null : to, value: `${back(from)}/${back(to)}` };
      why.date = { rule: `${why.date!.rule}+${rule}`, evidence: why.date!.evidence };
    };
    const first = d.from ? mentionDay(d.from) : null;
    const last = d.until ? mentionDay(d.until) : null;
    const k = dayKey(day);
    if (first && first.startsWith('XXXX') === yearless && dayKey(first) < k && daysBetween(dayKey(first), k) <= SPAN_DAYS) span(dayKey(first), k, 'date.began-on');
    else if (last && last.startsWith('XXXX') === yearless && dayKey(last) > k && daysBetween(k, dayKey(last)) <= SPAN_DAYS) span(k, dayKey(last), 'date.runs-until');
    else if (d.durationDays && d.durationDays.days > 1 && d.durationDays.days <= SPAN_DAYS) {
      // "two-day talks" that begin on a day end the next; "three days of talks ended on Jan 18" began on the 16th.
      const n = d.durationDays.days - 1;
      if (d.durationDays.endsOnDate) span(addDays(k, -n), k, d.durationDays.why.rule);
      else span(k, addDays(k, n), d.durationDays.why.rule);
    }
  }

  // A later "they have since been called off" overrides a plan, never a meeting the text says took place.
  const anchored = d.anchorStatus.find((r) => r.status === 'cancelled' || r.status === 'postponed') ?? d.anchorStatus[0];
  const moved = d.referenceStatus.find((r) => r.status === 'cancelled' || r.status === 'postponed');
  // The date against the reference compares days: a month or year is its first and last day ("2026-11" is not
  // before "2026-11-10"), and one that holds the reference day says nothing of the meeting's status.
  const dayRange = d.date?.granularity === 'day' && date?.start && date.end ? { start: date.start, end: date.end } : d.date?.range ?? null;
  const vague = !!dayRange && !!reference && d.date?.granularity !== 'day' && dayRange.start <= reference && reference <= dayRange.end;
  let statusReading = (moved && (!anchored || anchored.status === 'planned') ? moved : anchored)
    ?? d.referenceStatus[0]
    ?? statusFromDate(vague ? null : dayRange, reference)
    ?? (reference ? null : statusFromYearlessDays(yearlessDays(date?.value), writtenOn));
  // "have begun today", "kicked off on Monday … until Friday": a meeting that began and whose days include
  // the day of writing is still going on.
  const days = date?.start && date.end ? { start: date.start, end: date.end } : yearlessDays(date?.value);
  if (statusReading?.began && days && spansReference(days, writtenOn)) {
    statusReading = { ...statusReading, status: 'ongoing', rule: 'status.began-still-running' };
  }
  const status: Status = statusReading?.status ?? 'unknown';
  why.status = statusReading ? { rule: statusReading.rule, evidence: statusReading.evidence } : { rule: 'status.none', evidence: null };

  const certainty: Certainty = d.hedge ? 'tentative' : 'confirmed';
  why.certainty = d.hedge ?? { rule: 'certainty.no-hedge', evidence: null };

  if (d.venue) why.venue = { rule: d.venue.rule, evidence: spanOf(d.venue) };
  else if (d.undisclosedVenue) why.venue = { rule: d.undisclosedVenue.rule, evidence: spanOf(d.undisclosedVenue) };
  if (d.round) why.round = d.round.why;

  const parties = mapPacked([...d.parties.values()]
    .filter((p) => [...p.roles].some((r) => r !== 'observer'))
    .sort((a, b) => a.id.localeCompare(b.id)), (p) => {
      const roles = (['participant', 'mediator', 'host', 'excluded'] as Role[]).filter((r) => p.roles.has(r));
      for (const r of roles) why[`party.${p.id}.${r}`] = p.why.get(r)!;
      return { id: p.id, name: p.name, roles };
    });

  return {
    date,
    format,
    parties,
    venue: d.venue ? { city: d.venue.city, country: d.venue.country } : null,
    status,
    certainty,
    round: d.round?.round ?? null,
    evidence: [...d.sentences].sort((a, b) => a.start - b.start),
    attribution: [...d.attribution].sort((a, b) => a.evidence.start - b.evidence.start),
    mode: d.mode?.mode ?? null,
    why,
  };
}

/** A meeting known only to the month or year is dated "YYYY-MM" or "YYYY", as the gold annotations do. */
function eventDate(m: DateMention): MeetingEvent['date'] {
  if ((m.granularity === 'month' || m.granularity === 'year') && m.range) return { start: m.value, end: m.value, value: m.value, text: m.text };
  if (m.type === 'TIME' && m.range) return { start: m.range.start, end: m.range.end, value: m.range.start === m.range.end ? m.range.start : `${m.range.start}/${m.range.end}`, text: m.text };
  return { start: m.range?.start ?? null, end: m.range?.end ?? null, value: m.value, text: m.text };
}

function compatible(a: DateMention, b: DateMention): boolean {
  if (a.range && b.range) return a.range.start <= b.range.end && b.range.start <= a.range.end;
  return !a.range && !b.range && a.value === b.value && !a.value.startsWith('XXXX-XX');
}

const GRANULARITY = ['day', 'week', 'month', 'year'];

/** Of two dates for one meeting, the finer one wins ("December" < "12 December"), then the longer range ("24" < "23 and 24"). */
function preferable(candidate: DateMention, current: DateMention): boolean {
  const g = GRANULARITY.indexOf(candidate.granularity) - GRANULARITY.indexOf(current.granularity);
  if (g !== 0) return g < 0;
  return contains(candidate, current);
}

function contains(outer: DateMention, inner: DateMention): boolean {
  return !!(outer.range && inner.range && outer.range.start <= inner.range.start && outer.range.end >= inner.range.end &&
    (outer.range.start !== inner.range.start || outer.range.end !== inner.range.end));
}


const PLURAL = /(?:talks|negotiations|consultations|meetings|summits|sessions|rounds)$/i;

/** A date that is not the same day as a nearer date already taken. */
function distinctDays(d: DateMention, all: DateMention[]): boolean {
  return !all.some((o) => o !== d && all.indexOf(o) < all.indexOf(d) && compatible(o, d));
}

/** The one day an event date names, as "YYYY-MM-DD" or "XXXX-MM-DD"; null for a range, month or week. */
function singleDay(date: NonNullable<MeetingEvent['date']>): string | null {
  if (date.start && date.start === date.end && /^\d{4}-\d{2}-\d{2}$/.test(date.start)) return date.start;
  return !date.start && YEARLESS_DAY.test(date.value) ? date.value : null;
}

/** The first and last day of a yearless day or range ("XXXX-10-31/XXXX-11-03"), or null. */
/**
 * "KUWAIT CITY, Oct 2 (Wire) - … meets in Riyadh on Oct 14": with neither year known, a yearless meeting day
 * against the date line's day, the nearer way round the year (within half a year either side).
 */
function statusFromYearlessDays(days: { start: string; end: string } | null, writtenOn: string | null): StatusReading | null {
  if (!days || !writtenOn || !YEARLESS_DAY.test(writtenOn)) return null;
  const dayOfYear = (k: string) => Date.UTC(2001, Number(k.slice(5, 7)) - 1, Number(k.slice(8, 10))) / 86_400_000;
  const around = (k: string) => { const g = dayOfYear(k) - dayOfYear(writtenOn); return g > 182 ? g - 365 : g < -182 ? g + 365 : g; };
  const [from, to] = [around(days.start), around(days.end)];
  if (to < 0) return { status: 'held', rule: 'status.yearless-date-before-date-line', evidence: null };
  if (from > 0) return { status: 'planned', rule: 'status.yearless-date-after-date-line', evidence: null };
  return { status: 'ongoing', rule: 'status.yearless-date-spans-date-line', evidence: null };
}

function yearlessDays(value: string | undefined): { start: string; end: string } | null {
  const [start, end = start] = value?.split('/') ?? [];
  return start && YEARLESS_DAY.test(start) && YEARLESS_DAY.test(end) ? { start, end } : null;
}


function mentionDay(m: DateMention): string | null {
  if (m.range && m.range.start === m.range.end) return m.range.start;
  return YEARLESS_DAY.test(m.value) ? m.value : null;
}

const daysBetween = (a: string, b: string) => Math.round((Date.parse(b) - Date.parse(a)) / 864e5);

const spanOf = (x: Span): Span => ({ start: x.start, end: x.end, text: x.text });

/** The meeting's days include the article's own date ("kicked off on Monday … to run until Friday"). */
function spansReference(range: { start: string; end: string }, reference: string | null): boolean {
  if (!reference) return false;
  // A yearless side compares month and day only: a meeting's days are a few, never a year apart.
  const yearless = [range.start, range.end, reference].some((v) => v.startsWith('XXXX'));
  const key = (v: string) => (yearless ? dayKey(`XXXX${v.slice(4)}`) : v);
  return key(range.start) <= key(reference) && key(reference) <= key(range.end);
}
