// Checks that a Worker accepts a data: URL (javascript source, loaded as an ES module).
// loom-skip: ES modules (.mjs files, data: URLs) are not implemented yet
'use strict';
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const source = 'import { parentPort, workerData } from "node:worker_threads";' +
               'parentPort.postMessage({ kind: typeof require, doubled: workerData * 2 });';
const worker = new Worker(new URL(`data:text/javascript,${encodeURIComponent(source)}`), { workerData: 21 });
worker.on('message', common.mustCall((m) => {
  assert.deepStrictEqual(m, { kind: 'undefined', doubled: 42 });
}));
worker.on('error', common.mustNotCall());
worker.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
