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
  const { Module } = require('internal/modules/cjs/loader');
  const path = require('path');
  if (mode === 'file') {
    const filename = path.resolve(value);
    process.argv[1] = filename;
    Module.runMain(filename);
    return;
  }
  let source = value;
  if (mode === 'stdin') source = internalBinding('stdio').readAll(0);
  const name = mode === 'stdin' ? '[stdin]' : '[eval]';
  runEval(Module, source, name, mode === 'print');
};

// -e / -p / stdin code runs as a script of the global scope, with `require`, `module`, `exports`,
// `__filename` and `__dirname` available as globals (as Node provides for [eval]).
function runEval(Module, source, name, print) {
  const path = require('path');
  const filename = path.join(process.cwd(), name);
  const module = new Module(name, null);
  module.filename = filename;
  module.paths = Module._nodeModulePaths(process.cwd());
  const { makeRequireFunction } = require('internal/modules/cjs/loader');
  const globals = {
    require: makeRequireFunction(module), module, exports: module.exports,
    __filename: name, __dirname: '.',
  };
  const keys = Object.keys(globals);
  for (let i = 0; i < keys.length; i++) {
    Object.defineProperty(globalThis, keys[i], { value: globals[keys[i]], writable: true, configurable: true });
  }
  require('internal/modules/source_cache').setSource(name, source);
  const result = internalBinding('contextify').runScript(source, name);
  if (print) {
    const { inspect } = require('internal/util/inspect');
    process.stdout.write(`${typeof result === 'string' ? result : inspect(result)}\n`);
  }
}
