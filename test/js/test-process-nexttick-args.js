// process.nextTick passes extra arguments to the callback and rejects non-functions with ERR_INVALID_ARG_TYPE.
'use strict';
const common = require('../common');
const assert = require('assert');
process.nextTick(common.mustCall((a, b, c, d) => {
  assert.strictEqual(a, 1);
  assert.strictEqual(b, 'two');
  assert.deepStrictEqual(c, [3]);
  assert.strictEqual(d, undefined);
}), 1, 'two', [3]);
process.nextTick(common.mustCall(function() { assert.strictEqual(arguments.length, 0); }));
assert.throws(() => process.nextTick('nope'), (err) => {
  assert.ok(err instanceof TypeError);
  assert.strictEqual(err.code, 'ERR_INVALID_ARG_TYPE');
  return true;
});
assert.throws(() => process.nextTick(), { code: 'ERR_INVALID_ARG_TYPE' });
