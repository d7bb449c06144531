// exit-code: 1
// stderr: Error: thrown from the exit listener
// Checks that an exception thrown from a worker 'exit' listener in the parent, with no 'uncaughtException'
// handler, is fatal even though other work (a timer) is pending: the timer never runs, the process 'exit'
// handlers run with code 1 and the error is printed.
'use strict';
const { Worker } = require('worker_threads');

const worker = new Worker('process.exitCode = 3', { eval: true });
worker.on('exit', (code) => {
  console.log(`worker exit ${code}`);
  throw new Error('thrown from the exit listener');
});
setTimeout(() => console.log('timer ran'), 10000).unref();
setTimeout(() => console.log('timer ran'), 500);
process.on('exit', (code) => console.log(`process exit ${code}`));
