// Checks that a chain of workers nested 5 deep (the deepest spinning in a busy loop, the others idle with
// timers) is torn down from the top by terminate(): the promise resolves with 1, every level stops (its
// heartbeat counter freezes), and the process exits. Also tears a chain down while it is still starting.
'use strict';
const common = require('../common');
const assert = require('assert');
const path = require('path');
const { Worker } = require('worker_threads');

const DEPTH = 5;
const file = path.join(__dirname, '..', 'fixtures', 'reliability', 'nested-chain.js');

function startChain() {
  const sab = new SharedArrayBuffer(4 * (DEPTH + 1));
  const worker = new Worker(file, { workerData: { depth: 1, max: DEPTH, sab } });
  worker.on('error', common.mustNotCall());
  worker.on('exit', common.mustCall((code) => assert.strictEqual(code, 1)));
  return { worker, beats: new Int32Array(sab) };
}

// Polls until every level has beaten since the previous look (so all five are alive), then calls done.
function whenAllBeating(beats, done) {
  let last = Array.from(beats);
  const timer = setInterval(() => {
    const now = Array.from(beats);
    const alive = now.slice(1).every((v, i) => v > last[i + 1]);
    last = now;
    if (alive) {
      clearInterval(timer);
      done();
    }
  }, 20);
}

// 1. A fully started chain.
{
  const { worker, beats } = startChain();
  worker.on('message', common.mustCall((m) => {
    assert.deepStrictEqual(m, { ready: DEPTH });
    whenAllBeating(beats, common.mustCall(async () => {
      assert.strictEqual(await worker.terminate(), 1);
      // terminate() resolves after the top thread is gone, and a thread's children are gone before it:
      // from here on no counter may move.
      const snapshot = Array.from(beats);
      setTimeout(common.mustCall(() => assert.deepStrictEqual(Array.from(beats), snapshot)), 100);
    }));
  }));
}

// 2. A chain terminated while its levels are still being created.
{
  const { worker, beats } = startChain();
  worker.on('online', common.mustCall(async () => {
    assert.strictEqual(await worker.terminate(), 1);
    const snapshot = Array.from(beats);
    setTimeout(common.mustCall(() => assert.deepStrictEqual(Array.from(beats), snapshot)), 100);
  }));
}
