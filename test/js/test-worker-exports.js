// Checks the exports of worker_threads / node:worker_threads and their values on the main thread.
'use strict';
require('../common');
const assert = require('assert');
const wt = require('worker_threads');

assert.strictEqual(require('node:worker_threads'), wt);

for (const name of ['Worker', 'MessageChannel', 'MessagePort', 'BroadcastChannel', 'receiveMessageOnPort',
                    'setEnvironmentData', 'getEnvironmentData', 'markAsUntransferable']) {
  assert.strictEqual(typeof wt[name], 'function', name);
}

assert.strictEqual(wt.isMainThread, true);
assert.strictEqual(wt.parentPort, null);
assert.strictEqual(wt.threadId, 0);
assert.strictEqual(wt.workerData, null);
assert.deepStrictEqual(wt.resourceLimits, {});
assert.strictEqual(typeof wt.SHARE_ENV, 'symbol');
assert.strictEqual(wt.SHARE_ENV, require('node:worker_threads').SHARE_ENV);

// Worker is an EventEmitter subclass and is not a global.
const EventEmitter = require('events');
assert.strictEqual(Object.getPrototypeOf(wt.Worker.prototype), EventEmitter.prototype);
assert.strictEqual(typeof globalThis.Worker, 'undefined');
