// Array toSorted/toReversed/with/toSpliced return new arrays and leave the original unchanged.
'use strict';
const assert = require('assert');
const a = [3, 1, 10, 2];
assert.deepStrictEqual(a.toSorted(), [1, 10, 2, 3]); // default sort compares strings
assert.deepStrictEqual(a.toSorted((x, y) => x - y), [1, 2, 3, 10]);
assert.deepStrictEqual(a.toReversed(), [2, 10, 1, 3]);
assert.deepStrictEqual(a.with(1, 99), [3, 99, 10, 2]);
assert.deepStrictEqual(a.with(-1, 0), [3, 1, 10, 0]);
assert.deepStrictEqual(a.toSpliced(1, 2), [3, 2]);
assert.deepStrictEqual(a.toSpliced(1, 0, 'x', 'y'), [3, 'x', 'y', 1, 10, 2]);
assert.deepStrictEqual(a.toSpliced(), [3, 1, 10, 2]);
assert.deepStrictEqual(a, [3, 1, 10, 2]);
assert.notStrictEqual(a.toReversed(), a);
assert.throws(() => a.with(4, 1), RangeError);
assert.throws(() => a.with(-5, 1), RangeError);
// Holes become undefined in the copies.
assert.deepStrictEqual([1, , 2].toReversed(), [2, undefined, 1]); // eslint-disable-line no-sparse-arrays
assert.throws(() => a.toSorted('not a function'), TypeError);
for (const m of ['toSorted', 'toReversed', 'with', 'toSpliced']) {
  assert.strictEqual(typeof Array.prototype[m], 'function', m);
}
// toSorted/toReversed/toSpliced are unscopable; `with` is deliberately not.
assert.strictEqual(Array.prototype[Symbol.unscopables].toSorted, true);
assert.strictEqual(Array.prototype[Symbol.unscopables].toSpliced, true);
assert.strictEqual(Array.prototype[Symbol.unscopables].with, undefined);
