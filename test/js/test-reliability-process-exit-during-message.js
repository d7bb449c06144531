// exit-code: 7
// Checks that process.exit() called while messages are being delivered stops delivery at once (the messages
// queued after it are never seen), the exit code is honoured, 'exit' handlers run once with that code, and a
// still-running worker that floods the parent with messages neither keeps the process alive nor delays it.
'use strict';
const { Worker, MessageChannel } = require('worker_threads');

// Five local messages are queued up front; the listener calls process.exit() on the third.
const { port1, port2 } = new MessageChannel();
for (let i = 0; i < 5; i++) port1.postMessage(`local ${i}`);
port2.on('message', (m) => {
  console.log(m);
  if (m === 'local 2') {
    process.exitCode = 3;  // overridden by the explicit code
    process.exit(7);
  }
});

// A worker that keeps posting and never exits on its own: neither its thread nor its stream of messages
// may keep the process alive or delay the exit. (Its messages are not printed: their timing relative to the
// local ones is not fixed.)
let workerMessages = 0;
const worker = new Worker(`
  const { parentPort } = require('worker_threads');
  (function send(i) { parentPort.postMessage(i); setImmediate(send, i + 1); })(0);
`, { eval: true });
worker.on('message', () => { workerMessages++; });
worker.on('exit', () => console.log('worker exit listener'));

let exitHandlerRuns = 0;
process.on('exit', (code) => {
  exitHandlerRuns++;
  console.log(`process exit ${code} (run ${exitHandlerRuns})`);
});
process.on('exit', () => setTimeout(() => console.log('timers do not run after exit'), 0));
