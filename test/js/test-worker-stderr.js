// Checks that a worker's console.error reaches the parent's stderr and its console.log the parent's stdout.
// stderr: ^worker to stderr 1$
// stderr: ^worker to stderr 2$
'use strict';
const common = require('../common');
const { Worker } = require('worker_threads');

const worker = new Worker(`
  console.error('worker to stderr', 1);
  process.stderr.write('worker to stderr 2\\n');
  console.log('worker to stdout');
`, { eval: true });
worker.on('exit', common.mustCall(() => console.log('parent done')));
