// Checks receiveMessageOnPort(): synchronous { message } or undefined, FIFO, no 'message' event fired, works across threads.
'use strict';
const common = require('../common');
const assert = require('assert');
const { MessageChannel, receiveMessageOnPort, Worker } = require('worker_threads');

const { port1, port2 } = new MessageChannel();
port2.on('message', common.mustNotCall());
port2.unref();
assert.strictEqual(receiveMessageOnPort(port2), undefined);
port1.postMessage('one');
port1.postMessage({ two: 2 });
port1.postMessage(undefined);
assert.deepStrictEqual(receiveMessageOnPort(port2), { message: 'one' });
const second = receiveMessageOnPort(port2);
assert.deepStrictEqual(second, { message: { two: 2 } });
assert.deepStrictEqual(Object.keys(second), ['message']);
// An undefined message is still distinguishable from "no message".
assert.deepStrictEqual(receiveMessageOnPort(port2), { message: undefined });
assert.strictEqual(receiveMessageOnPort(port2), undefined);

// After the sender closes, already queued messages can still be received.
port1.postMessage('last');
port1.close();
assert.deepStrictEqual(receiveMessageOnPort(port2), { message: 'last' });
assert.strictEqual(receiveMessageOnPort(port2), undefined);

// Across threads: the worker writes into a port, signals through a SharedArrayBuffer, and main reads synchronously.
const ch = new MessageChannel();
const sab = new SharedArrayBuffer(4);
const flag = new Int32Array(sab);
const w = new Worker(`
  const { workerData: { port, sab } } = require('worker_threads');
  port.postMessage('from worker 1');
  port.postMessage('from worker 2');
  const flag = new Int32Array(sab);
  Atomics.store(flag, 0, 1);
  Atomics.notify(flag, 0);
`, { eval: true, workerData: { port: ch.port1, sab }, transferList: [ch.port1] });
Atomics.wait(flag, 0, 0);
assert.deepStrictEqual(receiveMessageOnPort(ch.port2), { message: 'from worker 1' });
assert.deepStrictEqual(receiveMessageOnPort(ch.port2), { message: 'from worker 2' });
w.on('exit', common.mustCall((code) => {
  assert.strictEqual(code, 0);
  ch.port2.close();
}));
