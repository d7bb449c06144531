// Checks that after a worker exits, postMessage/ref/unref/terminate are silent no-ops and threadId is -1.
'use strict';
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const worker = new Worker('', { eval: true });
const id = worker.threadId;
assert.ok(Number.isInteger(id) && id > 0);
worker.on('message', common.mustNotCall());
worker.on('error', common.mustNotCall());
worker.on('exit', common.mustCall((code) => {
  assert.strictEqual(code, 0);
  assert.strictEqual(worker.threadId, -1);
  assert.strictEqual(worker.postMessage('late'), undefined);
  assert.strictEqual(worker.postMessage({ a: 1 }, []), undefined);
  assert.strictEqual(worker.ref(), undefined);
  assert.strictEqual(worker.unref(), undefined);
  worker.ref();
  const p = worker.terminate();
  assert.ok(p instanceof Promise);
  p.then(common.mustCall((v) => assert.strictEqual(v, undefined)));
  // Still a silent no-op once more, and the process can exit normally (ref() did not keep it alive).
  worker.postMessage('again');
}));
