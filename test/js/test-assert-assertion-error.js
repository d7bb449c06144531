// new assert.AssertionError(options): the properties it sets, its generated or given message, and
// its toString() and stack header.
'use strict';
require('../common');
const assert = require('assert');
const { AssertionError } = assert;

const e = new AssertionError({ actual: 1, expected: 2, operator: 'strictEqual' });
assert.strictEqual(e.name, 'AssertionError');
assert.strictEqual(e.code, 'ERR_ASSERTION');
assert.strictEqual(e.message, 'Expected values to be strictly equal:\n\n1 !== 2\n');
assert.strictEqual(e.generatedMessage, true);
assert.strictEqual(e.actual, 1);
assert.strictEqual(e.expected, 2);
assert.strictEqual(e.operator, 'strictEqual');
assert.deepStrictEqual(Object.keys(e), ['generatedMessage', 'code', 'actual', 'expected', 'operator']);
assert.strictEqual(e.toString(), `AssertionError [ERR_ASSERTION]: ${e.message}`);
assert.strictEqual(e.stack.split('\n')[0], 'AssertionError [ERR_ASSERTION]: Expected values to be strictly equal:');
assert.ok(e instanceof Error);

const m = new AssertionError({ message: 'custom' });
assert.strictEqual(m.message, 'custom');
assert.strictEqual(m.generatedMessage, false);
assert.strictEqual(m.operator, undefined);

assert.throws(() => new AssertionError(), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options" argument must be of type object. Received undefined',
});
