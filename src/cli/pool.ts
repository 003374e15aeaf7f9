// --jobs N: articles on N threads, the main thread and N - 1 workers. Each thread formats its articles to
// their final text, so only strings cross between threads (a structured clone of a whole Result costs about as
// much as extracting it) and the main thread has little else to do; the caller awaits the texts in input
// order, so the output is the same for any N.
//
// A worker takes about a second to load chrono-node and the data, so workers start only with the second
// article. The main thread extracts when it would otherwise wait (helpOne): whenever the caller has read as
// far ahead as it may, or has read everything, and the article it must write next is not done, it takes the
// oldest article no worker has taken, one at a time, so that workers are fed and output written in between.
// So a small batch never waits for workers, and a large one loses no time while they load.
// A worker that dies fails only the articles it had; another takes its place.
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import type { Worker } from 'node:worker_threads';
import { taskRunner, type Done, type RunConfig, type Task } from './task.js';

/**
 * Text a worker holds at a time (at least one article): enough queued that it does not idle while the main
 * thread is busy with a long article of its own, however short its own articles are. (Four articles at a time
 * left a worker idle a quarter of the time once most articles took a fraction of a millisecond.)
 */
const HELD_CHARS = 65_536;
const HELD_ARTICLES = 256;

// node:worker_threads (with Node's worker internals, a few milliseconds) loads with the first worker: a run of
// one article never starts one.
const workerThreads = () => createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads');

/**
 * V8's flag for a pool with an extraction thread on every core, or null. V8 optimizes a function once it has
 * run enough bytecode (its interrupt budget, 67,584 by default) and compiles it on background threads. Over an
 * archive those threads never go quiet: lukewarm functions keep crossing the line, each compiled with much
 * inlined (up to half a second for the largest), which on TBAQ cost about 0.5 s of compiling for every 1 s of
 * extracting. With a core to spare that is free; with every core extracting it is taken from them. Eight
 * times the budget leaves lukewarm functions to the interpreter: background compiling fell to about a tenth of
 * the extracting, and --jobs 2 on two cores ran about a fifth faster. (One thread with a core to spare keeps
 * V8's default: the larger budget made it 4–9 % slower.)
 */
export function tierUpFlags(jobs: number, cores: number): string | null {
  return jobs >= cores ? '--interrupt-budget=540672' : null;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  tasks: Map<number, (d: Done) => void>;
  /** Characters of text it holds. */
  held: number;
  /** Settles when the worker is ready or has died. */
  loaded: Promise<void>;
}

export class ExtractPool {
  private slots: Slot[] = [];
  private queue: { task: Task; resolve: (d: Done) => void }[] = [];
  private nextId = 0;
  private inMain: ((t: Task) => Done) | null = null;
  private started = false;
  private closed = false;
  /** How many articles each side has done. */
  readonly done = { main: 0, workers: 0 };

  constructor(private readonly jobs: number, private readonly config: RunConfig) {}

  /** Runs one article; resolves to its text or its error. */
  run(article: Omit<Task, 'id'>): Promise<Done> {
    const task = { ...article, id: this.nextId++ };
    // One article never needs a worker; from the second on, workers start loading.
    if (task.id === 1) this.startAll();
    return new Promise((resolve) => {
      this.queue.push({ task, resolve });
      this.schedule();
    });
  }

  /** Starts the workers now, not with the second article, and resolves once each has loaded (for tests and benchmarks). */
  async warmUp(): Promise<void> {
    this.startAll();
    await Promise.all(this.slots.map((s) => s.loaded));
  }

  /** Resolves when every worker has stopped. */
  async close(): Promise<void> {
    this.closed = true;
    const slots = this.slots;
    this.slots = [];
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }

  /**
   * The main thread's share, for when it would otherwise wait: runs the oldest article no worker has taken,
   * if there is one. Returns whether it ran one (then the caller should let the event loop turn).
   */
  helpOne(): boolean {
    this.schedule();
    const next = this.queue.shift();
    if (!next) return false;
    this.inMain ??= taskRunner(this.config);
    next.resolve(this.inMain(next.task));
    this.done.main++;
    return true;
  }

  /** Gives queued articles to ready workers, the least busy first; the rest wait for a worker or helpOne(). */
  private schedule(): void {
    while (this.queue.length) {
      let best: Slot | null = null;
      for (const s of this.slots) if (s.ready && (s.tasks.size === 0 || (s.held < HELD_CHARS && s.tasks.size < HELD_ARTICLES)) && (!best || s.held < best.held)) best = s;
      if (!best) break;
      const slot = best;
      const { task, resolve } = this.queue.shift()!;
      slot.held += task.text.length;
      slot.tasks.set(task.id, (d) => { slot.held -= task.text.length; resolve(d); });
      slot.worker.postMessage(task);
    }
  }

  private startAll(): void {
    if (this.started || this.closed) return;
    this.started = true;
    // Process-wide: the workers start with it, and the main thread's functions take it at their next check.
    const flags = tierUpFlags(this.jobs, availableParallelism());
    if (flags) setFlagsFromString(flags);
    for (let i = 1; i < this.jobs; i++) this.start();
  }

  private start(): void {
    const worker = new (workerThreads().Worker)(new URL('./worker.js', import.meta.url), { workerData: this.config });
    let loaded = () => {};
    const slot: Slot = { worker, ready: false, tasks: new Map(), held: 0, loaded: new Promise((resolve) => { loaded = resolve; }) };
    let wasReady = false;
    worker.on('message', (m: Done | { ready: true }) => {
      if ('ready' in m) { slot.ready = wasReady = true; loaded(); this.schedule(); return; }
      const resolve = slot.tasks.get(m.id);
      slot.tasks.delete(m.id);
      this.done.workers++;
      resolve?.(m);
      this.schedule();
    });
    let failed = false;
    const fail = (reason: string) => {
      loaded();
      if (failed || this.closed) return;
      failed = true;
      this.slots = this.slots.filter((s) => s !== slot);
      for (const [id, resolve] of slot.tasks) resolve({ id, error: `worker stopped: ${reason}` });
      slot.tasks.clear();
      // A worker that cannot even load (a broken install) is not replaced: the main thread does the work.
      if (wasReady) this.start();
      this.schedule();
    };
    worker.on('error', (e) => fail(e.message));
    worker.on('exit', (code) => fail(`exit code ${code}`));
    this.slots.push(slot);
  }
}
