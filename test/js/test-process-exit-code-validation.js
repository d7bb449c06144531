// process.exitCode and process.exit() accept an integer, an integer string, null or undefined, and throw
// Node's errors for anything else; process.exitCode is an enumerable accessor. process.hrtime(time) checks
// that `time` is an array of two.
'use strict';
require('../common');
const assert = require('assert');

const desc = Object.getOwnPropertyDescriptor(process, 'exitCode');
assert.strictEqual(typeof desc.get, 'function');
assert.strictEqual(typeof desc.set, 'function');
assert.strictEqual(desc.enumerable, true);
assert.ok(Object.keys(process).includes('exitCode'));

const typeError = (received) => ({
  code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError',
  message: `The "code" argument must be of type number. Received ${received}`,
});
const rangeError = {
  code: 'ERR_OUT_OF_RANGE', name: 'RangeError',
  message: 'The value of "code" is out of range. It must be an integer. Received 1.5',
};
for (const set of [(v) => { process.exitCode = v; }, (v) => process.exit(v)]) {
  assert.throws(() => set('abc'), typeError("type string ('abc')"));
  assert.throws(() => set(true), typeError('type boolean (true)'));
  assert.throws(() => set({}), typeError('an instance of Object'));
  assert.throws(() => set(1.5), rangeError);
}
assert.strictEqual(process.exitCode, undefined);  // rejected values were not stored
process.exitCode = '2';
assert.strictEqual(process.exitCode, '2');
process.exitCode = null;
assert.strictEqual(process.exitCode, null);
process.exitCode = 3;
assert.strictEqual(process.exitCode, 3);
process.exitCode = undefined;

assert.throws(() => process.hrtime(5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "time" argument must be an instance of Array. Received type number (5)',
});
assert.throws(() => process.hrtime([1]), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "time" is out of range. It must be 2. Received 1',
});
const [seconds, nanos] = process.hrtime(process.hrtime());
assert.ok(seconds >= 0 && nanos >= 0 && nanos < 1e9);
