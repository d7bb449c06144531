// exit-code: 7
// Checks that process.exit() called while messages are being delivered stops delivery at once (later
// messages from a worker and on a local channel are never seen), the exit code is honoured, 'exit' handlers
// run once with that code, and a still-running worker does not keep the process alive.
'use strict';
const { Worker, MessageChannel } = require('worker_threads');

// Local messages are queued first; the worker's messages arrive while those are being dispatched or later.
const { port1, port2 } = new MessageChannel();
for (let i = 0; i < 5; i++) port1.postMessage(`local ${i}`);
port2.on('message', (m) => {
  console.log(m);
  if (m === 'local 2') {
    process.exitCode = 3;  // overridden by the explicit code
    process.exit(7);
  }
});

const worker = new Worker(`
  const { parentPort } = require('worker_threads');
  for (let i = 0; i < 5; i++) parentPort.postMessage('worker ' + i);
  setInterval(() => {}, 1000);  // never exits on its own
`, { eval: true });
worker.on('message', (m) => console.log(m));
worker.on('exit', () => console.log('worker exit listener'));

let exitHandlerRuns = 0;
process.on('exit', (code) => {
  exitHandlerRuns++;
  console.log(`process exit ${code} (run ${exitHandlerRuns})`);
});
process.on('exit', () => setTimeout(() => console.log('timers do not run after exit'), 0));
