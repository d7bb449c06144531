// AbortController.abort() aborts its signal once: 'abort' listeners and onabort see a trusted event,
// `reason` defaults to a DOMException named AbortError, throwIfAborted() throws the reason.
'use strict';
const common = require('../common');
const assert = require('assert');

const ac = new AbortController();
const { signal } = ac;
assert.strictEqual(signal.aborted, false);
assert.strictEqual(signal.reason, undefined);
assert.strictEqual(signal.onabort, null);
signal.throwIfAborted();
assert.ok(signal instanceof EventTarget);
assert.strictEqual(Object.prototype.toString.call(ac), '[object AbortController]');
assert.strictEqual(Object.prototype.toString.call(signal), '[object AbortSignal]');

signal.onabort = common.mustCall((event) => {
  assert.strictEqual(event.type, 'abort');
  assert.strictEqual(event.isTrusted, true);
  assert.strictEqual(event.target, signal);
});
signal.addEventListener('abort', common.mustCall(() => assert.strictEqual(signal.aborted, true)));
ac.abort();
ac.abort();  // A second abort does nothing.

const reason = signal.reason;
assert.ok(reason instanceof DOMException);
assert.ok(reason instanceof Error);
assert.strictEqual(reason.name, 'AbortError');
assert.strictEqual(reason.message, 'This operation was aborted');
assert.strictEqual(reason.code, 20);
assert.throws(() => signal.throwIfAborted(), (err) => err === reason);

const custom = new AbortController();
custom.abort('my reason');
assert.strictEqual(custom.signal.reason, 'my reason');
assert.throws(() => custom.signal.throwIfAborted(), (err) => err === 'my reason');

const pre = AbortSignal.abort();
assert.strictEqual(pre.aborted, true);
assert.strictEqual(pre.reason.name, 'AbortError');
assert.strictEqual(AbortSignal.abort(5).reason, 5);

assert.throws(() => new AbortSignal(), {
  code: 'ERR_ILLEGAL_CONSTRUCTOR',
  name: 'TypeError',
  message: 'Illegal constructor',
});
const abortedGetter = Object.getOwnPropertyDescriptor(AbortSignal.prototype, 'aborted').get;
assert.throws(() => abortedGetter.call({}), {
  code: 'ERR_INVALID_THIS',
  message: 'Value of "this" must be of type AbortSignal',
});
