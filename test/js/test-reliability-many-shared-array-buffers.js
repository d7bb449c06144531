// Checks that creating many short-lived SharedArrayBuffers (far more than a thousand, none kept) works on
// the main thread and in a worker, both in one synchronous loop and spread over event-loop turns: the garbage
// ones must be collected rather than counted against a limit. (Found by the util_format fuzz target: loom
// threw the string 'out of memory' after about a thousand and the process died with
// 'FATAL ERROR: JavaScript heap out of memory'.)
'use strict';
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const COUNT = 5000;

function churn(count) {
  let sum = 0;
  for (let i = 0; i < count; i++) {
    const view = new Int32Array(new SharedArrayBuffer(8));
    Atomics.store(view, 0, i);
    sum += Atomics.load(view, 0);
  }
  return sum;
}
const expected = (COUNT * (COUNT - 1)) / 2;

// One synchronous loop on the main thread.
assert.strictEqual(churn(COUNT), expected);

// Spread over event-loop turns.
let turns = 0;
(function step() {
  churn(COUNT / 10);
  if (++turns < 10) setImmediate(step);
})();

// In a worker, then handed back to the main thread, which can still allocate more.
const worker = new Worker(`
  const { parentPort } = require('worker_threads');
  ${churn}
  parentPort.postMessage(churn(${COUNT}));
`, { eval: true });
worker.on('message', common.mustCall((sum) => {
  assert.strictEqual(sum, expected);
  assert.strictEqual(churn(COUNT), expected);
}));
worker.on('error', common.mustNotCall());
worker.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
