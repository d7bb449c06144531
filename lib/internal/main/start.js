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
  if (process.execArgv.length > 0) require('internal/process/flags').applyWarningFlags();
  // Signal events (main thread only, as in Node): their module loads with the first signal listener.
  process.on('newListener', function startListeningIfSignal(type) {
    if (typeof type === 'string' && type.startsWith('SIG')) {
      require('internal/process/signals').startListeningIfSignal(type);
    }
  });
  process.on('removeListener', function stopListeningIfSignal(type) {
    if (typeof type === 'string' && type.startsWith('SIG')) {
      require('internal/process/signals').stopListeningIfSignal(type);
    }
  });
  if (mode === 'file') {
    const filename = require('path').resolve(value);
    process.argv[1] = filename;
    require('internal/modules/cjs/loader').Module.runMain(filename);
    return;
  }
  let source = value;
  if (mode === 'stdin') source = internalBinding('stdio').readAll(0);
  const name = mode === 'stdin' ? '[stdin]' : '[eval]';
  if (mode !== 'stdin') addBuiltinModuleGlobals();
  runEval(source, name, mode === 'print');
};

// As in Node, -e and -p code (not stdin, not a worker's eval) can name built-in modules as globals: `fs`,
// `os`, `path`... are non-enumerable accessors that load the module on first read; assigning one replaces it.
function addBuiltinModuleGlobals() {
  const { builtinModules } = require('internal/modules/cjs/loader').Module;
  for (let i = 0; i < builtinModules.length; i++) {
    const name = builtinModules[i];
    if (name.includes('/') || name.startsWith('_') || name in globalThis) continue;
    const setReal = (value) => {
      delete globalThis[name];
      globalThis[name] = value;
    };
    const get = () => {
      const lib = require(name);
      Object.defineProperty(globalThis, name, { get: () => lib, set: setReal, configurable: true });
      return lib;
    };
    Object.defineProperty(globalThis, name, { get, set: setReal, configurable: true });
  }
}

function runEval(source, name, print) {
  const result = require('internal/process/execution').evalScript(name, source);
  if (print) {
    const { inspect } = require('internal/util/inspect');
    process.stdout.write(`${typeof result === 'string' ? result : inspect(result)}\n`);
  }
}
