// The timeline contract: what all sources say about each meeting (schema/timeline.schema.json).
import type { Certainty, Format, MeetingEvent, Role, Span, Status } from '../types.js';

/** One article's event, as a claim about a meeting. A timeline keeps every claim, so timelines merge. */
export interface Claim {
  /** The file (or record id) the claim comes from. */
  source: string;
  /** The event's index in that source's result. */
  event: number;
  /** The event itself, as the per-article result gave it. */
  detail: MeetingEvent;
}

/** A value and the sources that give it. */
export interface Supported<T> {
  value: T;
  sources: string[];
}

export interface Conflict {
  /** "date", "venue", "format", "status", "certainty", or "role:<party id>". */
  field: string;
  values: Supported<unknown>[];
}

export interface TimelineMeeting {
  /** Stable across runs and splits: the meeting's date and sides. */
  id: string;
  date: { start: string | null; end: string | null; value: string; sources: string[]; yearFixedBy: string[] } | null;
  venue: { city: string | null; country: string | null; sources: string[] } | null;
  format: Supported<Format> | null;
  status: Supported<Status>;
  certainty: Supported<Certainty>;
  parties: { id: string; name: string; roles: { role: Role; sources: string[] }[] }[];
  sources: { source: string; event: number; evidence: Span[] }[];
  conflicts: Conflict[];
  claims: Claim[];
}

export interface Timeline {
  meetings: TimelineMeeting[];
  /** Every source read, with or without meetings. */
  sources: string[];
  warnings: string[];
}
