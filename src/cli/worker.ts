// A worker thread for --jobs: runs the tasks the main thread sends, one at a time, and sends back each
// article's final text. The run's configuration (output format, gazetteer, today) comes once, as workerData,
// so a user gazetteer is built once per worker, not once per article.
import { parentPort, workerData } from 'node:worker_threads';
import { taskRunner, type RunConfig, type Task } from './task.js';

const run = taskRunner(workerData as RunConfig);
// Load the data, chrono-node and the rest before saying ready, so that no article waits on a loading worker
// (the main thread does them meanwhile). The warm-up's result is thrown away.
run({ id: -1, label: '-', labelKey: 'file', text: 'Russian and Ukrainian negotiators will meet in Geneva on May 5, 2025, the ministry said.', date: '2025-05-01', warnings: [] });
parentPort!.on('message', (task: Task) => parentPort!.postMessage(run(task)));
parentPort!.postMessage({ ready: true });
