// structuredClone deep-copies plain data, Maps, Sets, Dates, RegExps, typed arrays and cycles; functions throw DataCloneError.
'use strict';
const assert = require('assert');
const src = { n: 1, s: 'x', arr: [1, { d: 2 }], nested: { deep: true }, u: undefined, nil: null,
              date: new Date(0), re: /ab+c/gi, map: new Map([[1, 'one']]), set: new Set(['a']),
              big: 10n, bytes: new Uint8Array([1, 2, 3]) };
src.self = src;
const c = structuredClone(src);
assert.notStrictEqual(c, src);
assert.notStrictEqual(c.arr[1], src.arr[1]);
assert.strictEqual(c.self, c);
assert.strictEqual(c.n, 1);
assert.strictEqual(c.s, 'x');
assert.deepStrictEqual(c.arr, [1, { d: 2 }]);
assert.ok('u' in c);
assert.strictEqual(c.nil, null);
assert.ok(c.date instanceof Date);
assert.strictEqual(c.date.getTime(), 0);
assert.ok(c.re instanceof RegExp);
assert.strictEqual(c.re.source, 'ab+c');
assert.strictEqual(c.re.flags, 'gi');
assert.ok(c.map instanceof Map);
assert.strictEqual(c.map.get(1), 'one');
assert.ok(c.set instanceof Set);
assert.ok(c.set.has('a'));
assert.strictEqual(c.big, 10n);
assert.ok(c.bytes instanceof Uint8Array);
assert.deepStrictEqual(Array.from(c.bytes), [1, 2, 3]);
assert.strictEqual(structuredClone(5), 5);
assert.strictEqual(structuredClone('str'), 'str');
// Class instances lose their prototype.
class K { constructor() { this.v = 1; } }
const k = structuredClone(new K());
assert.strictEqual(Object.getPrototypeOf(k), Object.prototype);
assert.strictEqual(k.v, 1);
// Errors keep name and message.
const e = structuredClone(new RangeError('r'));
assert.ok(e instanceof RangeError);
assert.strictEqual(e.message, 'r');
assert.throws(() => structuredClone({ f() {} }), (err) => err.name === 'DataCloneError');
assert.throws(() => structuredClone(Symbol('s')), (err) => err.name === 'DataCloneError');
