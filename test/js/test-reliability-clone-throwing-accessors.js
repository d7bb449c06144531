// Checks that a throwing getter or Proxy inside a posted value (postMessage on a port, to a worker, from a
// worker, and structuredClone) makes the call throw synchronously, sends nothing, detaches nothing, and leaves
// the port usable. A Proxy is never cloneable (its traps are not even run): that too is a synchronous error.
'use strict';
const common = require('../common');
const assert = require('assert');
const { Worker, MessageChannel, receiveMessageOnPort } = require('worker_threads');

const marker = new Error('getter marker');
const throwingGetter = () => ({ a: 1, get b() { throw marker; } });
const throwingIndex = () => {
  const arr = [1, 2];
  Object.defineProperty(arr, 1, { get() { throw marker; }, enumerable: true });
  return arr;
};
const proxyWithTrap = (trap) => new Proxy({ a: 1 }, { [trap]() { throw marker; } });

// [label, make value, expected error check]
const cases = [
  ['getter', throwingGetter, (e) => e === marker],
  ['getter nested in arrays', () => ({ x: [1, { y: [throwingGetter()] }] }), (e) => e === marker],
  ['getter on an array index', throwingIndex, (e) => e === marker],
  ['getter in a Map value', () => new Map([[1, throwingGetter()]]), (e) => e === marker],
  ['getter in a Set member', () => new Set([throwingGetter()]), (e) => e === marker],
  ['Error with a throwing message getter', () => {
    const err = new Error('x');
    Object.defineProperty(err, 'message', { get() { throw marker; } });
    return err;
  }, (e) => e === marker],
  ['getter after an ArrayBuffer that is in the transfer list', null, (e) => e === marker],
];
for (const trap of ['get', 'ownKeys', 'getOwnPropertyDescriptor', 'has', 'getPrototypeOf']) {
  cases.push([`Proxy with a throwing ${trap} trap`, () => ({ nested: [proxyWithTrap(trap)] }),
              (e) => e === marker || e.name === 'DataCloneError']);
}
cases.push(['revoked Proxy', () => {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}, (e) => e instanceof Error]);

// Returns [value, transferList, arrayBuffersThatMustStayAttached].
function build([label, make]) {
  if (make) return [make(), [], []];
  const ab = new ArrayBuffer(16);
  return [{ ab, get later() { throw marker; } }, [ab], [ab]];
}

function expectSyncThrow(label, fn, check, buffers) {
  assert.throws(fn, (err) => {
    assert.ok(check(err), `${label}: unexpected error ${err && err.name}: ${err && err.message}`);
    return true;
  }, label);
  for (const ab of buffers) assert.strictEqual(ab.byteLength, 16, `${label}: transfer list was detached`);
}

// --- structuredClone and a MessageChannel on this thread ---
const { port1, port2 } = new MessageChannel();
for (const c of cases) {
  const check = c[2];
  {
    const [value, transfer, buffers] = build(c);
    expectSyncThrow(`structuredClone: ${c[0]}`, () => structuredClone(value, { transfer }), check, buffers);
  }
  {
    const [value, transfer, buffers] = build(c);
    expectSyncThrow(`port.postMessage: ${c[0]}`, () => port1.postMessage(value, transfer), check, buffers);
  }
  assert.strictEqual(receiveMessageOnPort(port2), undefined, `${c[0]}: something was sent`);
}
// Throwing while reading the transfer list is synchronous as well.
const iterThrows = { [Symbol.iterator]() { throw marker; } };
const nextThrows = { [Symbol.iterator]() { return { next() { throw marker; } }; } };
const transferGetter = { get transfer() { throw marker; } };
for (const [label, fn] of [
  ['transfer iterator', () => port1.postMessage(1, iterThrows)],
  ['transfer next()', () => port1.postMessage(1, nextThrows)],
  ['options.transfer getter', () => port1.postMessage(1, transferGetter)],
  ['structuredClone options.transfer getter', () => structuredClone(1, transferGetter)],
]) {
  assert.throws(fn, (e) => e === marker, label);
}
assert.strictEqual(receiveMessageOnPort(port2), undefined);
// The port still works, synchronously and through events.
port1.postMessage({ ok: 1 });
assert.deepStrictEqual(receiveMessageOnPort(port2), { message: { ok: 1 } });
port2.once('message', common.mustCall((m) => {
  assert.strictEqual(m, 'after failures');
  port1.close();
}));
port1.postMessage('after failures');

// --- to a worker, and from a worker ---
// The worker echoes what it receives, then runs the same failures on its own parentPort and reports.
const worker = new Worker(`
  const { parentPort } = require('worker_threads');
  const marker = new Error('worker marker');
  let failures = 0;
  for (const value of [
    { get b() { throw marker; } },
    [new Proxy({}, { get() { throw marker; } })],
  ]) {
    try { parentPort.postMessage(value); } catch (e) { if (e === marker || e instanceof Error) failures++; }
    try { structuredClone(value); } catch (e) { if (e === marker || e instanceof Error) failures++; }
  }
  parentPort.postMessage({ failures });
  parentPort.on('message', (m) => {
    parentPort.postMessage({ echo: m });
    if (m === 'last') parentPort.close();
  });
`, { eval: true });
for (const c of cases) {
  const [value, transfer, buffers] = build(c);
  expectSyncThrow(`worker.postMessage: ${c[0]}`, () => worker.postMessage(value, transfer), c[2], buffers);
}
worker.postMessage('last');
const received = [];
worker.on('message', common.mustCall((m) => received.push(m), 2));
worker.on('error', common.mustNotCall());
worker.on('exit', common.mustCall((code) => {
  assert.strictEqual(code, 0);
  // The worker's own failed posts sent nothing; the parent's failed posts never arrived either.
  assert.deepStrictEqual(received, [{ failures: 4 }, { echo: 'last' }]);
}));
