// One million messages through one port, worker -> main and main -> worker: every one arrives, once, in order.
'use strict';
const assert = require('assert');
const { Worker } = require('worker_threads');
const count = require('./scale')(1000000);

const w = new Worker(`
  const { parentPort, workerData: count } = require('worker_threads');
  let expected = 0;
  parentPort.on('message', (n) => {
    if (n !== expected) throw new Error('worker got ' + n + ', expected ' + expected);
    if (++expected === count) parentPort.close();
  });
  for (let i = 0; i < count; i++) parentPort.postMessage(i);
`, { eval: true, workerData: count });
for (let i = 0; i < count; i++) w.postMessage(i);
let expected = 0;
w.on('message', (n) => {
  assert.strictEqual(n, expected);
  expected++;
});
w.on('error', (e) => { throw e; });
w.on('exit', (code) => {
  assert.strictEqual(code, 0);
  assert.strictEqual(expected, count);
  console.log(`${count} messages each way, in order`);
});
