// Checks the globals and APIs available inside a worker (MessageChannel, structuredClone, ...) and parentPort as an EventTarget.
'use strict';
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const worker = new Worker(`
  const { parentPort, MessageChannel: MC } = require('worker_threads');
  const types = {};
  for (const name of ['MessageChannel', 'MessagePort', 'MessageEvent', 'BroadcastChannel', 'structuredClone',
                      'SharedArrayBuffer', 'setTimeout', 'setImmediate', 'queueMicrotask', 'TextEncoder', 'URL',
                      'Buffer', 'process', 'console']) {
    types[name] = typeof globalThis[name];
  }
  types.require = typeof require; // module-scoped, not a global
  types.sameChannel = MC === MessageChannel;
  types.waitAsync = typeof Atomics.waitAsync;
  parentPort.addEventListener('message', (event) => {
    parentPort.postMessage({ types, data: event.data, isEvent: event instanceof MessageEvent,
                             targetIsParentPort: event.target === parentPort });
    parentPort.close();
  });
`, { eval: true });
worker.postMessage('via addEventListener');
worker.on('message', common.mustCall((m) => {
  assert.deepStrictEqual(m.types, {
    MessageChannel: 'function', MessagePort: 'function', MessageEvent: 'function', BroadcastChannel: 'function',
    structuredClone: 'function', SharedArrayBuffer: 'function', setTimeout: 'function', setImmediate: 'function',
    queueMicrotask: 'function', TextEncoder: 'function', URL: 'function', Buffer: 'function', process: 'object',
    console: 'object', require: 'function', sameChannel: true, waitAsync: 'function',
  });
  assert.strictEqual(m.data, 'via addEventListener');
  assert.strictEqual(m.isEvent, true);
  assert.strictEqual(m.targetIsParentPort, true);
}));
worker.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
