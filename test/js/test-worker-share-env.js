// Checks env: SHARE_ENV: parent and worker share one process.env, in both directions, including deletes.
'use strict';
const common = require('../common');
const assert = require('assert');
const { Worker, SHARE_ENV } = require('worker_threads');

const worker = new Worker(`
  const { parentPort } = require('worker_threads');
  parentPort.once('message', () => {
    parentPort.postMessage({ after: process.env.LOOM_SHARED_AFTER });
    process.env.LOOM_SHARED_FROM_WORKER = 'w';
    delete process.env.LOOM_SHARED_DELETE;
    parentPort.close();
  });
`, { eval: true, env: SHARE_ENV });
// Changes made after construction are seen by the worker.
process.env.LOOM_SHARED_AFTER = 'a';
process.env.LOOM_SHARED_DELETE = 'd';
worker.postMessage('go');
worker.on('message', common.mustCall((msg) => assert.deepStrictEqual(msg, { after: 'a' })));
worker.on('exit', common.mustCall((code) => {
  assert.strictEqual(code, 0);
  assert.strictEqual(process.env.LOOM_SHARED_FROM_WORKER, 'w');
  assert.strictEqual(process.env.LOOM_SHARED_DELETE, undefined);
  assert.ok(!('LOOM_SHARED_DELETE' in process.env));
}));
