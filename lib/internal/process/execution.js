'use strict';
// Running code given as text, and uncaught exceptions. `evalScript` runs -e/-p/stdin code and a worker's
// `eval: true` source the way Node does. `fatalException` is what the native loop calls when a callback
// throws: emit 'uncaughtExceptionMonitor' and 'uncaughtException' if anyone listens and carry on; otherwise
// print the error like Node (source line, caret, stack) and end the thread with exit code 1. Inside a worker
// the error goes to the parent instead of being printed (lib/internal/main/worker_thread.js installs that
// reporter).

let reporter = null;  // worker threads replace the printer

function setUncaughtReporter(fn) { reporter = fn; }

function fatalException(error, location, fromPromise = false) {
  const type = fromPromise ? 'unhandledRejection' : 'uncaughtException';
  try {
    process.emit('uncaughtExceptionMonitor', error, type);
  } catch {
    // a throwing monitor must not hide the original error
  }
  if (process.listenerCount('uncaughtException') > 0) {
    try {
      process.emit('uncaughtException', error, type);
      return true;
    } catch (thrown) {
      if (reporter === null) {
        // On the main thread, as in Node: print the handler's error and exit with 7, without 'exit'.
        printUncaught(thrown, locationOf(thrown));
        process._exiting = true;
        internalBinding('process').reallyExit(7);
        return false;
      }
      error = thrown;  // a worker reports the handler's error instead, as Node does
    }
  }
  if (reporter === null) {
    // As in Node, 'exit' listeners run before the error is printed.
    const exit = require('internal/process/exit');
    exit.exitAfterFatal(1, () => printUncaught(error, location));
    return false;
  }
  // A worker, as in Node: 'exit' is emitted with code 1 (unless the thread is already exiting, when an 'exit'
  // listener threw), then the error goes to the parent, then the thread ends with process.exitCode.
  const exit = require('internal/process/exit');
  if (!process._exiting) {
    process.exitCode = 1;
    try {
      exit.emitExitOnce(1);
    } catch {
      // an 'exit' listener that throws here is ignored; the original error is the one reported
    }
  }
  decorateScriptError(error, location);
  reporter(error);
  exit.exit();
  return false;
}

// For JS-level catch sites (ticks, microtasks, timers): the same policy; if unhandled, the thread ends here.
function triggerUncaughtException(error, fromPromise = false) {
  fatalException(error, locationOf(error), fromPromise);
}

function locationOf(error) {
  if (error === null || typeof error !== 'object') return undefined;
  const stack = safeGet(error, 'stack');
  if (typeof stack !== 'string') return undefined;
  const frame = stack.split('\n').find((line) => line.startsWith('    at '));
  if (!frame) return undefined;
  const m = /\(?([^()\s]+):(\d+):(\d+)\)?$/.exec(frame);
  if (!m) return undefined;
  return { file: m[1], line: Number(m[2]), column: Number(m[3]) };
}

function safeGet(object, key) {
  try { return object[key]; } catch { return undefined; }
}

function sourceContext(error, location) {
  // Syntax errors carry their own position; everything else uses where it was thrown.
  let file;
  let line;
  let column;
  if (error instanceof SyntaxError && typeof error.fileName === 'string' && error.lineNumber) {
    file = error.fileName;
    line = error.lineNumber;
    column = error.columnNumber || 0;
  } else if (location || (location = locationOf(error))) {
    ({ file, line, column } = location);
  } else {
    return '';
  }
  const text = require('internal/modules/source_cache').getSource(file);
  if (text === undefined) return '';
  const sourceLine = text.split('\n')[line - 1];
  if (sourceLine === undefined) return '';
  let caretColumn = Math.max(column - 1, 0);
  // V8 points at the throw statement; the engine knows where the error was created. For the common
  // `throw new Error(...)` they are the same statement, so point at its `throw`.
  const before = sourceLine.slice(0, caretColumn).trimEnd();
  if (before.endsWith('throw')) caretColumn = before.length - 'throw'.length;
  return `${file}:${line}\n${sourceLine}\n${' '.repeat(caretColumn)}^\n\n`;
}

function printUncaught(error, location) {
  let text;
  try {
    text = require('internal/util/inspect').inspect(error);
  } catch {
    text = String(error);
  }
  const context = sourceContext(error, location);
  process.stderr.write(`${context}${text}\n\nloom v${process.versions.loom}\n`);
}

// Code given as text runs as a script of the global scope, as in Node: `this` is globalThis, top-level `var`
// and function declarations become properties of globalThis, and `require`, `module`, `exports`,
// `__filename` and `__dirname` are ordinary (enumerable) globals, assigned in Node's order. Returns the
// script's completion value (what -p prints).
function evalScript(name, source) {
  const { Module, makeRequireFunction } = require('internal/modules/cjs/loader');
  const cwd = process.cwd();
  const module = new Module(name, null);
  module.filename = cwd === '/' ? `/${name}` : `${cwd}/${name}`;  // path.join(cwd, name): cwd is absolute
  module.paths = Module._nodeModulePaths(cwd);
  globalThis.__filename = name;
  globalThis.module = module;
  globalThis.exports = module.exports;
  globalThis.__dirname = '.';
  globalThis.require = makeRequireFunction(module);
  require('internal/modules/source_cache').setSource(name, source);
  try {
    return internalBinding('contextify').runScript(source, name);
  } catch (error) {
    scriptError = error;
    throw error;
  }
}
let scriptError;  // what the last evalScript threw

// An error thrown by a worker's eval'd script itself (not later, from a callback) reaches the parent with
// the source line and a caret before its stack, as Node's does.
function decorateScriptError(error, location) {
  if (error !== scriptError || error === null || typeof error !== 'object') return;
  const stack = safeGet(error, 'stack');
  const context = typeof stack === 'string' ? sourceContext(error, location) : '';
  if (context === '') return;
  try {
    Object.defineProperty(error, 'stack', { value: context + stack, writable: true, configurable: true });
  } catch {
    // a frozen error keeps its stack
  }
}

module.exports = { evalScript, fatalException, triggerUncaughtException, setUncaughtReporter, printUncaught };
