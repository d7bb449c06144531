// A worker terminated in the same tick as its construction, before its thread has started on it, exits with
// code 0 (as in Node); it never comes online and runs none of its script. One terminated once online exits 1.
'use strict';
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const early = new Worker('require("worker_threads").parentPort.postMessage("ran")', { eval: true });
early.on('online', common.mustNotCall('online'));
early.on('message', common.mustNotCall('message'));
early.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
early.terminate().then(common.mustCall((code) => {
  assert.strictEqual(code, 0);

  const late = new Worker('setInterval(() => {}, 1000)', { eval: true });
  late.on('online', common.mustCall(() => {
    late.terminate().then(common.mustCall((lateCode) => assert.strictEqual(lateCode, 1)));
  }));
  late.on('exit', common.mustCall((lateCode) => assert.strictEqual(lateCode, 1)));
}));
