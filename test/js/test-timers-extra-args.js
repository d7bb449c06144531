// Extra arguments to setTimeout/setImmediate/setInterval/process.nextTick are passed to the callback.
'use strict';
const common = require('../common');
const assert = require('assert');
const obj = { k: 1 };
setTimeout(common.mustCall(function(a, b, c) {
  assert.deepStrictEqual([a, b, c], [1, 'two', obj]);
  assert.strictEqual(arguments.length, 3);
}), 1, 1, 'two', obj);
setImmediate(common.mustCall(function(...args) {
  assert.deepStrictEqual(args, ['a', undefined, null]);
}), 'a', undefined, null);
const iv = setInterval(common.mustCall((x) => {
  assert.strictEqual(x, obj);
  clearInterval(iv);
}), 1, obj);
setTimeout(common.mustCall((...args) => assert.strictEqual(args.length, 0)), 1);
