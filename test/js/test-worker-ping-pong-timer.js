// Checks that an endless ping-pong between the main thread and a worker does not starve either side's timers.
'use strict';
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const worker = new Worker(`
  const { parentPort } = require('worker_threads');
  let timerFired = false;
  setTimeout(() => { timerFired = true; }, 10);
  parentPort.on('message', (n) => {
    if (n === 'stop') {
      parentPort.postMessage({ timerFired });
      parentPort.close();
      return;
    }
    parentPort.postMessage(n + 1);
  });
`, { eval: true });
let stopped = false;
let count = 0;
worker.on('message', (m) => {
  if (typeof m === 'object') {
    assert.deepStrictEqual(m, { timerFired: true });
    return;
  }
  count++;
  if (!stopped) worker.postMessage(m + 1);
});
worker.postMessage(0);
// Start the main thread's timer once the ping-pong is in full swing. It must fire although messages never stop
// arriving (were timers starved, the ping-pong would go on for ever and the test time out); no assertion on
// how many round trips fit in its 20 ms, which depends on the machine's load.
let timerStarted = false;
worker.on('message', () => {
  if (timerStarted || count < 5) return;
  timerStarted = true;
  setTimeout(common.mustCall(() => {
    stopped = true;
    // The worker's own 10ms timer must also have fired by the time it answers 'stop' (sent well after 10ms).
    setTimeout(common.mustCall(() => worker.postMessage('stop')), 30);
  }), 20);
});
worker.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
