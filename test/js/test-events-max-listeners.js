// Adding more listeners than the limit prints one MaxListenersExceededWarning per event name; the
// warning carries emitter, type and count. setMaxListeners validates its argument.
'use strict';
// stderr: MaxListenersExceededWarning: Possible EventEmitter memory leak detected\. 11 data listeners added to \[EventEmitter\]\. MaxListeners is 10\. Use emitter\.setMaxListeners\(\) to increase limit
// stderr: MaxListenersExceededWarning: Possible EventEmitter memory leak detected\. 2 Symbol\(tick\) listeners added to \[Custom\]\. MaxListeners is 1\.
const common = require('../common');
const assert = require('assert');
const EventEmitter = require('events');

const e = new EventEmitter();
process.on('warning', common.mustCall((w) => {
  if (w.emitter !== e) return;
  assert.strictEqual(w.name, 'MaxListenersExceededWarning');
  assert.strictEqual(w.type, 'data');
  assert.strictEqual(w.count, 11);
}, 2));
for (let i = 0; i < 12; i++) e.on('data', () => {});  // Warns once, at the 11th.

class Custom extends EventEmitter {}
const c = new Custom();
c.setMaxListeners(1);
const tick = Symbol('tick');
c.on(tick, () => {});
c.on(tick, () => {});

// 0 means unlimited.
const unlimited = new EventEmitter().setMaxListeners(0);
for (let i = 0; i < 20; i++) unlimited.on('x', () => {});

assert.throws(() => e.setMaxListeners(-1), {
  code: 'ERR_OUT_OF_RANGE',
  name: 'RangeError',
  message: 'The value of "setMaxListeners" is out of range. It must be >= 0. Received -1',
});
assert.throws(() => e.setMaxListeners('1'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "setMaxListeners" argument must be of type number. Received type string (\'1\')',
});
assert.throws(() => { EventEmitter.defaultMaxListeners = NaN; }, {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "defaultMaxListeners" is out of range. It must be >= 0. Received NaN',
});

// events.setMaxListeners / getMaxListeners work on emitters and EventTargets.
const target = new EventTarget();
assert.strictEqual(EventEmitter.getMaxListeners(target), 10);
EventEmitter.setMaxListeners(5, target, e);
assert.strictEqual(EventEmitter.getMaxListeners(target), 5);
assert.strictEqual(e.getMaxListeners(), 5);
assert.throws(() => EventEmitter.setMaxListeners(1, {}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "eventTargets" argument must be an instance of EventEmitter or EventTarget. ' +
    'Received an instance of Object',
});
