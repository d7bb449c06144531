'use strict';
// Ending a thread the way Node does: process.exit(code) sets exitCode, emits 'exit' once, then stops the
// thread (the whole process on the main thread) without running any more JS. The native loop calls
// emitExitOnce when the loop runs dry, so 'exit' is emitted exactly once either way.

const binding = internalBinding('process');

function validateCode(code) {
  if (code === undefined || code === null) return;
  if (typeof code === 'string' && code !== '' && Number.isInteger(Number(code))) return;
  if (typeof code !== 'number') {
    const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
    throw new ERR_INVALID_ARG_TYPE('code', 'number', code);
  }
  if (!Number.isInteger(code)) {
    const { codes: { ERR_OUT_OF_RANGE } } = require('internal/errors');
    throw new ERR_OUT_OF_RANGE('code', 'an integer', code);
  }
}

// The code the thread ends with: process.exitCode when set, else `code`.
function finalCode(code) {
  const set = process.exitCode;
  return set === undefined || set === null ? code : Number(set) | 0;
}

function emitExitOnce(code) {
  if (!process._exiting) {
    process._exiting = true;
    process.emit('exit', finalCode(code));
  }
  return finalCode(code);
}

function exit(code) {
  validateCode(code);
  // An argument, even undefined, replaces process.exitCode (process.exit(undefined) exits 0), as in Node.
  if (arguments.length !== 0) process.exitCode = code;
  binding.reallyExit(emitExitOnce(0));
}

// After an unhandled error: Node still emits 'exit' (with code 1), then reports the error (`report`, if
// given), then ends the thread.
function exitAfterFatal(code, report = undefined) {
  process.exitCode = code;
  try {
    emitExitOnce(code);
  } catch (error) {
    // An 'exit' listener that throws during a fatal exit is reported and ignored, as in Node.
  }
  if (report !== undefined) report();
  binding.reallyExit(finalCode(code));
}

module.exports = { exit, emitExitOnce, exitAfterFatal, validateCode };
