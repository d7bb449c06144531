// Checks an uncaught top-level throw in a worker: online, earlier messages, then 'error' (same type/message), then exit 1.
'use strict';
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const events = [];
const worker = new Worker(`
  const { parentPort } = require('worker_threads');
  parentPort.postMessage('first');
  parentPort.postMessage('second');
  throw new RangeError('top level boom');
`, { eval: true });
worker.on('online', common.mustCall(() => events.push('online')));
worker.on('message', common.mustCall((m) => events.push(`message:${m}`), 2));
worker.on('error', common.mustCall((err) => {
  events.push('error');
  assert.ok(err instanceof RangeError);
  assert.ok(err instanceof Error);
  assert.strictEqual(err.name, 'RangeError');
  assert.strictEqual(err.message, 'top level boom');
  assert.strictEqual(typeof err.stack, 'string');
  assert.match(err.stack, /top level boom/);
}));
worker.on('exit', common.mustCall((code) => {
  events.push(`exit:${code}`);
  assert.deepStrictEqual(events, ['online', 'message:first', 'message:second', 'error', 'exit:1']);
  assert.strictEqual(worker.threadId, -1);
}));
