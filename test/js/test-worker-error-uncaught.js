// Checks an uncaught top-level throw in a worker: online first, the earlier messages and 'error' (same type/message), then exit 1 last.
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
  // Node delivers 'error' over an internal channel, so it is not ordered relative to the worker's own
  // messages (under load it can come first); messages keep their order, online is first and exit last.
  assert.strictEqual(events[0], 'online');
  assert.deepStrictEqual(events.filter((e) => e.startsWith('message:')), ['message:first', 'message:second']);
  assert.deepStrictEqual(events.slice(1, 4).sort(), ['error', 'message:first', 'message:second']);
  assert.strictEqual(events[4], 'exit:1');
  assert.strictEqual(events.length, 5);
  assert.strictEqual(worker.threadId, -1);
}));
