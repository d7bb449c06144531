// Checks terminate() on an idle worker kept alive by parentPort (exit 1), and that terminate() after exit resolves with undefined.
'use strict';
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const worker = new Worker(`
  const { parentPort } = require('worker_threads');
  parentPort.on('message', () => {});
  parentPort.postMessage('idle');
`, { eval: true });
worker.on('exit', common.mustCall((code) => assert.strictEqual(code, 1)));
worker.once('message', common.mustCall(async () => {
  const first = worker.terminate();
  assert.strictEqual(await first, 1);
  // Terminating an exited worker again is harmless and resolves with undefined.
  assert.strictEqual(await worker.terminate(), undefined);
}));

// A worker that already finished on its own.
const done = new Worker('process.exitCode = 3', { eval: true });
done.on('exit', common.mustCall(async (code) => {
  assert.strictEqual(code, 3);
  assert.strictEqual(await done.terminate(), undefined);
}));
