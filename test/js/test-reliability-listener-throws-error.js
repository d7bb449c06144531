// exit-code: 1
// stderr: Error: thrown from the error listener
// Checks that an exception thrown from a worker 'error' listener in the parent, with no 'uncaughtException'
// handler, is fatal: the process 'exit' handlers run with code 1 and the listener's error is printed.
'use strict';
const { Worker } = require('worker_threads');

const worker = new Worker('throw new Error("inside the worker")', { eval: true });
worker.on('error', (err) => {
  console.log(`error listener: ${err.message}`);
  throw new Error('thrown from the error listener');
});
process.on('exit', (code) => console.log(`process exit ${code}`));
