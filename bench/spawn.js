'use strict';
// Worker start-up latency. Two metrics:
//   first_message_ms   one `new Worker()` at a time: time from the constructor call until the worker's first
//                      message arrives on the main thread (median of SPAWN_N spawns). The next spawn starts
//                      only after the previous worker has exited, so spawns never overlap.
//   parallel8_all_ms   SPAWN_PAR workers (8) constructed back to back: time until all of them have posted
//                      (median of SPAWN_PAR_REPS rounds). This shows whether start-up serialises on a lock.
// The worker script only posts one message and then falls off the end, i.e. the cheapest possible worker.
// Env: SPAWN_N (30), SPAWN_WARMUP (3), SPAWN_PAR (8), SPAWN_PAR_REPS (5)
const { Worker } = require('worker_threads');
const { now, envNum, median, round, emit, main } = require('./common');

const N = envNum('SPAWN_N', 30);
const WARMUP = envNum('SPAWN_WARMUP', 3);
const PAR = envNum('SPAWN_PAR', 8);
const PAR_REPS = envNum('SPAWN_PAR_REPS', 5);
const SRC = "require('worker_threads').parentPort.postMessage(1);";

// One spawn; resolves after 'exit' so the caller can start the next one on a quiet process.
function spawnOnce() {
  return new Promise((resolve, reject) => {
    let firstMsg = NaN, online = NaN;
    const t0 = now();
    const w = new Worker(SRC, { eval: true });
    // 'online' (the thread is running, before the script) splits start-up into thread+engine vs script.
    w.once('online', () => { online = now() - t0; });
    w.once('message', () => { firstMsg = now() - t0; });
    w.once('error', reject);
    w.once('exit', () => {
      if (firstMsg !== firstMsg) reject(new Error('worker exited without posting'));
      else resolve({ firstMsg, online });
    });
  });
}

function spawnMany(k) {
  return new Promise((resolve, reject) => {
    let posted = 0, exited = 0, allPosted = NaN;
    const t0 = now();
    for (let i = 0; i < k; i++) {
      const w = new Worker(SRC, { eval: true });
      w.once('message', () => { if (++posted === k) allPosted = now() - t0; });
      w.once('error', reject);
      // Wait for every exit before resolving so the next round starts with no threads left over.
      w.once('exit', () => {
        if (++exited < k) return;
        if (allPosted !== allPosted) reject(new Error('not every worker posted'));
        else resolve(allPosted);
      });
    }
  });
}

main(async () => {
  // Warm-up: the first spawn pays for loading worker machinery in the main thread; that is a one-off. Its time
  // is reported (extra.first_spawn_in_process_ms) because it is also the only spawn that cannot reuse a
  // thread another worker left behind.
  let coldest = NaN;
  for (let i = 0; i < WARMUP; i++) {
    const r = await spawnOnce();
    if (i === 0) coldest = r.firstMsg;
  }
  const seq = [], onl = [];
  for (let i = 0; i < N; i++) {
    const r = await spawnOnce();
    seq.push(r.firstMsg);
    onl.push(r.online);
  }
  const par = [];
  for (let i = 0; i < PAR_REPS; i++) par.push(await spawnMany(PAR));
  emit('spawn', {
    first_message_ms: round(median(seq)),
    parallel8_all_ms: round(median(par)),
  }, { n: N, par: PAR, par_reps: PAR_REPS, online_ms: round(median(onl)), first_message_min_ms: round(Math.min(...seq)),
    first_message_max_ms: round(Math.max(...seq)), first_spawn_in_process_ms: round(coldest) });
});
