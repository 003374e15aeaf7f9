// --jobs N: articles on N threads, the main thread and N - 1 workers. Each thread formats its articles to
// their final text, so only strings cross between threads (a structured clone of a whole Result costs about as
// much as extracting it) and the main thread has little else to do; the caller awaits the texts in input
// order, so the output is the same for any N.
//
// A worker takes about a second to load chrono-node and the data, so workers start only with the second
// article, and until one is ready the main thread does every article itself: a small batch never waits for
// workers, and a large one loses no time while they load. After that the main thread takes an article only
// when every worker has its fill, and one at a time, so that reading and writing go on between articles.
// A worker that dies fails only the articles it had; another takes its place.
import { Worker } from 'node:worker_threads';
import { taskRunner, type Done, type RunConfig, type Task } from './task.js';

/** Articles a worker holds at a time: one to work on and one waiting, so it never idles between them. */
const PER_WORKER = 2;

interface Slot {
  worker: Worker;
  ready: boolean;
  tasks: Map<number, (d: Done) => void>;
}

export class ExtractPool {
  private slots: Slot[] = [];
  private queue: { task: Task; resolve: (d: Done) => void }[] = [];
  private nextId = 0;
  private inMain: ((t: Task) => Done) | null = null;
  private mainTurn: NodeJS.Immediate | null = null;
  private closed = false;

  constructor(private readonly jobs: number, private readonly config: RunConfig) {}

  /** Runs one article; resolves to its text or its error. */
  run(article: Omit<Task, 'id'>): Promise<Done> {
    const task = { ...article, id: this.nextId++ };
    // One article never needs a worker; from the second on, workers start loading.
    if (task.id === 1) for (let i = 1; i < this.jobs; i++) this.start();
    return new Promise((resolve) => {
      this.queue.push({ task, resolve });
      this.schedule();
    });
  }

  /** Resolves when every worker has stopped. */
  async close(): Promise<void> {
    this.closed = true;
    if (this.mainTurn) clearImmediate(this.mainTurn);
    const slots = this.slots;
    this.slots = [];
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }

  /** Gives queued articles to ready workers, the least busy first; what is left waits for the main thread's turn. */
  private schedule(): void {
    while (this.queue.length) {
      let best: Slot | null = null;
      for (const s of this.slots) if (s.ready && s.tasks.size < PER_WORKER && (!best || s.tasks.size < best.tasks.size)) best = s;
      if (!best) break;
      const { task, resolve } = this.queue.shift()!;
      best.tasks.set(task.id, resolve);
      best.worker.postMessage(task);
    }
    if (this.queue.length && !this.mainTurn) this.mainTurn = setImmediate(() => this.takeOne());
  }

  /** The main thread's turn: the oldest waiting article, then back to the event loop. */
  private takeOne(): void {
    this.mainTurn = null;
    const next = this.queue.shift();
    if (!next) return;
    this.inMain ??= taskRunner(this.config);
    next.resolve(this.inMain(next.task));
    this.schedule();
  }

  private start(): void {
    const worker = new Worker(new URL('./worker.js', import.meta.url), { workerData: this.config });
    const slot: Slot = { worker, ready: false, tasks: new Map() };
    let wasReady = false;
    worker.on('message', (m: Done | { ready: true }) => {
      if ('ready' in m) { slot.ready = wasReady = true; this.schedule(); return; }
      const resolve = slot.tasks.get(m.id);
      slot.tasks.delete(m.id);
      resolve?.(m);
      this.schedule();
    });
    let failed = false;
    const fail = (reason: string) => {
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
