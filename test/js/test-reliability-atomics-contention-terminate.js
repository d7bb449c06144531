// Checks many threads contending on one SharedArrayBuffer with Atomics.add/wait/notify while half of them are
// terminated midway (some of them blocked in Atomics.wait): the terminated ones stop, the survivors finish
// with exact per-thread counts, the shared total matches the per-thread counts, and the process ends cleanly.
'use strict';
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const scale = Number(process.env.LOOM_STRESS_SCALE || 1);
const THREADS = 8;
const ITERATIONS = Math.max(2000, Math.round(100000 * scale));
// Layout (Int32 slots): 0 = shared total, 1 = gate (bumped and notified), 2 = started count,
// 3 + i = iterations done by thread i.
const TOTAL = 0;
const GATE = 1;
const STARTED = 2;
const shared = new Int32Array(new SharedArrayBuffer(4 * (3 + THREADS)));

const source = `
  const { workerData: { sab, index, iterations, victim }, parentPort } = require('worker_threads');
  const ia = new Int32Array(sab);
  Atomics.add(ia, ${STARTED}, 1);
  for (let k = 0; k < iterations; k++) {
    // Own counter first, total second: a thread killed between the two leaves its counter one ahead.
    Atomics.add(ia, 3 + index, 1);
    Atomics.add(ia, ${TOTAL}, 1);
    if (k % 256 === 0) {
      // Contend on the gate: wake everyone, then wait briefly for someone else to move it.
      const seen = Atomics.add(ia, ${GATE}, 1) + 1;
      Atomics.notify(ia, ${GATE});
      Atomics.wait(ia, ${GATE}, seen, 1);
    }
  }
  // Victims that finish their loop before being terminated block until they are.
  if (victim) for (;;) Atomics.wait(ia, ${GATE}, Atomics.load(ia, ${GATE}));
  parentPort.postMessage(Atomics.load(ia, 3 + index));
`;

const workers = [];
for (let i = 0; i < THREADS; i++) {
  const victim = i % 2 === 1;
  const w = new Worker(source, {
    eval: true, workerData: { sab: shared.buffer, index: i, iterations: ITERATIONS, victim },
  });
  w.victim = victim;
  w.exited = new Promise((resolve) => w.once('exit', resolve));  // a survivor may finish early
  w.on('error', common.mustNotCall());
  w.on('message', common.mustCall((n) => assert.strictEqual(n, ITERATIONS), victim ? 0 : 1));
  workers.push(w);
}

// Terminate the victims once every thread is running and the counters are moving.
const poll = setInterval(() => {
  if (Atomics.load(shared, STARTED) < THREADS || Atomics.load(shared, TOTAL) < ITERATIONS) return;
  clearInterval(poll);
  Promise.all(workers.map((w) => (w.victim ? w.terminate() : w.exited)))
    .then(common.mustCall((codes) => {
      workers.forEach((w, i) => assert.strictEqual(codes[i], w.victim ? 1 : 0, `thread ${i}`));
      let sum = 0;
      let killed = 0;
      for (let i = 0; i < THREADS; i++) {
        const done = Atomics.load(shared, 3 + i);
        sum += done;
        if (workers[i].victim) {
          assert.ok(done <= ITERATIONS, `thread ${i}`);
          killed++;
        } else {
          assert.strictEqual(done, ITERATIONS, `survivor ${i}`);
        }
      }
      // Each killed thread may have been stopped between its two adds.
      const total = Atomics.load(shared, TOTAL);
      assert.ok(sum - total >= 0 && sum - total <= killed, `sum ${sum} total ${total}`);
      // Nothing moves any more: every thread is gone.
      const snapshot = Array.from(shared);
      setTimeout(common.mustCall(() => assert.deepStrictEqual(Array.from(shared), snapshot)), 50);
    }));
}, 1);
