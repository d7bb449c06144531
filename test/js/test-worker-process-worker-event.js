// Checks that process emits 'worker' with the new Worker instance once per worker, before the worker's 'online'.
'use strict';
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const seen = [];
process.on('worker', common.mustCall((w) => {
  assert.ok(w instanceof Worker);
  seen.push(w);
}, 2));

const a = new Worker('', { eval: true });
const b = new Worker('', { eval: true });
for (const w of [a, b]) {
  w.on('online', common.mustCall(() => assert.ok(seen.includes(w))));
  w.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
}
process.on('exit', () => {
  assert.strictEqual(seen[0], a);
  assert.strictEqual(seen[1], b);
});
