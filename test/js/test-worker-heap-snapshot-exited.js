// worker.getHeapSnapshot() on a worker that has exited rejects with ERR_WORKER_NOT_RUNNING, as in Node.
'use strict';
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const worker = new Worker('', { eval: true });
worker.on('exit', common.mustCall(() => {
  assert.rejects(worker.getHeapSnapshot(), {
    name: 'Error', code: 'ERR_WORKER_NOT_RUNNING', message: 'Worker instance not running',
  }).then(common.mustCall());
}));
