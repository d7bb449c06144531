// The basic assertions pass silently on success and throw an AssertionError with Node's message,
// code, actual, expected, operator and generatedMessage on failure.
'use strict';
require('../common');
const assert = require('assert');

function failure(fn) {
  try {
    fn();
  } catch (err) {
    return err;
  }
  throw new Error('expected a failure');
}

function check(fn, fields) {
  const err = failure(fn);
  assert.ok(err instanceof assert.AssertionError);
  assert.ok(err instanceof Error);
  assert.strictEqual(err.name, 'AssertionError');
  assert.strictEqual(err.code, 'ERR_ASSERTION');
  for (const [key, value] of Object.entries(fields)) {
    assert.deepStrictEqual(err[key], value, `${key} of ${fn}`);
  }
  return err;
}

assert.ok(true);
assert(1);
assert.equal(1, '1');
assert.equal(NaN, NaN);
assert.notEqual(1, 2);
assert.strictEqual(NaN, NaN);
assert.notStrictEqual(1, '1');

check(() => assert.ok(), {
  message: 'No value argument passed to `assert.ok()`', actual: undefined, expected: true, operator: '==',
  generatedMessage: true,
});
check(() => assert(0, 'custom'), { message: 'custom', actual: 0, generatedMessage: false });
check(() => assert.equal(1, 2), { message: '1 == 2', operator: '==', actual: 1, expected: 2 });
check(() => assert.equal('a', 'b'), { message: "'a' == 'b'" });
check(() => assert.notEqual(1, '1'), { message: "1 != '1'", operator: '!=' });
check(() => assert.strictEqual(1, 2), {
  message: 'Expected values to be strictly equal:\n\n1 !== 2\n', operator: 'strictEqual',
  actual: 1, expected: 2, generatedMessage: true,
});
check(() => assert.strictEqual(1, '1'), {
  message: "Expected values to be strictly equal:\n\n1 !== '1'\n",
});
check(() => assert.strictEqual('abcdefghijk', 'abcdefghijz'), {
  message: 'Expected values to be strictly equal:\n+ actual - expected\n\n' +
    "+ 'abcdefghijk'\n- 'abcdefghijz'\n             ^",
});
// A custom message replaces the header of strictEqual's diff; for other assertions it is the message.
check(() => assert.strictEqual(1, 2, 'mine'), { message: 'mine\n\n1 !== 2\n', generatedMessage: false });
check(() => assert.equal(1, 2, 'mine'), { message: 'mine', generatedMessage: false });
check(() => assert.notStrictEqual(1, 1), {
  message: 'Expected "actual" to be strictly unequal to: 1', operator: 'notStrictEqual',
});
const obj = { a: 1 };
check(() => assert.notStrictEqual(obj, obj), {
  message: 'Expected "actual" not to be reference-equal to "expected":\n\n{\n  a: 1\n}\n',
});
check(() => assert.strictEqual({ a: 1 }, { a: 1 }), {
  message: 'Values have same structure but are not reference-equal:\n\n{\n  a: 1\n}\n',
});
check(() => assert.match('abc', /x/), {
  message: "The input did not match the regular expression /x/. Input:\n\n'abc'\n",
  operator: 'match', actual: 'abc', expected: /x/,
});
check(() => assert.doesNotMatch('abc', /b/), {
  message: "The input was expected to not match the regular expression /b/. Input:\n\n'abc'\n",
  operator: 'doesNotMatch',
});
check(() => assert.match(1, /x/), {
  message: 'The "string" argument must be of type string. Received type number (1)',
});
check(() => assert.fail(), { message: 'Failed', operator: 'fail', generatedMessage: true });
check(() => assert.fail('boom'), { message: 'boom', operator: 'fail', generatedMessage: false });
check(() => assert.ifError(new Error('e1')), {
  message: 'ifError got unwanted exception: e1', operator: 'ifError', expected: null,
});
check(() => assert.ifError('str'), { message: "ifError got unwanted exception: 'str'" });
assert.ifError(null);
assert.ifError(undefined);

// A message that is an Error is thrown instead.
const own = new TypeError('own');
assert.throws(() => assert.strictEqual(1, 2, own), (err) => err === own);
assert.throws(() => assert.fail(own), (err) => err === own);

assert.throws(() => assert.strictEqual(1), {
  code: 'ERR_MISSING_ARGS',
  message: 'The "actual" and "expected" arguments must be specified',
});
assert.throws(() => assert.match('a', 'a'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "regexp" argument must be an instance of RegExp. Received type string (\'a\')',
});
