// events.addAbortListener() runs a listener once when a signal aborts (in a microtask if it already
// has) and returns a disposable that cancels it.
'use strict';
const common = require('../common');
const assert = require('assert');
const { addAbortListener } = require('events');

const ac = new AbortController();
addAbortListener(ac.signal, common.mustCall());
const cancelled = addAbortListener(ac.signal, common.mustNotCall());
const dispose = Object.getOwnPropertySymbols(cancelled)[0];
cancelled[dispose]();
ac.abort();

let ran = false;
addAbortListener(AbortSignal.abort(), common.mustCall(() => { ran = true; }));
assert.strictEqual(ran, false);
queueMicrotask(common.mustCall(() => assert.strictEqual(ran, true)));

assert.throws(() => addAbortListener(undefined, () => {}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "signal" argument must be an instance of AbortSignal. Received undefined',
});
assert.throws(() => addAbortListener(ac.signal, 1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "listener" argument must be of type function. Received type number (1)',
});
