// Checks that terminate() stops a worker stuck in for(;;){}: the promise resolves with 1 after the 'exit' event (code 1).
'use strict';
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const events = [];
const worker = new Worker(`
  require('worker_threads').parentPort.postMessage('spinning');
  for (;;) {}
`, { eval: true });
worker.on('error', common.mustNotCall());
worker.on('exit', common.mustCall((code) => {
  events.push(`exit:${code}`);
}));
worker.once('message', common.mustCall(async (m) => {
  assert.strictEqual(m, 'spinning');
  const promise = worker.terminate();
  assert.ok(promise instanceof Promise);
  const code = await promise;
  assert.strictEqual(code, 1);
  assert.deepStrictEqual(events, ['exit:1']);
  assert.strictEqual(worker.threadId, -1);
}));
