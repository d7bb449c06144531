// Event: constructor options, preventDefault only for cancelable events, the dispatch-time
// properties, initEvent, CustomEvent's detail and Event's brand checks.
'use strict';
require('../common');
const assert = require('assert');

const plain = new Event('foo');
assert.strictEqual(plain.type, 'foo');
assert.strictEqual(plain.bubbles, false);
assert.strictEqual(plain.cancelable, false);
assert.strictEqual(plain.composed, false);
assert.strictEqual(plain.isTrusted, false);
assert.strictEqual(plain.defaultPrevented, false);
assert.strictEqual(plain.target, null);
assert.strictEqual(plain.currentTarget, null);
assert.strictEqual(plain.srcElement, null);
assert.strictEqual(plain.returnValue, true);
assert.strictEqual(plain.cancelBubble, false);
assert.strictEqual(typeof plain.timeStamp, 'number');
assert.deepStrictEqual(plain.composedPath(), []);
assert.deepStrictEqual(Object.keys(plain), []);
assert.strictEqual(String(plain), '[object Event]');
plain.preventDefault();
assert.strictEqual(plain.defaultPrevented, false);  // Not cancelable.

const e = new Event('bar', { cancelable: true, bubbles: 1, composed: 'yes' });
assert.strictEqual(e.bubbles, true);
assert.strictEqual(e.composed, true);
const target = new EventTarget();
target.addEventListener('bar', (ev) => {
  assert.deepStrictEqual(ev.composedPath(), [target]);
  ev.preventDefault();
});
assert.strictEqual(target.dispatchEvent(e), false);
assert.strictEqual(e.defaultPrevented, true);
assert.strictEqual(e.returnValue, false);

e.stopPropagation();
assert.strictEqual(e.cancelBubble, true);

const init = new Event('a');
init.initEvent('b', true, true);
assert.strictEqual(init.type, 'b');
assert.strictEqual(init.bubbles, true);
assert.strictEqual(init.cancelable, true);

assert.deepStrictEqual([Event.NONE, Event.CAPTURING_PHASE, Event.AT_TARGET, Event.BUBBLING_PHASE],
                       [0, 1, 2, 3]);

assert.throws(() => new Event(), {
  code: 'ERR_MISSING_ARGS',
  message: 'The "type" argument must be specified',
});
assert.throws(() => new Event('x', 1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options" argument must be of type object. Received type number (1)',
});
assert.throws(() => Event('x'), TypeError);
const typeGetter = Object.getOwnPropertyDescriptor(Event.prototype, 'type').get;
assert.throws(() => typeGetter.call({}), {
  code: 'ERR_INVALID_THIS',
  message: 'Value of "this" must be of type Event',
});

const custom = new CustomEvent('c', { detail: { n: 1 } });
assert.deepStrictEqual(custom.detail, { n: 1 });
assert.strictEqual(new CustomEvent('c').detail, null);
assert.ok(custom instanceof Event);
assert.strictEqual(String(custom), '[object CustomEvent]');
