'use strict';
// util.types: each predicate is true exactly for its kind of value, including subclasses, and cannot be
// fooled by Symbol.toStringTag or by objects that only inherit from the built-in prototype.
require('../common');
const assert = require('assert');
const util = require('util');
const { types } = util;

const expectedKeys = [
  'isExternal', 'isDate', 'isArgumentsObject', 'isBigIntObject', 'isBooleanObject', 'isNumberObject',
  'isStringObject', 'isSymbolObject', 'isNativeError', 'isRegExp', 'isAsyncFunction', 'isGeneratorFunction',
  'isGeneratorObject', 'isPromise', 'isMap', 'isSet', 'isMapIterator', 'isSetIterator', 'isWeakMap',
  'isWeakSet', 'isArrayBuffer', 'isDataView', 'isSharedArrayBuffer', 'isProxy', 'isModuleNamespaceObject',
  'isAnyArrayBuffer', 'isBoxedPrimitive', 'isArrayBufferView', 'isTypedArray', 'isUint8Array',
  'isUint8ClampedArray', 'isUint16Array', 'isUint32Array', 'isInt8Array', 'isInt16Array', 'isInt32Array',
  'isFloat32Array', 'isFloat64Array', 'isBigInt64Array', 'isBigUint64Array',
];
for (const key of expectedKeys) {
  assert.strictEqual(typeof types[key], 'function', key);
  if (key !== 'isArrayBufferView') assert.strictEqual(types[key].name, key);
}
assert.strictEqual(types.isArrayBufferView, ArrayBuffer.isView);
assert.strictEqual(util.types, require('util').types);

class MyDate extends Date {}
class MyMap extends Map {}
class MyError extends TypeError {}
class MyU8 extends Uint8Array {}
class MyPromise extends Promise {}
class MyWeakMap extends WeakMap {}
class MyWeakSet extends WeakSet {}
class MyDataView extends DataView {}
const ab = new ArrayBuffer(8);

// value factory, then the predicates expected to return true for it (all others must return false).
const table = [
  [() => new Date(), ['isDate']],
  [() => new MyDate(), ['isDate']],
  [() => (function() { return arguments; })(), ['isArgumentsObject']],
  [() => Object(1n), ['isBigIntObject', 'isBoxedPrimitive']],
  [() => new Boolean(false), ['isBooleanObject', 'isBoxedPrimitive']],
  [() => new Number(0), ['isNumberObject', 'isBoxedPrimitive']],
  [() => new String(''), ['isStringObject', 'isBoxedPrimitive']],
  [() => Object(Symbol('s')), ['isSymbolObject', 'isBoxedPrimitive']],
  [() => new Error('e'), ['isNativeError']],
  [() => new RangeError('e'), ['isNativeError']],
  [() => new MyError('e'), ['isNativeError']],
  [() => new AggregateError([], 'e'), ['isNativeError']],
  [() => /re/, ['isRegExp']],
  [() => new RegExp('re', 'g'), ['isRegExp']],
  [() => async function() {}, ['isAsyncFunction']],
  [() => async () => {}, ['isAsyncFunction']],
  [() => function*() {}, ['isGeneratorFunction']],
  [() => async function*() {}, ['isAsyncFunction', 'isGeneratorFunction']],
  [() => (function*() {})(), ['isGeneratorObject']],
  [() => (async function*() {})(), ['isGeneratorObject']],
  [() => Promise.resolve(), ['isPromise']],
  [() => MyPromise.resolve(), ['isPromise']],
  [() => new Map(), ['isMap']],
  [() => new MyMap(), ['isMap']],
  [() => new Set(), ['isSet']],
  [() => new Map().keys(), ['isMapIterator']],
  [() => new Map()[Symbol.iterator](), ['isMapIterator']],
  [() => new Set().values(), ['isSetIterator']],
  [() => new Set().entries(), ['isSetIterator']],
  [() => new WeakMap(), ['isWeakMap']],
  [() => new WeakSet(), ['isWeakSet']],
  [() => new MyWeakMap(), ['isWeakMap']],
  [() => new MyWeakSet(), ['isWeakSet']],
  [() => ab, ['isArrayBuffer', 'isAnyArrayBuffer']],
  [() => new SharedArrayBuffer(1), ['isSharedArrayBuffer', 'isAnyArrayBuffer']],
  [() => new DataView(ab), ['isDataView', 'isArrayBufferView']],
  [() => new MyDataView(ab), ['isDataView', 'isArrayBufferView']],
  [() => Object(Symbol.iterator), ['isSymbolObject', 'isBoxedPrimitive']],
  [() => new Proxy({}, {}), ['isProxy']],
  [() => new Proxy(new WeakMap(), {}), ['isProxy']],
  [() => new Proxy(new DataView(ab), {}), ['isProxy']],
  [() => new WeakRef({}), []],
  [() => new FinalizationRegistry(() => {}), []],
  [() => new Uint8Array(ab), ['isUint8Array', 'isTypedArray', 'isArrayBufferView']],
  [() => new MyU8(2), ['isUint8Array', 'isTypedArray', 'isArrayBufferView']],
  [() => new Uint8ClampedArray(1), ['isUint8ClampedArray', 'isTypedArray', 'isArrayBufferView']],
  [() => new Uint16Array(1), ['isUint16Array', 'isTypedArray', 'isArrayBufferView']],
  [() => new Uint32Array(1), ['isUint32Array', 'isTypedArray', 'isArrayBufferView']],
  [() => new Int8Array(1), ['isInt8Array', 'isTypedArray', 'isArrayBufferView']],
  [() => new Int16Array(1), ['isInt16Array', 'isTypedArray', 'isArrayBufferView']],
  [() => new Int32Array(1), ['isInt32Array', 'isTypedArray', 'isArrayBufferView']],
  [() => new Float32Array(1), ['isFloat32Array', 'isTypedArray', 'isArrayBufferView']],
  [() => new Float64Array(1), ['isFloat64Array', 'isTypedArray', 'isArrayBufferView']],
  [() => new BigInt64Array(1), ['isBigInt64Array', 'isTypedArray', 'isArrayBufferView']],
  [() => new BigUint64Array(1), ['isBigUint64Array', 'isTypedArray', 'isArrayBufferView']],
  // Nothing matches these.
  [() => undefined, []],
  [() => null, []],
  [() => 1, []],
  [() => 1n, []],
  [() => 'str', []],
  [() => true, []],
  [() => Symbol('s'), []],
  [() => ({}), []],
  [() => [], []],
  [() => function() {}, []],
  [() => () => {}, []],
  [() => class {}, []],
  [() => Object.create(null), []],
  // Look-alikes: inherit from the prototype or fake the tag, but are not the real thing.
  [() => Object.create(Date.prototype), []],
  [() => Object.create(Map.prototype), []],
  [() => Object.create(Error.prototype), []],
  [() => Object.create(Uint8Array.prototype), []],
  [() => Object.create(Promise.prototype), []],
  [() => Object.create(WeakMap.prototype), []],
  [() => Object.create(DataView.prototype), []],
  [() => Object.create(WeakSet.prototype), []],
  [() => Object.create(Symbol.prototype), []],
  [() => Object.create(Object(Symbol('s'))), []],
  [() => Object.create(new WeakMap()), []],
  [() => ({ [Symbol.toStringTag]: 'WeakMap' }), []],
  [() => ({ [Symbol.toStringTag]: 'Date' }), []],
  [() => ({ [Symbol.toStringTag]: 'Uint8Array' }), []],
  [() => ({ then() {} }), []],
  [() => ({ message: 'x', name: 'Error', stack: '' }), []],
  [() => ({ 0: 1, length: 1, callee() {} }), []],
];

for (const [make, expected] of table) {
  const value = make();
  for (const key of expectedKeys) {
    const want = expected.includes(key);
    assert.strictEqual(types[key](value), want,
                       `types.${key}(${util.inspect(value)}) should be ${want}`);
  }
}

// A proxy is only a proxy: the target's type does not show through.
const proxiedDate = new Proxy(new Date(), {});
assert.strictEqual(types.isProxy(proxiedDate), true);
assert.strictEqual(types.isDate(proxiedDate), false);

// Detached buffers and views on them are still recognised.
const detachable = new ArrayBuffer(4);
const view = new DataView(detachable);
assert.strictEqual(types.isDataView(view), true);

// The legacy predicates on util itself.
assert.strictEqual(util.isArray([]), true);
assert.strictEqual(util.isArray({ length: 0 }), false);
assert.strictEqual(util.isDeepStrictEqual({ a: [1] }, { a: [1] }), true);
assert.strictEqual(util.isBoolean(false), true);
assert.strictEqual(util.isNull(null), true);
assert.strictEqual(util.isNullOrUndefined(undefined), true);
assert.strictEqual(util.isNumber(NaN), true);
assert.strictEqual(util.isString(''), true);
assert.strictEqual(util.isSymbol(Symbol()), true);
assert.strictEqual(util.isUndefined(undefined), true);
assert.strictEqual(util.isRegExp(/x/), true);
assert.strictEqual(util.isObject(null), false);
assert.strictEqual(util.isObject([]), true);
assert.strictEqual(util.isDate(new Date()), true);
assert.strictEqual(util.isError(new TypeError()), true);
assert.strictEqual(util.isError(Object.create(Error.prototype)), true);
assert.strictEqual(util.isFunction(class {}), true);
assert.strictEqual(util.isPrimitive(Symbol()), true);
assert.strictEqual(util.isPrimitive({}), false);

// Other small helpers.
assert.strictEqual(util.toUSVString('a\ud800b\udc00c\ud83d\ude00'), 'a\ufffdb\ufffdc\ud83d\ude00');
assert.strictEqual(util.stripVTControlCharacters('\u001b[1;31mbold red\u001b[0m \u001b[4mu\u001b[24m'), 'bold red u');
assert.throws(() => util.stripVTControlCharacters(5), { code: 'ERR_INVALID_ARG_TYPE' });
const log = util.debuglog('loom-test-section-that-is-not-enabled');
assert.strictEqual(log.enabled, false);
log('not printed %s', 'at all');

console.log('ok');
