// Checks the worker-side view of worker_threads: isMainThread false, parentPort a MessagePort, workerData, threadId, resourceLimits.
'use strict';
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const worker = new Worker(`
  const wt = require('worker_threads');
  wt.parentPort.postMessage({
    isMainThread: wt.isMainThread,
    nodePrefixSame: require('node:worker_threads') === wt,
    parentPortIsMessagePort: wt.parentPort instanceof wt.MessagePort,
    globalMessagePort: wt.parentPort instanceof MessagePort,
    threadId: wt.threadId,
    workerData: wt.workerData,
    resourceLimitsType: typeof wt.resourceLimits,
    hasWorker: typeof wt.Worker,
  });
`, { eval: true, workerData: { hello: 'worker' } });
worker.on('message', common.mustCall((m) => {
  assert.deepStrictEqual(m, {
    isMainThread: false,
    nodePrefixSame: true,
    parentPortIsMessagePort: true,
    globalMessagePort: true,
    threadId: worker.threadId,
    workerData: { hello: 'worker' },
    resourceLimitsType: 'object',
    hasWorker: 'function',
  });
}));
worker.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));

// Without a workerData option the worker sees undefined (the main thread sees null).
const w2 = new Worker(`
  const wt = require('worker_threads');
  wt.parentPort.postMessage({ value: wt.workerData, isUndefined: wt.workerData === undefined });
`, { eval: true });
w2.on('message', common.mustCall((m) => assert.deepStrictEqual(m, { value: undefined, isUndefined: true })));
