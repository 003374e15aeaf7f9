import { describe, expect, it } from 'vitest';
import { findDateline } from './dateline.js';

describe('findDateline', () => {
  it.each([
    [' date 2026-02-04 Ukrainian and Russian negotiators have begun talks.', '2026-02-04', 'dateline.iso-stamp'],
    ['KYIV, Feb 4, 2026 (Reuters) - Talks began.', '2026-02-04', 'dateline.city'],
    ['DOHA, March 12, 2025 (Wire) -- Negotiators met today.', '2025-03-12', 'dateline.city'],
    ['Headline\n\nPublished: 4 February 2026\n\nBody.', '2026-02-04', 'dateline.labelled'],
    ['Headline\nUpdated February 3, 2026 10:00 GMT\nBody.', '2026-02-03', 'dateline.labelled'],
    ['2026-01-23 23:35:15\nTalks concluded.', '2026-01-23', 'dateline.iso-stamp'],
    ['Wednesday, February 4, 2026\nThe talks continue.', '2026-02-04', 'dateline.date-line'],
    ['Nairobi, 18 March 2025 - Talks between Ethiopia and Eritrea were called off, the ministry said.', '2025-03-18', 'dateline.city'],
    ['Addis Ababa, March 18, 2025 (Wire) — The talks were called off.', '2025-03-18', 'dateline.city'],
    // days in numbers only, with a separator
    ['Posted: 18/03/2025\nThe talks were called off.', '2025-03-18', 'dateline.labelled'],
    ['Updated 3.18.2025 10:00\nThe talks were called off.', '2025-03-18', 'dateline.labelled'],
  ])('%j', (text, value, rule) => {
    const d = findDateline(text);
    expect(d).toMatchObject({ value, rule });
    expect(text.slice(d!.evidence.start, d!.evidence.end)).toBe(d!.evidence.text);
  });

  it.each([
    ['Evening bulletin — Tuesday, March 3\nFirst item: the border talks', '2026-03-03'],
    ['Tuesday, March 3\nThe border talks resumed.', '2026-03-03'],
    ['MOSCOW, Tuesday, March 3 (Wire) — The talks resumed.', '2026-03-03'],
  ])('fixes the year of a date line with a weekday and no year: %j', (text, value) => {
    const d = findDateline(text, '2026-11-21');
    expect(d).toMatchObject({ value, rule: 'dateline.year-from-weekday' });
    expect(text.slice(d!.evidence.start, d!.evidence.end)).toBe(d!.evidence.text);
    // Without today the weekday fixes nothing.
    expect(findDateline(text)?.value ?? null).toBeNull();
  });

  it.each([
    ['LUSAKA, March 3 (Wire) — Border talks that were to open on Tuesday, March 3, have been put off.', '2026-03-03'],
    ['LUSAKA, March 3 (Wire) — Border talks that were to open on Tuesday 3 March have been put off.', '2026-03-03'],
  ])('fixes the year of a date line from the weekday the text gives its day: %j', (text, value) => {
    expect(findDateline(text, '2026-11-21')).toMatchObject({ value, rule: 'dateline.year-from-weekday-in-text', evidence: { text: 'March 3' } });
  });

  it.each([
    // the day a week on is a Tuesday in 2026
    ['LUSAKA, March 3 (Wire) — Border talks will open on Tuesday, March 10.', '2026-03-03'],
    // a day across the new year: the line's day is in the year before the stated day
    ['LUSAKA, Dec. 30 (Wire) — Border talks will open on Monday, January 5.', '2025-12-30'],
  ])('fixes the year of a date line from another day the text gives its weekday: %j', (text, value) => {
    expect(findDateline(text, '2026-11-21')).toMatchObject({ value, rule: 'dateline.year-from-another-weekday', evidence: { text: text.slice(8, text.indexOf(' (')) } });
  });

  it.each([
    // more than half a year away from the line's day
    'LUSAKA, March 3 (Wire) — The accord was signed on Tuesday, October 13.',
    // no weekday with a day
    'LUSAKA, March 3 (Wire) — Border talks will open on March 10.',
  ])('keeps a date line yearless when no day near it has a weekday: %j', (text) => {
    expect(findDateline(text, '2026-11-21')).toMatchObject({ value: null, rule: 'dateline.yearless' });
  });

  it.each([
    ['Live coverage\n\nSaturday 14 February 2026 · times are GMT · latest posts first\n\n09:00 — Delegates arrive.', '2026-02-14'],
    ['14 February 2026 | Updated hourly | Reporting from the summit venue by our correspondents\nBody.', '2026-02-14'],
  ])('reads a long stamp line that opens with its date: %j', (text, value) => {
    expect(findDateline(text, '2026-11-21')).toMatchObject({ value, rule: 'dateline.date-line' });
  });

  it.each([
    ['TRANSCRIPT\n\nJoint press conference of the co-chairs\nPalais des Nations, Geneva, Thursday 12 November 2026\n\nMODERATOR: Good afternoon.', '2026-11-12'],
    ['Press release\nMinistry of Foreign Affairs, Sofia, 3 March 2026\nThe commission met.', '2026-03-03'],
  ])('reads a short line that ends with its date and year after a comma: %j', (text, value) => {
    expect(findDateline(text, '2026-11-21')).toMatchObject({ value, rule: 'dateline.date-line' });
  });

  it.each([
    ['TRANSCRIPT\n\n"Frontlines" with a long-serving presenter – broadcast Monday, 2 November 2026\n\nHOST: Welcome back.', '2026-11-02'],
    ['Ministry of Foreign Affairs (Norway)\nPress release number 118, issued on 9 October 2026, on the close of the sixth cycle\nBody.', null],
    ['Weekly newsletter of the regional security programme, published: 26 October 2026\nBody.', '2026-10-26'],
  ])('reads a line of any length whose date at its end a word stamps: %j', (text, value) => {
    const found = findDateline(text, '2026-11-21');
    if (value === null) expect(found).toBeNull();
    else expect(found).toMatchObject({ value, rule: 'dateline.date-line' });
  });

  it('keeps a date line without a year as evidence only', () => {
    expect(findDateline('ABU DHABI, Jan. 23 (Xinhua) -- Talks began.')).toMatchObject({ value: null, rule: 'dateline.yearless', evidence: { text: 'Jan. 23' } });
  });

  it.each([
    ['Russia and Ukraine will resume talks on February 1.'],
    ['Kenya, 18 March 2025 was the day the talks between Ethiopia and Eritrea were meant to open in Nairobi.'],
    ['A long first paragraph that mentions, deep inside its prose and well past any date line, the date January 24, 2026 when talks ended.'],
    ['Tuesday, March 3 talks in Vienna were cut short when one delegation walked out over the agenda.'],
    ['The envoy said the two sides would meet again on Tuesday, March 3.'],
    // a line that ends with a date after a comma but without its year
    ['Talks are set to open in Geneva, Tuesday, March 3\nThe delegations arrive.'],
  ])('finds no article date in %j', (text) => {
    expect(findDateline(text)).toBeNull();
    expect(findDateline(text, '2026-11-21')).toBeNull();
  });
});
