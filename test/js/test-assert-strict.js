// assert.strict and assert/strict: the same API with equal/deepEqual/notEqual/notDeepEqual replaced
// by their strict forms.
'use strict';
require('../common');
const assert = require('assert');
const strict = require('assert/strict');

assert.strictEqual(strict, assert.strict);
assert.strictEqual(require('node:assert/strict'), strict);
assert.strictEqual(strict.strict, strict);
assert.strictEqual(strict.equal, assert.strictEqual);
assert.strictEqual(strict.deepEqual, assert.deepStrictEqual);
assert.strictEqual(strict.notEqual, assert.notStrictEqual);
assert.strictEqual(strict.notDeepEqual, assert.notDeepStrictEqual);
assert.strictEqual(strict.AssertionError, assert.AssertionError);
assert.deepStrictEqual(Object.keys(strict), Object.keys(assert));
assert.strictEqual(typeof strict, 'function');

strict.equal(1, 1);
assert.throws(() => strict.equal(1, '1'), {
  code: 'ERR_ASSERTION',
  operator: 'strictEqual',
  message: "Expected values to be strictly equal:\n\n1 !== '1'\n",
});
assert.throws(() => strict.deepEqual([1], ['1']), { operator: 'deepStrictEqual' });
assert.throws(() => strict(false, 'no'), { message: 'no', operator: '==' });
assert.throws(() => strict(), { message: 'No value argument passed to `assert.ok()`' });
