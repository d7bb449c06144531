// Checks resourceLimits: given values are reported by worker.resourceLimits and inside the worker; {} after exit.
'use strict';
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const keys = ['codeRangeSizeMb', 'maxOldGenerationSizeMb', 'maxYoungGenerationSizeMb', 'stackSizeMb'];
const worker = new Worker(`
  const { parentPort, resourceLimits } = require('worker_threads');
  parentPort.postMessage(resourceLimits);
`, { eval: true, resourceLimits: { maxOldGenerationSizeMb: 64, stackSizeMb: 2 } });

const before = worker.resourceLimits;
assert.deepStrictEqual(Object.keys(before).sort(), keys);
assert.strictEqual(before.maxOldGenerationSizeMb, 64);
assert.strictEqual(before.stackSizeMb, 2);

worker.on('message', common.mustCall((inside) => {
  assert.deepStrictEqual(Object.keys(inside).sort(), keys);
  for (const k of keys) assert.strictEqual(typeof inside[k], 'number', k);
  assert.strictEqual(inside.maxOldGenerationSizeMb, 64);
  assert.strictEqual(inside.stackSizeMb, 2);
  // While running, the parent's view matches the worker's own.
  assert.deepStrictEqual(worker.resourceLimits, inside);
}));
worker.on('exit', common.mustCall((code) => {
  assert.strictEqual(code, 0);
  assert.deepStrictEqual(worker.resourceLimits, {});
}));

// Without resourceLimits the worker still reports all four keys as numbers.
const plain = new Worker('require("worker_threads").parentPort.postMessage(require("worker_threads").resourceLimits)',
                         { eval: true });
plain.on('message', common.mustCall((inside) => {
  assert.deepStrictEqual(Object.keys(inside).sort(), keys);
  for (const k of keys) assert.strictEqual(typeof inside[k], 'number', k);
}));
