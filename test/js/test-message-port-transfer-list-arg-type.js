// Checks the transfer-list argument type: non-iterables (0, 'x', true, { transfer: 1 }) throw ERR_INVALID_ARG_TYPE; null/undefined/{} are accepted.
'use strict';
const common = require('../common');
const assert = require('assert');
const { MessageChannel, Worker } = require('worker_threads');

const { port1, port2 } = new MessageChannel();
const notIterable = {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'Optional transferList argument must be an iterable',
};
for (const list of [0, 1, 'x', true, Symbol('s')]) {
  assert.throws(() => port1.postMessage('v', list), notIterable);
}
for (const transfer of [1, 'x', true]) {
  assert.throws(() => port1.postMessage('v', { transfer }), {
    name: 'TypeError',
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'Optional options.transfer argument must be an iterable',
  });
}
// structuredClone reports a bad options.transfer with the transferList wording.
assert.throws(() => structuredClone('v', { transfer: 'x' }), notIterable);
assert.throws(() => structuredClone('v', { transfer: 0 }), notIterable);

const w = new Worker(`
  const { parentPort } = require('worker_threads');
  const got = [];
  parentPort.on('message', (m) => { got.push(m); if (got.length === 3) { parentPort.postMessage(got); parentPort.close(); } });
`, { eval: true });
assert.throws(() => w.postMessage('v', 0), notIterable);
assert.throws(() => w.postMessage('v', 'x'), notIterable);

// Accepted: null, undefined, an empty object, an empty array, an empty { transfer }.
const accepted = [null, undefined, {}, [], { transfer: [] }, { transfer: undefined }, new Set()];
const got = [];
port2.on('message', (m) => {
  got.push(m);
  if (got.length === accepted.length) port2.close();
});
accepted.forEach((list, i) => port1.postMessage(i, list));
w.postMessage('a', null);
w.postMessage('b', undefined);
w.postMessage('c', {});
w.on('message', common.mustCall((m) => assert.deepStrictEqual(m, ['a', 'b', 'c'])));
w.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
process.on('exit', () => assert.deepStrictEqual(got, [0, 1, 2, 3, 4, 5, 6]));
