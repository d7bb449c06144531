// performance.now() counts from the thread's start, not from the first use of `performance`, and
// performance.eventLoopUtilization() measures this thread's own loop (time idle in it counts as idle), on
// the main thread and in a worker.
'use strict';
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const source = `
  function busy(ms) { const end = Date.now() + ms; while (Date.now() < end); }
  busy(60);
  const startedEarlier = performance.now() >= 55;
  setTimeout(() => {
    const total = performance.eventLoopUtilization();
    const since = performance.eventLoopUtilization(total);
    report({ startedEarlier, idle: total.idle > 40, partly: total.utilization > 0 && total.utilization < 1,
             keys: Object.keys(since).join(), delta: since.idle >= 0 && since.active >= 0 });
  }, 100);
`;
const expected = { startedEarlier: true, idle: true, partly: true, keys: 'idle,active,utilization', delta: true };

new Function('report', source)(common.mustCall((result) => assert.deepStrictEqual(result, expected)));
new Worker(`const report = (r) => require('worker_threads').parentPort.postMessage(r);\n${source}`, { eval: true })
  .on('message', common.mustCall((result) => assert.deepStrictEqual(result, expected)));
