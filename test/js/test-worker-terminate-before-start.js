// A worker terminated before it came online exits with code 0 (as in Node, where the thread has not even set
// up its environment then) and never announces itself; one terminated once online exits 1. terminate() in
// the constructor's tick almost always lands first; on a loaded machine the thread may win the race, and
// then the worker must be online and exit 1, never a mix of the two.
'use strict';
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const early = new Worker('setInterval(() => {}, 1000)', { eval: true });
let online = false;
early.on('online', () => { online = true; });  // always emitted before 'exit' when it is emitted
early.on('exit', common.mustCall((code) => assert.strictEqual(code, online ? 1 : 0)));
early.terminate().then(common.mustCall((code) => {
  assert.strictEqual(code, online ? 1 : 0);

  const late = new Worker('setInterval(() => {}, 1000)', { eval: true });
  late.on('online', common.mustCall(() => {
    late.terminate().then(common.mustCall((lateCode) => assert.strictEqual(lateCode, 1)));
  }));
  late.on('exit', common.mustCall((lateCode) => assert.strictEqual(lateCode, 1)));
}));
