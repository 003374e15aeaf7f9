import type { Timeline } from '../../timeline/types.js';
import { timelineCsv } from './csv.js';
import { timelineJson } from './json.js';
import { timelineJsonl } from './jsonl.js';
import { timelineMarkdown } from './markdown.js';
import { timelineTable } from './table.js';

export type TimelineFormat = 'table' | 'json' | 'jsonl' | 'csv' | 'md';
export const TIMELINE_FORMATS: TimelineFormat[] = ['table', 'json', 'jsonl', 'csv', 'md'];

export function formatTimeline(t: Timeline, format: TimelineFormat, width: number): string {
  switch (format) {
    case 'json': return timelineJson(t);
    case 'jsonl': return timelineJsonl(t);
    case 'csv': return timelineCsv(t);
    case 'md': return timelineMarkdown(t);
    case 'table': return timelineTable(t, width);
  }
}
