// Checks Atomics.wait/notify between the main thread and a worker in both directions over a SharedArrayBuffer.
'use strict';
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const sab = new SharedArrayBuffer(16);
const ia = new Int32Array(sab);
// Slot 0: main -> worker signal. Slot 1: worker -> main signal. Slot 2: data.
const worker = new Worker(`
  const { workerData, parentPort } = require('worker_threads');
  const ia = new Int32Array(workerData);
  // Wait for the main thread (value 0 means "not yet").
  const r1 = Atomics.wait(ia, 0, 0);
  const data = Atomics.load(ia, 2);
  Atomics.store(ia, 2, data * 2);
  Atomics.store(ia, 1, 1);
  const woken = Atomics.notify(ia, 1);
  parentPort.postMessage({ r1, data });
`, { eval: true, workerData: sab });

worker.once('online', common.mustCall(() => {
  Atomics.store(ia, 2, 21);
  Atomics.store(ia, 0, 1);
  Atomics.notify(ia, 0);
  // The main thread blocks (allowed in Node) until the worker answers.
  const r = Atomics.wait(ia, 1, 0);
  assert.ok(r === 'ok' || r === 'not-equal', r);
  assert.strictEqual(Atomics.load(ia, 1), 1);
  assert.strictEqual(Atomics.load(ia, 2), 42);
}));
worker.on('message', common.mustCall((m) => {
  // The worker either slept and was woken ('ok') or saw the value already changed ('not-equal').
  assert.ok(m.r1 === 'ok' || m.r1 === 'not-equal', m.r1);
  assert.strictEqual(m.data, 21);
}));
worker.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
