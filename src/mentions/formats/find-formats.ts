// Format mentions: bilateral, trilateral, quadrilateral, multilateral, and direct or indirect talks.
import type { Format, FormatMention } from '../../types.js';
import { cuesIn, findAll, loadCues } from '../../gazetteer/load.js';

/** How far before a format word its denial may stand ("not a formal bilateral"). */
const DENIAL_WINDOW = 40;

export function findFormats(text: string): FormatMention[] {
  const cues = loadCues();
  const out: FormatMention[] = [];
  // "There was no bilateral meeting": a denied format or mode is no meeting's.
  const denied = (start: number) => cues.deniedFormat.before!.test(text.slice(Math.max(0, start - DENIAL_WINDOW), start));
  for (const cue of cuesIn(text, cues.formats)) {
    for (const m of findAll(cue.pattern!, text)) {
      if (denied(m.start)) continue;
      const format = cue.extra.sidesSum ? formatOfSum(Number(m.match[1]), Number(m.match[2])) : cue.extra.format!;
      if (format) out.push({ start: m.start, end: m.end, text: m.match[0], rule: cue.id, format, mode: null });
    }
  }
  for (const cue of cuesIn(text, cues.modes)) {
    for (const m of findAll(cue.pattern!, text)) if (!denied(m.start)) out.push({ start: m.start, end: m.end, text: m.match[0], rule: cue.id, format: null, mode: cue.extra.mode });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** "5+2": seven sides, multilateral; "2+1": trilateral. Equal terms ("1+1", "5+5") count people a side: no format. */
function formatOfSum(a: number, b: number): Format | null {
  if (a === b) return null;
  const sides = a + b;
  return sides >= 5 ? 'multilateral' : sides === 4 ? 'quadrilateral' : sides === 3 ? 'trilateral' : null;
}
