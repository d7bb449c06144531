// Table-driven check of worker_threads' public functions called with wrong types and values, beyond
// test-worker-bad-arguments.js: every entry's name, code (and message where Node's is stable) were observed
// under node 20. Cases where loom and Node 20 still disagree live in test-reliability-worker-api-bad-args-pending.js.
'use strict';
const common = require('../common');
const assert = require('assert');
const wt = require('worker_threads');
const {
  Worker, MessageChannel, MessagePort, BroadcastChannel, receiveMessageOnPort, markAsUntransferable,
  setEnvironmentData, getEnvironmentData, postMessageToThread, SHARE_ENV,
} = wt;

const workerPath = (received, extra = '') =>
  'The worker script or module filename must be an absolute path or a relative path starting with ' +
  `'./' or '../'.${extra} Received ${received}`;
const filenameType = (received) =>
  `The "filename" argument must be of type string or an instance of URL. Received ${received}`;
const envMsg = (received) =>
  'The "options.env" property must be of type object or one of undefined, null, or ' +
  `worker_threads.SHARE_ENV. Received ${received}`;
const notIterable = 'Optional transferList argument must be an iterable';
const transferNotIterable = 'Optional options.transfer argument must be an iterable';
const portArg = 'The "port" argument must be a MessagePort instance';

// A long-lived worker and a channel the method rows below use; both are closed at the end.
const live = new Worker('setInterval(() => {}, 1000)', { eval: true });
const { port1, port2 } = new MessageChannel();
const closedBc = new BroadcastChannel('reliability-closed');
closedBc.close();
const thrower = (Ctor, msg) => ({ get() { throw new Ctor(msg); } });

// [label, fn, expected]: expected.name always, code/message when given (undefined means "not checked").
const throwing = [
  // --- new Worker(filename, options) ---
  ['options undefined, bare name', () => new Worker('0', undefined),
   { name: 'TypeError', code: 'ERR_WORKER_PATH', message: workerPath('"0"') }],
  // Node's own message here is an internal property access; only the class is portable.
  ['options null', () => new Worker('0', null), { name: 'TypeError' }],
  ['empty filename', () => new Worker(''), { name: 'TypeError', code: 'ERR_WORKER_PATH', message: workerPath('""') }],
  ['windows path', () => new Worker('C:\\x.js'),
   { name: 'TypeError', code: 'ERR_WORKER_PATH', message: workerPath('"C:\\x.js"') }],
  ['file: URL as a string', () => new Worker('file:///nonexistent.js'),
   { name: 'TypeError', code: 'ERR_WORKER_PATH',
     message: workerPath('"file:///nonexistent.js"', ' Wrap file:// URLs with `new URL`.') }],
  ['http: URL', () => new Worker(new URL('http://example.invalid/w.js')),
   { name: 'TypeError', code: 'ERR_INVALID_URL_SCHEME', message: 'The URL must be of scheme file' }],
  ['symbol filename', () => new Worker(Symbol()),
   { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: filenameType('type symbol (Symbol())') }],
  ['array filename', () => new Worker([]),
   { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: filenameType('an instance of Array') }],
  ['function filename', () => new Worker(function named() {}),
   { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: filenameType('function named') }],
  ['bigint filename', () => new Worker(1n),
   { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: filenameType('type bigint (1n)') }],
  ['boolean filename', () => new Worker(true),
   { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: filenameType('type boolean (true)') }],
  ['env symbol', () => new Worker('0', { eval: true, env: Symbol() }),
   { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: envMsg('type symbol (Symbol())') }],
  ['env true', () => new Worker('0', { eval: true, env: true }),
   { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: envMsg('type boolean (true)') }],
  ['env function', () => new Worker('0', { eval: true, env: function env() {} }),
   { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: envMsg('function env') }],
  ['name object', () => new Worker('0', { eval: true, name: {} }),
   { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
     message: 'The "options.name" property must be of type string. Received an instance of Object' }],
  ['execArgv string', () => new Worker('0', { eval: true, execArgv: 'x' }),
   { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
     message: 'The "options.execArgv" property must be an instance of Array. Received type string (\'x\')' }],
  ['workerData symbol', () => new Worker('0', { eval: true, workerData: Symbol() }),
   { name: 'DataCloneError', code: 25, message: 'Symbol() could not be cloned.' }],
  ['transferList [1]', () => new Worker('0', { eval: true, transferList: [1] }),
   { name: 'TypeError', code: 'ERR_INVALID_TRANSFER_OBJECT', message: 'Found invalid object in transferList' }],
  ['transferList duplicate', () => {
    const ab = new ArrayBuffer(1);
    return new Worker('0', { eval: true, workerData: ab, transferList: [ab, ab] });
  }, { name: 'DataCloneError', code: 25, message: 'Transfer list contains duplicate ArrayBuffer' }],
  // Exceptions from user code reading the options propagate unchanged.
  ['options getter throws', () => new Worker('0', Object.defineProperty({}, 'eval', thrower(RangeError, 'opt'))),
   { name: 'RangeError', code: undefined, message: 'opt' }],
  ['env getter throws', () => new Worker('0', { eval: true, env: Object.defineProperty({}, 'X', {
    ...thrower(RangeError, 'env'), enumerable: true }) }),
   { name: 'RangeError', code: undefined, message: 'env' }],
  ['workerData getter throws', () => new Worker('0', { eval: true, workerData: Object.defineProperty({}, 'x', {
    ...thrower(RangeError, 'wd'), enumerable: true }) }),
   { name: 'RangeError', code: undefined, message: 'wd' }],

  // --- worker.postMessage on a live worker ---
  ['worker.postMessage(function)', () => live.postMessage(() => {}),
   { name: 'DataCloneError', code: 25, message: '() => {} could not be cloned.' }],
  ['worker.postMessage(symbol)', () => live.postMessage(Symbol('a')),
   { name: 'DataCloneError', code: 25, message: 'Symbol(a) could not be cloned.' }],
  ['worker.postMessage(1, 1)', () => live.postMessage(1, 1),
   { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: notIterable }],
  ['worker.postMessage(1, [1])', () => live.postMessage(1, [1]),
   { name: 'TypeError', code: 'ERR_INVALID_TRANSFER_OBJECT', message: 'Found invalid object in transferList' }],
  ['worker.postMessage(1, {transfer: 1})', () => live.postMessage(1, { transfer: 1 }),
   { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: transferNotIterable }],
  ['worker.postMessage(port) without transfer', () => live.postMessage(new MessageChannel().port1),
   { name: 'TypeError', code: 'ERR_MISSING_TRANSFERABLE_IN_TRANSFER_LIST',
     message: 'Object that needs transfer was found in message but not listed in transferList' }],
  ['worker.postMessage duplicate transfer', () => {
    const ab = new ArrayBuffer(1);
    live.postMessage(ab, [ab, ab]);
  }, { name: 'DataCloneError', code: 25, message: 'Transfer list contains duplicate ArrayBuffer' }],

  // --- MessagePort ---
  ['port.postMessage(symbol)', () => port1.postMessage(Symbol('s')),
   { name: 'DataCloneError', code: 25, message: 'Symbol(s) could not be cloned.' }],
  ['port.postMessage(WeakMap)', () => port1.postMessage(new WeakMap()),
   { name: 'DataCloneError', code: 25, message: '#<WeakMap> could not be cloned.' }],
  ['port.postMessage(1, [null])', () => port1.postMessage(1, [null]),
   { name: 'TypeError', code: 'ERR_INVALID_TRANSFER_OBJECT', message: 'Found invalid object in transferList' }],
  ['port.postMessage(1, [{}])', () => port1.postMessage(1, [{}]),
   { name: 'TypeError', code: 'ERR_INVALID_TRANSFER_OBJECT', message: 'Found invalid object in transferList' }],
  ['port.postMessage(1, [SharedArrayBuffer])', () => port1.postMessage(1, [new SharedArrayBuffer(1)]),
   { name: 'TypeError', code: 'ERR_INVALID_TRANSFER_OBJECT', message: 'Found invalid object in transferList' }],
  ['port.postMessage(1, {transfer: string})', () => port1.postMessage(1, { transfer: 'x' }),
   { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: transferNotIterable }],
  // Node and loom word this one differently; the class and code agree.
  ['port.on(message, 1)', () => port1.on('message', 1), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE' }],

  // --- receiveMessageOnPort ---
  ['receiveMessageOnPort()', () => receiveMessageOnPort(),
   { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: portArg }],
  ['receiveMessageOnPort(null)', () => receiveMessageOnPort(null),
   { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: portArg }],
  ['receiveMessageOnPort(MessagePort.prototype)', () => receiveMessageOnPort(MessagePort.prototype),
   { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: portArg }],

  // --- BroadcastChannel ---
  // The engine words symbol-to-string conversion its own way.
  ['new BroadcastChannel(symbol)', () => new BroadcastChannel(Symbol()), { name: 'TypeError', code: undefined }],
  ['new BroadcastChannel(toString throws)', () => new BroadcastChannel({ toString() { throw new RangeError('ts'); } }),
   { name: 'RangeError', code: undefined, message: 'ts' }],
  ['closed bc.postMessage', () => closedBc.postMessage(1),
   { name: 'InvalidStateError', code: 11, message: 'BroadcastChannel is closed.' }],
  ['bc.postMessage()', () => {
    const bc = new BroadcastChannel('reliability-a');
    try { bc.postMessage(); } finally { bc.close(); }
  }, { name: 'TypeError', code: 'ERR_MISSING_ARGS', message: 'The "message" argument must be specified' }],
  ['bc.postMessage(function)', () => {
    const bc = new BroadcastChannel('reliability-a');
    try { bc.postMessage(() => {}); } finally { bc.close(); }
  }, { name: 'DataCloneError', code: 25, message: '() => {} could not be cloned.' }],
  ['bc.postMessage(port)', () => {
    const bc = new BroadcastChannel('reliability-a');
    const { port1: p } = new MessageChannel();
    try { bc.postMessage(p); } finally { bc.close(); p.close(); }
  }, { name: 'TypeError', code: 'ERR_MISSING_TRANSFERABLE_IN_TRANSFER_LIST' }],
];

for (const [label, fn, expected] of throwing) {
  assert.throws(fn, (err) => {
    assert.ok(err instanceof Error, `${label}: not an Error`);
    assert.strictEqual(err.name, expected.name, `${label}: name`);
    if ('code' in expected) assert.strictEqual(err.code, expected.code, `${label}: code`);
    if ('message' in expected) assert.strictEqual(err.message, expected.message, `${label}: message`);
    if (expected.name === 'DataCloneError' || expected.name === 'InvalidStateError') {
      assert.ok(err instanceof DOMException, `${label}: not a DOMException`);
    }
    return true;
  }, label);
}
// None of the failed posts reached the other end.
assert.strictEqual(receiveMessageOnPort(port2), undefined);

// Accepted without an exception: [label, fn, expected return value].
const accepted = [
  ['worker.ref()', () => live.ref(), undefined],
  ['worker.unref()', () => live.unref(), undefined],
  ['worker.ref(1, 2)', () => live.ref(1, 2), undefined],
  ['port.hasRef() with no listener', () => port1.hasRef(), false],
  ['port.start(1)', () => port1.start(1), undefined],
  ['port.onmessage default', () => new MessageChannel().port1.onmessage, null],
  ['port.onmessageerror default', () => new MessageChannel().port1.onmessageerror, null],
  ['new MessageChannel(1, 2)', () => new MessageChannel(1, 2).port1 instanceof MessagePort, true],
  ['receiveMessageOnPort(closed)', () => {
    const c = new MessageChannel();
    c.port2.close();
    return receiveMessageOnPort(c.port2);
  }, undefined],
  ['closed port.postMessage', () => {
    const c = new MessageChannel();
    c.port1.close();
    return c.port1.postMessage(1);
  }, undefined],
  ['port.close() twice', () => {
    const c = new MessageChannel();
    c.port1.close();
    c.port1.close(1);
    return c.port1.hasRef();
  }, false],
  ['bc name null', () => { const bc = new BroadcastChannel(null); bc.close(); return bc.name; }, 'null'],
  ['bc name undefined', () => { const bc = new BroadcastChannel(undefined); bc.close(); return bc.name; }, 'undefined'],
  ['bc name empty', () => { const bc = new BroadcastChannel(''); bc.close(); return bc.name; }, ''],
  ['bc name toString', () => {
    const bc = new BroadcastChannel({ toString() { return 'zz'; } });
    bc.close();
    return bc.name;
  }, 'zz'],
  ['bc.close() twice', () => { const bc = new BroadcastChannel('t'); bc.close(); return bc.close(); }, undefined],
  ['bc.ref() returns this', () => { const bc = new BroadcastChannel('t'); bc.close(); return bc.ref() === bc; }, true],
  ['bc.unref() returns this', () => { const bc = new BroadcastChannel('t'); bc.close(); return bc.unref() === bc; }, true],
  ['bc.postMessage ignores a second argument', () => {
    const bc = new BroadcastChannel('t');
    const ab = new ArrayBuffer(2);
    bc.postMessage(ab, [ab]);
    bc.close();
    return ab.byteLength;
  }, 2],
  ['markAsUntransferable()', () => markAsUntransferable(), undefined],
  ['markAsUntransferable(null)', () => markAsUntransferable(null), undefined],
  ['markAsUntransferable({})', () => markAsUntransferable({}), undefined],
  ['markAsUntransferable(SharedArrayBuffer)', () => markAsUntransferable(new SharedArrayBuffer(1)), undefined],
  ['setEnvironmentData()', () => setEnvironmentData(), undefined],
  ['getEnvironmentData()', () => getEnvironmentData(), undefined],
  ['getEnvironmentData(missing)', () => getEnvironmentData('reliability-missing'), undefined],
  ['environment data keyed by a symbol', () => {
    const key = Symbol('k');
    setEnvironmentData(key, 1);
    const v = getEnvironmentData(key);
    setEnvironmentData(key, undefined);
    return v;
  }, 1],
  ['environment data keyed by NaN', () => { setEnvironmentData(NaN, 5); return getEnvironmentData(NaN); }, 5],
  ['environment data: -0 and +0 are one key', () => { setEnvironmentData(-0, 6); return getEnvironmentData(0); }, 6],
  ['environment data keyed by an object', () => {
    const key = {};
    setEnvironmentData(key, 7);
    return getEnvironmentData(key) === 7 && getEnvironmentData({}) === undefined;
  }, true],
  ['environment data deleted by undefined', () => {
    setEnvironmentData('reliability-d', 1);
    setEnvironmentData('reliability-d', undefined);
    return getEnvironmentData('reliability-d');
  }, undefined],
  ['environment data keeps identity in this thread', () => {
    const v = { a: 1 };
    setEnvironmentData('reliability-o', v);
    const same = getEnvironmentData('reliability-o') === v;
    setEnvironmentData('reliability-o', undefined);
    return same;
  }, true],
  ['SHARE_ENV is a symbol', () => typeof SHARE_ENV, 'symbol'],
];
for (const [label, fn, want] of accepted) {
  assert.strictEqual(fn(), want, label);
}
// Cleanup of the keys above that other rows do not remove.
setEnvironmentData(NaN, undefined);
setEnvironmentData(0, undefined);

// Worker options Node accepts without validating them: each worker starts, runs and exits 0.
const acceptedOptions = [
  { eval: 'truthy string' },
  { eval: true, stdout: 1, stderr: 'yes' },
  { eval: true, transferList: 1 },
  { eval: true, transferList: {} },
  { eval: true, trackUnmanagedFds: 'x' },
  { eval: true, resourceLimits: { maxYoungGenerationSizeMb: -1, stackSizeMb: -1, codeRangeSizeMb: -1 } },
  { eval: true, env: [] },
  { eval: true, env: { NUM: 1 } },
  { eval: true, argv: [{}, 1, null] },
];
for (const options of acceptedOptions) {
  const w = new Worker('process.exitCode = 0', options);
  w.on('error', common.mustNotCall(`error event for ${JSON.stringify(options)}`));
  w.on('exit', common.mustCall((code) => assert.strictEqual(code, 0, JSON.stringify(options))));
}
// env values are stringified for the worker.
new Worker('process.exit(process.env.NUM === "1" ? 0 : 3)', { eval: true, env: { NUM: 1 } })
  .on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));

// worker.terminate() with an ignored argument and repeated calls: promises, never exceptions.
const p1 = live.terminate('ignored');
const p2 = live.terminate();
assert.ok(p1 instanceof Promise && p2 instanceof Promise);
p1.then(common.mustCall());
p2.then(common.mustCall());
port1.close();

// postMessageToThread never throws synchronously: every failure is a rejection (checked in order).
const rejections = [
  [() => postMessageToThread(), { name: 'Error', code: 'ERR_WORKER_MESSAGING_FAILED',
                                  message: 'Cannot find the destination thread or listener' }],
  [() => postMessageToThread('x', 1), { code: 'ERR_WORKER_MESSAGING_FAILED' }],
  [() => postMessageToThread(-1, 1), { code: 'ERR_WORKER_MESSAGING_FAILED' }],
  [() => postMessageToThread(1.5, 1), { code: 'ERR_WORKER_MESSAGING_FAILED' }],
  [() => postMessageToThread(NaN, 1), { code: 'ERR_WORKER_MESSAGING_FAILED' }],
  [() => postMessageToThread(1n, 1), { code: 'ERR_WORKER_MESSAGING_FAILED' }],
  [() => postMessageToThread(1e9, 1, [], 1), { code: 'ERR_WORKER_MESSAGING_FAILED' }],
  [() => postMessageToThread(wt.threadId, 1), { name: 'Error', code: 'ERR_WORKER_MESSAGING_SAME_THREAD',
                                               message: 'Cannot sent a message to the same thread' }],
  [() => postMessageToThread(1e9, 1, [], 'x'), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "timeout" argument must be of type number. Received type string (\'x\')' }],
  [() => postMessageToThread(1e9, 1, [], -1), { name: 'RangeError', code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "timeout" is out of range. It must be >= 0. Received -1' }],
];
(async () => {
  for (const [fn, expected] of rejections) {
    let promise;
    assert.doesNotThrow(() => { promise = fn(); }, `${fn}`);
    assert.ok(promise instanceof Promise, `${fn}`);
    await assert.rejects(promise, (err) => {
      assert.ok(err instanceof Error, `${fn}`);
      for (const key of Object.keys(expected)) assert.strictEqual(err[key], expected[key], `${fn}: ${key}`);
      return true;
    });
  }
})().then(common.mustCall());
