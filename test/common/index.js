'use strict';
// Shared helpers for loom's JS tests. Every test file runs unchanged under `node` and `loom`;
// these helpers only use public APIs so they behave the same on both.
// mustCall/mustNotCall register expectations that are checked when the process exits.
const assert = require('assert');

const pending = [];

function mustCall(fn, times = 1) {
  if (typeof fn === 'number') { times = fn; fn = undefined; }
  const context = { name: (fn && fn.name) || '<anonymous>', expected: times, actual: 0,
                    stack: new Error().stack };
  pending.push(context);
  const impl = fn || (() => {});
  return function mustCallWrapper(...args) {
    context.actual++;
    return impl.apply(this, args);
  };
}

function mustCallAtLeast(fn, minimum = 1) {
  if (typeof fn === 'number') { minimum = fn; fn = undefined; }
  const context = { name: (fn && fn.name) || '<anonymous>', minimum, actual: 0,
                    stack: new Error().stack };
  pending.push(context);
  const impl = fn || (() => {});
  return function mustCallAtLeastWrapper(...args) {
    context.actual++;
    return impl.apply(this, args);
  };
}

function mustNotCall(msg) {
  return function mustNotCall(...args) {
    assert.fail(`${msg || 'function should not have been called'}; called with ` +
                `${args.length} argument(s)`);
  };
}

// Like mustCall, for Node-style callbacks whose first argument must be null/undefined.
function mustSucceed(fn, times) {
  return mustCall(function(err, ...args) {
    assert.ifError(err);
    if (typeof fn === 'function') return fn.apply(this, args);
  }, times);
}

// Returns a validator for assert.throws(): checks the listed own properties of the error.
function expectsError(expected) {
  return (error) => {
    for (const key of Object.keys(expected)) {
      const want = expected[key];
      if (want instanceof RegExp && typeof error[key] === 'string') {
        assert.match(error[key], want, `error.${key}`);
      } else {
        assert.strictEqual(error[key], want, `error.${key}`);
      }
    }
    return true;
  };
}

process.on('exit', (code) => {
  if (code !== 0) return;
  const failed = pending.filter((c) => (c.expected !== undefined ? c.actual !== c.expected
                                                                 : c.actual < c.minimum));
  if (failed.length === 0) return;
  for (const c of failed) {
    const want = c.expected !== undefined ? `exactly ${c.expected}` : `at least ${c.minimum}`;
    process.stderr.write(`Mismatched ${c.name} function calls. Expected ${want}, actual ${c.actual}.\n` +
                         `${c.stack}\n`);
  }
  process.exitCode = 1;
});

const isLoom = !!(process.release && process.release.name === 'loom');

module.exports = { mustCall, mustCallAtLeast, mustNotCall, mustSucceed, expectsError, isLoom };
