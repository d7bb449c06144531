// removeListener/off remove one registration (the most recent), removeAllListeners() clears one event or
// all of them, and both emit 'removeListener' for each listener removed.
'use strict';
const common = require('../common');
const assert = require('assert');
const EventEmitter = require('events');

const e = new EventEmitter();
const a = () => {};
const b = () => {};
e.on('x', a);
e.on('x', b);
e.on('x', a);
e.removeListener('x', a);
assert.deepStrictEqual(e.listeners('x'), [a, b]);
e.removeListener('x', () => {});  // Not registered: no effect.
assert.strictEqual(e.listenerCount('x'), 2);
e.off('x', a);
e.off('x', b);
assert.deepStrictEqual(e.eventNames(), []);

const removed = [];
const r = new EventEmitter();
r.on('removeListener', (name, fn) => removed.push([name, fn]));
r.on('p', a);
r.on('q', b);
r.on('q', a);
r.removeAllListeners('q');
assert.deepStrictEqual(removed, [['q', a], ['q', b]]);
removed.length = 0;
r.removeAllListeners();
assert.deepStrictEqual(removed, [['p', a]]);
assert.deepStrictEqual(r.eventNames(), []);

// Removing inside a listener does not skip the rest of the current emit.
const s = new EventEmitter();
const later = common.mustCall();
s.on('go', common.mustCall(() => s.removeAllListeners('go')));
s.on('go', later);
s.emit('go');
assert.strictEqual(s.emit('go'), false);

assert.throws(() => e.removeListener('x', null), {
  code: 'ERR_INVALID_ARG_TYPE',
  name: 'TypeError',
  message: 'The "listener" argument must be of type function. Received null',
});
