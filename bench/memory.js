'use strict';
// Memory cost of idle workers, from the process's resident set size (RSS):
//   rss_per_worker_mb        start MEM_N (20) idle workers (each keeps a 'message' listener so it stays
//                            alive), let them settle, then (RSS with them - RSS before) / MEM_N.
//   not_returned_per_worker_mb  terminate them all, settle again, then (RSS after - RSS before) / MEM_N:
//                            memory the process keeps after the threads are gone (allocator caches, leaks).
// One worker is started and terminated before the baseline is taken, so one-time costs of the worker
// machinery in the main thread are not charged to the measured workers.
// GC is forced where the runtime allows it (both need --expose-gc, which compare.js passes to both; without
// it globalThis.gc is undefined and nothing is forced), so garbage does not count as cost.
// Env: MEM_N (20), MEM_SETTLE_MS (300)
const { envNum, round, startWorker, nextMessage, emit, main } = require('./common');

const N = envNum('MEM_N', 20);
const SETTLE_MS = envNum('MEM_SETTLE_MS', 300);
const MiB = 1024 * 1024;
const SRC = `
const { parentPort } = require('worker_threads');
parentPort.on('message', (m) => {
  if (m === 'gc' && typeof gc === 'function') gc();
  parentPort.postMessage(m);
});
parentPort.postMessage('ready');`;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const rss = () => process.memoryUsage().rss;
const canGc = typeof globalThis.gc === 'function';
function gcMain() { if (canGc) { globalThis.gc(); globalThis.gc(); } }

async function settle() {
  await sleep(SETTLE_MS);
  gcMain();
}

main(async () => {
  const warm = await startWorker(SRC);
  await warm.terminate();
  await settle();
  const before = rss();

  const workers = await Promise.all(Array.from({ length: N }, () => startWorker(SRC)));
  await sleep(SETTLE_MS);
  // Ask each worker to collect its own garbage (start-up garbage is not a steady-state cost).
  for (const w of workers) { w.postMessage('gc'); await nextMessage(w); }
  gcMain();
  await sleep(50);
  const withWorkers = rss();

  await Promise.all(workers.map((w) => w.terminate()));
  await settle();
  const after = rss();

  emit('memory', {
    rss_per_worker_mb: round((withWorkers - before) / N / MiB),
    not_returned_per_worker_mb: round((after - before) / N / MiB),
  }, { n: N, gc_forced: canGc, rss_before_mb: round(before / MiB), rss_with_workers_mb: round(withWorkers / MiB),
    rss_after_terminate_mb: round(after / MiB) });
});
