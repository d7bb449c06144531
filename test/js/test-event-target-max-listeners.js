// An EventTarget with more listeners for one type than its limit (events.defaultMaxListeners, or
// events.setMaxListeners(n, target)) prints one MaxListenersExceededWarning.
'use strict';
// stderr: MaxListenersExceededWarning: Possible EventTarget memory leak detected\. 3 foo listeners added to EventTarget\. MaxListeners is 2\. Use events\.setMaxListeners\(\) to increase limit
const common = require('../common');
const assert = require('assert');
const { setMaxListeners, getMaxListeners } = require('events');

const target = new EventTarget();
assert.strictEqual(getMaxListeners(target), 10);
setMaxListeners(2, target);
assert.strictEqual(getMaxListeners(target), 2);
process.on('warning', common.mustCall((w) => {
  assert.strictEqual(w.name, 'MaxListenersExceededWarning');
  assert.strictEqual(w.target, target);
  assert.strictEqual(w.type, 'foo');
  assert.strictEqual(w.count, 3);
}));
for (let i = 0; i < 5; i++) target.addEventListener('foo', () => {});
