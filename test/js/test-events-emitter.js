// EventEmitter basics: on/emit pass the arguments with `this` bound to the emitter, listeners run in
// order, emit() reports whether anyone listened, and the module exports the class in every form.
'use strict';
const common = require('../common');
const assert = require('assert');
const EventEmitter = require('events');

assert.strictEqual(require('events').EventEmitter, EventEmitter);
assert.strictEqual(require('node:events'), EventEmitter);
assert.strictEqual(EventEmitter.name, 'EventEmitter');
assert.strictEqual(EventEmitter.defaultMaxListeners, 10);
assert.strictEqual(typeof EventEmitter.errorMonitor, 'symbol');
assert.strictEqual(EventEmitter.captureRejectionSymbol, Symbol.for('nodejs.rejection'));

const e = new EventEmitter();
const order = [];
e.on('hello', common.mustCall(function(a, b) {
  assert.strictEqual(this, e);
  assert.deepStrictEqual([a, b], ['a', 'b']);
  order.push(1);
}));
e.addListener('hello', common.mustCall(() => order.push(2)));
e.prependListener('hello', common.mustCall(() => order.push(0)));
assert.strictEqual(e.emit('hello', 'a', 'b'), true);
assert.deepStrictEqual(order, [0, 1, 2]);
assert.strictEqual(e.emit('nobody'), false);

// on and addListener are the same function, as are off and removeListener.
assert.strictEqual(EventEmitter.prototype.on, EventEmitter.prototype.addListener);
assert.strictEqual(EventEmitter.prototype.off, EventEmitter.prototype.removeListener);

// Methods chain.
const f = () => {};
assert.strictEqual(e.on('x', f), e);
assert.strictEqual(e.off('x', f), e);
assert.strictEqual(e.once('x', f), e);
assert.strictEqual(e.removeAllListeners(), e);
assert.strictEqual(e.setMaxListeners(3), e);
assert.strictEqual(e.getMaxListeners(), 3);

// Symbols work as event names.
const sym = Symbol('s');
e.on(sym, common.mustCall((v) => assert.strictEqual(v, 42)));
e.emit(sym, 42);

// Listeners added while emitting wait for the next emit; removed ones still run this time.
const g = new EventEmitter();
let added = 0;
g.on('tick', common.mustCall(() => {
  g.on('tick', () => added++);
}, 2));
g.emit('tick');
assert.strictEqual(added, 0);
g.emit('tick');
assert.strictEqual(added, 1);

const h = new EventEmitter();
const second = common.mustCall(() => {});
h.on('go', common.mustCall(() => h.off('go', second), 2));
h.on('go', second);
h.emit('go');
h.emit('go');

// Old-style inheritance through EventEmitter.call(this).
function Legacy() {
  EventEmitter.call(this);
}
Object.setPrototypeOf(Legacy.prototype, EventEmitter.prototype);
const legacy = new Legacy();
legacy.on('ping', common.mustCall());
legacy.emit('ping');

// Subclassing.
class Sub extends EventEmitter {}
const sub = new Sub();
sub.on('ping', common.mustCall());
assert.strictEqual(sub.emit('ping'), true);
assert.ok(sub instanceof EventEmitter);
