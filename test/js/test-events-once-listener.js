// emitter.once() and prependOnceListener() run a listener a single time, even when the event is
// emitted again from inside it, and such listeners can be removed through the original function.
'use strict';
const common = require('../common');
const assert = require('assert');
const EventEmitter = require('events');

const e = new EventEmitter();
e.once('a', common.mustCall(function(x) {
  assert.strictEqual(this, e);
  assert.strictEqual(x, 1);
  e.emit('a', 2);
}));
e.emit('a', 1);
e.emit('a', 3);
assert.strictEqual(e.listenerCount('a'), 0);

const order = [];
e.on('b', () => order.push('on'));
e.prependOnceListener('b', () => order.push('once'));
e.emit('b');
e.emit('b');
assert.deepStrictEqual(order, ['once', 'on', 'on']);

// The wrapper keeps the original as `.listener`; listeners() unwraps, rawListeners() does not.
const original = common.mustNotCall();
e.once('c', original);
assert.deepStrictEqual(e.listeners('c'), [original]);
const [raw] = e.rawListeners('c');
assert.notStrictEqual(raw, original);
assert.strictEqual(raw.listener, original);
e.removeListener('c', original);
assert.strictEqual(e.emit('c'), false);

// Calling the raw wrapper runs the listener once and removes it.
const counted = common.mustCall();
e.once('d', counted);
const [wrapper] = e.rawListeners('d');
wrapper();
wrapper();
assert.strictEqual(e.listenerCount('d'), 0);
