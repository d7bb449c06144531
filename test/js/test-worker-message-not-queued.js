// Checks that a Worker object (an EventEmitter) emits 'message' as messages arrive: with no listener they are dropped, not queued for a later listener.
'use strict';
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const worker = new Worker(`
  const { parentPort } = require('worker_threads');
  parentPort.postMessage('m1');
  parentPort.postMessage('m2');
  parentPort.postMessage('m3');
`, { eval: true });
// No 'message' listener while the worker runs. All its messages are dispatched before 'exit'.
worker.on('exit', common.mustCall((code) => {
  assert.strictEqual(code, 0);
  // A listener attached now receives nothing: the messages were emitted to no one.
  worker.on('message', common.mustNotCall('messages must not be replayed to a late listener'));
  setTimeout(common.mustCall(), 20);
}));


// Contrast: a listener attached synchronously after construction gets everything (nothing is emitted before
// the constructor returns).
const w2 = new Worker(`
  const { parentPort } = require('worker_threads');
  parentPort.postMessage('a');
  parentPort.postMessage('b');
`, { eval: true });
const got = [];
w2.on('message', (m) => got.push(m));
w2.on('exit', common.mustCall(() => assert.deepStrictEqual(got, ['a', 'b'])));
