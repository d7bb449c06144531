'use strict';
// CPU-bound work spread over workers: CPU_TASKS independent tasks, each a naive recursive fib(CPU_FIB),
// handed out dynamically (a worker gets the next task when it returns one). Workers are started and their
// JIT warmed (one smaller fib each) before the clock starts, so only the computing is timed.
//   one_worker_ms   all tasks on 1 worker: how fast the engine itself runs this code (engine-bound)
//   two_workers_ms  the same tasks on 2 workers
//   speedup_2v1     one_worker_ms / two_workers_ms; 2.0 is perfect scaling (needs 2 idle cores)
// Each figure is the median of CPU_REPS repetitions, each with freshly started workers.
// Env: CPU_FIB (32), CPU_TASKS (8; keep it even so 2 workers can split it evenly), CPU_REPS (3)
const { now, envNum, median, round, startWorker, emit, main } = require('./common');

const FIB = envNum('CPU_FIB', 32);
const TASKS = envNum('CPU_TASKS', 8);
const REPS = envNum('CPU_REPS', 3);
const SRC = `
const { parentPort } = require('worker_threads');
function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
parentPort.on('message', (n) => parentPort.postMessage(fib(n)));
parentPort.postMessage('ready');`;
function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

// Hand out `tasks` fib(n) jobs over `workers`; resolve with the sum of the results.
function runTasks(workers, tasks, n) {
  return new Promise((resolve) => {
    let handed = 0, finished = 0, sum = 0;
    const give = (w) => { if (handed < tasks) { handed++; w.postMessage(n); } };
    const listeners = workers.map((w) => {
      const onResult = (v) => {
        sum += v;
        if (++finished === tasks) {
          workers.forEach((x, i) => x.off('message', listeners[i]));
          resolve(sum);
        } else give(w);
      };
      w.on('message', onResult);
      return onResult;
    });
    workers.forEach(give);
  });
}

async function timeWith(k, expected) {
  const times = [];
  for (let r = 0; r < REPS; r++) {
    const workers = await Promise.all(Array.from({ length: k }, () => startWorker(SRC)));
    await runTasks(workers, k, Math.max(2, FIB - 5)); // JIT warm-up, one small task per worker
    const t = now();
    const sum = await runTasks(workers, TASKS, FIB);
    times.push(now() - t);
    if (sum !== expected) throw new Error(`wrong sum ${sum}, expected ${expected}`);
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return { median: median(times), best: Math.min(...times) };
}

main(async () => {
  const expected = fib(FIB) * TASKS; // computed once here; also checks the main thread can run it
  const one = await timeWith(1, expected);
  const two = await timeWith(2, expected);
  emit('cpu', {
    one_worker_ms: round(one.median, 1),
    two_workers_ms: round(two.median, 1),
    speedup_2v1: round(one.median / two.median, 3),
  }, {
    fib: FIB, tasks: TASKS, reps: REPS,
    // From the fastest repetition of each: less disturbed by other processes on a shared machine.
    speedup_2v1_best: round(one.best / two.best, 3),
  });
});
