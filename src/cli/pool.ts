// --jobs N: extract() on N worker threads. Results come back in any order; the caller awaits them in input
// order, so the output is the same as with --jobs 1. Each worker loads chrono-node, compromise and the data
// (about a second), so a small batch stays in the main thread: workers start after the first articles.
import { Worker } from 'node:worker_threads';
import { extract } from '../pipeline.js';
import type { ExtractOptions, Result } from '../types.js';
import { reasonOf } from './inputs.js';

/** Articles done in the main thread before workers pay off. */
const IN_MAIN_THREAD = 16;

type Outcome = { result: Omit<Result, 'file' | 'id'> } | { error: string };

export class ExtractPool {
  private workers: Worker[] = [];
  private idle: Worker[] = [];
  private queue: { id: number; text: string; options: ExtractOptions }[] = [];
  private waiting = new Map<number, (o: Outcome) => void>();
  private nextId = 0;
  private seen = 0;

  constructor(private readonly jobs: number) {}

  run(text: string, options: ExtractOptions): Promise<Outcome> {
    this.seen++;
    if (this.jobs <= 1 || this.seen <= IN_MAIN_THREAD) {
      try { return Promise.resolve({ result: extract(text, options) }); } catch (e) { return Promise.resolve({ error: reasonOf(e) }); }
    }
    if (!this.workers.length) this.start();
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.waiting.set(id, resolve);
      this.queue.push({ id, text, options });
      this.dispatch();
    });
  }

  /** Resolves when every worker has stopped. */
  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
    this.workers = [];
  }

  private start(): void {
    for (let i = 0; i < this.jobs; i++) {
      const w = new Worker(new URL('./worker.js', import.meta.url));
      w.on('message', (m: { id: number } & Outcome) => {
        const resolve = this.waiting.get(m.id);
        this.waiting.delete(m.id);
        resolve?.('result' in m ? { result: m.result } : { error: m.error });
        this.idle.push(w);
        this.dispatch();
      });
      w.on('error', (e) => {
        // A worker that dies fails what it was doing; the others go on.
        for (const [id, resolve] of this.waiting) { resolve({ error: `worker failed: ${e.message}` }); this.waiting.delete(id); }
      });
      this.workers.push(w);
      this.idle.push(w);
    }
  }

  private dispatch(): void {
    while (this.idle.length && this.queue.length) this.idle.shift()!.postMessage(this.queue.shift());
  }
}
