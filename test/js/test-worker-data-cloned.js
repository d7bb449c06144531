// Checks that workerData is a clone: the worker's mutations are invisible to the parent and vice versa.
'use strict';
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const data = { list: [1, 2, 3], nested: { n: 1 } };
const worker = new Worker(`
  const { parentPort, workerData } = require('worker_threads');
  workerData.list.push(4);
  workerData.nested.n = 2;
  workerData.added = true;
  parentPort.once('message', (m) => {
    // The parent's later mutation is not visible here either.
    parentPort.postMessage({ seen: workerData, parentSent: m });
  });
`, { eval: true, workerData: data });

// The value was cloned at construction: mutating it now does not affect the worker's copy.
data.list.push('late');
data.nested.n = 100;

worker.postMessage('go');
worker.on('message', common.mustCall((msg) => {
  assert.deepStrictEqual(msg.seen, { list: [1, 2, 3, 4], nested: { n: 2 }, added: true });
  assert.strictEqual(msg.parentSent, 'go');
  assert.deepStrictEqual(data, { list: [1, 2, 3, 'late'], nested: { n: 100 } });
}));
worker.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
