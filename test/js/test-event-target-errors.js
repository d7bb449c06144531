// EventTarget argument checking: missing arguments, bad listeners, non-Event dispatch, a foreign
// `this`, recursive dispatch, and the warning for a null listener.
'use strict';
// stderr: AddEventListenerArgumentTypeWarning: addEventListener called with null which has no effect\.
const common = require('../common');
const assert = require('assert');

const target = new EventTarget();
assert.throws(() => target.addEventListener('foo'), {
  code: 'ERR_MISSING_ARGS',
  name: 'TypeError',
  message: 'The "type" and "listener" arguments must be specified',
});
assert.throws(() => target.addEventListener('foo', 1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "listener" argument must be an instance of EventListener. Received type number (1)',
});
assert.throws(() => target.addEventListener('foo', () => {}, { signal: 1 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.signal" property must be an instance of AbortSignal. Received type number (1)',
});
assert.throws(() => target.dispatchEvent(), {
  code: 'ERR_MISSING_ARGS',
  message: 'The "event" argument must be specified',
});
assert.throws(() => target.dispatchEvent('foo'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "event" argument must be an instance of Event. Received type string (\'foo\')',
});
assert.throws(() => target.dispatchEvent({ type: 'foo' }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "event" argument must be an instance of Event. Received an instance of Object',
});
assert.throws(() => EventTarget.prototype.addEventListener.call({}, 'x', () => {}), {
  code: 'ERR_INVALID_THIS',
  message: 'Value of "this" must be of type EventTarget',
});

target.addEventListener('again', common.mustCall((event) => {
  assert.throws(() => target.dispatchEvent(event), {
    code: 'ERR_EVENT_RECURSION',
    message: 'The event "again" is already being dispatched',
  });
}));
target.dispatchEvent(new Event('again'));

process.on('warning', common.mustCall((w) => {
  assert.strictEqual(w.name, 'AddEventListenerArgumentTypeWarning');
  assert.strictEqual(w.target, target);
  assert.strictEqual(w.type, 'foo');
}));
target.addEventListener('foo', null);
