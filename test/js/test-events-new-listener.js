// 'newListener' fires before a listener is added (with the original function for once()), so a
// listener added from inside it runs first.
'use strict';
const common = require('../common');
const assert = require('assert');
const EventEmitter = require('events');

const e = new EventEmitter();
const seen = [];
const onceFn = () => {};
e.on('newListener', common.mustCall((name, fn) => {
  seen.push([name, fn]);
  assert.strictEqual(e.listenerCount(name), 0);  // Not added yet.
}, 2));
const hello = () => {};
e.on('hello', hello);
e.once('bye', onceFn);
assert.deepStrictEqual(seen, [['hello', hello], ['bye', onceFn]]);

// Adding a listener for the same event from 'newListener' puts it in front.
const f = new EventEmitter();
const order = [];
f.once('newListener', (name) => {
  if (name === 'data') f.on('data', () => order.push('added in newListener'));
});
f.on('data', () => order.push('original'));
f.emit('data');
assert.deepStrictEqual(order, ['added in newListener', 'original']);
