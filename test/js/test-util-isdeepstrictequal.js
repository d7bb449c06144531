'use strict';
// util.isDeepStrictEqual() (and the loose comparison behind assert.deepEqual): primitives, objects,
// arrays with holes, symbols, prototypes, boxed primitives, dates, regexps, errors, typed arrays, buffers,
// Sets and Maps with object members, and cyclic structures.
require('../common');
const assert = require('assert');
const util = require('util');

function strictEqual(a, b) {
  assert.strictEqual(util.isDeepStrictEqual(a, b), true, `${util.inspect(a)} should equal ${util.inspect(b)}`);
  assert.strictEqual(util.isDeepStrictEqual(b, a), true, `${util.inspect(b)} should equal ${util.inspect(a)}`);
}
function strictNotEqual(a, b) {
  assert.strictEqual(util.isDeepStrictEqual(a, b), false, `${util.inspect(a)} should differ from ${util.inspect(b)}`);
  assert.strictEqual(util.isDeepStrictEqual(b, a), false, `${util.inspect(b)} should differ from ${util.inspect(a)}`);
}
// Equal only in loose mode (assert.deepEqual), different in strict mode.
function looseOnly(a, b) {
  strictNotEqual(a, b);
  assert.deepEqual(a, b);
  assert.deepEqual(b, a);
}

// Primitives
strictEqual(1, 1);
strictEqual(NaN, NaN);
strictEqual('a', 'a');
strictEqual(1n, 1n);
strictEqual(null, null);
strictEqual(undefined, undefined);
const sym = Symbol('s');
strictEqual(sym, sym);
strictNotEqual(0, -0);
strictNotEqual(Symbol('a'), Symbol('a'));
looseOnly(1, '1');
looseOnly(null, undefined);
looseOnly(true, 1);
strictNotEqual(1n, 1);

// Plain objects
strictEqual({}, {});
strictEqual({ a: 1, b: [1, 2] }, { b: [1, 2], a: 1 });
strictNotEqual({ a: 1 }, { a: 1, b: undefined });
strictNotEqual({ a: undefined }, { b: undefined });
strictNotEqual({ a: [1, 2] }, { a: [2, 1] });
looseOnly({ a: 1 }, { a: '1' });
strictEqual({ a: { b: { c: [1, { d: new Map([[1, new Set([2])]]) }] } } },
            { a: { b: { c: [1, { d: new Map([[1, new Set([2])]]) }] } } });
strictNotEqual({ a: { b: { c: [1, { d: new Map([[1, new Set([2])]]) }] } } },
               { a: { b: { c: [1, { d: new Map([[1, new Set([3])]]) }] } } });
// Only own enumerable properties count; getters are read.
strictEqual(Object.defineProperty({}, 'hidden', { value: 1 }), {});
strictEqual({ get a() { return 1; } }, { a: 1 });
const sharedProto = { inherited: 1 };
strictEqual(Object.assign(Object.create(sharedProto), { a: 1 }), Object.assign(Object.create(sharedProto), { a: 1 }));
looseOnly(Object.assign(Object.create({ inherited: 1 }), { a: 1 }), { a: 1 });

// Symbol keys (strict mode only)
strictEqual({ [sym]: 1 }, { [sym]: 1 });
looseOnly({ [sym]: 1 }, {});
strictNotEqual({ [sym]: 1 }, { [sym]: 2 });
strictNotEqual({ [Symbol('q')]: 1 }, { [Symbol('q')]: 1 });
strictEqual(Object.defineProperty({}, sym, { value: 1 }), {});

// Prototypes (strict mode only)
class Foo { constructor() { this.a = 1; } }
class Bar { constructor() { this.a = 1; } }
strictEqual(new Foo(), new Foo());
looseOnly(new Foo(), new Bar());
looseOnly(new Foo(), { a: 1 });
looseOnly(Object.create(null), {});

// Arrays
strictEqual([], []);
strictEqual([1, [2, [3]]], [1, [2, [3]]]);
strictNotEqual([1, 2], [1, 2, 3]);
strictNotEqual([1, , 3], [1, undefined, 3]); // eslint-disable-line no-sparse-arrays
strictEqual([1, , 3], [1, , 3]); // eslint-disable-line no-sparse-arrays
strictEqual(Object.assign([1], { x: 1 }), Object.assign([1], { x: 1 }));
strictNotEqual(Object.assign([1], { x: 1 }), [1]);
looseOnly(Object.assign([1], { [sym]: 1 }), [1]);
strictNotEqual([1], { 0: 1, length: 1 });
strictNotEqual([1], { 0: 1 });
strictNotEqual((function() { return arguments; })(1), [1]);
strictEqual((function() { return arguments; })(1), (function() { return arguments; })(1));

// Dates, regexps, errors
strictEqual(new Date(0), new Date(0));
strictNotEqual(new Date(0), new Date(1));
strictNotEqual(new Date(NaN), new Date(NaN)); // NaN time values never compare equal
strictNotEqual(Object.assign(new Date(0), { x: 1 }), new Date(0));
strictNotEqual(new Date(0), {});
strictEqual(/a/g, /a/g);
strictNotEqual(/a/g, /a/i);
strictNotEqual(/a/, /b/);
const withLastIndex = /a/g;
withLastIndex.lastIndex = 3;
strictNotEqual(withLastIndex, /a/g);
strictEqual(new Error('x'), new Error('x'));
strictNotEqual(new Error('x'), new TypeError('x'));
strictNotEqual(new Error('x'), new Error('y'));
strictNotEqual(Object.assign(new Error('x'), { code: 1 }), new Error('x'));
strictNotEqual(new Error('x', { cause: 1 }), new Error('x', { cause: 2 }));
strictNotEqual(new Error('x', { cause: 1 }), new Error('x'));
strictEqual(new Error('x', { cause: { a: 1 } }), new Error('x', { cause: { a: 1 } }));
strictNotEqual(new AggregateError([1], 'm'), new AggregateError([2], 'm'));
strictNotEqual(new Error('x'), { message: 'x', name: 'Error' });

// Boxed primitives
strictEqual(new Number(1), new Number(1));
strictNotEqual(new Number(1), new Number(2));
strictNotEqual(new Number(0), new Number(-0));
strictEqual(new Number(NaN), new Number(NaN));
strictEqual(new String('a'), new String('a'));
strictNotEqual(new String('a'), new String('b'));
strictNotEqual(new String('a'), 'a');
strictEqual(Object(sym), Object(sym));
strictNotEqual(Object(Symbol()), Object(Symbol()));
strictNotEqual(Object.assign(new Number(1), { x: 1 }), new Number(1));
strictNotEqual(new Number(1), {});

// Typed arrays and buffers
strictEqual(new Uint8Array([1, 2]), new Uint8Array([1, 2]));
strictNotEqual(new Uint8Array([1, 2]), new Uint8Array([1, 3]));
strictNotEqual(new Uint8Array([1]), new Int8Array([1]));
looseOnly(new Float64Array([0]), new Float64Array([-0]));
strictEqual(new Float64Array([NaN]), new Float64Array([NaN]));
strictNotEqual(Object.assign(new Uint8Array(1), { x: 1 }), new Uint8Array(1));
strictNotEqual(new Uint8Array(2), [0, 0]);
strictEqual(new Uint16Array([1]).buffer, new Uint16Array([1]).buffer);
strictNotEqual(new ArrayBuffer(2), new ArrayBuffer(3));
strictNotEqual(new ArrayBuffer(2), new SharedArrayBuffer(2));
strictEqual(new DataView(new ArrayBuffer(2)), new DataView(new ArrayBuffer(2)));
strictEqual(new Uint8Array(100000), new Uint8Array(100000));

// Sets
strictEqual(new Set([1, 2]), new Set([2, 1]));
looseOnly(new Set([1]), new Set(['1']));
strictEqual(new Set([{ a: 1 }]), new Set([{ a: 1 }]));
strictNotEqual(new Set([{ a: 1 }]), new Set([{ a: 2 }]));
strictNotEqual(new Set([{ a: 1 }, { a: 1 }]), new Set([{ a: 1 }, { a: 2 }]));
strictEqual(new Set([[1], [2]]), new Set([[2], [1]]));
strictEqual(new Set([NaN]), new Set([NaN]));
strictEqual(new Set([0]), new Set([-0]));
strictNotEqual(new Set([1]), new Set([1, 2]));
strictNotEqual(Object.assign(new Set([1]), { x: 1 }), new Set([1]));

// Maps
strictEqual(new Map([[1, 'a']]), new Map([[1, 'a']]));
looseOnly(new Map([[1, 'a']]), new Map([['1', 'a']]));
strictNotEqual(new Map([[1, 'a']]), new Map([[1, 'b']]));
strictEqual(new Map([[{ k: 1 }, 'a']]), new Map([[{ k: 1 }, 'a']]));
strictNotEqual(new Map([[{ k: 1 }, 'a']]), new Map([[{ k: 1 }, 'b']]));
looseOnly(new Map([[1, { v: 1 }]]), new Map([[1, { v: '1' }]]));
strictEqual(new Map([[1, 1], [2, 2]]), new Map([[2, 2], [1, 1]]));
strictNotEqual(new Map(), new Set());
strictNotEqual(new Map(), {});

// Functions and other objects are compared by identity / own keys.
strictNotEqual(() => {}, () => {});
strictEqual({ f: Math.max }, { f: Math.max });
strictNotEqual({ f() {} }, { f() {} });
strictEqual(new WeakMap(), new WeakMap());
strictEqual(Promise.resolve(1), Promise.resolve(2));

// Cycles
const c1 = {};
c1.self = c1;
const c2 = {};
c2.self = c2;
const c3 = { self: { self: null } };
c3.self.self = c3;
strictEqual(c1, c2);
strictEqual(c1, c3);
strictNotEqual(c1, { self: {} });
const a1 = [1];
a1.push(a1);
const a2 = [1, [1]];
a2[1].push(a2);
strictEqual(a1, a2);
const m1 = new Map();
m1.set('me', m1);
const m2 = new Map();
m2.set('me', m2);
strictEqual(m1, m2);

console.log('ok');
