// Checks that with no 'error' listener a worker's uncaught error is rethrown in the parent, which exits 1.
// exit-code: 1
// stderr: RangeError: boom from worker
'use strict';
const common = require('../common');
const { Worker } = require('worker_threads');

const worker = new Worker(`throw new RangeError('boom from worker')`, { eval: true });
// The parent dies from the rethrown error before the worker's 'exit' event could be emitted.
worker.on('exit', common.mustNotCall());
process.on('exit', (code) => {
  if (code !== 1) process.stderr.write(`unexpected exit code ${code}\n`);
});
