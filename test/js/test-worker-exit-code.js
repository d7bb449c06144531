// Checks that process.exitCode = n in a worker becomes the worker's exit code when it finishes naturally.
'use strict';
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const w1 = new Worker(`
  process.exitCode = 9;
  process.on('exit', (code) => require('worker_threads').parentPort.postMessage([code, process.exitCode]));
`, { eval: true });
w1.on('message', common.mustCall((m) => assert.deepStrictEqual(m, [9, 9])));
w1.on('exit', common.mustCall((code) => assert.strictEqual(code, 9)));

// An explicit process.exit(n) wins over exitCode.
const w2 = new Worker('process.exitCode = 4; process.exit(5);', { eval: true });
w2.on('exit', common.mustCall((code) => assert.strictEqual(code, 5)));

// process.exit() without an argument uses exitCode.
const w3 = new Worker('process.exitCode = 6; process.exit();', { eval: true });
w3.on('exit', common.mustCall((code) => assert.strictEqual(code, 6)));

// The worker's exitCode does not leak into the parent.
process.on('exit', () => assert.strictEqual(process.exitCode, undefined));
