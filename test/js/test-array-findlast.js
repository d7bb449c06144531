// Array.prototype.findLast/findLastIndex (and on typed arrays) search from the end.
'use strict';
const assert = require('assert');
const a = [1, 2, 3, 4, 5, 6];
assert.strictEqual(a.findLast((x) => x % 2 === 1), 5);
assert.strictEqual(a.findLastIndex((x) => x % 2 === 1), 4);
assert.strictEqual(a.findLast((x) => x > 10), undefined);
assert.strictEqual(a.findLastIndex((x) => x > 10), -1);
const visited = [];
a.findLast((x, i, arr) => { visited.push(i); assert.strictEqual(arr, a); return false; });
assert.deepStrictEqual(visited, [5, 4, 3, 2, 1, 0]);
assert.strictEqual([1, , 3].findLastIndex((x) => x === undefined), 1); // eslint-disable-line no-sparse-arrays
const thisArg = { limit: 3 };
assert.strictEqual(a.findLast(function(x) { return x < this.limit; }, thisArg), 2);
assert.strictEqual(Array.prototype.findLast.length, 1);
const ta = new Int16Array([10, -20, 30, -40]);
assert.strictEqual(ta.findLast((x) => x > 0), 30);
assert.strictEqual(ta.findLastIndex((x) => x < 0), 3);
assert.strictEqual(new Float64Array([1.5, 2.5]).findLast((x) => x < 2), 1.5);
assert.ok(Array.prototype[Symbol.unscopables].findLast);
