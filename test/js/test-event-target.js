// EventTarget: listeners run in order with `this` = target, handleEvent objects are called on
// themselves, duplicates (same callback and capture) are ignored, and removeEventListener and the
// once / signal options take listeners off.
'use strict';
const common = require('../common');
const assert = require('assert');

const target = new EventTarget();
const order = [];
target.addEventListener('foo', common.mustCall(function(event) {
  assert.strictEqual(this, target);
  assert.strictEqual(event.target, target);
  assert.strictEqual(event.currentTarget, target);
  assert.strictEqual(event.eventPhase, Event.AT_TARGET);
  order.push('fn');
}));
const handler = {
  handleEvent: common.mustCall(function(event) {
    assert.strictEqual(this, handler);
    assert.strictEqual(event.type, 'foo');
    order.push('object');
  }),
};
target.addEventListener('foo', handler);
const event = new Event('foo');
assert.strictEqual(target.dispatchEvent(event), true);
assert.deepStrictEqual(order, ['fn', 'object']);
// After dispatch the event keeps its target but has no current target.
assert.strictEqual(event.target, target);
assert.strictEqual(event.currentTarget, null);
assert.strictEqual(event.eventPhase, Event.NONE);

// Duplicates are ignored; capture makes a different registration.
const dup = common.mustCall(2);
target.addEventListener('dup', dup);
target.addEventListener('dup', dup);
target.addEventListener('dup', dup, { capture: true });
target.dispatchEvent(new Event('dup'));
target.removeEventListener('dup', dup);
target.removeEventListener('dup', dup, { capture: true });
target.dispatchEvent(new Event('dup'));

// once
const once = common.mustCall();
target.addEventListener('once', once, { once: true });
target.dispatchEvent(new Event('once'));
target.dispatchEvent(new Event('once'));

// signal
const ac = new AbortController();
target.addEventListener('sig', common.mustCall(), { signal: ac.signal });
target.dispatchEvent(new Event('sig'));
ac.abort();
target.dispatchEvent(new Event('sig'));
target.addEventListener('sig', common.mustNotCall(), { signal: AbortSignal.abort() });
target.dispatchEvent(new Event('sig'));

// A listener removed during dispatch does not run. One added during dispatch runs in the same
// dispatch unless the listener that added it was the last one to run (as in Node).
const late = common.mustNotCall();
target.addEventListener('live', common.mustCall(() => {
  target.removeEventListener('live', late);
}));
target.addEventListener('live', late);
target.dispatchEvent(new Event('live'));

const seen = [];
target.addEventListener('grow', () => {
  seen.push('first');
  target.addEventListener('grow', () => seen.push('added by first'));
}, { once: true });
target.addEventListener('grow', () => {
  seen.push('last');
  target.addEventListener('grow', () => seen.push('added by last'));
}, { once: true });
target.dispatchEvent(new Event('grow'));
assert.deepStrictEqual(seen, ['first', 'last', 'added by first', 'added by last']);

const only = [];
target.addEventListener('alone', () => {
  only.push('only');
  target.addEventListener('alone', () => only.push('added'));
}, { once: true });
target.dispatchEvent(new Event('alone'));
assert.deepStrictEqual(only, ['only']);

// stopImmediatePropagation skips the remaining listeners.
target.addEventListener('stop', (e) => e.stopImmediatePropagation());
target.addEventListener('stop', common.mustNotCall());
target.dispatchEvent(new Event('stop'));

assert.strictEqual(Object.prototype.toString.call(target), '[object EventTarget]');
