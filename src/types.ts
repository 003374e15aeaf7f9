// The output contract (see README "Output contract" and schema/result.schema.json).
// Field names here are read by other tools: add fields, never rename them.

/** A piece of the input: `text === input.slice(start, end)` (offsets are JavaScript string indices). */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** Every mention and decided field records the rule that produced it, so `--explain` can say why. */
export interface RuleSpan extends Span {
  rule: string;
}

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';
export type Iso = string; // "YYYY-MM-DD"

export interface DateMention extends RuleSpan {
  type: TimexType;
  /** TIMEX3 value: "2026-01-23", "XXXX-02-01", "2026-01-23/2026-01-24", "P4Y", "PRESENT_REF", … */
  value: string;
  /** Calendar days the expression covers, null where the year (or the reference) is unknown. */
  range: { start: Iso; end: Iso } | null;
  granularity: 'day' | 'week' | 'month' | 'quarter' | 'year' | 'duration' | 'other';
  /** Where the year came from: stated in the text, the reference date, a nearby dated mention, a stated weekday. */
  yearSource: 'stated' | 'reference' | 'context' | 'weekday' | null;
}

export type PartyKind = 'state' | 'organisation' | 'armed group' | 'de facto state';

export interface PartyMention extends RuleSpan {
  id: string;
  name: string;
  kind: PartyKind;
  /** How the text names the party. */
  via: 'name' | 'alias' | 'demonym' | 'metonym' | 'person';
}

export interface VenueMention extends RuleSpan {
  city: string | null;
  country: string | null;
  /** true where the article says the venue is not disclosed. */
  undisclosed: boolean;
}

export type Format = 'bilateral' | 'trilateral' | 'quadrilateral' | 'multilateral';

export interface FormatMention extends RuleSpan {
  format: Format | null;
  /** "direct" / "indirect" talks, when stated. */
  mode: 'direct' | 'indirect' | null;
}

export interface TriggerMention extends RuleSpan {
  /** Words that point at a meeting yet to come ("next round", "reconvene") or at one already introduced ("the talks"). */
  reference: 'new' | 'future' | 'past' | 'anaphoric';
  /** false for words that only refer to a meeting ("took part") and never open one. */
  opens: boolean;
}

export type Role = 'participant' | 'mediator' | 'host' | 'excluded';
export type Status = 'held' | 'ongoing' | 'planned' | 'postponed' | 'cancelled' | 'unknown';
export type Certainty = 'confirmed' | 'tentative';

export interface EventDate {
  start: Iso | null;
  end: Iso | null;
  value: string;
  text: string;
}

export interface EventParty {
  id: string;
  name: string;
  roles: Role[];
}

/** Why one field of an event has its value: the rule and the text that decided it. */
export interface FieldReason {
  rule: string;
  evidence: Span | null;
}

export interface MeetingEvent {
  date: EventDate | null;
  format: Format | null;
  parties: EventParty[];
  venue: { city: string | null; country: string | null } | null;
  status: Status;
  certainty: Certainty;
  round: number | null;
  evidence: Span[];
  /** Who makes the claim: "Kremlin spokesman Dmitry Peskov" (RU), "a source" via "TASS". */
  attribution: { source: string; party: string | null; via: string | null; rule: string; evidence: Span }[];
  /** Extra: "direct" / "indirect" when the text says so. */
  mode: 'direct' | 'indirect' | null;
  /** Extra: per field, the rule id and span that decided it (printed by --explain). */
  why: Record<string, FieldReason>;
}

export interface Mentions {
  dates: DateMention[];
  parties: PartyMention[];
  venues: VenueMention[];
  formats: FormatMention[];
}

export interface ReferenceDate {
  value: Iso | null;
  source: 'text' | 'record' | 'option' | null;
  /** Extra: the date line or stamp the reference date was read from. */
  evidence?: Span | null;
}

export interface Result {
  file?: string;
  id?: string;
  referenceDate: ReferenceDate;
  events: MeetingEvent[];
  mentions: Mentions;
  warnings: string[];
}

export interface ExtractOptions {
  /** "YYYY-MM-DD": used when the text states no date of its own. */
  referenceDate?: string | null;
  /** Where referenceDate comes from: an authoritative record date wins over the text's own date line. */
  referenceSource?: 'record' | 'option';
  /**
   * Today's date, used only to pick the year of a date whose stated weekday fixes it ("Sunday, February 1"
   * is the latest such year not after today). Defaults to the machine's date; tests pin it.
   */
  today?: string;
  /** Your own parties, aliases, people and cities, added to parley's (schema/gazetteer.schema.json). */
  gazetteer?: import('./gazetteer/load.js').UserGazetteer;
  /**
   * Which articles' mentions are read: 'meetings' (the default) reads those that hold a meeting word; an article
   * without one gets its reference date and no events or mentions, having cost one scan. 'all' lists every
   * article's dates, parties, venues and formats (a date tagger's use); events are the same either way.
   */
  mentions?: 'meetings' | 'all';
}

/** How a result names its input: the record id, else the file ("-" for standard input). */
export const sourceOf = (r: Result): string => r.id ?? r.file ?? '-';
