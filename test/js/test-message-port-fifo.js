// Checks FIFO order on a port, with mixed payload types and sizes, in both directions and through a worker.
'use strict';
const common = require('../common');
const assert = require('assert');
const path = require('path');
const { MessageChannel, Worker } = require('worker_threads');

const N = 500;
const payload = (i) => (i % 3 === 0 ? i : i % 3 === 1 ? { i, s: 'y'.repeat(i) } : new Uint8Array(i % 50).fill(i & 255));
const indexOf = (m) => (typeof m === 'number' ? m : m instanceof Uint8Array ? null : m.i);

{
  const { port1, port2 } = new MessageChannel();
  let next = 0;
  port2.on('message', common.mustCall((m) => {
    const i = indexOf(m);
    if (i !== null) assert.strictEqual(i, next);
    else assert.strictEqual(m.length, next % 50);
    next++;
    if (next === N) port2.close();
  }, N));
  for (let i = 0; i < N; i++) port1.postMessage(payload(i));
}

{
  // Round trip through an echo worker keeps the order too.
  const w = new Worker(path.join(__dirname, '..', 'fixtures', 'workers', 'echo.js'));
  let next = 0;
  w.on('message', common.mustCall((m) => {
    assert.strictEqual(m, next++);
    if (next === N) w.postMessage('close');
  }, N));
  for (let i = 0; i < N; i++) w.postMessage(i);
  w.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
}
