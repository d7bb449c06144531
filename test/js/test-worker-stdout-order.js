// Checks that a worker's console.log output reaches the parent's stdout complete and in order (200 lines), before the parent's 'exit' marker.
'use strict';
const common = require('../common');
const { Worker } = require('worker_threads');

const worker = new Worker(`
  for (let i = 1; i <= 200; i++) console.log('line ' + i + ' of 200');
  process.stdout.write('written with process.stdout.write\\n');
  console.log({ done: true, list: [1, 2] });
`, { eval: true });
worker.on('exit', common.mustCall(() => {
  console.log('parent: worker exited');
}));
