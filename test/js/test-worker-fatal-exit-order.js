// What the parent sees when a worker's error handling itself goes wrong, as in Node: an 'uncaughtException'
// handler that throws reports its own error (exit 1); an 'exit' listener that throws is reported and the
// worker keeps the exit code it had; after an uncaught error the worker's 'exit' listeners run (with code 1,
// and may change it) before the parent gets 'error'.
'use strict';
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

function run(source) {
  return new Promise((resolve) => {
    const worker = new Worker(source, { eval: true });
    const events = [];
    worker.on('message', (m) => events.push(`message ${m}`));
    worker.on('error', (e) => events.push(`error ${e.message}`));
    worker.on('exit', (code) => {
      events.push(`exit ${code}`);
      resolve(events.join(', '));
    });
  });
}

const post = "require('worker_threads').parentPort.postMessage";
const cases = [
  [`process.on('uncaughtException', () => { throw new Error('second'); }); throw new Error('first');`,
   'error second, exit 1'],
  [`process.on('uncaughtException', () => { throw new Error('again'); }); Promise.reject(new Error('rej'));`,
   'error again, exit 1'],
  [`process.on('uncaughtException', (e) => ${post}('caught ' + e.message)); throw new Error('boom');`,
   'message caught boom, exit 0'],
  [`process.on('exit', () => { throw new Error('in exit'); });`, 'error in exit, exit 0'],
  [`process.exitCode = 4; process.on('exit', () => { throw new Error('in exit'); });`, 'error in exit, exit 4'],
  [`process.on('exit', (code) => ${post}('bye ' + code)); throw new Error('boom');`,
   'message bye 1, error boom, exit 1'],
  [`process.on('exit', () => { process.exitCode = 9; }); throw new Error('boom');`, 'error boom, exit 9'],
];

(async () => {
  for (const [source, expected] of cases) assert.strictEqual(await run(source), expected, source);
})().then(common.mustCall());
