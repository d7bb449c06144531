// Checks that output written in a worker's process.on('exit') handler (natural end) is flushed to the parent's stdout.
'use strict';
const common = require('../common');
const { Worker } = require('worker_threads');

const worker = new Worker(`
  process.on('exit', (code) => {
    console.log('worker exit handler ran with code', code);
    process.stdout.write('raw write in exit handler\\n');
  });
  console.log('worker body');
`, { eval: true });
worker.on('exit', common.mustCall((code) => {
  console.log('parent: exit', code);
}));
