// assert.throws/doesNotThrow with each kind of expectation: an Error class, a RegExp, a validation
// function, an object of properties (RegExp values match strings), and a message string.
'use strict';
require('../common');
const assert = require('assert');

const thrower = (err) => () => {
  throw err;
};

assert.throws(thrower(new TypeError('bad')));
assert.throws(thrower(new TypeError('bad')), TypeError);
assert.throws(thrower(new TypeError('bad')), Error);
assert.throws(thrower(new TypeError('bad')), /bad/);
assert.throws(thrower(new TypeError('bad')), (e) => e instanceof TypeError);
assert.throws(thrower(new TypeError('bad')), { name: 'TypeError', message: 'bad' });
assert.throws(thrower(new TypeError('bad value')), { message: /value$/ });
assert.throws(thrower(new TypeError('bad')), new TypeError('bad'));
assert.throws(thrower(Object.assign(new Error('x'), { code: 'E1', info: { n: 1 } })),
              { code: 'E1', info: { n: 1 } });

const failure = (fn) => {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new Error('no failure');
};

let err = failure(() => assert.throws(() => {}));
assert.strictEqual(err.message, 'Missing expected exception.');
assert.strictEqual(err.operator, 'throws');
assert.strictEqual(err.generatedMessage, false);
assert.strictEqual(failure(() => assert.throws(() => {}, TypeError)).message,
                   'Missing expected exception (TypeError).');
assert.strictEqual(failure(() => assert.throws(() => {}, TypeError, 'why')).message,
                   'Missing expected exception (TypeError): why');
assert.strictEqual(failure(() => assert.throws(() => {}, 'why')).message,
                   'Missing expected exception: why');

err = failure(() => assert.throws(thrower(new Error('e')), TypeError));
assert.strictEqual(err.message,
                   'The error is expected to be an instance of "TypeError". Received "Error"\n\nError message:\n\ne');
assert.strictEqual(err.actual.message, 'e');
assert.strictEqual(err.expected, TypeError);

err = failure(() => assert.throws(thrower(new Error('e')), /zzz/));
assert.strictEqual(err.message, "The input did not match the regular expression /zzz/. Input:\n\n'Error: e'\n");

err = failure(() => assert.throws(thrower(new Error('e')), function validate() { return false; }));
assert.strictEqual(err.message, 'The "validate" validation function is expected to return "true". ' +
                   'Received false\n\nCaught error:\n\nError: e');

err = failure(() => assert.throws(thrower(new Error('e')), { message: 'f' }));
assert.strictEqual(err.message, 'Expected values to be strictly deep-equal:\n+ actual - expected\n\n' +
                   "  Comparison {\n+   message: 'e'\n-   message: 'f'\n  }");
assert.strictEqual(err.operator, 'throws');
assert.deepStrictEqual(err.expected, { message: 'f' });

// The original error is rethrown when a validation function or class check throws it back.
const original = new RangeError('keep');
assert.throws(() => assert.doesNotThrow(thrower(original), TypeError), (e) => e === original);

err = failure(() => assert.doesNotThrow(thrower(new Error('e'))));
assert.strictEqual(err.message, 'Got unwanted exception.\nActual message: "e"');
assert.strictEqual(err.operator, 'doesNotThrow');
assert.strictEqual(failure(() => assert.doesNotThrow(thrower(new Error('e')), 'mine')).message,
                   'Got unwanted exception: mine\nActual message: "e"');
assert.doesNotThrow(() => {});

assert.throws(() => assert.throws(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "fn" argument must be of type function. Received type number (1)',
});
assert.throws(() => assert.throws(thrower(new Error('e')), 5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "error" argument must be of type function or an instance of Error, RegExp, or Object. ' +
    'Received type number (5)',
});
assert.throws(() => assert.throws(thrower(new Error('e')), {}), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'error' may not be an empty object. Received {}",
});
assert.throws(() => assert.throws(thrower(new Error('same')), 'same'), {
  code: 'ERR_AMBIGUOUS_ARGUMENT',
  message: 'The "error/message" argument is ambiguous. The error message "same" is identical to the message.',
});
