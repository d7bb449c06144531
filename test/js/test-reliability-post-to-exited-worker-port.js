// Checks that messages posted to a port whose owning worker thread has exited are silently dropped: no
// exception, nothing delivered anywhere: ports transferred to the worker (used or not), the worker's own
// handle, and a port transferred into a dead port.
'use strict';
const common = require('../common');
const assert = require('assert');
const { Worker, MessageChannel, receiveMessageOnPort } = require('worker_threads');

const { port1, port2 } = new MessageChannel();
const { port1: keep1, port2: keep2 } = new MessageChannel();
const worker = new Worker(`
  const { workerData } = require('worker_threads');
  workerData.port.postMessage('hello from the worker');
  // The worker never closes its ports: its exit alone must end them.
`, { eval: true, workerData: { port: port2, spare: keep2 }, transferList: [port2, keep2] });

port1.on('message', common.mustCall((m) => assert.strictEqual(m, 'hello from the worker')));
port1.on('close', common.mustCall());
keep1.on('close', common.mustCall());
worker.on('error', common.mustNotCall());
worker.on('exit', common.mustCall((code) => {
  assert.strictEqual(code, 0);
  // Flood the dead worker's ports and the worker itself; every call is a quiet no-op (no exception; the
  // return value is not specified: node returns true, false or undefined depending on timing).
  const ab = new ArrayBuffer(64);
  for (let i = 0; i < 1000; i++) {
    port1.postMessage({ i });
    keep1.postMessage(i);
    worker.postMessage(i);
  }
  // Transferring to a dead port still detaches (the transfer happened) but nothing arrives.
  keep1.postMessage(ab, [ab]);
  assert.strictEqual(ab.byteLength, 0);
  // A port sent to nowhere: its partner sees nothing and the process still exits.
  const orphan = new MessageChannel();
  port1.postMessage(orphan.port2, [orphan.port2]);
  orphan.port1.postMessage('into the void');
  assert.strictEqual(receiveMessageOnPort(orphan.port1), undefined);
  setTimeout(common.mustCall(() => {
    orphan.port1.close();
    port1.close();
    keep1.close();
  }), 50);
}));
