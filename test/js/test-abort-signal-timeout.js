// AbortSignal.timeout(ms) aborts with a DOMException named TimeoutError, and its timer alone does not
// keep the process running.
'use strict';
const common = require('../common');
const assert = require('assert');

setTimeout(() => {}, 50);  // Keeps the process alive until the signal's (unref'd) timer fires.
const signal = AbortSignal.timeout(10);
assert.strictEqual(signal.aborted, false);
signal.addEventListener('abort', common.mustCall(() => {
  assert.strictEqual(signal.reason.name, 'TimeoutError');
  assert.strictEqual(signal.reason.message, 'The operation was aborted due to timeout');
  assert.strictEqual(signal.reason.code, 23);
}));

// Would keep the process alive for an hour if its timer were ref'd.
AbortSignal.timeout(3600 * 1000).addEventListener('abort', common.mustNotCall());

assert.throws(() => AbortSignal.timeout(-1), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "delay" is out of range. It must be >= 0 && <= 4294967295. Received -1',
});
assert.throws(() => AbortSignal.timeout('1'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "delay" argument must be of type number. Received type string (\'1\')',
});
