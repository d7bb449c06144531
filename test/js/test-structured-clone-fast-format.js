// Checks the boundaries of the fast structured-clone format (plain objects, arrays, strings, numbers,
// ArrayBuffers) and of its fall-back to the engine's serializer (getters, Maps, views, proxies, deep nesting...):
// shared references and cycles, sparse arrays, property order and odd keys, strings around the 1024-byte chunk
// size, number edge values, ArrayBuffer copies and errors, through structuredClone() (with and without a
// transfer list), a MessageChannel, a worker that echoes every message back, and workerData; and that messages
// dropped unread (closed port, terminated worker) do not crash.
'use strict';
const common = require('../common');
const assert = require('assert');
const { Worker, MessageChannel, receiveMessageOnPort } = require('worker_threads');

const { checkClone, describe, assertSameBytes } = require('../common/clone-check');

// ---------------------------------------------------------------------------------------------------------
// Values. Every case builds a fresh value (some checks mutate it); `check` asserts what the generic checker
// cannot see; `fast: false` marks values that need the engine's serializer (kept out of the fast workerData);
// `heavy: true` values only go through plain structuredClone and the worker echo.

function patternString(length, units) {
  const parts = new Array(length);
  for (let i = 0; i < length; i++) parts[i] = units[(i * 7 + (i >> 4)) % units.length];
  return parts.join('');
}
const LATIN1 = ['a', 'Z', '\u00e9', '\u00ff', '\0', ' ', '~', '\x80', '0'];
const TWO_BYTE = ['\u20ac', 'a', '\ud83d', '\ude00', '\u00e9', '\uffff', '\u0100', '\ud800', 'q'];

function patternBuffer(length, seed = 1) {
  const ab = new ArrayBuffer(length);
  const u8 = new Uint8Array(ab);
  for (let i = 0; i < length; i++) u8[i] = (i * 31 + seed * 17 + (i >> 8)) & 0xff;
  return ab;
}

function deepObjects(depth) {
  const root = { level: 0 };
  let node = root;
  for (let i = 1; i <= depth; i++) {
    node.child = { level: i };
    node = node.child;
  }
  node.leaf = 'bottom';
  return root;
}
function deepArrays(depth) {
  const root = [0];
  let node = root;
  for (let i = 1; i <= depth; i++) {
    const next = [i];
    node.push(next);
    node = next;
  }
  node.push('bottom');
  return root;
}
function deepMixed(depth) {
  const root = {};
  let node = root;
  for (let i = 0; i < depth; i++) {
    const next = i % 2 ? {} : [];
    if (Array.isArray(node)) node.push(i, next); else node.next = next;
    node = next;
  }
  if (Array.isArray(node)) node.push('bottom'); else node.leaf = 'bottom';
  return root;
}
// Iterative depth measure for deepObjects / deepArrays.
function objectDepth(v) {
  let d = 0;
  while (v.child) { v = v.child; d++; }
  assert.strictEqual(v.leaf, 'bottom');
  return d;
}
function arrayDepth(v) {
  let d = 0;
  while (Array.isArray(v[1])) { v = v[1]; d++; }
  assert.strictEqual(v[1], 'bottom');
  return d;
}

const cases = [];
function add(name, make, check, options = {}) {
  cases.push({ name, make, check, fast: options.fast !== false, generic: options.generic !== false,
               heavy: options.heavy === true });
}

// --- shared references and cycles
add('object cycle', () => {
  const o = { name: 'o' };
  o.self = o;
  o.child = { parent: o, list: [o] };
  o.child.me = o.child;
  return o;
}, (c) => {
  assert.strictEqual(c.self, c);
  assert.strictEqual(c.child.parent, c);
  assert.strictEqual(c.child.list[0], c);
  assert.strictEqual(c.child.me, c.child);
});
add('array containing itself', () => {
  const a = [1];
  a.push(a);
  a.push('after');
  return a;
}, (c) => {
  assert.strictEqual(c.length, 3);
  assert.strictEqual(c[1], c);
  assert.strictEqual(c[2], 'after');
});
add('array containing only itself, top-level', () => { const a = []; a.push(a); return a; },
    (c) => { assert.strictEqual(c.length, 1); assert.strictEqual(c[0], c); });
add('array referenced from inside its own element', () => {
  const a = [{}];
  a[0].parent = a;
  a.push('x');
  return a;
}, (c) => {
  assert.strictEqual(c[0].parent, c);
  assert.strictEqual(c[1], 'x');
});
add('array referenced from three levels down, then again', () => {
  const a = [1, { x: [{ y: null }] }, 2];
  a[1].x[0].y = a;
  return { a, again: a, inner: a[1].x };
}, (c) => {
  assert.strictEqual(c.a[1].x[0].y, c.a);
  assert.strictEqual(c.again, c.a);
  assert.strictEqual(c.inner, c.a[1].x);
});
add('array referencing itself several times', () => {
  const a = ['first'];
  a.push(a, a, [a, { a }]);
  return a;
}, (c) => {
  assert.strictEqual(c[1], c);
  assert.strictEqual(c[2], c);
  assert.strictEqual(c[3][0], c);
  assert.strictEqual(c[3][1].a, c);
});
add('sparse array containing itself', () => {
  const a = [];
  a[3] = a;
  a.self = a;
  a[5] = [a];
  return a;
}, (c) => {
  assert.strictEqual(c.length, 6);
  assert.strictEqual(c[3], c);
  assert.strictEqual(c.self, c);
  assert.strictEqual(c[5][0], c);
  assert.ok(!(0 in c));
});
add('two arrays that contain each other', () => {
  const a = [];
  const b = [a];
  a.push(b);
  return [a, b];
}, (c) => {
  assert.strictEqual(c[0][0], c[1]);
  assert.strictEqual(c[1][0], c[0]);
});
add('nested open arrays referenced from the innermost', () => {
  const a = [[[]]];
  a[0][0].push(a, a[0], a[0][0]);
  return a;
}, (c) => {
  assert.strictEqual(c[0][0][0], c);
  assert.strictEqual(c[0][0][1], c[0]);
  assert.strictEqual(c[0][0][2], c[0][0]);
});
add('array back-referenced only after it is complete', () => {
  const inner = [1, 2, 3];
  return [inner, [inner, { inner }], inner];
}, (c) => {
  assert.strictEqual(c[1][0], c[0]);
  assert.strictEqual(c[1][1].inner, c[0]);
  assert.strictEqual(c[2], c[0]);
});
add('the same object, array and ArrayBuffer in several places', () => {
  const shared = { k: 1 };
  const arr = [1, 2];
  const ab = patternBuffer(16);
  return { one: shared, list: [shared, arr, ab], nested: { again: shared, arr, ab }, arr2: [arr, arr], ab };
}, (c) => {
  assert.strictEqual(c.list[0], c.one);
  assert.strictEqual(c.nested.again, c.one);
  assert.strictEqual(c.nested.arr, c.list[1]);
  assert.strictEqual(c.arr2[0], c.list[1]);
  assert.strictEqual(c.arr2[1], c.list[1]);
  assert.strictEqual(c.nested.ab, c.list[2]);
  assert.strictEqual(c.ab, c.list[2]);
  assert.ok(c.ab instanceof ArrayBuffer);
});
add('distinct but equal objects stay distinct', () => [{ a: 1 }, { a: 1 }, [], []], (c) => {
  assert.notStrictEqual(c[0], c[1]);
  assert.notStrictEqual(c[2], c[3]);
});
add('back-references with large object numbers', () => {
  const objs = [];
  for (let i = 0; i < 300; i++) objs.push({ i });
  return { first: objs, second: objs.slice().reverse(), last: objs[299], firstAgain: objs };
}, (c) => {
  assert.strictEqual(c.firstAgain, c.first);
  for (let i = 0; i < 300; i++) assert.strictEqual(c.second[299 - i], c.first[i]);
  assert.strictEqual(c.last, c.first[299]);
});

// --- arrays
add('holes', () => [1, , 3, , ], (c) => {  // eslint-disable-line no-sparse-arrays
  assert.strictEqual(c.length, 4);
  assert.ok(!(1 in c));
  assert.ok(!(3 in c));
  assert.strictEqual(c[2], 3);
});
add('leading holes', () => { const a = []; a[5] = 'x'; return a; }, (c) => {
  assert.strictEqual(c.length, 6);
  assert.deepStrictEqual(Object.keys(c), ['5']);
  assert.ok(!(0 in c));
});
add('array holding undefined is not sparse', () => [undefined, undefined], (c) => {
  assert.ok(0 in c);
  assert.ok(1 in c);
});
add('array with named properties', () => {
  const a = [1, 2, 3];
  a.name = 'n';
  a['-1'] = 'negative';
  a['4294967295'] = 'not an index';
  a['1.5'] = 'fraction';
  return a;
}, (c) => {
  assert.strictEqual(c.length, 3);
  assert.deepStrictEqual(Object.keys(c), ['0', '1', '2', 'name', '-1', '4294967295', '1.5']);
  assert.strictEqual(c['4294967295'], 'not an index');
});
add('array length larger than its last element', () => {
  const a = [1, 2];
  a.length = 10;
  return a;
}, (c) => {
  assert.strictEqual(c.length, 10);
  assert.deepStrictEqual(Object.keys(c), ['0', '1']);
});
add('empty array with a length', () => { const a = []; a.length = 1000; return a; }, (c) => {
  assert.strictEqual(c.length, 1000);
  assert.deepStrictEqual(Object.keys(c), []);
});
add('sparse array with a far index', () => { const a = [1]; a[1e6] = 'far'; a.tag = 't'; return a; }, (c) => {
  assert.strictEqual(c.length, 1e6 + 1);
  assert.deepStrictEqual(Object.keys(c), ['0', '1000000', 'tag']);
});
add('array with a non-enumerable element', () => {
  const a = [1, 2, 3];
  Object.defineProperty(a, 0, { value: 9, enumerable: false });
  return a;
}, (c) => {
  assert.strictEqual(c.length, 3);
  assert.ok(!(0 in c));
});
add('array subclass instance', () => {
  class MyArray extends Array {}
  const a = MyArray.from([1, 2]);
  a.extra = true;
  return a;
}, (c) => assert.strictEqual(Object.getPrototypeOf(c), Array.prototype));
add('frozen array and object', () => Object.freeze([1, Object.freeze({ a: 1 })]), (c) => {
  assert.ok(!Object.isFrozen(c));
  assert.ok(!Object.isFrozen(c[1]));
});
add('nested empty arrays and objects', () => [[], {}, [[]], [{}], { a: [] }]);

// --- property order and keys
add('integer-like keys', () => ({ b: 1, 2: 2, a: 3, 1: 4, 4294967295: 5, 4294967294: 6, 3000000000: 7,
                                   '-1': 8, '01': 9, 1.5: 10, '': 11, 2147483647: 12, 2147483648: 13, '-0': 14 }),
(c) => {
  assert.deepStrictEqual(Object.keys(c), ['1', '2', '2147483647', '2147483648', '3000000000', '4294967294', 'b', 'a',
                                          '4294967295', '-1', '01', '1.5', '', '-0']);
});
add('deleted and re-added keys', () => {
  const o = { a: 1, b: 2, c: 3 };
  delete o.a;
  o.a = 4;
  return o;
}, (c) => assert.deepStrictEqual(Object.keys(c), ['b', 'c', 'a']));
add('object with many keys, some deleted', () => {
  const o = {};
  for (let i = 0; i < 1000; i++) o[`k${(i * 7919) % 1000}`] = i;
  for (let i = 0; i < 1000; i += 3) delete o[`k${i}`];
  return o;
});
add('own __proto__ key from JSON.parse', () => JSON.parse('{"a":1,"__proto__":{"x":1},"b":2}'), (c) => {
  assert.deepStrictEqual(Object.keys(c), ['a', '__proto__', 'b']);
  assert.strictEqual(Object.getPrototypeOf(c), Object.prototype);
  assert.ok(Object.prototype.hasOwnProperty.call(c, '__proto__'));
  assert.strictEqual(c.x, undefined);
  assert.deepStrictEqual(Object.getOwnPropertyDescriptor(c, '__proto__').value, { x: 1 });
});
add('own __proto__ key with a primitive value', () => [JSON.parse('{"__proto__": 1}'), JSON.parse('{"__proto__": null}')],
    (c) => {
      assert.strictEqual(Object.getPrototypeOf(c[0]), Object.prototype);
      assert.strictEqual(Object.getOwnPropertyDescriptor(c[0], '__proto__').value, 1);
      assert.strictEqual(Object.getPrototypeOf(c[1]), Object.prototype);
      assert.strictEqual(Object.getOwnPropertyDescriptor(c[1], '__proto__').value, null);
    });
add('class instance', () => {
  class Point {
    constructor() { this.x = 1; this.y = [2]; }
    norm() { return 0; }
  }
  return [new Point(), new Point()];
}, (c) => {
  assert.strictEqual(c[0].norm, undefined);
  assert.deepStrictEqual(Object.keys(c[0]), ['x', 'y']);
});
add('null-prototype object', () => { const o = Object.create(null); o.z = 1; o.a = 2; return o; },
    (c) => assert.deepStrictEqual(Object.keys(c), ['z', 'a']));
add('object whose prototype is an array', () => { const o = Object.create(Array.prototype); o.a = 1; return o; },
    (c) => assert.ok(!Array.isArray(c)));
add('object whose prototype is a proxy (only own properties are read)', () => {
  const proto = new Proxy({}, { get() { throw new Error('trap'); }, has() { throw new Error('trap'); } });
  const o = Object.create(proto);
  o.x = 1;
  return [o];
});
add('non-enumerable and symbol-keyed properties are dropped', () => {
  const o = { visible: 1, [Symbol('s')]: 2 };
  Object.defineProperty(o, 'hidden', { value: 3, enumerable: false });
  const a = [1];
  a[Symbol.iterator] = null;
  Object.defineProperty(a, 'hidden', { value: 4, enumerable: false });
  return { o, a };
}, (c) => {
  assert.deepStrictEqual(Reflect.ownKeys(c.o), ['visible']);
  assert.deepStrictEqual(Reflect.ownKeys(c.a), ['0', 'length']);
});
add('read-only and non-configurable properties become ordinary', () => {
  const o = {};
  Object.defineProperty(o, 'ro', { value: 1, enumerable: true });
  Object.defineProperty(o, 'nc', { value: 2, enumerable: true, writable: true });
  return Object.seal(o);
}, (c) => assert.ok(Object.isExtensible(c)));
add('unicode and unusual keys', () => {
  const o = { '\u00e9': 1, '\u20ac': 2, '\ud83d\ude00': 3, '\ud800': 4, '': 5, 'a\0b': 6 };
  o[patternString(2000, LATIN1)] = 'long latin1 key';
  o[patternString(1500, TWO_BYTE)] = 'long two-byte key';
  return [o, { ...o }];
}, (c) => assert.strictEqual(c[1][patternString(1500, TWO_BYTE)], 'long two-byte key'));
add('the same keys in many objects (key numbers past 127)', () => {
  const keys = [];
  for (let i = 0; i < 200; i++) keys.push(`key${i}`);
  const list = [];
  for (let j = 0; j < 5; j++) {
    const o = {};
    for (let i = 0; i < keys.length; i++) o[keys[(i + j * 37) % keys.length]] = i * j;
    list.push(o);
  }
  return list;
});

// --- strings
const STRING_LENGTHS = [0, 1, 2, 511, 512, 513, 1023, 1024, 1025, 100000];
for (const length of STRING_LENGTHS) {
  add(`latin1 string of ${length}`, () => patternString(length, LATIN1),
      (c, o) => { assert.strictEqual(c.length, length); assert.ok(c === o); });
  add(`two-byte string of ${length}`, () => (length ? '\u20ac' + patternString(length - 1, TWO_BYTE) : ''),
      (c, o) => { assert.strictEqual(c.length, length); assert.ok(c === o); });
}
add('short strings', () => ['', 'a', '\u00e9', '\u20ac', '\ud83d\ude00', '\ud800', '\udc00x', 'x\ud800', '\0', 'ascii'],
    (c) => {
      assert.strictEqual(c[5].length, 1);
      assert.strictEqual(c[5].charCodeAt(0), 0xd800);
      assert.strictEqual(c[4].codePointAt(0), 0x1f600);
    });
add('long strings in an object, with a lone surrogate at the end', () => ({
  latin: patternString(5000, LATIN1),
  two: patternString(5000, TWO_BYTE) + '\ud800',
  emoji: '\ud83d\ude00'.repeat(3000),
  same: 'y'.repeat(2048),
  again: 'y'.repeat(2048),
}), (c) => {
  assert.strictEqual(c.two.charCodeAt(5000), 0xd800);
  assert.strictEqual(c.emoji.length, 6000);
});
add('ropes built by concatenation', () => {
  let latin = '';
  let two = '';
  for (let i = 0; i < 2000; i++) {
    latin += String.fromCharCode(97 + (i % 26)) + i;
    two += (i % 50 === 0 ? '\u20ac' : 'b') + i;
  }
  let small = '';
  for (let i = 0; i < 20; i++) small += i;
  return { latin, two, small, latinAgain: latin, list: [two, latin] };
}, (c) => {
  let latin = '';
  for (let i = 0; i < 2000; i++) latin += String.fromCharCode(97 + (i % 26)) + i;
  assert.ok(c.latin === latin);
  assert.strictEqual(c.small, '012345678910111213141516171819');
});
add('substrings of long strings', () => {
  const latin = patternString(10000, LATIN1);
  const twoByte = '\u20ac' + 'p'.repeat(5000);  // two-byte characters, Latin-1 content after the first
  return [latin.slice(3, 3000), latin.slice(100, 120), twoByte.slice(1), twoByte.slice(1, 10), twoByte.slice(0, 700)];
}, (c) => {
  assert.strictEqual(c[2], 'p'.repeat(5000));
  assert.strictEqual(c[4].length, 700);
});

// --- numbers and other primitives
const NUMBERS = [0, -0, NaN, Infinity, -Infinity, 1, -1, 2 ** 31 - 1, 2 ** 31, -(2 ** 31), -(2 ** 31) - 1, 2 ** 32,
  0.1, -0.5, 1e21, Number.MAX_VALUE, -Number.MAX_VALUE, Number.MIN_VALUE, Number.MAX_SAFE_INTEGER,
  Number.EPSILON, 255, 256, 65536];
add('numbers in an array', () => NUMBERS.slice(), (c) => {
  assert.ok(Object.is(c[1], -0));
  assert.ok(Number.isNaN(c[2]));
});
add('numbers in an object', () => {
  const o = {};
  NUMBERS.forEach((n, i) => { o[`n${i}`] = n; });
  return o;
}, (c) => assert.ok(Object.is(c.n1, -0)));
add('computed doubles with integer values', () => [1.5 * 2, 2 ** 31 / 2, -0 * 1, 0.1 + 0.2],
    (c) => { assert.strictEqual(c[0], 3); assert.ok(Object.is(c[2], -0)); });
add('booleans, null and undefined', () => ({ t: true, f: false, n: null, u: undefined, list: [true, false, null, undefined] }),
    (c) => { assert.ok('u' in c); assert.ok(3 in c.list); });
for (const [i, n] of NUMBERS.entries()) add(`top-level number ${i}`, () => n);
add('top-level booleans, null, undefined', () => [true, false, null, undefined]);

// --- ArrayBuffers
add('ArrayBuffer contents', () => patternBuffer(2000), (c, o) => {
  assert.strictEqual(c.byteLength, 2000);
  // The copy is independent of the original, both ways.
  new Uint8Array(c)[0] ^= 0xff;
  assert.notStrictEqual(new Uint8Array(c)[0], new Uint8Array(o)[0]);
  const before = new Uint8Array(c)[1];
  new Uint8Array(o)[1] ^= 0xff;
  assert.strictEqual(new Uint8Array(c)[1], before);
});
add('zero-length ArrayBuffer', () => ({ empty: new ArrayBuffer(0), list: [new ArrayBuffer(0)] }),
    (c) => { assert.strictEqual(c.empty.byteLength, 0); assert.notStrictEqual(c.empty, c.list[0]); });
add('one-byte and large ArrayBuffers', () => [patternBuffer(1, 3), patternBuffer(1 << 20, 5)]);
add('the same ArrayBuffer twice is one buffer', () => { const ab = patternBuffer(64); return [ab, { ab }]; },
    (c) => assert.strictEqual(c[1].ab, c[0]));
add('many ArrayBuffers', () => {
  const list = [];
  for (let i = 0; i < 200; i++) list.push(patternBuffer(i % 7 === 0 ? 0 : i * 3, i));
  return list;
});
add('ArrayBuffer with a Uint8Array view of it (engine path)', () => {
  const ab = patternBuffer(32);
  return { ab, view: new Uint8Array(ab, 4, 8), dv: new DataView(ab, 1, 3), name: 'x'.repeat(3000) };
}, (c) => {
  assert.strictEqual(c.view.buffer, c.ab);
  assert.strictEqual(c.dv.buffer, c.ab);
  c.view[0] = 123;
  assert.strictEqual(new Uint8Array(c.ab)[4], 123);
}, { fast: false });

// --- values that need the engine's serializer, deep inside fast-looking data
add('a Map and a Date deep inside plain data', () => {
  const shared = { s: 1 };
  const ab = patternBuffer(100);
  const list = [shared, 'z'.repeat(4000)];
  list.push(list);
  return {
    before: { shared, ab, text: patternString(3000, TWO_BYTE) },
    a: [{ b: { c: [1, 2, new Map([[shared, new Date(5)], ['k', list]])] } }],
    set: new Set([shared, ab]),
    after: shared,
    list,
  };
}, (c) => {
  const map = c.a[0].b.c[2];
  assert.ok(map instanceof Map);
  assert.strictEqual([...map.keys()][0], c.after);
  assert.strictEqual(map.get(c.after).getTime(), 5);
  assert.strictEqual(map.get('k'), c.list);
  assert.strictEqual(c.list[2], c.list);
  assert.ok(c.set.has(c.before.ab));
}, { fast: false });
add('other engine-only values inside plain data', () => ({
  big: [1n, -(2n ** 70n)], re: /a+b/gi, err: new RangeError('r'), boxed: [Object(1), Object('s'), Object(false)],
  typed: new Float64Array([1.5, -0]), date: [new Date(0), new Date(NaN)],
}), (c) => {
  assert.strictEqual(c.big[1], -(2n ** 70n));
  assert.ok(Object.is(c.typed[1], -0));
}, { fast: false });
add('a SharedArrayBuffer inside plain data', () => {
  const sab = new SharedArrayBuffer(8);
  new Uint8Array(sab)[3] = 42;
  return { list: [1, 'two', { sab }], sab };
}, (c) => assert.strictEqual(c.list[2].sab, c.sab), { fast: false });

// --- nesting
for (const depth of [254, 255, 256, 257, 300, 1000]) {
  add(`objects nested ${depth} deep`, () => deepObjects(depth), (c) => assert.strictEqual(objectDepth(c), depth),
      { fast: depth <= 255 });
  add(`arrays nested ${depth} deep`, () => deepArrays(depth), (c) => assert.strictEqual(arrayDepth(c), depth),
      { fast: depth <= 255 });
}
add('mixed nesting 600 deep with references to the root', () => {
  const root = deepMixed(600);
  let node = root;
  for (;;) {
    const next = Array.isArray(node) ? node[1] : node.next;
    if (next === undefined || typeof next !== 'object') break;
    node = next;
  }
  node.root = root;
  root.ab = patternBuffer(10);
  node.ab = root.ab;
  return root;
}, null, { fast: false });

// --- a message big enough to grow every buffer
add('50,000 small records', () => {
  const shared = { kind: 'shared' };
  const records = [];
  for (let i = 0; i < 50000; i++) {
    records.push({ id: i, name: `item${i}`, score: i * 0.5, ok: i % 2 === 0, tags: ['a', i % 3 ? 'b' : 'c'],
                   ref: i % 1000 === 0 ? shared : null });
  }
  return { records, shared };
}, (c) => {
  // Checked by hand: the generic walk of 300,000 values is too slow to repeat for every path.
  assert.deepStrictEqual(Object.keys(c), ['records', 'shared']);
  assert.deepStrictEqual(c.shared, { kind: 'shared' });
  assert.strictEqual(c.records.length, 50000);
  const tagLists = new Set();
  for (let i = 0; i < 50000; i++) {
    const r = c.records[i];
    const keys = Object.keys(r);
    if (keys.length !== 6 || keys[0] !== 'id' || keys[5] !== 'ref' || r.id !== i || r.name !== `item${i}` ||
        r.score !== i * 0.5 || r.ok !== (i % 2 === 0) || r.tags.length !== 2 || r.tags[0] !== 'a' ||
        r.tags[1] !== (i % 3 ? 'b' : 'c') || r.ref !== (i % 1000 === 0 ? c.shared : null) ||
        Object.getPrototypeOf(r) !== Object.prototype || tagLists.has(r.tags)) {
      assert.fail(`record ${i} differs: ${JSON.stringify(r)}`);
    }
    tagLists.add(r.tags);
  }
}, { generic: false, heavy: true });

// ---------------------------------------------------------------------------------------------------------
// Getters run exactly once, by the engine's serializer; a throwing getter's error propagates; proxies,
// functions, symbols and detached ArrayBuffers throw DataCloneError.

function getterValue(counter) {
  const shared = { s: 1 };
  const o = { before: [1, 'x'.repeat(2000)], shared };
  Object.defineProperty(o, 'g', {
    enumerable: true, configurable: true,
    get() { counter.n++; return { fromGetter: counter.n, shared }; },
  });
  o.after = shared;
  const arr = [1, 2, 3];
  Object.defineProperty(arr, 1, { enumerable: true, get() { counter.n++; return 'element'; } });
  let protoCalls = 0;
  class WithGetter { constructor() { this.own = 1; } get inherited() { protoCalls++; return 1; } }
  const hidden = {};
  Object.defineProperty(hidden, 'h', { enumerable: false, get() { protoCalls++; return 1; } });
  const deepLater = { data: [], nested: { list: [{}] } };
  for (let i = 0; i < 500; i++) deepLater.data.push({ i, s: `s${i}` });
  Object.defineProperty(deepLater.nested.list[0], 'late', { enumerable: true, get() { counter.n++; return 'late'; } });
  return { value: { o, arr, instance: new WithGetter(), hidden, deepLater }, protoCalls: () => protoCalls };
}
function checkGetterClone(c, counter, protoCalls, label) {
  assert.strictEqual(counter.n, 3, `${label}: getters called ${counter.n} times`);
  assert.strictEqual(protoCalls(), 0, `${label}: inherited or non-enumerable getter called`);
  assert.deepStrictEqual(Object.keys(c.o), ['before', 'shared', 'g', 'after']);
  assert.strictEqual(c.o.g.fromGetter, 1);
  assert.strictEqual(c.o.g.shared, c.o.shared);
  assert.strictEqual(c.o.after, c.o.shared);
  assert.deepStrictEqual(Object.getOwnPropertyDescriptor(c.arr, 1),
                         { value: 'element', writable: true, enumerable: true, configurable: true });
  assert.deepStrictEqual(c.instance, { own: 1 });
  assert.deepStrictEqual(Reflect.ownKeys(c.hidden), []);
  assert.strictEqual(c.deepLater.data.length, 500);
  assert.strictEqual(c.deepLater.data[499].s, 's499');
  assert.strictEqual(c.deepLater.nested.list[0].late, 'late');
}

function throwingValue(calls, error) {
  const o = { data: [1, 'y'.repeat(3000), patternBuffer(10)] };
  Object.defineProperty(o, 'first', { enumerable: true, get() { calls[0]++; return 1; } });
  Object.defineProperty(o, 'bad', { enumerable: true, get() { calls[1]++; throw error; } });
  Object.defineProperty(o, 'never', { enumerable: true, get() { calls[2]++; return 3; } });
  return { wrapper: [o] };
}

function detachedBuffer() {
  const ab = new ArrayBuffer(8);
  structuredClone(ab, { transfer: [ab] });
  assert.strictEqual(ab.byteLength, 0);
  return ab;
}

const fn = function someFunction() {};
const badValues = [
  { name: 'detached ArrayBuffer', make: () => detachedBuffer(),
    message: 'An ArrayBuffer is detached and could not be cloned.' },
  { name: 'detached ArrayBuffer deep inside plain data',
    make: () => ({ a: [1, 'x'.repeat(5000), patternBuffer(100), { b: [detachedBuffer()] }] }),
    message: 'An ArrayBuffer is detached and could not be cloned.' },
  { name: 'function', make: () => ({ list: [1, { fn }] }), message: `${fn} could not be cloned.` },
  { name: 'symbol', make: () => [1, 'two', Symbol('sym')], message: 'Symbol(sym) could not be cloned.' },
  { name: 'proxy of an object', make: () => ({ p: new Proxy({ a: 1 }, {}) }), message: '#<Object> could not be cloned.' },
];
function assertDataCloneError(fnToRun, message, label) {
  assert.throws(fnToRun, (err) => {
    assert.strictEqual(err.name, 'DataCloneError', `${label}: ${err}`);
    assert.strictEqual(err.message, message, label);
    assert.strictEqual(err.code, 25, label);
    assert.ok(err instanceof DOMException, label);
    return true;
  }, label);
}

// ---------------------------------------------------------------------------------------------------------
// Synchronous paths: structuredClone, structuredClone with a transfer list (in loom: always the engine's
// serializer), and a MessageChannel read with receiveMessageOnPort.

const syncModes = [
  ['structuredClone', (v) => structuredClone(v)],
  // A transfer list (here of an unrelated buffer) makes loom use the engine's serializer for the whole value.
  ['structuredClone with a transfer list', (v) => structuredClone(v, { transfer: [new ArrayBuffer(8)] })],
  ['MessageChannel', (v) => {
    const { port1, port2 } = new MessageChannel();
    port1.postMessage(v);
    const received = receiveMessageOnPort(port2);  // the reader runs here
    assert.strictEqual(receiveMessageOnPort(port2), undefined);
    port1.close();
    return received.message;
  }],
];

function checkCase(kase, original, clone, label) {
  if (kase.generic) checkClone(original, clone, label);
  if (kase.check) kase.check(clone, original);
}

for (const [mode, cloneFn] of syncModes) {
  for (const kase of cases) {
    if (kase.heavy && cloneFn !== syncModes[0][1]) continue;
    const original = kase.make();
    checkCase(kase, original, cloneFn(original), `${mode}: ${kase.name}`);
  }
  // Getters.
  const counter = { n: 0 };
  const { value, protoCalls } = getterValue(counter);
  checkGetterClone(cloneFn(value), counter, protoCalls, `${mode}: getters`);
  const calls = [0, 0, 0];
  const error = new TypeError('getter failed');
  assert.throws(() => cloneFn(throwingValue(calls, error)), (err) => err === error, `${mode}: throwing getter`);
  assert.deepStrictEqual(calls, [1, 1, 0], `${mode}: getter calls before the throw`);
  for (const bad of badValues) assertDataCloneError(() => cloneFn(bad.make()), bad.message, `${mode}: ${bad.name}`);
}

// A setter for a property name on Object.prototype / Array.prototype is not called when a clone is built.
{
  let setterCalls = 0;
  const descriptor = { configurable: true, get() { return 'inherited'; }, set() { setterCalls++; } };
  Object.defineProperty(Object.prototype, 'polluted', descriptor);
  Object.defineProperty(Array.prototype, '0', descriptor);
  try {
    for (const [mode, cloneFn] of syncModes) {
      const source = JSON.parse('{"polluted": 5, "list": [1, 2], "sparse": [1, null, 3]}');
      delete source.sparse[1];
      const c = cloneFn(source);
      assert.strictEqual(Object.getOwnPropertyDescriptor(c, 'polluted').value, 5, mode);
      assert.strictEqual(Object.getOwnPropertyDescriptor(c.list, '0').value, 1, mode);
      assert.strictEqual(Object.getOwnPropertyDescriptor(c.sparse, '0').value, 1, mode);
      assert.strictEqual(setterCalls, 0, mode);
    }
  } finally {
    delete Object.prototype.polluted;
    delete Array.prototype[0];
  }
}

// Nesting 5,000 deep: Node's serializer recurses and may throw RangeError; an engine that clones it must
// clone it intact. The process keeps working either way.
for (const [make, depthOf] of [[deepObjects, objectDepth], [deepArrays, arrayDepth]]) {
  for (const [mode, cloneFn] of syncModes) {
    let copy;
    try {
      copy = cloneFn(make(5000));
    } catch (err) {
      assert.ok(err instanceof RangeError, `${mode}: depth 5000 threw ${err}`);
      continue;
    }
    assert.strictEqual(depthOf(copy), 5000, mode);
  }
}

// ---------------------------------------------------------------------------------------------------------
// Worker paths: every value crosses to a worker and back (each thread reads then writes it), workerData
// carries the fast values and, to another worker, the engine-path ones.

const echoSource = `
  const { parentPort, workerData } = require('worker_threads');
  parentPort.postMessage(workerData);
  parentPort.on('message', (m) => {
    if (m === '--done--') parentPort.close();
    else parentPort.postMessage(m);
  });
`;

function collect(worker, count) {
  return new Promise((resolve, reject) => {
    const got = [];
    function onMessage(m) {
      got.push(m);
      if (got.length === count) {
        worker.off('message', onMessage);
        resolve(got);
      }
    }
    worker.on('message', onMessage);
    worker.once('error', reject);
  });
}

function exited(worker) {
  return new Promise((resolve) => worker.once('exit', resolve));
}

async function workerChecks() {
  const fastCases = cases.filter((k) => k.fast && !k.heavy);
  const slowCases = cases.filter((k) => !k.fast && !k.heavy);
  const fastData = fastCases.map((k) => k.make());
  const slowData = slowCases.map((k) => k.make());

  const worker = new Worker(echoSource, { eval: true, workerData: fastData });
  const slowWorker = new Worker(echoSource, { eval: true, workerData: slowData });
  const workerExit = exited(worker);
  const slowWorkerExit = exited(slowWorker);
  const slowReplies = collect(slowWorker, 1);
  const originals = cases.map((k) => k.make());
  const replies = collect(worker, 1 + originals.length + 1);
  for (const original of originals) worker.postMessage(original);

  // Getters run once, on the sending thread; a failed post throws there and leaves the port usable.
  const counter = { n: 0 };
  const { value, protoCalls } = getterValue(counter);
  worker.postMessage(value);
  const calls = [0, 0, 0];
  const error = new TypeError('getter failed');
  assert.throws(() => worker.postMessage(throwingValue(calls, error)), (err) => err === error);
  assert.deepStrictEqual(calls, [1, 1, 0]);
  for (const bad of badValues) {
    assertDataCloneError(() => worker.postMessage(bad.make()), bad.message, `worker postMessage: ${bad.name}`);
  }

  const got = await replies;
  worker.postMessage('--done--');
  const [echoedData] = await slowReplies;
  slowWorker.postMessage('--done--');

  fastCases.forEach((kase, i) => checkCase(kase, fastData[i], got[0][i], `workerData: ${kase.name}`));
  slowCases.forEach((kase, i) => checkCase(kase, slowData[i], echoedData[i], `workerData: ${kase.name}`));
  cases.forEach((kase, i) => checkCase(kase, originals[i], got[1 + i], `worker echo: ${kase.name}`));
  checkGetterClone(got[1 + cases.length], counter, protoCalls, 'worker echo: getters');

  assert.strictEqual(await workerExit, 0);
  assert.strictEqual(await slowWorkerExit, 0);
}

// ---------------------------------------------------------------------------------------------------------
// Messages that are never read: their buffers (string chunks, ArrayBuffer contents) are freed without a crash.

function bulkyValue(i) {
  return { i, text: patternString(3000 + i, i % 2 ? LATIN1 : TWO_BYTE), ab: patternBuffer(5000 + i, i),
           list: [patternBuffer(0), 'short', { nested: 'z'.repeat(1500) }] };
}

async function droppedMessages() {
  // Posted to a port whose peer closes without reading.
  {
    const { port1, port2 } = new MessageChannel();
    for (let i = 0; i < 20; i++) port1.postMessage(bulkyValue(i));
    port2.close();
    port1.close();
  }
  // Posted, then the sending port closes at once: what was posted before the close still arrives.
  {
    const { port1, port2 } = new MessageChannel();
    for (let i = 0; i < 5; i++) port1.postMessage(bulkyValue(i));
    port1.close();
    const received = [];
    port2.on('message', (m) => received.push(m));
    await new Promise((resolve) => port2.once('close', resolve));
    assert.strictEqual(received.length, 5);
    received.forEach((m, i) => checkClone(bulkyValue(i), m, `message ${i} posted before close`));
  }
  // Posted to a port nobody ever reads or closes.
  {
    const { port1 } = new MessageChannel();
    for (let i = 0; i < 5; i++) port1.postMessage(bulkyValue(i));
  }
  // Posted to a worker that never reads them, then terminated.
  {
    const worker = new Worker('setInterval(() => {}, 1000);', { eval: true });
    await new Promise((resolve) => worker.once('online', resolve));
    for (let i = 0; i < 20; i++) worker.postMessage(bulkyValue(i));
    const code = await worker.terminate();
    assert.strictEqual(code, 1);
    worker.postMessage(bulkyValue(0));  // after exit: dropped quietly
  }
  // A worker that floods its parent and is terminated while the messages are in flight.
  {
    const worker = new Worker(`
      const { parentPort } = require('worker_threads');
      ${patternString}
      ${patternBuffer}
      const LATIN1 = ${JSON.stringify(LATIN1)};
      const TWO_BYTE = ${JSON.stringify(TWO_BYTE)};
      ${bulkyValue}
      for (let i = 0; i < 200; i++) parentPort.postMessage(bulkyValue(i));
      setInterval(() => {}, 1000);
    `, { eval: true });
    const first = await new Promise((resolve) => worker.once('message', resolve));
    checkClone(bulkyValue(0), first, 'flooding worker');
    assert.strictEqual(await worker.terminate(), 1);
  }
}

// ---------------------------------------------------------------------------------------------------------
// Checks run last, each on its own, so that one failing does not hide the others (or the checks above).

const lateFailures = [];
function late(name, fn) {
  try {
    fn();
  } catch (err) {
    lateFailures.push(`${name}: ${err instanceof Error ? err.message : `threw ${String(err)}`}`);
    // Reported at once too: a runtime that does not survive a later check would never print the summary.
    console.error(`FAILED: ${lateFailures[lateFailures.length - 1]}`);
  }
}

function lateChecks() {
  // Proxies: the error names them without running any of their traps.
  for (const [mode, cloneFn] of syncModes) {
    late(`${mode}: proxy of an array`, () => {
      assertDataCloneError(() => cloneFn([[new Proxy([1], {})]]), '[object Array] could not be cloned.', mode);
    });
    late(`${mode}: proxy of a function`, () => {
      assertDataCloneError(() => cloneFn({ p: new Proxy(function f() {}, {}) }), 'function f() {} could not be cloned.',
                           mode);
    });
    late(`${mode}: revoked proxy`, () => {
      const { proxy, revoke } = Proxy.revocable({}, {});
      revoke();
      assertDataCloneError(() => cloneFn([proxy]), 'null could not be cloned.', mode);
    });
    late(`${mode}: proxy traps`, () => {
      const trapped = [];
      const handler = {};
      for (const trap of ['get', 'getOwnPropertyDescriptor', 'ownKeys', 'has', 'getPrototypeOf']) {
        handler[trap] = (...args) => {
          trapped.push(trap);
          return Reflect[trap](...args);
        };
      }
      assertDataCloneError(() => cloneFn({ p: new Proxy({ a: 1 }, handler) }), '#<Object> could not be cloned.', mode);
      assert.deepStrictEqual(trapped, []);
    });
  }

  // Sparse arrays whose length is beyond what a dense array can hold (last: an engine that runs out of memory
  // here may not survive it).
  const makeHuge = () => {
    const empty = [];
    empty.length = 2 ** 32 - 1;
    const far = ['first'];
    far[3e9] = 'far';
    const last = [];
    last[2 ** 32 - 2] = 'last';
    return { empty, far, last };
  };
  for (const [mode, cloneFn] of syncModes) {
    late(`${mode}: huge sparse arrays`, () => {
      const c = cloneFn(makeHuge());
      assert.strictEqual(c.empty.length, 2 ** 32 - 1);
      assert.deepStrictEqual(Object.keys(c.empty), []);
      assert.strictEqual(c.far.length, 3e9 + 1);
      assert.deepStrictEqual(Object.keys(c.far), ['0', '3000000000']);
      assert.strictEqual(c.last.length, 2 ** 32 - 1);
      assert.strictEqual(c.last[2 ** 32 - 2], 'last');
    });
  }
  if (lateFailures.length) assert.fail(`${lateFailures.length} checks failed:\n${lateFailures.join('\n')}`);
}

async function main() {
  await workerChecks();
  await droppedMessages();
  lateChecks();
}
main().then(common.mustCall());
