// Checks the shape of worker.performance.eventLoopUtilization(): { idle, active, utilization } numbers, zero before online and after exit.
'use strict';
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

// A delta between two readings may come out slightly negative in node (its clocks are read separately), so
// only absolute readings are held to be non-negative.
function checkShape(elu, absolute = true) {
  assert.deepStrictEqual(Object.keys(elu).sort(), ['active', 'idle', 'utilization']);
  for (const key of ['idle', 'active', 'utilization']) {
    assert.strictEqual(typeof elu[key], 'number', key);
    assert.ok(Number.isFinite(elu[key]), key);
    if (absolute) assert.ok(elu[key] >= 0, key);
  }
  if (absolute) assert.ok(elu.utilization <= 1);
}

const worker = new Worker(`
  const { parentPort } = require('worker_threads');
  parentPort.on('message', (m) => { if (m === 'stop') parentPort.close(); else parentPort.postMessage(m); });
  parentPort.postMessage('ready');
`, { eval: true });
assert.strictEqual(typeof worker.performance, 'object');
assert.strictEqual(typeof worker.performance.eventLoopUtilization, 'function');
// Not yet online: all zero.
assert.deepStrictEqual(worker.performance.eventLoopUtilization(), { idle: 0, active: 0, utilization: 0 });

worker.once('message', common.mustCall(() => {
  const first = worker.performance.eventLoopUtilization();
  checkShape(first);
  assert.ok(first.idle + first.active > 0);
  // With a previous reading, the delta has the same shape.
  const delta = worker.performance.eventLoopUtilization(first);
  checkShape(delta, false);
  // Two readings: the delta between them.
  const second = worker.performance.eventLoopUtilization();
  checkShape(worker.performance.eventLoopUtilization(second, first), false);
  worker.postMessage('stop');
}));
worker.on('exit', common.mustCall(() => {
  assert.deepStrictEqual(worker.performance.eventLoopUtilization(), { idle: 0, active: 0, utilization: 0 });
}));
