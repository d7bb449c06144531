// Checks DataCloneError for unclonable values (function, symbol, WeakMap, WeakSet, Promise, Proxy, detached buffer): a DOMException, code 25, exact messages.
'use strict';
const common = require('../common');
const assert = require('assert');
const { MessageChannel } = require('worker_threads');

const detached = new ArrayBuffer(8);
structuredClone(detached, { transfer: [detached] });

const cases = [
  [() => 1, '() => 1 could not be cloned.'],
  [function foo() { return 1; }, 'function foo() { return 1; } could not be cloned.'],
  [{ nested: { f() {} } }, 'f() {} could not be cloned.'],
  [Symbol('s'), 'Symbol(s) could not be cloned.'],
  [{ key: Symbol() }, 'Symbol() could not be cloned.'],
  [new WeakMap(), '#<WeakMap> could not be cloned.'],
  [new WeakSet(), '#<WeakSet> could not be cloned.'],
  [Promise.resolve(1), '#<Promise> could not be cloned.'],
  [new Proxy({}, {}), '#<Object> could not be cloned.'],
  [detached, 'An ArrayBuffer is detached and could not be cloned.'],
];

function checkError(err, message) {
  assert.ok(err instanceof DOMException);
  assert.ok(err instanceof Error);
  assert.strictEqual(err.name, 'DataCloneError');
  assert.strictEqual(err.code, 25);
  assert.strictEqual(err.code, DOMException.DATA_CLONE_ERR);
  assert.strictEqual(err.message, message);
  assert.strictEqual(String(err), `DataCloneError: ${message}`);
  assert.strictEqual(Object.prototype.toString.call(err), '[object DOMException]');
  return true;
}

const { port1, port2 } = new MessageChannel();
// Nothing is sent when cloning fails.
port2.on('message', common.mustCall((m) => {
  assert.strictEqual(m, 'only this one');
  port2.close();
}));
for (const [value, message] of cases) {
  assert.throws(() => structuredClone(value), (err) => checkError(err, message));
  assert.throws(() => port1.postMessage(value), (err) => checkError(err, message));
}
port1.postMessage('only this one');
