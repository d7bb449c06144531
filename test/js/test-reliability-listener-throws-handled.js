// Checks that with a process 'uncaughtException' handler, exceptions thrown from a worker's 'message',
// 'error' and 'exit' listeners in the parent each reach the handler once (origin 'uncaughtException'), and
// that delivery goes on: later messages still arrive, 'exit' still follows 'error', timers still run, and the
// process exits 0.
'use strict';
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const caught = [];
process.on('uncaughtException', common.mustCall((err, origin) => {
  assert.strictEqual(origin, 'uncaughtException');
  caught.push(err.message);
}, 3));

const log = [];
// Worker A posts four messages then throws: the listener throws on message 1 only.
const a = new Worker(`
  const { parentPort } = require('worker_threads');
  for (let i = 0; i < 4; i++) parentPort.postMessage(i);
  parentPort.once('message', () => { throw new Error('worker A fails'); });
`, { eval: true });
// Registered before the throwing 'exit' listener: a throwing listener stops the listeners after it.
let aDone = false;
a.on('exit', () => { aDone = true; });
a.on('message', (m) => {
  log.push(`A message ${m}`);
  if (m === 1) throw new Error('from message listener');
  if (m === 3) a.postMessage('now fail');
});
a.on('error', (err) => {
  log.push(`A error ${err.message}`);
  throw new Error('from error listener');
});
a.on('exit', (code) => {
  log.push(`A exit ${code}`);
  throw new Error('from exit listener');
});

// A timer polling for the end of A still fires, proving the loop kept running.
const poll = setInterval(common.mustCallAtLeast(() => {
  if (!aDone) return;
  clearInterval(poll);
  // Worker B, started after the failures, works normally.
  const b = new Worker('require("worker_threads").parentPort.postMessage("B alive")', { eval: true });
  b.on('message', common.mustCall((m) => log.push(m)));
  b.on('exit', common.mustCall((code) => log.push(`B exit ${code}`)));
}), 5);

process.on('exit', (code) => {
  assert.strictEqual(code, 0);
  assert.deepStrictEqual(caught, ['from message listener', 'from error listener', 'from exit listener']);
  assert.deepStrictEqual(log, [
    'A message 0', 'A message 1', 'A message 2', 'A message 3',
    'A error worker A fails', 'A exit 1', 'B alive', 'B exit 0',
  ]);
});
