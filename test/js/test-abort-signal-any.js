// AbortSignal.any(signals) aborts with the reason of the first of its signals to abort, at once if
// one already has.
'use strict';
const common = require('../common');
const assert = require('assert');

const a = new AbortController();
const b = new AbortController();
const any = AbortSignal.any([a.signal, b.signal]);
assert.strictEqual(any.aborted, false);
any.addEventListener('abort', common.mustCall(() => assert.strictEqual(any.reason, 'second')));
b.abort('second');
a.abort('first');
assert.strictEqual(any.reason, 'second');

const already = AbortSignal.any([new AbortController().signal, AbortSignal.abort('done')]);
assert.strictEqual(already.aborted, true);
assert.strictEqual(already.reason, 'done');
assert.strictEqual(AbortSignal.any([]).aborted, false);

assert.throws(() => AbortSignal.any(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "signals" argument must be an instance of Array. Received type number (1)',
});
assert.throws(() => AbortSignal.any([a.signal, {}]), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "signals[1]" argument must be an instance of AbortSignal. Received an instance of Object',
});
