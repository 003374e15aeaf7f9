// Merges what many sources say about the same meetings. Order-independent by construction: claims are
// sorted by (source, event), joined by a symmetric "same meeting" relation (union-find gives the same groups
// in any order), and every choice among values breaks ties by the values themselves. A timeline keeps its
// claims, so merging timelines is merging their claims: timelineOf([t1, t2]) equals one run over all inputs.
import { sourceOf, type MeetingEvent, type Result, type Role } from '../types.js';
import type { Claim, Conflict, Supported, Timeline, TimelineMeeting } from './types.js';

export type TimelineInput = Result | Timeline;

const isTimeline = (x: TimelineInput): x is Timeline => Array.isArray((x as Timeline).meetings);
const claimKey = (c: Claim) => `${c.source}\u0000${String(c.event).padStart(6, '0')}`;
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function timelineOf(inputs: TimelineInput[]): Timeline {
  const claims = new Map<string, Claim>();
  const sources = new Set<string>();
  const warnings = new Set<string>();
  for (const input of inputs) {
    if (isTimeline(input)) {
      input.sources.forEach((s) => sources.add(s));
      input.warnings.forEach((w) => warnings.add(w));
      for (const m of input.meetings) for (const c of m.claims) claims.set(claimKey(c), c);
    } else {
      const source = sourceOf(input);
      sources.add(source);
      input.events.forEach((detail, event) => { const c = { source, event, detail }; claims.set(claimKey(c), c); });
    }
  }
  const ordered = [...claims.values()].sort((a, b) => byText(claimKey(a), claimKey(b)));
  const groups = cluster(ordered);
  const meetings = groups.map(meetingOf).sort((a, b) => byText(sortKey(a), sortKey(b)));
  return { meetings, sources: [...sources].sort(byText), warnings: [...warnings].sort(byText) };
}

// ---------- which claims are the same meeting ----------

function cluster(claims: Claim[]): Claim[][] {
  const parent = claims.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  for (let i = 0; i < claims.length; i++) {
    for (let j = i + 1; j < claims.length; j++) {
      if (sameMeeting(claims[i], claims[j])) {
        const [a, b] = [find(i), find(j)];
        if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
      }
    }
  }
  const groups = new Map<number, Claim[]>();
  claims.forEach((c, i) => { const r = find(i); groups.set(r, [...(groups.get(r) ?? []), c]); });
  return [...groups.values()];
}

/**
 * Two claims are one meeting when they come from different sources, their dates are compatible (equal,
 * overlapping, a closing day inside a range, a yearless day matching a dated one) and their sides overlap.
 * Undated claims join only claims with the very same sides and the same named venue (or, both undated, the
 * same format): the same date for unrelated talks, or the same sides on different days, never merge.
 */
export function sameMeeting(a: Claim, b: Claim): boolean {
  if (a.source === b.source) return false;
  const [da, db] = [a.detail.date, b.detail.date];
  const [pa, pb] = [participants(a.detail), participants(b.detail)];
  if (da && db) return datesCompatible(da, db) && sidesOverlap(pa, pb);
  if (!sameSet(pa, pb) || pa.length < 2) return false;
  if (!da && !db) return a.detail.format === b.detail.format && venueKey(a.detail) === venueKey(b.detail);
  return venueKey(a.detail) !== null && venueKey(a.detail) === venueKey(b.detail);
}

const participants = (e: MeetingEvent) => e.parties.filter((p) => p.roles.includes('participant')).map((p) => p.id).sort(byText);
const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
const venueKey = (e: MeetingEvent) => (e.venue?.city ? `${e.venue.city}|${e.venue.country ?? ''}` : null);

function sidesOverlap(a: string[], b: string[]): boolean {
  const shared = a.filter((x) => b.includes(x)).length;
  return shared >= 1 && shared >= Math.min(2, a.length, b.length);
}

/** A date as a span of days: full "YYYY-MM-DD" days, or month-days ("MM-DD") for a yearless date. */
interface DaySpan { yearless: boolean; from: string; to: string }

export function daySpan(d: NonNullable<MeetingEvent['date']>): DaySpan | null {
  if (d.start && d.end) {
    const start = d.start.length === 4 ? `${d.start}-01-01` : d.start.length === 7 ? `${d.start}-01` : d.start;
    const end = d.end.length === 4 ? `${d.end}-12-31` : d.end.length === 7 ? `${d.end}-31` : d.end;
    return { yearless: false, from: start, to: end };
  }
  const m = /^XXXX-(\d{2}-\d{2})(?:\/XXXX-(\d{2}-\d{2}))?$/.exec(d.value);
  return m ? { yearless: true, from: m[1], to: m[2] ?? m[1] } : null;
}

function datesCompatible(a: NonNullable<MeetingEvent['date']>, b: NonNullable<MeetingEvent['date']>): boolean {
  const [x, y] = [daySpan(a), daySpan(b)];
  if (!x || !y) return a.value === b.value;
  // A yearless day is compared by month and day with the other's.
  const md = (s: DaySpan, v: string) => (s.yearless ? v : v.slice(5));
  if (x.yearless || y.yearless) return md(x, x.from) <= md(y, y.to) && md(y, y.from) <= md(x, x.to);
  return x.from <= y.to && y.from <= x.to;
}

// ---------- what the sources say together ----------

function meetingOf(claims: Claim[]): TimelineMeeting {
  const srcs = (cs: Claim[]) => [...new Set(cs.map((c) => c.source))].sort(byText);
  const conflicts: Conflict[] = [];

  // Date: the most supported value among dates that carry a year; yearless sources support it.
  const dated = claims.filter((c) => c.detail.date && daySpan(c.detail.date) && !daySpan(c.detail.date)!.yearless);
  const yearless = claims.filter((c) => c.detail.date && daySpan(c.detail.date)?.yearless);
  // Equal support: the date that holds the others ("July 8 and 9" over "July 8").
  const dateValues = preferHolding(tally(dated, (c) => c.detail.date!.value), (v) => daySpan(dated.find((c) => c.detail.date!.value === v)!.detail.date!)!);
  let date: TimelineMeeting['date'] = null;
  if (dateValues.length) {
    const top = dated.find((c) => c.detail.date!.value === dateValues[0].value)!.detail.date!;
    const agreeing = claims.filter((c) => c.detail.date && datesCompatible(c.detail.date, top));
    date = { start: top.start, end: top.end, value: top.value, sources: srcs(agreeing), yearFixedBy: yearless.length ? srcs(dated) : [] };
    // Different dates, none of which holds the others ("January 23–24" holds "January 24"), disagree.
    const spans = dateValues.map((v) => ({ v, s: daySpan(dated.find((c) => c.detail.date!.value === v.value)!.detail.date!)! }));
    const nested = spans.every((a) => spans.some((b) => b.s.from <= a.s.from && a.s.to <= b.s.to && b.s.from <= spans[0].s.from && spans[0].s.to <= b.s.to));
    if (dateValues.length > 1 && !nested) conflicts.push({ field: 'date', values: dateValues });
  } else if (yearless.length) {
    const values = tally(yearless, (c) => c.detail.date!.value);
    date = { start: null, end: null, value: values[0].value, sources: values[0].sources, yearFixedBy: [] };
    if (values.length > 1) conflicts.push({ field: 'date', values });
  }

  // Venue: cities that differ, or countries that differ, disagree; a country alone agrees with its cities.
  const venues = tally(claims.filter((c) => c.detail.venue), (c) => `${c.detail.venue!.city ?? ''}|${c.detail.venue!.country ?? ''}`);
  let venue: TimelineMeeting['venue'] = null;
  if (venues.length) {
    const best = venues.find((v) => !v.value.startsWith('|')) ?? venues[0];
    const [city, country] = best.value.split('|');
    const agreeing = claims.filter((c) => c.detail.venue && (c.detail.venue.country ?? '') === country && (!c.detail.venue.city || c.detail.venue.city === city));
    venue = { city: city || null, country: country || null, sources: srcs(agreeing) };
    const cities = new Set(venues.map((v) => v.value.split('|')[0]).filter(Boolean));
    const countries = new Set(venues.map((v) => v.value.split('|')[1]).filter(Boolean));
    if (cities.size > 1 || countries.size > 1) conflicts.push({ field: 'venue', values: venues.map((v) => ({ value: venueValue(v.value), sources: v.sources })) });
  }

  const formats = tally(claims.filter((c) => c.detail.format), (c) => c.detail.format!);
  if (formats.length > 1) conflicts.push({ field: 'format', values: formats });
  const statuses = tally(claims.filter((c) => c.detail.status !== 'unknown'), (c) => c.detail.status);
  if (statuses.length > 1) conflicts.push({ field: 'status', values: statuses });
  const certainties = tally(claims, (c) => c.detail.certainty);
  if (certainties.length > 1) conflicts.push({ field: 'certainty', values: certainties });

  // Parties: each role with the sources that give it; participant in one source and excluded in another
  // is a conflict on that party's role.
  const partyIds = [...new Set(claims.flatMap((c) => c.detail.parties.map((p) => p.id)))].sort(byText);
  const parties = partyIds.map((id) => {
    const name = claims.flatMap((c) => c.detail.parties).find((p) => p.id === id)!.name;
    const roles = (['participant', 'mediator', 'host', 'excluded'] as Role[])
      .map((role) => ({ role, sources: srcs(claims.filter((c) => c.detail.parties.some((p) => p.id === id && p.roles.includes(role)))) }))
      .filter((r) => r.sources.length);
    const part = roles.find((r) => r.role === 'participant');
    const excl = roles.find((r) => r.role === 'excluded');
    if (part && excl) conflicts.push({ field: `role:${id}`, values: [{ value: 'participant', sources: part.sources }, { value: 'excluded', sources: excl.sources }] });
    return { id, name, roles };
  });

  const sides = parties.filter((p) => holdsRole(p, 'participant')).map((p) => p.id);
  return {
    id: `${date?.value ?? 'undated'}:${sides.join('+') || partyIds.join('+')}`,
    date,
    venue,
    format: formats[0] ?? null,
    status: statuses[0] ?? { value: 'unknown', sources: srcs(claims) },
    certainty: certainties[0],
    parties,
    sources: claims.map((c) => ({ source: c.source, event: c.event, evidence: c.detail.evidence })),
    conflicts,
    claims,
  } as TimelineMeeting;
}

function preferHolding(values: Supported<string>[], span: (v: string) => DaySpan): Supported<string>[] {
  if (values.length < 2) return values;
  const top = values.filter((v) => v.sources.length === values[0].sources.length);
  const holder = top.find((v) => top.every((o) => span(v.value).from <= span(o.value).from && span(o.value).to <= span(v.value).to));
  return holder ? [holder, ...values.filter((v) => v !== holder)] : values;
}

/** A role by the sources' majority: participant and excluded exclude each other (a tie is neither). */
export function holdsRole(party: TimelineMeeting['parties'][number], role: Role): boolean {
  const count = (r: Role) => party.roles.find((x) => x.role === r)?.sources.length ?? 0;
  if (!count(role)) return false;
  if (role === 'participant') return count('participant') > count('excluded');
  if (role === 'excluded') return count('excluded') > count('participant');
  return true;
}

const venueValue = (v: string) => { const [city, country] = v.split('|'); return { city: city || null, country: country || null }; };

/** Distinct values with their sources, most supported first; ties by the value, so order never matters. */
function tally<T>(claims: Claim[], valueOf: (c: Claim) => T): Supported<T>[] {
  const by = new Map<string, { value: T; sources: Set<string> }>();
  for (const c of claims) {
    const v = valueOf(c);
    const k = JSON.stringify(v);
    const e = by.get(k) ?? { value: v, sources: new Set<string>() };
    e.sources.add(c.source);
    by.set(k, e);
  }
  return [...by.entries()]
    .sort(([ka, a], [kb, b]) => b.sources.size - a.sources.size || byText(ka, kb))
    .map(([, e]) => ({ value: e.value, sources: [...e.sources].sort(byText) }));
}

function sortKey(m: TimelineMeeting): string {
  const start = m.date?.start ?? (m.date ? `9999-${m.date.value.slice(5)}` : '99999');
  return `${start}\u0000${m.id}`;
}
