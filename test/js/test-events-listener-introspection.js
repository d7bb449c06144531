// listeners(), rawListeners(), listenerCount() (with and without a listener argument),
// EventEmitter.listenerCount(), eventNames() and events.getEventListeners().
'use strict';
require('../common');
const assert = require('assert');
const EventEmitter = require('events');

const e = new EventEmitter();
const a = () => {};
const b = () => {};
const sym = Symbol('sym');
e.on('foo', a);
e.on('foo', b);
e.on('foo', a);
e.once('bar', b);
e.on(sym, a);

assert.deepStrictEqual(e.eventNames(), ['foo', 'bar', sym]);
assert.deepStrictEqual(e.listeners('foo'), [a, b, a]);
assert.deepStrictEqual(e.listeners('bar'), [b]);
assert.deepStrictEqual(e.listeners('none'), []);
assert.strictEqual(e.rawListeners('bar')[0].listener, b);
assert.strictEqual(e.listenerCount('foo'), 3);
assert.strictEqual(e.listenerCount('foo', a), 2);
assert.strictEqual(e.listenerCount('bar', b), 1);
assert.strictEqual(e.listenerCount('bar', a), 0);
assert.strictEqual(e.listenerCount('none'), 0);
assert.strictEqual(EventEmitter.listenerCount(e, 'foo'), 3);

// The returned arrays are copies.
e.listeners('foo').push(b);
assert.strictEqual(e.listenerCount('foo'), 3);

assert.deepStrictEqual(EventEmitter.getEventListeners(e, 'foo'), [a, b, a]);
const target = new EventTarget();
const handler = { handleEvent() {} };
target.addEventListener('foo', a);
target.addEventListener('foo', handler);
target.addEventListener('foo', b, { once: true });
assert.deepStrictEqual(EventEmitter.getEventListeners(target, 'foo'), [a, handler, b]);
assert.deepStrictEqual(EventEmitter.getEventListeners(target, 'other'), []);
assert.throws(() => EventEmitter.getEventListeners({}, 'foo'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "emitter" argument must be an instance of EventEmitter or EventTarget. ' +
    'Received an instance of Object',
});
