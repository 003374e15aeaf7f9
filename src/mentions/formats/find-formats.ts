// Format mentions: bilateral, trilateral, quadrilateral, multilateral, and direct or indirect talks.
import type { FormatMention } from '../../types.js';
import { cuesIn, findAll, loadCues } from '../../gazetteer/load.js';

export function findFormats(text: string): FormatMention[] {
  const cues = loadCues();
  const out: FormatMention[] = [];
  for (const cue of cuesIn(text, cues.formats)) {
    for (const m of findAll(cue.pattern!, text)) out.push({ start: m.start, end: m.end, text: m.match[0], rule: cue.id, format: cue.extra.format, mode: null });
  }
  for (const cue of cuesIn(text, cues.modes)) {
    for (const m of findAll(cue.pattern!, text)) out.push({ start: m.start, end: m.end, text: m.match[0], rule: cue.id, format: null, mode: cue.extra.mode });
  }
  return out.sort((a, b) => a.start - b.start);
}
