// Node 20's answers to the wrong arguments that loom once answered differently (observed under node): wrong
// receivers, ignored options, execArgv checks, missing postMessage arguments, port ref/unref results.
'use strict';
const common = require('../common');
const assert = require('assert');
const { Worker, MessageChannel, MessagePort, BroadcastChannel, receiveMessageOnPort,
        postMessageToThread } = require('worker_threads');

const workerPath = 'The worker script or module filename must be an absolute path or a relative path ' +
                   'starting with \'./\' or \'../\'. Received "0"';
const notThisBc = 'Value of "this" must be of type BroadcastChannel';
const live = new Worker('setInterval(() => {}, 1000)', { eval: true });

const throwing = [
  ['options 1', () => new Worker('0', 1), { name: 'TypeError', code: 'ERR_WORKER_PATH', message: workerPath }],
  ['options string', () => new Worker('0', 'x'), { name: 'TypeError', code: 'ERR_WORKER_PATH', message: workerPath }],
  ['execArgv unknown flag', () => new Worker('0', { eval: true, execArgv: ['--no-such-flag'] }),
   { name: 'Error', code: 'ERR_WORKER_INVALID_EXEC_ARGV',
     message: 'Initiated Worker with invalid execArgv flags: --no-such-flag' }],
  ['worker.postMessage()', () => live.postMessage(),
   { name: 'TypeError', code: 'ERR_MISSING_ARGS', message: 'Not enough arguments to MessagePort.postMessage' }],
  ['port.postMessage()', () => new MessageChannel().port1.postMessage(),
   { name: 'TypeError', code: 'ERR_MISSING_ARGS', message: 'Not enough arguments to MessagePort.postMessage' }],
  ['port.postMessage(1, {transfer: null})', () => new MessageChannel().port1.postMessage(1, { transfer: null }),
   { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
     message: 'Optional options.transfer argument must be an iterable' }],
  ['port.addEventListener(message, 1)', () => new MessageChannel().port1.addEventListener('message', 1),
   { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
     message: 'The "listener" argument must be an instance of EventListener. Received type number (1)' }],
  ['MessagePort.prototype.postMessage.call({})', () => MessagePort.prototype.postMessage.call({}, 1),
   { name: 'TypeError' }],
  ['MessagePort.prototype.close.call({})', () => MessagePort.prototype.close.call({}), { name: 'TypeError' }],
  ['MessagePort.prototype.start.call({})', () => MessagePort.prototype.start.call({}), { name: 'TypeError' }],
  ['MessagePort.prototype.ref.call({})', () => MessagePort.prototype.ref.call({}), { name: 'TypeError' }],
  ['receiveMessageOnPort(Object.create(MessagePort.prototype))',
   () => receiveMessageOnPort(Object.create(MessagePort.prototype)),
   { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: 'The "port" argument must be a MessagePort instance' }],
  ['BroadcastChannel.prototype.postMessage.call({})', () => BroadcastChannel.prototype.postMessage.call({}, 1),
   { name: 'TypeError', code: 'ERR_INVALID_THIS', message: notThisBc }],
  ['BroadcastChannel.prototype.close.call({})', () => BroadcastChannel.prototype.close.call({}),
   { name: 'TypeError', code: 'ERR_INVALID_THIS', message: notThisBc }],
  ['BroadcastChannel.prototype.ref.call({})', () => BroadcastChannel.prototype.ref.call({}),
   { name: 'TypeError', code: 'ERR_INVALID_THIS', message: notThisBc }],
  ['BroadcastChannel.prototype.unref.call({})', () => BroadcastChannel.prototype.unref.call({}),
   { name: 'TypeError', code: 'ERR_INVALID_THIS', message: notThisBc }],
  ['BroadcastChannel name getter on {}',
   () => Object.getOwnPropertyDescriptor(BroadcastChannel.prototype, 'name').get.call({}),
   { name: 'TypeError', code: 'ERR_INVALID_THIS', message: notThisBc }],
  ['Worker.prototype.terminate.call({})', () => Worker.prototype.terminate.call({}), { name: 'TypeError' }],
  ['Worker.prototype.postMessage.call({})', () => Worker.prototype.postMessage.call({}, 1), { name: 'TypeError' }],
  ['Worker.prototype.ref.call({})', () => Worker.prototype.ref.call({}), { name: 'TypeError' }],
  ['Worker.prototype.unref.call({})', () => Worker.prototype.unref.call({}), { name: 'TypeError' }],
];
for (const [label, fn, expected] of throwing) {
  assert.throws(fn, (err) => {
    for (const key of Object.keys(expected)) assert.strictEqual(err[key], expected[key], `${label}: ${key}`);
    return true;
  }, label);
}

// Accepted by Node 20: the worker runs.
for (const options of [
  { eval: true, name: null },
  { eval: true, argv: null },
  { eval: true, argv: [Symbol('s')] },
  { eval: true, resourceLimits: { maxOldGenerationSizeMb: 'x', stackSizeMb: 'x' } },
]) {
  let w;
  assert.doesNotThrow(() => { w = new Worker('0', options); }, `${String(Object.keys(options))}`);
  w.on('exit', common.mustCall());
}

{
  const { port1 } = new MessageChannel();
  assert.strictEqual(port1.ref(), undefined);
  assert.strictEqual(port1.unref(), undefined);
  port1.start();
  assert.strictEqual(port1.hasRef(), false);
  port1.close();
}

live.terminate();

// ERR_WORKER_MESSAGING_FAILED instead of Node's ERR_WORKER_MESSAGING_TIMEOUT.
assert.rejects(postMessageToThread(1e9, 1, [], 0), {
  name: 'Error', code: 'ERR_WORKER_MESSAGING_TIMEOUT', message: 'Sending a message to another thread timed out',
}).then(common.mustCall());
