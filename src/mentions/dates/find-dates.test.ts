import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../segment/sentences.js';
import { monthMayFilterFound } from './chrono-config.js';
import { findDates, joinRangeHalves } from './find-dates.js';

const TODAY = '2026-11-21';
const datesOf = (text: string, ref: string | null) => findDates(text, splitSentences(text), ref, TODAY);

describe('findDates with a reference date', () => {
  it.each([
    // text, reference, expected mention text, TIMEX3 value, range start, range end
    ['The round took place on January 23 and 24 in Abu Dhabi.', '2026-02-04', 'January 23 and 24', '2026-01-23/2026-01-24', '2026-01-23', '2026-01-24'],
    ['Delegations met on 23-24 January.', '2026-02-04', '23-24 January', '2026-01-23/2026-01-24', '2026-01-23', '2026-01-24'],
    ['Talks are set from March 3 to 5.', '2026-02-04', 'March 3 to 5', '2026-03-03/2026-03-05', '2026-03-03', '2026-03-05'],
    ['The summit will be held between 10 and 12 May.', '2026-02-04', '10 and 12 May', '2026-05-10/2026-05-12', '2026-05-10', '2026-05-12'],
    // two days of a month of a year named relative to today
    ['The round took place on 3 and 4 February this year.', '2026-09-14', '3 and 4 February this year', '2026-02-03/2026-02-04', '2026-02-03', '2026-02-04'],
    ['The round took place on 3-4 February this year.', '2026-09-14', '3-4 February this year', '2026-02-03/2026-02-04', '2026-02-03', '2026-02-04'],
    ['The round took place on February 3 and 4 last year.', '2026-09-14', 'February 3 and 4 last year', '2025-02-03/2025-02-04', '2025-02-03', '2025-02-04'],
    ['Negotiators have begun talks today (Wednesday).', '2026-02-04', 'today', '2026-02-04', '2026-02-04', '2026-02-04'],
    ['The sides will meet again on Friday.', '2026-02-04', 'Friday', '2026-02-06', '2026-02-06', '2026-02-06'],
    // a modal of a meeting looks ahead
    ['The two ministers could meet on Friday to discuss tariffs.', '2026-02-04', 'Friday', '2026-02-06', '2026-02-06', '2026-02-06'],
    ['The envoys may resume talks Friday.', '2026-02-04', 'Friday', '2026-02-06', '2026-02-06', '2026-02-06'],
    // other modals still point back
    ['The wreck could be located Friday.', '2026-02-04', 'Friday', '2026-01-30', '2026-01-30', '2026-01-30'],
    // with no tense to go by, the end of a span still running looks ahead; a past verb still points back
    ['The summit opens in Manila, running until Friday.', '2026-02-04', 'Friday', '2026-02-06', '2026-02-06', '2026-02-06'],
    ['The talks continued until Friday, officials said.', '2026-02-04', 'Friday', '2026-01-30', '2026-01-30', '2026-01-30'],
    // what a schedule does in the present is ahead; in the past, behind
    ['The deadline for the first exchange expires on Friday.', '2026-02-04', 'Friday', '2026-02-06', '2026-02-06', '2026-02-06'],
    ['The session opens Monday in Geneva.', '2026-02-04', 'Monday', '2026-02-09', '2026-02-09', '2026-02-09'],
    ['The truce, which expired Friday, was not renewed.', '2026-02-04', 'Friday', '2026-01-30', '2026-01-30', '2026-01-30'],
    ['They met yesterday.', '2026-02-04', 'yesterday', '2026-02-03', '2026-02-03', '2026-02-03'],
    // Tense decides the year of a yearless date: looking forward…
    ['The sides will meet on January 10.', '2025-12-20', 'January 10', '2026-01-10', '2026-01-10', '2026-01-10'],
    // …or back.
    ['The first round was held on December 28.', '2026-01-05', 'December 28', '2025-12-28', '2025-12-28', '2025-12-28'],
    ['Both sides agreed to reconvene on February 24.', '2026-02-03', 'February 24', '2026-02-24', '2026-02-24', '2026-02-24'],
    // a part of a named day is that day
    ['The ministers met this morning.', '2026-02-04', 'this morning', '2026-02-04TMO', '2026-02-04', '2026-02-04'],
    ['The envoys met yesterday evening.', '2026-02-04', 'yesterday evening', '2026-02-03TEV', '2026-02-03', '2026-02-03'],
    ['The talks ran late last night.', '2026-02-04', 'last night', '2026-02-03TNI', '2026-02-03', '2026-02-03'],
  ])('%s (ref %s)', (text, ref, mentionText, value, start, end) => {
    // the event layer's view: a span of days written with two ends is one mention again
    const dates = joinRangeHalves(datesOf(text, ref).dates, text);
    const m = dates.find((d) => d.text === mentionText);
    expect(m, JSON.stringify(dates)).toBeDefined();
    expect(m!.value).toBe(value);
    expect(m!.range).toEqual({ start, end });
    expect(text.slice(m!.start, m!.end)).toBe(m!.text);
  });
});

describe('findDates without a reference date', () => {
  it('leaves the year unknown when nothing fixes it', () => {
    const { dates } = datesOf('Russia and Ukraine will resume talks on February 1.', null);
    expect(dates).toHaveLength(1);
    expect(dates[0]).toMatchObject({ text: 'February 1', value: 'XXXX-02-01', range: null, yearSource: null });
  });

  it('takes the year from a stated weekday: the latest year, not after today, with that weekday', () => {
    const { dates } = datesOf('A meeting may take place on Sunday, February 1.', null);
    expect(dates[0]).toMatchObject({ value: '2026-02-01', yearSource: 'weekday' });
  });

  it('takes the year from the nearest fully dated mention', () => {
    const { dates } = datesOf('Talks concluded on January 24, 2026. More could follow on February 1.', null);
    expect(dates.map((d) => d.value)).toEqual(['2026-01-24', '2026-02-01']);
    expect(dates[1].yearSource).toBe('context');
  });

  it.each([
    // text, the yearless mention, its value: the nearer full date wins; of two as near, the earlier
    ['Talks were on March 2, 2024. A round on April 1 came after. Another met on June 9, 2025.', 'April 1', '2024-04-01'],
    ['It met on March 2, 2024. Then came April 1. It met on June 9, 2025.', 'April 1', '2025-04-01'],
    ['On March 2, 2024, then May 1, and later on June 9, 2025.', 'May 1', '2024-05-01'],
    // a clause that looks ahead names a day not before the date beside it; one that looks back, the nearer
    ['Talks were held on October 5, 2026. The next round is scheduled to take place in May.', 'May', '2027-05'],
    ['Talks were held on October 5, 2026. The previous round took place in May.', 'May', '2026-05'],
    ['Talks were held on January 5, 2026. A second round took place in March.', 'March', '2026-03'],
  ])('the nearest fully dated mention: %s', (text, mentionText, value) => {
    const m = datesOf(text, null).dates.find((d) => d.text === mentionText);
    expect(m).toMatchObject({ value, yearSource: 'context' });
  });

  it.each([['The talks began today.', 'today'], ['The ministers will meet later this month.', 'this month'], ['A third round is due this year.', 'this year']])('never resolves relative days against the machine clock: %j', (text, expected) => {
    const { dates } = datesOf(text, null);
    expect(dates[0]).toMatchObject({ text: expected, range: null });
  });

  it.each([
    ['The ministers will meet later this month.', 'this month', '2026-03'],
    ['A third round is due this year.', 'this year', '2026'],
  ])('counts %j from the reference date', (text, expected, value) => {
    const { dates } = datesOf(text, '2026-03-04');
    expect(dates[0]).toMatchObject({ text: expected, value, yearSource: 'reference' });
  });
});

describe('counted from a date line without a year', () => {
  it.each([
    ['A first round was held in Doha last month.', 'XXXX-11-08', 'last month', 'XXXX-10'],
    ['The envoys arrived yesterday.', 'XXXX-11-08', 'yesterday', 'XXXX-11-07'],
    ['A second round is planned for next month.', 'XXXX-12-02', 'next month', 'XXXX-01'],
    ['Talks resume tomorrow.', 'XXXX-12-31', 'tomorrow', 'XXXX-01-01'],
    // "this month", "this year": counted from the day of writing too, never from the machine's clock
    ['The ministers will meet in Baghdad later this month.', 'XXXX-10-02', 'this month', 'XXXX-10'],
    ['A third round is planned for this year.', 'XXXX-10-02', 'this year', 'XXXX'],
  ])('%j written on %s', (text, writtenOn, expectedText, value) => {
    const { dates } = findDates(text, splitSentences(text), null, TODAY, { writtenOn });
    expect(dates.map((d) => [d.text, d.value])).toEqual([[expectedText, value]]);
  });

  it('leaves a day next to February 29 unknown, and weeks and weekdays too', () => {
    const dates = (text: string, writtenOn: string) => findDates(text, splitSentences(text), null, TODAY, { writtenOn }).dates.map((d) => d.value);
    expect(dates('The envoys arrived yesterday.', 'XXXX-03-01')).toEqual(['XXXX-XX-XX']);
    expect(dates('The envoys arrived last week.', 'XXXX-11-08')).toEqual(['XXXX-XX-XX']);
  });
});

describe('what is not a date, or not a plain one', () => {
  it.each([
    ['Talks may resume soon.'],
    ['Former prime minister Theresa May met the press.'],
    ['He scored 24 points and 12 rebounds.'],
    ['Room 101 was booked.'],
  ])('finds no date in %j', (text) => {
    expect(datesOf(text, '2026-02-04').dates.filter((d) => d.type === 'DATE')).toEqual([]);
  });

  // chrono's one-letter units ("5d", "2 h") after a number in words are letters of broken words.
  it.each([
    ['The club recovered after two d isastrous seasons.'],
    ['He came back after several w eeks.'],
    ['He came back a yearago.'],
  ])('finds no date in the broken word of %j, reading everything or only the date windows', (text) => {
    expect(datesOf(text, '2026-02-04').dates).toEqual([]);
    expect(findDates(text, splitSentences(text), '2026-02-04', TODAY, { everywhere: true }).dates).toEqual([]);
  });

  // A line break inside a sentence (hard-wrapped text) splits it for the segmenter; the date across it is
  // read the same with and without the date windows.
  it.each([
    ['Analysts called it a signal. "Five\nyears ago this meeting would have been unthinkable," one said.', 'Five\nyears ago'],
    ['The talks ended two weeks\nago in Geneva.', 'two weeks\nago'],
  ])('reads a date across a line break in %j', (text, expected) => {
    const windowed = datesOf(text, null).dates;
    expect(windowed.map((d) => d.text)).toEqual([expected]);
    expect(windowed).toEqual(findDates(text, splitSentences(text), null, TODAY, { everywhere: true }).dates);
  });

  it('leaves an unclosed bracket and a line break before a weekday out of the date', () => {
    const text = '( \n on Sunday, February 1';
    const { dates } = datesOf(text, null);
    expect(dates.map((d) => [d.text, text.slice(d.start, d.end), d.value])).toEqual([['Sunday, February 1', 'Sunday, February 1', '2026-02-01']]);
  });

  // "before" leading a clause or naming another event: the day is counted from that, not from today.
  it.each([
    ['An envoy shuttled between the delegations for part of the day before the two sides sat down together.'],
    ['Witnesses saw the car in the weeks before the shooting.'],
  ])('finds no date counted from today in %j', (text) => {
    expect(datesOf(text, '2026-02-04').dates.filter((d) => d.type === 'DATE')).toEqual([]);
  });

  it('still reads "the year before" at the end of a clause', () => {
    expect(datesOf('Sales rose from $450 million the year before.', '2026-02-04').dates.map((d) => [d.text, d.value])).toEqual([['the year before', '2025']]);
  });

  it('reads "for four years" as a duration, not a date four years ahead', () => {
    const { dates } = datesOf('A conflict that has escalated for four years.', '2026-02-04');
    expect(dates).toHaveLength(1);
    expect(dates[0]).toMatchObject({ type: 'DURATION', value: 'P4Y', text: 'four years', range: null });
  });

  it('reads "two-day" as a two-day duration', () => {
    const { dates } = datesOf('The two-day tripartite meetings are being held.', '2026-02-04');
    expect(dates[0]).toMatchObject({ type: 'DURATION', value: 'P2D', text: 'two-day' });
  });

  it('reads "now" as PRESENT_REF with no range', () => {
    const { dates } = datesOf('For now, all parties wait.', '2026-02-04');
    expect(dates[0]).toMatchObject({ value: 'PRESENT_REF', range: null });
  });

  it('splits "postponed from A to B" into the old date and the new one', () => {
    const { dates } = datesOf('The round has been postponed from February 10, 2026 to February 24, 2026.', null);
    expect(dates.map((d) => [d.rule, d.value])).toEqual([['date.moved-from', '2026-02-10'], ['date.moved-to', '2026-02-24']]);
  });

  it.each([
    ['The ministerial meeting has been put back to Saturday morning.', 'Saturday morning', '2026-02-07TMO'],
    ['The round was put back to Friday.', 'Friday', '2026-02-06'],
    // quoted or roughly placed
    ['The joint cabinet meeting has been postponed to "early 2027", both governments said.', '2027', '2027'],
    ['The summit has been postponed to the end of March.', 'end of March', '2026-03'],
    ['The two leaders postponed their summit to mid-2027.', '2027', '2027'],
  ])('reads the new date of a moved meeting forward: %s', (text, said, value) => {
    const d = datesOf(text, '2026-02-04').dates.find((x) => x.text === said)!;
    expect(d).toMatchObject({ value });
    expect(d.rule).toMatch(/^date\.moved-to/);
  });

  it('reads no date in a place named by one', () => {
    expect(datesOf('Ministers met in the 6th of October City on the outskirts of Cairo.', '2026-02-04').dates).toEqual([]);
    expect(datesOf('Ministers met on the 6th of October in Cairo.', '2026-02-04').dates.map((d) => d.value)).toEqual(['2025-10-06']);
  });

  it('warns when a stated weekday contradicts the date', () => {
    const { warnings } = datesOf('The talks began today (Friday).', '2026-02-04');
    expect(warnings.join(' ')).toMatch(/not a Friday/);
  });
});

describe('the present in general', () => {
  it.each([
    ["She is sceptical of today's preference for summits.", 'PRESENT_REF'],
    ["A source briefed on today's session spoke.", '2026-02-04'],
    ["The offer was advertised in today's editions of the Journal.", '2026-02-04'],
    ["Here is today's geography quiz.", '2026-02-04'],
  ])('%j', (text, value) => {
    expect(datesOf(text, '2026-02-04').dates[0]).toMatchObject({ text: 'today', value });
  });

  it('reads "in several months" as a vague duration', () => {
    expect(datesOf('Their first contact in several months.', '2026-02-04').dates[0]).toMatchObject({ type: 'DURATION', value: 'PXM' });
  });

  it('reads clock times as TIME, not as days', () => {
    expect(datesOf('14:20 GMT - Doha talks postponed', '2025-08-12').dates[0]).toMatchObject({ type: 'TIME', value: '2025-08-12T14:20', range: null });
  });

  it.each([
    ['The ministers will meet on Wednesday next week.', [['Wednesday next week', '2026-09-09']]],
    ['The ministers will meet on Tuesday and Wednesday next week.', [['Tuesday and Wednesday next week', '2026-09-08/2026-09-09']]],
    // the week itself stays a week
    ['The ministers will meet next week.', [['next week', '2026-W37']]],
  ])('reads a weekday of next week as that day: %s', (text, expected) => {
    expect(datesOf(text, '2026-09-03').dates.map((d) => [d.text, d.value])).toEqual(expected);
  });

  it('reads a weekday alone before a weekday of a named week in that week', () => {
    // written on Tuesday 1 September: "Wednesday" alone would be the next day
    expect(datesOf('The ministers will meet on Wednesday and Thursday next week.', '2026-09-01').dates.map((d) => [d.text, d.value]))
      .toEqual([['Wednesday and Thursday next week', '2026-09-09/2026-09-10']]);
  });

  it('joins "Tuesday and Wednesday" into one span of days', () => {
    const { dates } = datesOf('The ministers sat down on Tuesday and Wednesday (4 and 5 February).', '2025-02-06');
    // "4 and 5 February" is two TIMEX3s ("4", "5 February"), one span again for the event layer
    expect(dates.map((d) => [d.text, d.value])).toEqual([['Tuesday and Wednesday', '2025-02-04/2025-02-05'], ['4', '2025-02-04'], ['5 February', '2025-02-05']]);
    expect(joinRangeHalves(dates, 'The ministers sat down on Tuesday and Wednesday (4 and 5 February).').map((d) => d.text)).toEqual(['Tuesday and Wednesday', '4 and 5 February']);
  });

  it('does not read "sat down" as Saturday', () => {
    expect(datesOf('The delegations sat down together.', '2025-02-06').dates).toEqual([]);
  });
});

describe('TIMEX3 values beyond calendar dates', () => {
  it.each([
    // text, reference, mention text, type, value
    ['Earnings fell in the third quarter.', '1989-11-02', 'the third quarter', 'DATE', '1989-Q3'],
    ['Third-quarter profit rose.', '1989-11-02', 'Third-quarter', 'DATE', '1989-Q3'],
    ['Next year\'s first quarter looks weak.', '1989-10-31', "Next year's first quarter", 'DATE', '1990-Q1'],
    ['Sales in the quarter were flat.', '1989-11-02', 'the quarter', 'DATE', '1989-Q3'],
    ['Net income was $5 million in the third quarter, against $3 million a year earlier.', '1989-11-02', 'a year earlier', 'DATE', '1988-Q3'],
    // "a year earlier" after a span of months is last year; "the year-ago quarter" after a day is its quarter;
    // "the year-ago results" after a date already a year back are that period's
    ['For the nine months, net fell to $5 million from $6 million a year earlier.', '1989-10-26', 'a year earlier', 'DATE', '1988'],
    ['In the third quarter, net fell to $5 million from $6 million a year earlier.', '1989-10-26', 'a year earlier', 'DATE', '1988-Q3'],
    ['The carrier lost heavily for the quarter ended Sept. 30 and broke even in the year-ago quarter.', '1989-11-01', 'the year-ago quarter', 'DATE', '1988-Q3'],
    ['The fund shrank sharply in the 1987 period. The year-ago results carried a write-off.', '1988-11-02', 'The year-ago', 'DATE', '1987'],
    ['In 1987 sales fell; a year earlier they had risen.', '1989-11-02', 'a year earlier', 'DATE', '1986'],
    ['It posted a year-earlier loss of $6.2 million in the third quarter.', '1989-10-26', 'year-earlier', 'DATE', 'XXXX'],
    // decades; years in words, as transcripts write them
    ['The faction split in mid-1996 after the defection.', '1998-02-19', '1996', 'DATE', '1996'],
    ['Prices fell in the late 1970s.', '1998-02-19', 'the late 1970s', 'DATE', '197'],
    ['Growth will slow in the 1990s.', '1989-10-26', 'the 1990s', 'DATE', '199'],
    ["It was the fashion of the '80s.", '1989-10-26', "the '80s", 'DATE', '198'],
    ['Europe changed in the nineties.', '1998-03-03', 'the nineties', 'DATE', '199'],
    ['In nineteen ninety-one Keating was convicted.', '1998-01-15', 'nineteen ninety-one', 'DATE', '1991'],
    ['January nineteen ninety-seven. Atlanta again.', '1998-02-27', 'January nineteen ninety-seven', 'DATE', '1997-01'],
    ['He promised to halve unemployment by the year two thousand.', '1998-02-05', 'the year two thousand', 'DATE', '2000'],
    // a year before 1900 after "in", "since", … and before punctuation or a clause word
    ['The fort was built in 1853, then rebuilt.', '1998-02-05', '1853', 'DATE', '1853'],
    ['Tariffs have stood since 1887 and still do.', '1998-02-05', '1887', 'DATE', '1887'],
    // a bare number after "at" is no clock time: the day stands alone
    ['Holders may convert after March 3, 1991 at 1,200 pesetas a share.', '1989-10-27', 'March 3, 1991', 'DATE', '1991-03-03'],
        // …but a month before "of the following year" or "on" a place stays the month
    ['The vote was put off to March of the following year.', '1999-01-22', 'March', 'DATE', '1999-03'],
    ['In March on the island, rain fell daily.', '1999-06-22', 'March', 'DATE', '1999-03'],
    // centuries: the first two digits of their years
    ['The chapel dates from the 14th century.', '1998-02-05', 'the 14th century', 'DATE', '13'],
    ['It was the worst flood of the twentieth century.', '1998-02-05', 'the twentieth century', 'DATE', '19'],
    ['Planners want a 21st-century port.', '1998-02-05', '21st-century', 'DATE', '20'],
    ['A 1st century coin turned up.', '1998-02-05', '1st century', 'DATE', '00'],
    // a stated year after the quarter; halves; the quarter and the year under way
    ['Profit peaked in the third quarter of 1984.', '1989-10-27', 'the third quarter of 1984', 'DATE', '1984-Q3'],
    ['Exports should recover in the first two quarters of 1991.', '1989-10-26', 'the first two quarters of 1991', 'DATE', '1991-H1'],
    // a month with a word of direction: the last one before the reference month, this year's, the next one
    ['The two presidents signed the treaty last May.', '1998-02-27', 'last May', 'DATE', '1997-05'],
    ['Holders approved the plan last April.', '1989-10-27', 'last April', 'DATE', '1989-04'],
    ['Elections are due this September.', '1998-02-05', 'this September', 'DATE', '1998-09'],
    ['The talks resume next March.', '1998-06-05', 'next March', 'DATE', '1999-03'],
    ['The envoy was expelled last Oct. 23.', '1999-04-19', 'Oct. 23', 'DATE', '1998-10-23'],
    ['Sales slowed in the last half of 1989.', '1989-10-26', 'the last half of 1989', 'DATE', '1989-H2'],
    ['Sales should recover in the first half of 1990.', '1989-10-26', 'the first half of 1990', 'DATE', '1990-H1'],
    ['Sales in the current quarter will be weak.', '1989-10-26', 'the current quarter', 'DATE', '1989-Q4'],
    // "the year" of an earnings report is the reference year; "the year ended March 31" a year's span
    ['For the year, grain shipments were flat.', '1989-11-02', 'the year', 'DATE', '1989'],
    ['Aid for the full year came to $2.1 billion.', '1989-11-02', 'the full year', 'DATE', '1989'],
    ['The agency spent heavily for the year ended March 31.', '1989-11-01', 'the year', 'DURATION', 'P1Y'],
    ['Profit for the current fiscal year will fall.', '1989-11-02', 'the current fiscal year', 'DATE', '1989'],
    ['Its current prices are low.', '1989-11-02', 'current', 'DATE', 'PRESENT_REF'],
    ['Prices rose for ten years.', '1998-01-08', 'ten years', 'DURATION', 'P10Y'],
    ['Over the past three months, stocks fell.', '1998-01-08', 'the past three months', 'DURATION', 'P3M'],
    // quarters and the next couple of years as amounts; a unit in the plural with no number is a vague amount
    ['Profit fell in the past two quarters.', '1989-10-27', 'the past two quarters', 'DURATION', 'P2Q'],
    ['It recently turned a profit after several quarters of losses.', '1989-10-30', 'several quarters', 'DURATION', 'PXQ'],
    ['The mission will expand over the next couple of years.', '1989-10-26', 'the next couple of years', 'DURATION', 'P2Y'],
    ['Officials have voiced concern in recent months.', '1998-04-02', 'recent months', 'DURATION', 'PXM'],
    ['Funds must pay investors in the weeks ahead.', '1989-10-27', 'the weeks ahead', 'DURATION', 'PXW'],
    ['Over the years many more patients came.', '1998-03-31', 'the years', 'DURATION', 'PXY'],
    ['Arms purchases will rise in the coming years.', '1999-03-12', 'coming years', 'DURATION', 'PXY'],
    ['The trip took 5 1/2 hours.', '1998-01-08', '5 1/2 hours', 'DURATION', 'PT5H30M'],
    ['They have waited nearly forty years.', '1998-01-08', 'nearly forty years', 'DURATION', 'P40Y'],
    ['Talks are currently stalled.', '1998-01-08', 'currently', 'DATE', 'PRESENT_REF'],
    ['Prices rose recently.', '1998-01-08', 'recently', 'DATE', 'PAST_REF'],
    ['Nobody knows what the future holds.', '1998-01-08', 'the future', 'DATE', 'FUTURE_REF'],
    ['The paper is published daily.', '1998-01-08', 'daily', 'SET', 'P1D'],
    ['They meet each Thursday.', '1998-01-08', 'each Thursday', 'SET', 'XXXX-WXX-4'],
    ['The talks resume at 10:35 a.m.', '1998-08-08', '10:35 a.m', 'TIME', '1998-08-08T10:35'],
    // clock times on a day; yesterday's parts of the day; the period whose end is named
    ['The deadline was moved to 5 p.m. EST Nov. 9.', '1989-11-02', '5 p.m. EST Nov. 9', 'TIME', '1989-11-09T17:00'],
    ['Police found the car at noon Thursday.', '1998-02-13', 'noon Thursday', 'TIME', '1998-02-12T12:00'],
    ['Shares fell in mid-afternoon yesterday.', '1989-11-02', 'afternoon yesterday', 'TIME', '1989-11-01TAF'],
    ['Police found the car at 10 p.m. Wednesday.', '1998-02-13', '10 p.m. Wednesday', 'TIME', '1998-02-11T22:00'],
    ['The currency slid 2.1%, or 3.17, on Friday, to 88.40.', '1989-10-30', 'Friday', 'DATE', '1989-10-27'],
    ['The shelling began at about 9:20 a.m. (0620 GMT) Friday, cutting power.', '1998-08-08', '9:20 a.m', 'TIME', '1998-08-07T09:20'],
    ['The truce had been due to lapse Friday evening.', '1989-10-30', 'Friday evening', 'TIME', '1989-10-27TEV'],
    ['The border post was raided on the night of Thursday, Oct. 22.', '1998-11-21', 'Thursday, Oct. 22', 'DATE', '1998-10-22'],
    ['The dispute may be settled at an arbitration session the week of March 6.', '2000-02-24', 'the week of March 6', 'DATE', '2000-W10'],
    ['He will appear before a judge at midday.', '1999-10-08', 'midday', 'TIME', '1999-10-08T12:00'],
    ['Six trading days after Oct. 14, the bond yield climbed.', '1989-10-30', 'Six trading days', 'DURATION', 'P6D'],
    ['Scharping, ending a two-day  visit, spoke.', '1998-12-05', 'two-day', 'DURATION', 'P2D'],
    ['Fighting broke out last night.', '1998-01-20', 'last night', 'TIME', '1998-01-19TNI'],
    ['The offer expires at the end of November.', '1989-11-02', 'end of November', 'DATE', '1989-11'],
    ['A decision is due by the end of this week.', '1989-11-02', 'end of this week', 'DATE', '1989-W44'],
    // chrono reads "the end of the month" with a parser of its own: the month too, not its last day
    ['The envoys will meet again by the end of the month.', '2026-10-01', 'end of the month', 'DATE', '2026-10'],
    ['Sales had risen earlier in the year.', '1989-10-26', 'the year', 'DATE', '1989'],
    ['Late in the day, lawyers emerged.', '2000-04-03', 'the day', 'DATE', '2000-04-03'],
    // a month of the year named relative to today
    ['In January this year, police came.', '1998-02-19', 'January this year', 'DATE', '1998-01'],
    ['They will join in April next year.', '1998-12-03', 'April next year', 'DATE', '1999-04'],
    ['He was arrested on Oct. 5 last year.', '1998-02-19', 'Oct. 5 last year', 'DATE', '1997-10-05'],
    // …with the day first
    ['The round took place on 3 February this year.', '2026-09-14', '3 February this year', 'DATE', '2026-02-03'],
    ['The round took place on the 3rd of February last year.', '2026-09-14', '3rd of February last year', 'DATE', '2025-02-03'],
    // chrono's "last year. This quarter" ends with its sentence
    ['Net rose 5% from last year. This quarter looks weak.', '1989-11-01', 'This quarter', 'DATE', '1989-Q3'],
  ])('%j (ref %s)', (text, ref, mentionText, type, value) => {
    const m = datesOf(text, ref).dates.find((d) => d.text === mentionText);
    expect(m, JSON.stringify(datesOf(text, ref).dates)).toMatchObject({ type, value });
  });

  it.each([
    ['A 6-year-old boy was found.'],
    ['The stock paid $1.625 a share.'],
    ['The Sun reported it.'],
    ['They will reconvene in ten years.'.replace('in ten years', 'within the decade')],
    // a lower-case month name is a verb; fractions and prices are no dates or times
    ['Thousands march through the capital and may return.'],
    ['The shares rose 5 1/2 points and 7/8 of a point.'],
    ['Net income was $1.20 a share, on 2.46 billion guilders in sales.'],
    // rates, ordinals and names are no durations; a greeting is no time of day
    ['The airline adds four flights a week and saves $500 million a year.'],
    ['It would be a second betrayal.'],
    ['He spoke on CBS\'s 60 Minutes.'.replace("CBS's ", '')],
    ['Good evening from Atlanta.'],
    // a spelled-out count, an age bracket and a thousand of something are no years
    ['Nineteen ninety people came, two thousand stayed.'],
    ['Men in their 30s were hired.'],
    ['This may be the last chance; next march is planned.'],
    ['He won three quarters of the vote.'],
    ['Heavy rain in the east inFebruary limited the damage.'],
    ['The tally stood at 12-1998.'],
    ['He was named person of the year.'],
    ['She finished 20th in a field of ninety; a centurion stood by.'],
    ['It was seen in 1400 cases; the gauge read 1678.5 after 1200 tests.'],
    // a march named after a determiner is an event, not the month
    ['Police lined the route of the annual March for Peace.'],
    ['She walked at the head of the "March of the Widows.'],
  ])('finds no temporal expression in %j', (text) => {
    expect(datesOf(text, '1998-01-08').dates).toEqual([]);
  });

  it.each([
    ['Inspectors resumed work nearly two months after they were blocked.', 'nearly two months', 'P2M'],
    ['Three days later, the index recovered.', 'Three days', 'P3D'],
    ['Then a minute and a half later, the line went dead.', 'a minute and a half', 'PT1M30S'],
  ])('reads an amount before "after" or "later" as a duration: %j', (text, mentionText, value) => {
    const m = datesOf(text, '1998-03-06').dates.find((d) => d.text === mentionText);
    expect(m, JSON.stringify(datesOf(text, '1998-03-06').dates)).toMatchObject({ type: 'DURATION', value });
  });

  it('settles the year by tense, with a month of slack for the day', () => {
    // "by Jan. 14" written on Jan. 15 is this January, a day late, not next year's
    expect(datesOf('The detainees must be handed over to the Red Cross by Jan. 14.', '2000-01-15').dates[0]).toMatchObject({ value: '2000-01-14' });
    expect(datesOf('Prices had risen from $29.75 in March.', '1989-10-30').dates[0]).toMatchObject({ value: '1989-03' });
    // an untensed month is this year's, unless that is more than half a year ahead
    expect(datesOf('Her properties, worth $130 million in October, are worth half that now.', '1998-01-08').dates[0]).toMatchObject({ value: '1997-10' });
    expect(datesOf('The shares, at $12 in January, are now at $9.', '1998-10-25').dates[0]).toMatchObject({ value: '1998-01' });
    expect(datesOf('The plant will reopen in March.', '1998-10-25').dates[0]).toMatchObject({ value: '1999-03' });
    expect(datesOf('Officials discussed a meeting "in April".', '2026-02-03').dates[0]).toMatchObject({ value: '2026-04' });
    expect(datesOf('He subpoenaed the boy to testify on Feb. 10.', '2000-01-07').dates[0]).toMatchObject({ value: '2000-02-10' });
  });

  it('reads "in ten years" as a date, not a duration', () => {
    expect(datesOf('They will meet again in ten years.', '1998-01-08').dates[0]).toMatchObject({ type: 'DATE', value: '2008' });
    // …but in a clause that looks back, "in two weeks" is the span the events fell in
    expect(datesOf("The minister's second letter to Brussels in two weeks was released on Tuesday.", '2000-02-16').dates[0]).toMatchObject({ type: 'DURATION', value: 'P2W' });
  });

  it('reads a bare weekday in news as the last one, unless the clause looks ahead', () => {
    expect(datesOf('The minister said Friday that talks had stalled.', '1990-08-15').dates[0]).toMatchObject({ value: '1990-08-10' });
    expect(datesOf('The ministers will meet on Friday.', '1990-08-15').dates[0]).toMatchObject({ value: '1990-08-17' });
    // an infinitive or a weak modal before the weekday reports the past
    expect(datesOf('Hungary staged celebrations to mark its entry into NATO on Friday.', '1999-03-13').dates[0]).toMatchObject({ value: '1999-03-12' });
    expect(datesOf('Neither the envoy nor his deputies could be reached Wednesday.', '2000-01-06').dates[0]).toMatchObject({ value: '2000-01-05' });
    expect(datesOf('The sides are scheduled to meet on Friday.', '1990-08-15').dates[0]).toMatchObject({ value: '1990-08-17' });
    expect(datesOf('The two ministers agreed to meet again on Friday.', '1990-08-15').dates[0]).toMatchObject({ value: '1990-08-17' });
    expect(datesOf('The delegation planned to leave Doha on Thursday.', '1998-09-30').dates[0]).toMatchObject({ value: '1998-10-01' });
  });
});

describe('holidays', () => {
  it.each([
    ['The hostages were freed on Thanksgiving Day.', '2000-01-07', 'Thanksgiving Day', '1999-11-25'],
    ['He has been here since last Thanksgiving.', '2000-02-10', 'last Thanksgiving', '1999-11-25'],
    ['Leaders will meet before Christmas.', '2025-11-20', 'Christmas', '2025-12-25'],
    ['The ceasefire held over New Year\'s Day.', '2026-01-05', "New Year's Day", '2026-01-01'],
    ['Voters will go to the polls on Election Day.', '1998-10-26', 'Election Day', '1998-11-03'],
    ['The talks resume after Labor Day.', '2025-08-20', 'Labor Day', '2025-09-01'],
  ])('%j (ref %s)', (text, ref, mentionText, value) => {
    const m = datesOf(text, ref).dates.find((d) => d.text === mentionText);
    expect(m, JSON.stringify(datesOf(text, ref).dates)).toMatchObject({ type: 'DATE', value });
  });

  it('does not read a name with a holiday word in it as the holiday', () => {
    expect(datesOf('The Christmas Island delegation and Thanksgivings Inc. met.', '2025-11-20').dates).toEqual([]);
  });
});

describe('dates that point back to a named one', () => {
  it.each([
    ['The party won in 1988 and lost seats later that year.', '1989-11-02', 'later that year', '1988'],
    ['Prices rose in 1988. That year, exports fell.', '1989-11-02', 'That year', '1988'],
    ['The plant opened in 1995 and closed the following year.', '1998-04-18', 'the following year', '1996'],
    ['The bid came in March 1989. The following month, it was withdrawn.', '1989-10-27', 'The following month', '1989-04'],
    ['He was shot on Oct. 23, 1998. Earlier that day, he had been at synagogue.', '1999-10-24', 'Earlier that day', '1998-10-23'],
    ['Sales peaked in the third quarter of 1987, and that quarter profit doubled.', '1989-10-27', 'that quarter', '1987-Q3'],
  ])('%j (ref %s)', (text, ref, mentionText, value) => {
    const m = datesOf(text, ref).dates.find((d) => d.text === mentionText);
    expect(m, JSON.stringify(datesOf(text, ref).dates)).toMatchObject({ type: 'DATE', value });
  });

  it.each([
    // no antecedent: no date
    ['"I will never forget that day," she said.'],
    // a day's antecedent must be in the same or the previous sentence
    ['Talks began on May 4, 2025. Both sides spoke. Many wept. Nobody left. That day ended late.'],
  ])('finds no anaphoric date in %j', (text) => {
    expect(datesOf(text, '2026-02-04').dates.filter((d) => d.rule.startsWith('date.anaphoric'))).toEqual([]);
  });

  it('leaves "the next year" to mean the year after the reference date', () => {
    expect(datesOf('Sales fell in 1987 but should rise in the next year.', '1989-11-02').dates.find((d) => /next year/.test(d.text))).toMatchObject({ value: '1990' });
  });
});

describe('seasons and weekends', () => {
  it.each([
    ['Prices rose this summer.', '1998-03-22', 'this summer', '1998-SU'],
    ['The plant closed last fall.', '1999-04-10', 'last fall', '1998-FA'],
    ['Talks resume in the spring of 2026.', '2025-12-01', 'spring of 2026', '2026-SP'],
    ['Fighting eased over the weekend.', '1998-02-23', 'the weekend', '1998-W08-WE'],
    ['They will meet next weekend.', '1998-02-23', 'next weekend', '1998-W09-WE'],
    ['Over the summer, competitors cut prices.', '1989-10-26', 'the summer', '1989-SU'],
    ['Turnout rose from the weak levels of the early summer.', '1989-10-26', 'the early summer', '1989-SU'],
    ['Snow fell through the winter.', '1998-02-10', 'the winter', '1997-WI'],
  ])('%j (ref %s)', (text, ref, mentionText, value) => {
    const m = datesOf(text, ref).dates.find((d) => d.text === mentionText);
    expect(m, JSON.stringify(datesOf(text, ref).dates)).toMatchObject({ type: 'DATE', value });
  });

  it.each([
    // a weekend has its Saturday and Sunday as its days, so a meeting over it is dated by them
    ['Fighting eased over the weekend.', '1998-02-23', '1998-02-21', '1998-02-22'],
    ['They will meet next weekend.', '1998-02-23', '1998-02-28', '1998-03-01'],
  ])('%j (ref %s) runs from %s to %s', (text, ref, start, end) => {
    expect(datesOf(text, ref).dates.find((d) => d.rule === 'date.weekend')?.range).toEqual({ start, end });
  });

  it('does not read "the summer heat" or "the fall of Saigon" as a time', () => {
    expect(datesOf('The summer heat was fierce.', '1998-03-22').dates).toEqual([]);
    expect(datesOf('He fled after the fall of Saigon; prices may fall in the fall of the empire.', '1998-03-22').dates).toEqual([]);
  });
});

describe('ranges whose ends are unlike', () => {
  it.each([
    // text, reference, the mentions expected (text=value), in order: a relative end with an absolute one,
    // a comma before "to", a possessive end are two dates; ends of one kind stay one range
    ['Holders may tender their shares from today through Dec. 1.', '1989-10-31', ['today=1989-10-31', 'Dec. 1=1989-12-01']],
    ['Revenue grew 4% this year through July.', '1989-10-31', ['this year=1989', 'July=1989-07']],
    ['Output is up 2% this year through Oct. 3.', '1989-10-31', ['this year=1989', 'Oct. 3=1989-10-03']],
    ['The lender will push its offer, meant to lapse last Friday, to Nov. 20.', '1989-10-31', ['last Friday=1989-10-27', 'Nov. 20=1989-11-20']],
    ['The fund bought 9,000 shares from Oct. 2 to Wednesday.', '1989-10-31', ['Oct. 2=1989-10-02', 'Wednesday=1989-10-25']],
    ['A revision on Monday to September\'s payroll count lifted the dollar.', '1989-10-31', ['Monday=1989-10-30', 'September=1989-09']],
    ['The shop will stay open from now until Christmas.', '1998-10-26', ['now=PRESENT_REF', 'Christmas=1998-12-25']],
  ])('%j (ref %s)', (text, ref, expected) => {
    const { dates } = datesOf(text, ref);
    expect(dates.map((d) => `${d.text}=${d.value}`)).toEqual(expected);
    for (const d of dates) expect(text.slice(d.start, d.end)).toBe(d.text);
  });
});

describe('a span of days written with two ends', () => {
  it.each([
    // text, reference, the two TIMEX3s (TimeML marks each end), the span the event layer joins them into
    ['The fair runs from Aug. 3 to Sept. 20.', '1989-07-01', ['Aug. 3=1989-08-03', 'Sept. 20=1989-09-20'], 'Aug. 3 to Sept. 20=1989-08-03/1989-09-20'],
    ['The envoys will meet from March 30 to April 2.', '1990-03-01', ['March 30=1990-03-30', 'April 2=1990-04-02'], 'March 30 to April 2=1990-03-30/1990-04-02'],
    ['Ballots are counted on May 6 and 7.', '1990-04-20', ['May 6=1990-05-06', '7=1990-05-07'], 'May 6 and 7=1990-05-06/1990-05-07'],
    ['Envoys met 11 and 12 June in Oslo.', '1990-06-20', ['11=1990-06-11', '12 June=1990-06-12'], '11 and 12 June=1990-06-11/1990-06-12'],
    // the year is settled on the whole span: one that wraps the new year ends in the next
    ['The fair will run from Dec. 29 through Jan. 3.', '1990-12-01', ['Dec. 29=1990-12-29', 'Jan. 3=1991-01-03'], 'Dec. 29 through Jan. 3=1990-12-29/1991-01-03'],
  ])('%j (ref %s)', (text, ref, ends, span) => {
    const { dates } = datesOf(text, ref);
    expect(dates.map((d) => `${d.text}=${d.value}`)).toEqual(ends);
    for (const d of dates) expect(text.slice(d.start, d.end)).toBe(d.text);
    expect(joinRangeHalves(dates, text).map((d) => `${d.text}=${d.value}`)).toEqual([span]);
  });

  it.each([
    // a dashed span across two months, day first, is one mention; a year at its end dates both ends
    ['The round was moved to 30 June-1 July.', '2025-06-14', '30 June-1 July=2025-06-30/2025-07-01'],
    ['The summit runs 28 February – 2 March 2026.', '2025-12-01', '28 February – 2 March 2026=2026-02-28/2026-03-02'],
    ['The forum met 30 December-2 January 2026.', '2026-01-10', '30 December-2 January 2026=2025-12-30/2026-01-02'],
  ])('%j (ref %s)', (text, ref, expected) => {
    expect(datesOf(text, ref).dates.map((d) => `${d.text}=${d.value}`)).toEqual([expected]);
  });

  it.each([
    // a span of weekdays keeps its last day, within a week of its first (reference: Wednesday 4 February 2026)
    ['The envoys will meet from Monday to Wednesday.', 'Monday to Wednesday=2026-02-09/2026-02-11'],
    ['The envoys met from Monday to Wednesday.', 'Monday to Wednesday=2026-02-02/2026-02-04'],
    ['The envoys met Friday through Monday.', 'Friday through Monday=2026-01-30/2026-02-02'],
  ])('%j', (text, expected) => {
    expect(datesOf(text, '2026-02-04').dates.map((d) => `${d.text}=${d.value}`)).toEqual([expected]);
  });

  it('keeps a hyphenated pair and two joined weekdays one mention', () => {
    expect(datesOf('Delegates met on 4-5 March.', '1990-03-20').dates.map((d) => d.text)).toEqual(['4-5 March']);
    expect(datesOf('Delegates met on Monday and Tuesday.', '1990-03-20').dates.map((d) => d.text)).toEqual(['Monday and Tuesday']);
  });
});

describe('"soon" as the future in general', () => {
  it.each([
    // text, the mentions expected: a modal or an infinitive before "soon", or "will" after it, looks ahead
    ['The refinery will soon double its output.', ['soon=FUTURE_REF']],
    ['Regulators may soon approve the merger.', ['soon=FUTURE_REF']],
    ['The chain soon will open stores abroad.', ['soon=FUTURE_REF']],
    ['The firm hopes to soon repay its lenders.', ['soon=FUTURE_REF']],
    ['"Give us the money as soon as possible," he said.', ['as soon as possible=FUTURE_REF']],
    // past narrative, a clause or a day after it: no reference to the future
    ['The trickle soon became a flood.', []],
    ['The driver was soon released.', []],
    ['The envoys may leave as soon as the ceasefire holds.', []],
    ['The crew should arrive soon after the storm.', []],
    ['Soon enough, it will rain.', []],
  ])('%j', (text, expected) => {
    expect(datesOf(text, '1989-10-30').dates.map((d) => `${d.text}=${d.value}`)).toEqual(expected);
  });
});

describe('reading only some sentences', () => {
  // The sentences with "meet"/"talks" are the ones read; each date there must be what reading everything gives.
  const meetingSentences = (text: string) => splitSentences(text).filter((s) => /\b(?:meet|met|talks)\b/.test(s.text));
  it.each([
    // reference, text, the dates expected in the meeting sentences (text=value)
    ['2026-02-04', 'Prices rose on Monday. The envoys met on Tuesday in Oslo. Markets closed on Friday.', ['Tuesday=2026-02-03']],
    // "that day" takes its value from a date in a sentence not read: the whole text is read.
    ['2026-02-04', 'A ceasefire was signed on 12 January. The envoys met that day in Oslo.', ['that day=2026-01-12']],
    // so does "a year earlier", from the last date before it
    ['2026-02-04', 'The accord was signed in March 2024. A year earlier, the envoys met in Oslo.', ['A year earlier=2023-03']],
    // without a reference date, a yearless day takes the year of the nearest dated mention
    [null, 'The accord was signed on 4 May 2019. The envoys met on May 9 in Oslo.', ['May 9=2019-05-09']],
    // a date running across a bare line break into a sentence not read
    ['2026-02-04', 'The envoys held talks on Friday,\nJanuary 30, in Oslo. Markets closed.', ['Friday,\nJanuary 30=2026-01-30']],
  ] as const)('(ref %s) %j', (ref, text, expected) => {
    const sentences = splitSentences(text);
    const only = meetingSentences(text);
    const part = findDates(text, sentences, ref, TODAY, { only }).dates;
    expect(part.map((d) => `${d.text}=${d.value}`)).toEqual(expected);
    const whole = findDates(text, sentences, ref, TODAY).dates;
    for (const d of part) expect(whole).toContainEqual(d);
  });
});

describe('a month, "the" and an ordinal day, as said aloud', () => {
  it.each([
    // text, reference, mention, value
    ['The envoys met on Saturday, February the first.', null, 'Saturday, February the first', '2025-02-01'],
    ['Talks resume on October the twenty-first, 2026.', null, 'October the twenty-first, 2026', '2026-10-21'],
    ['Talks resume on March the 3rd.', '2026-02-04', 'March the 3rd', '2026-03-03'],
    ['The round closed on June the thirtieth.', '2026-07-04', 'June the thirtieth', '2026-06-30'],
    ['Talks resume on Mar. the 3rd.', '2026-02-04', 'Mar. the 3rd', '2026-03-03'],
    // a dot after a full month's name ends its sentence: the next one's "The third" or "Last year" is no part of it
    ['The meeting was held in November. The third meeting will take place in Mogadishu.', '2026-02-04', 'November', '2025-11'],
    ['The envoys met in May. The first session was calm.', '2026-02-04', 'May', '2025-05'],
  ])('%s (ref %s)', (text, ref, mention, value) => {
    expect(datesOf(text, ref).dates.map((d) => [d.text, d.value])).toEqual([[mention, value]]);
  });

  it('reads no ordinal day across a sentence end', () => {
    expect(datesOf('The second meeting was held in Nairobi in November. The third meeting will take place in Mogadishu on March 3.', '2026-02-04').dates.map((d) => [d.text, d.value])).toEqual([['November', '2025-11'], ['March 3', '2026-03-03']]);
  });

  it('reads no month of a named year across a sentence end', () => {
    expect(datesOf('The envoys met in November. Last year they met twice.', '2026-02-04').dates.map((d) => [d.text, d.value])).toEqual([['November', '2025-11'], ['Last year', '2025']]);
  });

  it.each(['It may the first time be allowed.', 'February the thirty-second is no day.'])('reads no day in %j', (text) => {
    expect(datesOf(text, '2026-02-04').dates.filter((d) => d.granularity === 'day')).toEqual([]);
  });
});

describe('a year that has no four-digit ISO value', () => {
  it.each(['on Sunday, February 1 1BC', 'The city was founded in 1BC.'])('gives no value that is not four digits of year in %j', (text) => {
    expect(datesOf(text, null).dates.map((d) => d.value).filter((v) => !/^(?:\d{4}|XXXX)/.test(v) && /^\d/.test(v))).toEqual([]);
  });
});

describe('"on the" and a day of the month alone', () => {
  it.each([
    // text, reference, mention, value: that day of the month the clause's tense points to, else the nearer
    ['The envoys met in Arusha on the 2nd.', '2026-02-04', 'the 2nd', '2026-02-02'],
    ['The envoys will meet again on the 2nd.', '2026-02-04', 'the 2nd', '2026-03-02'],
    ['The envoys met on the 20th, officials said.', '2026-02-04', 'the 20th', '2026-01-20'],
    ['The envoys will meet on the 20th.', '2026-02-04', 'the 20th', '2026-02-20'],
  ])('%s (ref %s)', (text, ref, mention, value) => {
    expect(datesOf(text, ref).dates.map((d) => [d.text, d.value])).toEqual([[mention, value]]);
  });

  it.each(['They met on the 20th anniversary of the treaty.', 'Talks ended on the second day.', 'The office is on the 2nd floor.'])('reads no day in %j', (text) => {
    expect(datesOf(text, '2026-02-04').dates.filter((d) => d.granularity === 'day')).toEqual([]);
  });
});

describe('"May" alone after a word that makes it the month', () => {
  it.each([
    ['The next round is scheduled for May in Vienna.', '2026-10-01', '2027-05'],
    ['The talks were postponed until May.', '2026-10-01', '2027-05'],
    ['A deal is expected by May, officials said.', '2026-10-01', '2027-05'],
    ['The envoys have not met since May.', '2026-10-01', '2026-05'],
  ])('%s (ref %s)', (text, ref, value) => {
    expect(datesOf(text, ref).dates.map((d) => [d.text, d.value])).toEqual([['May', value]]);
  });

  it.each(['Talks may resume, and May be damned.', 'The envoys said they may meet.', 'Theresa May met the envoys.'])('reads no month in %j', (text) => {
    expect(datesOf(text, '2026-10-01').dates).toEqual([]);
  });

  it("finds chrono's filter of unlikely results, which it lets the month through", () => {
    datesOf('Talks were postponed until May.', '2026-10-01');
    expect(monthMayFilterFound).toBe(true);
  });
});

describe('a weekday, "the" and a day of the month', () => {
  it.each([
    // text, reference, mention, value: the day of that number on that weekday nearest the reference
    ['We have pencilled in Tuesday the 10th for the fourth round.', '2026-11-02', 'Tuesday the 10th', '2026-11-10'],
    ['The envoys met on Friday the twenty-third.', '2026-11-02', 'Friday the twenty-third', '2026-10-23'],
    ['They meet again on Monday the 1st.', '2026-05-20', 'Monday the 1st', '2026-06-01'],
    // without a reference date the day is unknown, as "last Tuesday" is
    ['We have pencilled in Tuesday the 10th for the fourth round.', null, 'Tuesday the 10th', 'XXXX-XX-XX'],
  ])('%s (ref %s)', (text, ref, mention, value) => {
    expect(datesOf(text, ref).dates.map((d) => [d.text, d.value])).toEqual([[mention, value]]);
  });

  it.each([
    // no such weekday on that day within three months of the reference
    ['It will be Tuesday the 31st.', '2026-11-02'],
    ['Tuesday the 40th is no day.', '2026-11-02'],
  ])('reads no day of the month in %j', (text, ref) => {
    expect(datesOf(text, ref).dates.filter((d) => /\bthe\b/.test(d.text))).toEqual([]);
  });
});
