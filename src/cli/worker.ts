// A worker thread for --jobs: runs extract() on the articles the main thread sends, one at a time.
import { parentPort } from 'node:worker_threads';
import { extract } from '../pipeline.js';
import type { ExtractOptions } from '../types.js';
import { reasonOf } from './inputs.js';

parentPort!.on('message', (task: { id: number; text: string; options: ExtractOptions }) => {
  try {
    parentPort!.postMessage({ id: task.id, result: extract(task.text, task.options) });
  } catch (e) {
    parentPort!.postMessage({ id: task.id, error: reasonOf(e) });
  }
});
