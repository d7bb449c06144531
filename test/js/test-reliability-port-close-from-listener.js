// Checks Node's handling of messages that are already queued when the receiving port is closed from its own
// 'message' listener: they are still delivered (in order) before 'close', on one thread and across threads.
'use strict';
const common = require('../common');
const assert = require('assert');
const { Worker, MessageChannel } = require('worker_threads');

const COUNT = 1000;
{
  const { port1, port2 } = new MessageChannel();
  let got = 0;
  port2.on('message', (n) => {
    assert.strictEqual(n, got);
    if (++got === 3) port2.close();
  });
  port2.on('close', common.mustCall(() => assert.strictEqual(got, COUNT)));
  for (let i = 0; i < COUNT; i++) port1.postMessage(i);
}
{
  const { port1, port2 } = new MessageChannel();
  const worker = new Worker(`
    const { workerData: { port, count } } = require('worker_threads');
    for (let i = 0; i < count; i++) port.postMessage(i);
  `, { eval: true, workerData: { port: port2, count: COUNT }, transferList: [port2] });
  let got = 0;
  // Close only once the worker is gone, so that every message is already queued here.
  worker.on('exit', common.mustCall(() => {
    port1.on('message', (n) => {
      assert.strictEqual(n, got);
      if (++got === 3) port1.close();
    });
  }));
  port1.on('close', common.mustCall(() => setTimeout(common.mustCall(() => assert.strictEqual(got, COUNT)), 20)));
}
