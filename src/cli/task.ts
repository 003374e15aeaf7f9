// One article's work, the same in the main thread and in a worker: extract(), then the article's final text
// (its formatted result, or for the timeline its events as JSON), so that only strings cross between threads
// and the main thread has nothing left to do but write them in input order.
import chalk, { type ChalkInstance } from 'chalk';
import { extract } from '../pipeline.js';
import type { UserGazetteer } from '../gazetteer/load.js';
import type { Result } from '../types.js';
import { formatterFor, type FormatName, type Formatter } from '../output/index.js';
import { reasonOf } from './reason.js';

/** What every article of a run shares; sent to each worker once. */
export interface RunConfig {
  /** 'format': the result's text in this output format; 'timeline': {file|id, events} as JSON. */
  output: { kind: 'format'; format: FormatName; width: number; explain: boolean; colour: ChalkInstance['level'] } | { kind: 'timeline' };
  refDate: string | null;
  today: string;
  gazetteer?: UserGazetteer;
  /** Whose mentions are listed (ExtractOptions.mentions). */
  mentions: 'meetings' | 'all';
}

/** One article to process. */
export interface Task {
  id: number;
  label: string;
  labelKey: 'file' | 'id';
  text: string;
  /** A record's own date (authoritative), or null. */
  date: string | null;
  /** Input-level warnings (empty input, undecodable bytes), kept in the result. */
  warnings: string[];
}

export type Done = { id: number; text: string } | { id: number; error: string };

/** Returns a function that runs tasks under one run's configuration. */
export function taskRunner(config: RunConfig): (task: Task) => Done {
  const formatter: Formatter | null = config.output.kind === 'format' ? formatterFor(config.output.format, config.output) : null;
  if (config.output.kind === 'format') chalk.level = config.output.colour;
  return (task) => {
    let result: Result;
    try {
      const r = extract(task.text, {
        referenceDate: task.date ?? config.refDate,
        referenceSource: task.date ? 'record' : 'option',
        today: config.today,
        gazetteer: config.gazetteer,
        mentions: config.mentions,
      });
      const head = task.labelKey === 'id' ? { id: task.label } : { file: task.label };
      result = { ...head, ...r, warnings: [...task.warnings, ...r.warnings] };
    } catch (e) {
      return { id: task.id, error: reasonOf(e) };
    }
    // The timeline reads only the source and its events.
    const text = formatter ? formatter.write(result) : JSON.stringify({ [task.labelKey]: task.label, events: result.events });
    return { id: task.id, text };
  };
}
