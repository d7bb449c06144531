'use strict';
// The start of a worker thread: read the start-up message, make `process` a worker's process (its own env
// copy or the shared one, exit ending only this thread, unsupported operations throwing), route uncaught
// errors to the parent, tell the parent we are online, then run the script or the eval'd source.

const workerBinding = internalBinding('worker');
require('internal/worker/io');  // gives the natively made ports their MessagePort methods

let context = null;

function workerContext() {
  if (context === null) context = workerBinding.getWorkerContext();
  return context;
}

function unsupported(name) {
  return function unsupportedOperation() {
    const { codes: { ERR_WORKER_UNSUPPORTED_OPERATION } } = require('internal/errors');
    throw new ERR_WORKER_UNSUPPORTED_OPERATION(name);
  };
}

function run() {
  const ctx = workerContext();
  const { startup, controlPort } = ctx;
  controlPort.unref();

  if (!startup.shareEnv) {
    process.env = require('internal/process/env').createCopyEnv(startup.env || {});
  }
  process.argv0 = startup.argv0;
  process.argv = [process.execPath, startup.isEval ? '[worker eval]' : startup.filename].concat(startup.argv);
  process.execArgv = startup.execArgv;
  if (process.execArgv.length > 0) require('internal/process/flags').applyWarningFlags();
  process.chdir = unsupported('process.chdir()');
  process.abort = unsupported('process.abort()');
  const umask = process.umask;
  process.umask = function workerUmask(mask) {
    if (mask !== undefined) unsupported('Setting process.umask()')();
    return umask();
  };
  if (startup.environmentData.size > 0) {
    const { environmentData } = require('internal/worker');
    for (const [key, value] of startup.environmentData) environmentData.set(key, value);
  }

  redirectStdio(startup, controlPort);

  require('internal/process/execution').setUncaughtReporter((error) => {
    const { serializeError } = require('internal/worker/errors');  // loaded only when needed
    controlPort.postMessage({ type: 'error', error: serializeError(error) });
  });

  // Not when terminate() came first: the worker then ends unannounced, with exit code 0 (src/worker/worker.h).
  if (!workerBinding.markOnline()) return;
  controlPort.postMessage({ type: 'online' });

  if (startup.isEval) {
    require('internal/process/execution').evalScript('[worker eval]', startup.source);
  } else {
    require('internal/modules/cjs/loader').Module.runMain(startup.filename);
  }
}

// With `stdout: true` / `stderr: true` the parent reads this thread's output from worker.stdout/stderr; with
// `stdin: true` this thread's process.stdin reads what the parent writes to worker.stdin.
function redirectStdio(startup, controlPort) {
  if (startup.stdout) redirectOutput(process.stdout, 1, controlPort);
  if (startup.stderr) redirectOutput(process.stderr, 2, controlPort);
  if (!startup.stdin) return;
  const { WorkerReadable } = require('internal/worker/stdio');
  const stdin = new WorkerReadable();
  stdin.fd = 0;
  stdin.on('newListener', (event) => {
    if (event === 'data' || event === 'end' || event === 'readable') controlPort.ref();
  });
  controlPort.on('message', (message) => {
    if (message.type === 'stdin') {
      stdin.push(message.chunk);
    } else if (message.type === 'stdin-end') {
      stdin.push(null);
      controlPort.unref();
    }
  });
  controlPort.unref();
  Object.defineProperty(process, 'stdin', { value: stdin, configurable: true, writable: true });
}

function redirectOutput(stream, fd, controlPort) {
  stream._writeRaw = (chunk) => {
    controlPort.postMessage({ type: 'stdio', fd, chunk: typeof chunk === 'string' ? chunk : chunk.slice() });
  };
}

module.exports = { run, workerContext };
