// Checks that a worker without resourceLimits runs out of memory at the process's heap limit
// (--max-old-space-size, here 64 MiB instead of the default 4 GiB so that the test is quick): it gets
// ERR_WORKER_OUT_OF_MEMORY and exits 1, the main thread (under the same limit) is unaffected, and another
// worker can start afterwards. The hog fills both kinds of memory the limit counts: objects, and arrays whose
// elements SpiderMonkey keeps outside its GC heap.
// flags: --max-old-space-size=64
'use strict';
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

assert.ok(process.execArgv.includes('--max-old-space-size=64'));
const hog = new Worker(`
  const kept = [];
  for (let i = 0; ; i++) kept.push({ i, data: new Array(64).fill(i) });
`, { eval: true });
hog.on('error', common.mustCall((err) => {
  assert.strictEqual(err.code, 'ERR_WORKER_OUT_OF_MEMORY');
  assert.strictEqual(err.message, 'Worker terminated due to reaching memory limit: JS heap out of memory');
}));
hog.on('exit', common.mustCall((code) => {
  assert.strictEqual(code, 1);
  const next = new Worker('require("worker_threads").parentPort.postMessage([1, 2, 3].length)', { eval: true });
  next.on('message', common.mustCall((n) => assert.strictEqual(n, 3)));
  next.on('exit', common.mustCall((c) => assert.strictEqual(c, 0)));
}));
