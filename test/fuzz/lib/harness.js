'use strict';
// The per-input runner shared by the libFuzzer harness (fuzz_js.cc) and the JS driver (driver.js): calls a
// target's fuzz(buffer, cover) and decides which exceptions are findings. Expected: TypeError, RangeError, or
// any Error with a string `code` other than ERR_ASSERTION, plus whatever the target's own `expected(err)`
// accepts. Anything else (a FuzzFinding from a violated property, a ReferenceError from a bug in a built-in,
// InternalError, a non-Error) is a finding. Returns undefined, or a description of the finding.
const { Buffer } = require('buffer');

function isExpected(target, err) {
  if (typeof target.expected === 'function' && target.expected(err)) return true;
  if (!(err instanceof Error) || err.code === 'ERR_ASSERTION') return false;
  return err instanceof TypeError || err instanceof RangeError || typeof err.code === 'string';
}

function describe(err) {
  try {
    if (err instanceof Error) return `${err.name} (code ${err.code}): ${err.message}\n${err.stack}`;
    return `non-Error thrown: ${typeof err} ${String(err)}`;
  } catch {
    return 'unprintable exception';
  }
}

function makeRunner(target, cover) {
  return function runOne(bytes) {
    const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
    try {
      target.fuzz(buf, cover);
    } catch (err) {
      if (!isExpected(target, err)) return describe(err);
      cover(`exception:${err.name}:${err.code}`);
    }
    return undefined;
  };
}

module.exports = { makeRunner, isExpected, describe };
