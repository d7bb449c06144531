// exit-code: 1
// stderr: Error: thrown from the message listener
// Checks that an exception thrown from a worker 'message' listener in the parent, with no
// 'uncaughtException' handler, is fatal: messages after it are not delivered, the process 'exit' handlers run
// with code 1 and the error is printed.
'use strict';
const { Worker } = require('worker_threads');

// The worker stays alive after posting, so only the fatal exception can end the process.
const worker = new Worker(`
  const { parentPort } = require('worker_threads');
  for (let i = 0; i < 4; i++) parentPort.postMessage(i);
  setInterval(() => {}, 1000);
`, { eval: true });
worker.on('message', (m) => {
  console.log(`message ${m}`);
  if (m === 1) throw new Error('thrown from the message listener');
});
worker.on('exit', (code) => console.log(`worker exit ${code}`));
process.on('exit', (code) => console.log(`process exit ${code}`));
