// `parley timeline --format json`: the whole timeline as one JSON document (schema/timeline.schema.json).
import type { Timeline } from '../../timeline/types.js';

export const timelineJson = (t: Timeline): string => `${JSON.stringify(t, null, 2)}\n`;
