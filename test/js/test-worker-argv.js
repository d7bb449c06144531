// Checks the argv option: values are stringified and appended after [execPath, script] in the worker's process.argv.
'use strict';
const common = require('../common');
const assert = require('assert');
const path = require('path');
const { Worker } = require('worker_threads');

const file = path.join(__dirname, '..', 'fixtures', 'workers', 'report.js');
const w1 = new Worker(file, { argv: ['a', 1, true, null, undefined, { x: 1 }, [2, 3]] });
w1.on('message', common.mustCall((msg) => {
  assert.deepStrictEqual(msg.argv, ['a', '1', 'true', 'null', 'undefined', '[object Object]', '2,3']);
}));
w1.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));

const w2 = new Worker(`
  require('worker_threads').parentPort.postMessage(
    { argv: process.argv, execPath: process.execPath, parentExecPath: require('worker_threads').workerData });
`, { eval: true, argv: ['x', 'y'], workerData: process.execPath });
w2.on('message', common.mustCall((msg) => {
  assert.strictEqual(msg.argv.length, 4);
  assert.strictEqual(msg.argv[0], msg.parentExecPath);
  assert.strictEqual(msg.argv[1], '[worker eval]');
  assert.deepStrictEqual(msg.argv.slice(2), ['x', 'y']);
}));
w2.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));

// Without argv, the worker sees only [execPath, script].
const w3 = new Worker(file);
w3.on('message', common.mustCall((msg) => assert.deepStrictEqual(msg.argv, [])));
w3.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
