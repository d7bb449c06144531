'use strict';
// What a thread runs once its JS world is set up: the main script (a file, -e code, -p expression, or stdin)
// on the main thread, or the worker's start-up message in a worker. Returns a function the native side calls
// as the first macrotask, so that ticks and microtasks it queues run in Node's order.

const { info } = internalBinding('process');

module.exports = function start() {
  const { mode, value } = info();
  if (mode === 'worker') {
    require('internal/main/worker_thread').run();
    return;
  }
  if (mode === 'file') {
    const filename = require('path').resolve(value);
    process.argv[1] = filename;
    require('internal/modules/cjs/loader').Module.runMain(filename);
    return;
  }
  let source = value;
  if (mode === 'stdin') source = internalBinding('stdio').readAll(0);
  const name = mode === 'stdin' ? '[stdin]' : '[eval]';
  runEval(source, name, mode === 'print');
};

function runEval(source, name, print) {
  const result = require('internal/process/execution').evalScript(name, source);
  if (print) {
    const { inspect } = require('internal/util/inspect');
    process.stdout.write(`${typeof result === 'string' ? result : inspect(result)}\n`);
  }
}
