// Table-driven check of the synchronous errors (code, name, exact message) for bad worker_threads arguments.
'use strict';
const common = require('../common');
const assert = require('assert');
const { Worker, MessageChannel, receiveMessageOnPort, BroadcastChannel,
        markAsUntransferable } = require('worker_threads');

const filenameType = (received) =>
  `The "filename" argument must be of type string or an instance of URL. Received ${received}`;
const envMsg = (received) =>
  'The "options.env" property must be of type object or one of undefined, null, or ' +
  `worker_threads.SHARE_ENV. Received ${received}`;

const { port1, port2 } = new MessageChannel();

const cases = [
  // new Worker(filename)
  [() => new Worker(), 'TypeError', 'ERR_INVALID_ARG_TYPE', filenameType('undefined')],
  [() => new Worker(1), 'TypeError', 'ERR_INVALID_ARG_TYPE', filenameType('type number (1)')],
  [() => new Worker(null), 'TypeError', 'ERR_INVALID_ARG_TYPE', filenameType('null')],
  [() => new Worker({}), 'TypeError', 'ERR_INVALID_ARG_TYPE', filenameType('an instance of Object')],
  [() => new Worker(Buffer.from('x')), 'TypeError', 'ERR_INVALID_ARG_TYPE', filenameType('an instance of Buffer')],
  [() => new Worker('foo.js'), 'TypeError', 'ERR_WORKER_PATH',
   "The worker script or module filename must be an absolute path or a relative path starting with './' or " +
   "'../'. Received \"foo.js\""],
  // eval: true needs a string
  [() => new Worker(1, { eval: true }), 'TypeError', 'ERR_INVALID_ARG_VALUE',
   "The property 'options.eval' must be false when 'filename' is not a string. Received true"],
  [() => new Worker(new URL('file:///x.js'), { eval: true }), 'TypeError', 'ERR_INVALID_ARG_VALUE',
   "The property 'options.eval' must be false when 'filename' is not a string. Received true"],
  // options
  [() => new Worker('0', { eval: true, argv: 1 }), 'TypeError', 'ERR_INVALID_ARG_TYPE',
   'The "options.argv" property must be an instance of Array. Received type number (1)'],
  [() => new Worker('0', { eval: true, argv: 'a' }), 'TypeError', 'ERR_INVALID_ARG_TYPE',
   'The "options.argv" property must be an instance of Array. Received type string (\'a\')'],
  [() => new Worker('0', { eval: true, argv: {} }), 'TypeError', 'ERR_INVALID_ARG_TYPE',
   'The "options.argv" property must be an instance of Array. Received an instance of Object'],
  [() => new Worker('0', { eval: true, execArgv: 1 }), 'TypeError', 'ERR_INVALID_ARG_TYPE',
   'The "options.execArgv" property must be an instance of Array. Received type number (1)'],
  [() => new Worker('0', { eval: true, env: 1 }), 'TypeError', 'ERR_INVALID_ARG_TYPE', envMsg('type number (1)')],
  [() => new Worker('0', { eval: true, env: 'a' }), 'TypeError', 'ERR_INVALID_ARG_TYPE',
   envMsg('type string (\'a\')')],
  [() => new Worker('0', { eval: true, name: 1 }), 'TypeError', 'ERR_INVALID_ARG_TYPE',
   'The "options.name" property must be of type string. Received type number (1)'],
  // workerData is cloned synchronously in the constructor
  [() => new Worker('0', { eval: true, workerData: () => 1 }), 'DataCloneError', 25, '() => 1 could not be cloned.'],
  [() => new Worker('0', { eval: true, workerData: new WeakMap() }), 'DataCloneError', 25,
   '#<WeakMap> could not be cloned.'],
  [() => new Worker('0', { eval: true, workerData: { s: Symbol('q') } }), 'DataCloneError', 25,
   'Symbol(q) could not be cloned.'],
  [() => new Worker('0', { eval: true, workerData: { port1 } }), 'TypeError',
   'ERR_MISSING_TRANSFERABLE_IN_TRANSFER_LIST',
   'Object that needs transfer was found in message but not listed in transferList'],
  // postMessage transfer lists
  [() => port1.postMessage(1, 0), 'TypeError', 'ERR_INVALID_ARG_TYPE',
   'Optional transferList argument must be an iterable'],
  [() => port1.postMessage(1, 'x'), 'TypeError', 'ERR_INVALID_ARG_TYPE',
   'Optional transferList argument must be an iterable'],
  [() => port1.postMessage(1, true), 'TypeError', 'ERR_INVALID_ARG_TYPE',
   'Optional transferList argument must be an iterable'],
  [() => port1.postMessage(1, { transfer: 1 }), 'TypeError', 'ERR_INVALID_ARG_TYPE',
   'Optional options.transfer argument must be an iterable'],
  [() => port1.postMessage(1, [1]), 'TypeError', 'ERR_INVALID_TRANSFER_OBJECT',
   'Found invalid object in transferList'],
  [() => port1.postMessage(1, [port1]), 'DataCloneError', 25, 'Transfer list contains source port'],
  // other functions
  [() => receiveMessageOnPort(1), 'TypeError', 'ERR_INVALID_ARG_TYPE',
   'The "port" argument must be a MessagePort instance'],
  [() => receiveMessageOnPort({}), 'TypeError', 'ERR_INVALID_ARG_TYPE',
   'The "port" argument must be a MessagePort instance'],
  [() => new BroadcastChannel(), 'TypeError', 'ERR_MISSING_ARGS', 'The "name" argument must be specified'],
  [() => MessageChannel(), 'TypeError', 'ERR_CONSTRUCT_CALL_REQUIRED', 'Cannot call constructor without `new`'],
  [() => new MessagePort(), 'TypeError', 'ERR_CONSTRUCT_CALL_INVALID', 'Constructor cannot be called'],
  [() => structuredClone(), 'TypeError', 'ERR_MISSING_ARGS', 'The value argument must be specified'],
  [() => structuredClone(1, 1), 'TypeError', 'ERR_INVALID_ARG_TYPE',
   'The options argument must be either an object or undefined'],
];

for (const [fn, name, code, message] of cases) {
  assert.throws(fn, (err) => {
    assert.strictEqual(err.name, name, `${fn}`);
    assert.strictEqual(err.code, code, `${fn}`);
    assert.strictEqual(err.message, message, `${fn}`);
    assert.ok(err instanceof Error, `${fn}`);
    if (name === 'TypeError') assert.ok(err instanceof TypeError, `${fn}`);
    if (name === 'DataCloneError') assert.ok(err instanceof DOMException, `${fn}`);
    return true;
  });
}

// Calling the Worker class without `new` is a TypeError (the message is the engine's).
assert.throws(() => Worker('./x.js'), TypeError);
assert.throws(() => BroadcastChannel('x'), TypeError);

// Not errors: markAsUntransferable ignores primitives, env may be null, a BroadcastChannel name is stringified,
// null/undefined transfer lists are accepted.
markAsUntransferable(1);
const bc = new BroadcastChannel(1);
assert.strictEqual(bc.name, '1');
bc.close();
port1.postMessage('a', null);
port1.postMessage('b', undefined);
port1.postMessage('c', {});
assert.deepStrictEqual(receiveMessageOnPort(port2), { message: 'a' });
assert.deepStrictEqual(receiveMessageOnPort(port2), { message: 'b' });
assert.deepStrictEqual(receiveMessageOnPort(port2), { message: 'c' });
assert.strictEqual(receiveMessageOnPort(port2), undefined);
port1.close();

// Node 20 does not validate the type of resourceLimits: a non-object is ignored and the worker runs.
const w = new Worker('require("worker_threads").parentPort.postMessage("ran")',
                     { eval: true, env: null, resourceLimits: 1 });
w.on('message', common.mustCall((m) => assert.strictEqual(m, 'ran')));
w.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
