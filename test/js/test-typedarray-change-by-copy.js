// TypedArray toSorted/toReversed/with return new typed arrays of the same type (typed arrays have no toSpliced).
'use strict';
const assert = require('assert');
const t = new Int32Array([3, -1, 10, 2]);
const s = t.toSorted();
assert.ok(s instanceof Int32Array);
assert.deepStrictEqual(Array.from(s), [-1, 2, 3, 10]); // numeric sort by default
assert.deepStrictEqual(Array.from(t.toSorted((x, y) => y - x)), [10, 3, 2, -1]);
assert.deepStrictEqual(Array.from(t.toReversed()), [2, 10, -1, 3]);
const w = t.with(0, 7);
assert.ok(w instanceof Int32Array);
assert.deepStrictEqual(Array.from(w), [7, -1, 10, 2]);
assert.deepStrictEqual(Array.from(t.with(-1, 5)), [3, -1, 10, 5]);
assert.deepStrictEqual(Array.from(t), [3, -1, 10, 2]);
assert.throws(() => t.with(4, 0), RangeError);
assert.ok(new Float32Array([1]).toReversed() instanceof Float32Array);
assert.strictEqual(new Uint8Array([1, 2]).with(0, 300)[0], 44); // value is converted to the element type
