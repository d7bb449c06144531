// Checks that closing one end from a worker fires 'close' on the main thread's end after its messages.
'use strict';
const common = require('../common');
const assert = require('assert');
const { Worker, MessageChannel } = require('worker_threads');

const { port1, port2 } = new MessageChannel();
const events = [];
const worker = new Worker(`
  const { workerData: { port } } = require('worker_threads');
  port.postMessage('a');
  port.postMessage('b');
  port.close();
`, { eval: true, workerData: { port: port1 }, transferList: [port1] });
port2.on('message', (m) => events.push(m));
port2.on('close', common.mustCall(() => {
  events.push('close');
  assert.deepStrictEqual(events, ['a', 'b', 'close']);
}));
worker.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
