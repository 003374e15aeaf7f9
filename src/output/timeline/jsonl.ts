// `parley timeline --format jsonl`: one meeting a line, each with its claims, so `--from` can merge it again.
import type { Timeline } from '../../timeline/types.js';

export const timelineJsonl = (t: Timeline): string => t.meetings.map((m) => `${JSON.stringify(m)}\n`).join('');
