'use strict';
// Prints util.inspect()/util.format()/console.log() output for a large corpus of values and options.
// test-util-inspect-corpus.out holds Node 20's output, so loom must reproduce it byte for byte.
// Every value is deterministic: errors get fixed `stack` strings, dates fixed timestamps, and nothing
// depends on engine-specific property order (no showHidden on built-in functions or errors). The source
// is kept ASCII (non-ASCII text is written as \u escapes) so it does not depend on source decoding.
const util = require('util');

const cases = [];
function inspectCase(label, make, opts) {
  cases.push([label + (opts ? ` ${JSON.stringify(opts)}` : ''),
              () => (opts === undefined ? util.inspect(make()) : util.inspect(make(), opts))]);
}
function textCase(label, fn) {
  cases.push([label, fn]);
}
function errorWith(Ctor, message, stack) {
  const err = new Ctor(message);
  err.stack = stack;
  return err;
}
const kCustom = util.inspect.custom;

// --- Primitives -----------------------------------------------------------------------------------
const primitives = [
  ['zero', 0], ['minus zero', -0], ['float', 1.5], ['NaN', NaN], ['Infinity', Infinity],
  ['-Infinity', -Infinity], ['bigint', 1n], ['negative bigint', -12345678901234567890n],
  ['1e21', 1e21], ['1e-7', 1e-7], ['true', true], ['false', false], ['undefined', undefined],
  ['null', null], ['symbol', Symbol('foo')], ['empty symbol', Symbol()], ['well-known symbol', Symbol.iterator],
  ['registered symbol', Symbol.for('reg')], ['string', 'hello'], ['string with single quote', "it's"],
  ['string with both quotes', 'it\'s "x"'], ['string with all quotes', 'it\'s "x" `y`'],
  ['string with ${', 'it\'s "x" ${y}'], ['escapes', 'a\nb\tc\\d\x00\x1b\x7f\x85\b\f\r\v'],
  ['lone surrogates', '\ud800x\udc00'], ['surrogate pair', '\ud83d\ude00'], ['empty string', ''],
  ['long string', 'x'.repeat(100)], ['cjk', '\u4e2d\u6587\u5b57\u7b26'],
  ['multi-line long string', 'line one is here\nline two is here\nline three is here and longer than eighty characters\n'],
];
for (const [label, value] of primitives) inspectCase(label, () => value);
inspectCase('symbol with newline', () => Symbol('a\nb'));

// --- Arrays -------------------------------------------------------------------------------------
const arrays = {
  'empty array': () => [],
  'small array': () => [1, 2, 3],
  'hole': () => [1, , 3],
  'holes at both ends': () => [, , 1, , , ],
  'only holes': () => new Array(5),
  'sparse 200': () => { const a = new Array(200); a[50] = 1; a[150] = 2; return a; },
  '101 numbers': () => Array.from({ length: 101 }, (_, i) => i),
  '150 numbers': () => Array.from({ length: 150 }, (_, i) => i * 3),
  'array props': () => { const a = [1, 2]; a.foo = 'bar'; a[Symbol('s')] = 1; return a; },
  'only props': () => { const a = []; a.foo = 'bar'; return a; },
  '7 numbers': () => [1, 2, 3, 4, 5, 6, 7],
  '26 numbers': () => Array.from({ length: 26 }, (_, i) => i),
  'mixed numbers': () => [1, 22, 333, 4444, 55555, 666666, 7777777, -1, -22, 0.5, 1e10, 3n],
  'fruit': () => ['apple', 'banana', 'cherry', 'date', 'elderberry', 'fig', 'grape', 'honeydew', 'kiwi', 'lemon'],
  'objects in array': () => Array.from({ length: 10 }, (_, i) => ({ i })),
  'nested arrays': () => [[1, [2, [3, [4, [5]]]]]],
  'long entries': () => ['a'.repeat(30), 'b'.repeat(30), 'c'.repeat(30), 'd', 'e', 'f', 'g'],
  'mixed types': () => [1, 'a', null, undefined, true, 2n, Symbol('x'), {}, [], () => {}],
  'Array subclass': () => { class MyArr extends Array {} return MyArr.from([1, 2]); },
  'null prototype array': () => Object.setPrototypeOf([1, 2], null),
  'cubes': () => Array.from({ length: 30 }, (_, i) => i * i * i),
  'pairs': () => Array.from({ length: 8 }, (_, i) => [i, i + 1]),
  'array getter': () => { const a = [1, 2]; Object.defineProperty(a, 1, { get() { return 5; }, enumerable: true }); return a; },
  'many strings': () => Array.from({ length: 50 }, (_, i) => 'w'.repeat((i * 7) % 13)),
  'extra key with many': () => { const a = Array.from({ length: 10 }, (_, i) => i); a.extra = 'yes'; return a; },
  'wide characters': () => ['\u4e2d\u6587\u5b57\u7b26', '\u4e2d\u6587\u5b57\u7b26\u4e2d\u6587\u5b57\u7b26', 'abc', 'def', 'ghi', 'jkl', 'mno', 'pqr', 'stu', 'vwx', 'yz', '\u4e2d'],
  'combining characters': () => Array.from({ length: 30 }, (_, k) => 'e\u0301'.repeat(k % 4)),
  'emoji': () => Array.from({ length: 30 }, (_, k) => '\ud83d\ude00'.repeat(k % 3) + 'ab'),
};
for (const [label, make] of Object.entries(arrays)) inspectCase(label, make);

// --- Objects ------------------------------------------------------------------------------------
class Foo { constructor() { this.a = 1; this.b = [1, 2]; } }
const objects = {
  'empty object': () => ({}),
  'simple object': () => ({ a: 1, b: 'two', c: [3], d: { e: null } }),
  'quoted keys': () => ({ 'a-b': 1, '1': 2, 'c d': 3, "it's": 4, '': 5, _x: 6, $y: 7, '\u00e9': 8 }),
  '__proto__ key': () => JSON.parse('{"__proto__": 1, "a": 2}'),
  'deep object': () => ({ a: { b: { c: { d: { e: 1 } } } } }),
  'deep array': () => ({ a: [[[[1]]]] }),
  'deep Map': () => ({ a: { b: { c: new Map([[1, 2]]) } } }),
  'deep null prototype': () => ({ a: { b: { c: Object.create(null, { x: { value: 1, enumerable: true } }) } } }),
  'deep class instance': () => ({ a: { b: { c: new Foo() } } }),
  '30 keys': () => Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`key${i}`, i])),
  'wide values': () => ({ alpha: 'aaaaaaaaaaaaaaa', beta: 'bbbbbbbbbbbbbbbbbb', gamma: 'ccccccccccccccccc', delta: 'dddddd' }),
  'exactly at the limit': () => ({ abc: 'x'.repeat(56) }),
  'nested empty': () => ({ a: { b: { c: {} } } }),
  'nested mixed': () => ({ a: 1, b: { c: { d: 1 } }, e: [{ f: { g: 1 } }] }),
  'circular': () => { const o = { a: 1 }; o.self = o; return o; },
  'circular twice': () => { const a = { name: 'a' }; const b = { name: 'b', a }; a.b = b; a.arr = [a, b]; return a; },
  'several cycles': () => { const a = {}; const b = { a }; a.b = b; const c = { c: 1 }; c.c2 = c; return { a, b, c }; },
  'circular Map': () => { const m = new Map(); m.set('m', m); return m; },
  'symbol keys': () => ({ [Symbol('a')]: 1, [Symbol.for('b')]: 2, [Symbol()]: 3, [Symbol("q'")]: 5 }),
  'non-enumerable symbol': () => { const o = { a: 1 }; Object.defineProperty(o, Symbol('h'), { value: 2 }); return o; },
  'accessors': () => ({ get a() { return 1; }, set b(v) {}, get c() { return 2; }, set c(v) {}, d: 1 }),
  'null prototype': () => Object.create(null),
  'null prototype with keys': () => Object.assign(Object.create(null), { a: 1, b: [2] }),
  'own toStringTag': () => ({ [Symbol.toStringTag]: 'foo' }),
  'hidden own toStringTag': () => Object.defineProperty({ a: 1 }, Symbol.toStringTag, { value: 'bar' }),
  'class toStringTag': () => { class A { get [Symbol.toStringTag]() { return 'foo'; } } return new A(); },
  'inherited toStringTag': () => Object.create({ [Symbol.toStringTag]: 'Pro' }),
  'class instance': () => new Foo(),
  'empty class instance': () => new (class Empty {})(),
  'subclass instance': () => { class Base {} class Derived extends Base { constructor() { super(); this.z = 1; } } return new Derived(); },
  'anonymous class instance': () => new (class {})(),
  'constructor function': () => { function Old() { this.q = 1; } return new Old(); },
  'inherits from object': () => Object.create({ inherited: 1 }),
  'null prototype chain': () => Object.create(Object.create(null)),
  'null prototype chain with key': () => { const o = Object.create(Object.create(null)); o.a = 1; return o; },
  'all kinds': () => ({ n: 1, s: 's', b: true, u: undefined, nl: null, sy: Symbol('s'), bi: 10n, f() {}, af: async () => {}, arr: [1], o: {} }),
  'long key and value': () => ({ 'this is a long key with spaces': 'and a long value to go with it', another: 'value that is long too' }),
  'matrix': () => ({ data: [[1, 2, 3], [4, 5, 6], [7, 8, 9]] }),
  'number keys': () => ({ 1: 'a', 2: 'b', 10: 'c', b: 1, a: 2 }),
  'escaped keys': () => ({ 'a\nb': 1, "q'": 2, 'b\\s': 3 }),
  'rows': () => ({ rows: Array.from({ length: 5 }, (_, i) => ({ id: i, name: `name${i}`, tags: ['a', 'b'] })) }),
  'multi-line string value': () => ({ text: 'first line of the text that is long\nsecond line of the text that is also long\nthird' }),
  'linked list': () => { const o = {}; let cur = o; for (let i = 0; i < 10; i++) { cur.next = { i }; cur = cur.next; } return o; },
};
for (const [label, make] of Object.entries(objects)) inspectCase(label, make);

// --- Collections, buffers, dates, regexps -------------------------------------------------------
const builtins = {
  'empty Map': () => new Map(),
  'Map': () => new Map([['a', 1], [{ k: 1 }, [1, 2]], [NaN, 'nan']]),
  'Map with props': () => { const m = new Map([[1, 2]]); m.extra = true; return m; },
  'big Map': () => new Map(Array.from({ length: 120 }, (_, i) => [i, `v${i}`])),
  'Map subclass': () => { class MyMap extends Map {} return new MyMap([[1, 2]]); },
  'null prototype Map': () => Object.setPrototypeOf(new Map([[1, 2]]), null),
  'nested Maps': () => new Map([['outer', new Map([['inner', new Map([['deep', new Map([[1, 2]])]])]])]]),
  'empty Set': () => new Set(),
  'Set': () => new Set([1, 'two', [3], { four: 4 }]),
  'big Set': () => new Set(Array.from({ length: 105 }, (_, i) => i)),
  'Set subclass': () => { class MySet extends Set {} return new MySet([1]); },
  'WeakMap': () => new WeakMap(),
  'WeakSet': () => new WeakSet(),
  'Uint8Array': () => new Uint8Array([1, 2, 3]),
  'empty Uint8Array': () => new Uint8Array(0),
  'big Uint8Array': () => new Uint8Array(150),
  'Int16Array': () => new Int16Array([-1, 2, -300]),
  'Float32Array': () => new Float32Array([1.5, -0, NaN]),
  'Float64Array': () => new Float64Array([Math.PI, 1e300]),
  'Uint8ClampedArray': () => new Uint8ClampedArray([255]),
  'BigInt64Array': () => new BigInt64Array([1n, -2n]),
  'BigUint64Array': () => new BigUint64Array(8),
  'typed array with props': () => { const a = new Uint32Array(2); a.x = 1; return a; },
  'typed array subclass': () => { class MyU8 extends Uint8Array {} return new MyU8(2); },
  'ArrayBuffer': () => new Uint8Array([1, 2, 255]).buffer,
  'empty ArrayBuffer': () => new ArrayBuffer(0),
  'big ArrayBuffer': () => new ArrayBuffer(120),
  'SharedArrayBuffer': () => new SharedArrayBuffer(4),
  'DataView': () => new DataView(new ArrayBuffer(4), 1, 2),
  'buffers in object': () => ({ buf: new Uint8Array(3), ab: new ArrayBuffer(2) }),
  'Date': () => new Date(0),
  'invalid Date': () => new Date(NaN),
  'Date with props': () => { const d = new Date(86400000); d.foo = 1; return d; },
  'Date subclass': () => { class MyDate extends Date {} return new MyDate(0); },
  'RegExp': () => /ab+c/gi,
  'RegExp with props': () => { const r = /x/; r.p = 1; return r; },
  'RegExp subclass': () => { class MyRe extends RegExp {} return new MyRe('a', 'y'); },
  'Promise resolved': () => Promise.resolve({ a: [1, 2] }),
  'Promise pending': () => new Promise(() => {}),
  'Promise rejected': () => { const p = Promise.reject(3); p.catch(() => {}); return p; },
  'Promise with props': () => { const p = Promise.resolve(2); p.x = 1; return p; },
  'Number object': () => new Number(3),
  'Number object -0': () => new Number(-0),
  'String object': () => new String('ab'),
  'String object with props': () => { const s = new String('ab'); s.x = 1; return s; },
  'Boolean object': () => new Boolean(false),
  'BigInt object': () => Object(5n),
  'Symbol object': () => Object(Symbol('bs')),
  'arguments': () => (function () { return arguments; })(1, 'a'),
  'empty arguments': () => (function () { return arguments; })(),
  'Proxy': () => new Proxy({ a: 1 }, {}),
  'Proxy of array': () => new Proxy([1, 2], {}),
  'Proxy with throwing traps': () => new Proxy({ a: 1 }, { get() { throw new Error('trap'); }, ownKeys() { throw new Error('trap'); } }),
  'revoked Proxy': () => { const r = Proxy.revocable({}, {}); r.revoke(); return r.proxy; },
  'generator object': () => (function* () {})(),
};
for (const [label, make] of Object.entries(builtins)) inspectCase(label, make);

// --- Functions and classes ----------------------------------------------------------------------
const functions = {
  'named function': () => function foo() {},
  'anonymous function': () => function () {},
  'arrow function': () => (() => {}),
  'named arrow': () => { const arrow = () => {}; return arrow; },
  'async function': () => async function af() {},
  'generator function': () => function* g() {},
  'async generator function': () => async function* ag() {},
  'function with props': () => { function withProps() {} withProps.a = 1; withProps.b = { c: 2 }; return withProps; },
  'null prototype function': () => Object.setPrototypeOf(function nf() {}, null),
  'bound function': () => function bf() {}.bind(null),
  'built-in function': () => Math.max,
  'class': () => class A {},
  'derived class': () => { class A {} return class B extends A {}; },
  'anonymous class': () => class {},
  'class extends null': () => class N extends null {},
  'class with static': () => { class S { static x = 1; } return S; },
  'class extends Error': () => class MyErr extends Error {},
  'object of functions': () => ({ a: function () {}, b: () => {}, c: class {}, d: Symbol }),
};
for (const [label, make] of Object.entries(functions)) inspectCase(label, make);

// --- Errors -------------------------------------------------------------------------------------
const errors = {
  'error': () => errorWith(Error, 'boom', 'Error: boom\n    at foo (file.js:1:2)\n    at bar (file.js:3:4)'),
  'error without stack': () => errorWith(Error, 'm', ''),
  'TypeError': () => errorWith(TypeError, 'bad type', 'TypeError: bad type\n    at x (a.js:1:1)'),
  'error with props': () => { const e = errorWith(Error, 'p', 'Error: p\n    at x (a.js:1:1)'); e.code = 'ECODE'; e.errno = -2; return e; },
  'stackless error with props': () => { const e = errorWith(Error, 'p', ''); e.code = 'ECODE'; return e; },
  'error with cause': () => { const c = errorWith(Error, 'inner', 'Error: inner\n    at i (a.js:1:1)'); const e = new Error('outer', { cause: c }); e.stack = 'Error: outer\n    at o (a.js:2:2)'; return e; },
  'primitive cause': () => { const e = new Error('outer', { cause: 'str' }); e.stack = 'Error: outer\n    at o (a.js:2:2)'; return e; },
  'cause with shared frames': () => {
    const frames = '\n    at a (f.js:1:1)\n    at b (f.js:2:2)\n    at c (f.js:3:3)\n    at d (f.js:4:4)\n    at e (f.js:5:5)';
    const c = errorWith(Error, 'inner', 'Error: inner\n    at z (f.js:9:9)' + frames);
    const e = new Error('outer', { cause: c }); e.stack = 'Error: outer\n    at y (f.js:8:8)' + frames; return e;
  },
  'renamed error': () => { const e = errorWith(Error, 'x', 'Error: x\n    at a (b.js:1:1)'); e.name = 'CustomError'; return e; },
  'error subclass': () => { class MyError extends Error {} return errorWith(MyError, 'sub', 'Error: sub\n    at a (b.js:1:1)'); },
  'named error subclass': () => { class MyError extends Error { constructor(m) { super(m); this.name = 'MyError'; } } return errorWith(MyError, 'sub', 'MyError: sub\n    at a (b.js:1:1)'); },
  'stackless error subclass': () => { class ValidationError extends Error {} return errorWith(ValidationError, 'v', ''); },
  'TypeError subclass': () => { class MyTE extends TypeError {} return errorWith(MyTE, 't', 'TypeError: t\n    at a (b.js:1:1)'); },
  'null prototype error': () => Object.setPrototypeOf(errorWith(Error, 'np', 'Error: np\n    at a (b.js:1:1)'), null),
  'message looks like a frame': () => errorWith(Error, 'line1\n    at fake', 'Error: line1\n    at fake\n    at real (r.js:1:1)'),
  'stack without header': () => errorWith(Error, 'hdr', '    at a (b.js:1:1)'),
  'unrelated stack': () => errorWith(Error, 'hdr', 'Something else entirely'),
  'error in object': () => ({ err: errorWith(Error, 'nested', 'Error: nested\n    at a (b.js:1:1)\n    at c (d.js:2:2)') }),
  'error in array': () => [errorWith(Error, 'inarr', 'Error: inarr\n    at a (b.js:1:1)')],
  'deeply nested error': () => ({ a: { b: errorWith(Error, 'nested', 'Error: nested\n    at a (b.js:1:1)') } }),
  'AggregateError': () => { const e = new AggregateError([errorWith(Error, 'a1', ''), errorWith(TypeError, 'a2', '')], 'agg'); e.stack = 'AggregateError: agg\n    at x (y.js:1:1)'; return e; },
  'changed message': () => { const e = errorWith(Error, 'orig', 'Error: orig\n    at x (y.js:1:1)'); e.message = 'changed'; return e; },
  'error without message': () => errorWith(Error, '', 'Error\n    at x (y.js:1:1)'),
  'error tagged by class': () => { class TE extends Error { get [Symbol.toStringTag]() { return 'Tagged'; } } return errorWith(TE, 'tg', 'Error: tg\n    at x (y.js:1:1)'); },
  'code in stack': () => { const e = errorWith(Error, 'm', 'Error [ERR_X]: m\n    at x (y.js:1:1)'); e.code = 'ERR_X'; return e; },
  'error with nested props': () => { const e = errorWith(Error, 'm', 'Error: m\n    at x (y.js:1:1)'); e.info = { a: 1, b: [1, 2, 3] }; return e; },
  'rejected with error': () => { const p = Promise.reject(errorWith(Error, 'rej', '')); p.catch(() => {}); return p; },
};
for (const [label, make] of Object.entries(errors)) inspectCase(label, make);

// --- Custom inspection ---------------------------------------------------------------------------
const custom = {
  'custom string': () => ({ [kCustom]() { return 'CUSTOM'; } }),
  'custom multi-line': () => ({ a: { [kCustom]() { return 'line1\nline2'; } } }),
  'custom object': () => ({ [kCustom]() { return { replaced: true }; } }),
  'custom returns this': () => ({ a: 1, [kCustom]() { return this; } }),
  'custom depth': () => ({ a: { b: { [kCustom](depth, opts, insp) { return `depth=${depth} ${typeof insp} ${opts.depth}`; } } } }),
  'custom uses inspect': () => ({ x: { [kCustom](depth, opts, insp) { return insp({ nested: [1, 2] }, opts); } } }),
  'custom option keys': () => ({ x: { [kCustom](depth, opts) { return Object.keys(opts).join(','); } } }),
  'custom on class': () => { class C { [kCustom]() { return 'instance'; } } return [new C(), C.prototype]; },
};
for (const [label, make] of Object.entries(custom)) inspectCase(label, make);

// --- Options ------------------------------------------------------------------------------------
const optionValues = {
  nested: () => ({ a: 1, b: { c: { d: { e: [1, 2, { f: 'g' }] } } }, h: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] }),
  mixed: () => [1, 'two', null, undefined, true, 3n, Symbol('s'), new Date(0), /re/g, new Map([[1, { a: 1 }]]), new Set([1])],
  strings: () => ({ short: 'abc', long: 'word '.repeat(30), lines: 'one\ntwo\nthree\nfour\nfive six seven eight nine ten eleven twelve' }),
  numbers: () => [0, -0, 1234, 1234567.891, -98765.4321, 1e-7, 1e21, 10n ** 20n, NaN],
  getters: () => ({ get a() { return 1; }, get o() { return { x: [1] }; }, get n() { return null; }, set s(v) {}, get gs() { return 'both'; }, set gs(v) {}, get t() { throw new Error('no'); } }),
  proxy: () => ({ p: new Proxy({ t: 1 }, { h: 1 }) }),
  array: () => Array.from({ length: 40 }, (_, i) => i * 11),
};
const optionSets = [
  { depth: 0 }, { depth: Infinity }, { depth: null }, { depth: 1 },
  { compact: false }, { compact: true }, { compact: 1 }, { breakLength: 40 }, { breakLength: Infinity },
  { sorted: true }, { maxArrayLength: 2 }, { maxArrayLength: 0 }, { maxStringLength: 4 },
  { colors: true }, { numericSeparator: true }, { getters: true }, { getters: 'get' }, { getters: 'set' },
  { showProxy: true }, { customInspect: false }, { compact: true, breakLength: 40 },
];
for (const opts of optionSets) {
  for (const [label, make] of Object.entries(optionValues)) inspectCase(label, make, opts);
}
inspectCase('showHidden array', () => [1, 2, 3], { showHidden: true });
inspectCase('showHidden typed array', () => new Uint8Array(2), { showHidden: true });
inspectCase('showHidden ArrayBuffer', () => new ArrayBuffer(3), { showHidden: true });
inspectCase('showHidden object', () => Object.defineProperty({ a: 1 }, 'hidden', { value: 2 }), { showHidden: true });
inspectCase('showHidden class getters', () => { class G { constructor() { this.own = 1; } get v() { return 'val'; } } return new G(); }, { showHidden: true, getters: true });
inspectCase('showHidden String', () => new String('ab'), { showHidden: true });
inspectCase('colors and errors', () => ({ e: errorWith(Error, 'c', 'Error: c\n    at y (/app/node_modules/pkg/index.js:2:2)\n    at z (/app/node_modules/@scope/pkg/a.js:1:1)') }), { colors: true });
inspectCase('sorted with comparator', () => ({ b: 1, a: 2, c: 3 }), { sorted: (a, b) => (a < b ? 1 : -1) });
inspectCase('compact 5 deep', () => ({ a: { b: { c: { d: { e: { f: {} } } } } } }), { depth: Infinity, compact: 5 });
inspectCase('breakLength 20 compact 2', () => ({ alpha: [1, 2, 3], beta: { gamma: 'delta' } }), { breakLength: 20, compact: 2 });
textCase('legacy arguments', () => util.inspect({ a: { b: { c: { d: 1 } } } }, false, 0, false));
textCase('showHidden boolean', () => util.inspect([1], true));
textCase('inspect.custom', () => util.inspect(util.inspect.custom));
textCase('inspect.defaultOptions', () => util.inspect(util.inspect.defaultOptions));
textCase('inspect.styles', () => util.inspect(util.inspect.styles));
textCase('inspect.colors.red', () => util.inspect(util.inspect.colors.red));

// --- util.format --------------------------------------------------------------------------------
const formats = [
  ['%s', 'str'], ['%s %s', 1, 2, 3], ['%s', -0], ['%s', 12345678901234567890n], ['%s', Symbol('sy')],
  ['%s', null], ['%s', undefined], ['%s', { a: { b: 1 } }], ['%s', [1, [2, [3]]]], ['%s', new Date(0)],
  ['%s', { toString() { return 'custom'; } }], ['%s', new (class X { toString() { return 'cls'; } })()],
  ['%s', new (class X {})()], ['%s', Object.create(null)], ['%s', new Map([[1, { a: { b: 1 } }]])],
  ['%d', 42], ['%d', '42'], ['%d', 1.5], ['%d', -0], ['%d', 10n], ['%d', Symbol('x')], ['%d', {}],
  ['%i', 42.9], ['%i', '42.9abc'], ['%i', 5n], ['%f', '1.5e3'], ['%f', 'abc'], ['%j', { a: [1, 'two'] }],
  ['%j', (() => { const o = { a: 1 }; o.o = o; return o; })()], ['%j', undefined], ['%o', { a: [1, 2], f() {} }],
  ['%o', [1, 2, 3]], ['%O', { a: { b: { c: { d: 1 } } } }], ['%c', 'color: red'], ['a%cb%cc', 'x', 'y'],
  ['%%'], ['%%', 1], ['%% %s', 'x'], ['100%'], ['100%', 1], ['%x %s', 'a'], ['%s'], ['%s %s', 'only'],
  ['%s:%s', 'a'], ['%', 1], ['a', 'b', 'c'], ['a', { b: 1 }, [2], 'c', 3], [1, 2, 'three'], [{ a: 1 }, 'x'],
  [], [''], ['', 1], [null], [undefined, null], ['%s', 'a\nb', 'c\nd'],
  ['%s %d %i %f %j %o %O %%', 's', 1, 2.5, '3.5', [4], 5, 6, 'extra'], ['%d%d', 1],
];
for (const args of formats) {
  textCase(`format ${util.inspect(args, { breakLength: Infinity, depth: 0 })}`, () => util.format(...args));
}
textCase('formatWithOptions colors', () => util.formatWithOptions({ colors: true }, '%s %O', 'x', { a: 1 }, 2));
textCase('formatWithOptions depth', () => util.formatWithOptions({ depth: 0 }, { a: { b: 1 } }));
textCase('formatWithOptions numericSeparator', () => util.formatWithOptions({ numericSeparator: true }, '%d %i %f %s', 1234567, 1234567.5, 1234567.5, 1234567));

// --- console.log ----------------------------------------------------------------------------------
const logged = [
  () => console.log('plain string'),
  () => console.log('%s is %d years', 'Bob', 42),
  () => console.log({ a: 1, b: [1, 2, 3] }),
  () => console.log('text', { nested: { deep: { deeper: { deepest: 1 } } } }, 3n, Symbol('s')),
  () => console.log([1, 2, 3], new Map([['k', 'v']]), null, undefined),
  () => console.log(errorWith(Error, 'logged', 'Error: logged\n    at a (b.js:1:1)')),
];

let count = 0;
for (const [label, run] of cases) {
  process.stdout.write(`# ${label}\n${run()}\n`);
  count++;
}
for (const log of logged) {
  process.stdout.write(`# console.log ${log.toString().slice(6)}\n`);
  log();
  count++;
}
process.stdout.write(`# ${count} cases\n`);
