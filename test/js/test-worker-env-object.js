// Checks the env option given as an object: the worker's process.env is exactly that object with values
// stringified, on the parent's thread when the Worker is constructed (so functions and objects with their own
// toString give their strings, and a symbol throws there).
'use strict';
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

process.env.LOOM_TEST_PARENT_ONLY = 'p';
const worker = new Worker(`
  const { parentPort } = require('worker_threads');
  const env = { ...process.env };
  process.env.SET_IN_WORKER = 7;
  parentPort.postMessage({ env, setType: typeof process.env.SET_IN_WORKER,
                           parentOnly: process.env.LOOM_TEST_PARENT_ONLY });
`, { eval: true, env: { CUSTOM: 'c', NUM: 1, UNDEF: undefined, NUL: null, OBJ: {},
                      FN: function named() { return 1; }, OWN: { toString() { return 'own'; } } } });
worker.on('message', common.mustCall((msg) => {
  // Compare sorted entries: the key order is not part of the contract.
  assert.deepStrictEqual(Object.entries(msg.env).sort(), [
    ['CUSTOM', 'c'], ['FN', 'function named() { return 1; }'], ['NUL', 'null'], ['NUM', '1'],
    ['OBJ', '[object Object]'], ['OWN', 'own'], ['UNDEF', 'undefined'],
  ]);
  assert.strictEqual(msg.setType, 'string');
  assert.strictEqual(msg.parentOnly, undefined);
}));
worker.on('exit', common.mustCall((code) => {
  assert.strictEqual(code, 0);
  assert.strictEqual(process.env.SET_IN_WORKER, undefined);
}));

assert.throws(() => new Worker('', { eval: true, env: { SYM: Symbol('s') } }), {
  name: 'TypeError',
  message: 'Cannot convert a Symbol value to a string',
});
