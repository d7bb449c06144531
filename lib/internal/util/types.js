'use strict';

// util.types for loom: type checks that cannot be fooled by Symbol.toStringTag or by an object that merely
// inherits from a built-in prototype. Each check asks the engine for the value's internal class
// (internalBinding('util').getBuiltinClass) or uses a built-in captured at load time, so user code patching
// prototypes later cannot change the answers. None of them throws and catches: util.inspect runs several
// checks per object, and an exception costs far more than the check.

const utilBinding = internalBinding('util');
const { getBuiltinClass, getProxyDetails } = utilBinding;

const { getPrototypeOf, getOwnPropertyDescriptor } = Object;
const uncurryThis = (fn) => Function.prototype.call.bind(fn);

// %TypedArray%.prototype[@@toStringTag] returns the kind ('Uint8Array', ...) for typed arrays and undefined
// for anything else, without throwing.
const TypedArrayPrototype = getPrototypeOf(Uint8Array.prototype);
const typedArrayTag = uncurryThis(getOwnPropertyDescriptor(TypedArrayPrototype, Symbol.toStringTag).get);

// Function kinds have no internal class of their own, so they are recognised by the intrinsic prototypes
// the engine gives them. Async generator functions count as both async and generator functions, as in Node.
const AsyncFunctionPrototype = getPrototypeOf(async function() {});
const GeneratorFunctionPrototype = getPrototypeOf(function*() {});
const AsyncGeneratorFunctionPrototype = getPrototypeOf(async function*() {});
const GeneratorPrototype = GeneratorFunctionPrototype.prototype;
const AsyncGeneratorPrototype = AsyncGeneratorFunctionPrototype.prototype;

function isObjectLike(value) {
  return (typeof value === 'object' && value !== null) || typeof value === 'function';
}

function classOf(value) {
  return isObjectLike(value) ? getBuiltinClass(value) : undefined;
}

function inheritsFrom(value, proto) {
  let p = value;
  // The walk is bounded by the (finite) prototype chain; proxies are not unwrapped on purpose.
  while (p !== null) {
    p = getPrototypeOf(p);
    if (p === proto) return true;
  }
  return false;
}

const isDate = (value) => classOf(value) === 'Date';
const isRegExp = (value) => classOf(value) === 'RegExp';
const isMap = (value) => classOf(value) === 'Map';
const isSet = (value) => classOf(value) === 'Set';
const isPromise = (value) => classOf(value) === 'Promise';
const isMapIterator = (value) => classOf(value) === 'MapIterator';
const isSetIterator = (value) => classOf(value) === 'SetIterator';
const isArgumentsObject = (value) => classOf(value) === 'Arguments';
const isNativeError = (value) => classOf(value) === 'Error';
const isArrayBuffer = (value) => classOf(value) === 'ArrayBuffer';
const isSharedArrayBuffer = (value) => classOf(value) === 'SharedArrayBuffer';
const isAnyArrayBuffer = (value) => {
  const cls = classOf(value);
  return cls === 'ArrayBuffer' || cls === 'SharedArrayBuffer';
};
const isNumberObject = (value) => typeof value === 'object' && classOf(value) === 'Number';
const isStringObject = (value) => typeof value === 'object' && classOf(value) === 'String';
const isBooleanObject = (value) => typeof value === 'object' && classOf(value) === 'Boolean';
const isBigIntObject = (value) => typeof value === 'object' && classOf(value) === 'BigInt';
const isSymbolObject = (value) => typeof value === 'object' && classOf(value) === 'Symbol';
const isBoxedPrimitive = (value) => isNumberObject(value) || isStringObject(value) ||
  isBooleanObject(value) || isBigIntObject(value) || isSymbolObject(value);

const isWeakMap = (value) => classOf(value) === 'WeakMap';
const isWeakSet = (value) => classOf(value) === 'WeakSet';
const isDataView = (value) => classOf(value) === 'DataView';
const isTypedArray = (value) => typedArrayTag(value) !== undefined;
// Node exports ArrayBuffer.isView itself.
const isArrayBufferView = ArrayBuffer.isView;

const isProxy = (value) => isObjectLike(value) && getProxyDetails(value) !== undefined;

const isAsyncFunction = (value) => typeof value === 'function' &&
  (inheritsFrom(value, AsyncFunctionPrototype) || inheritsFrom(value, AsyncGeneratorFunctionPrototype));
const isGeneratorFunction = (value) => typeof value === 'function' &&
  (inheritsFrom(value, GeneratorFunctionPrototype) || inheritsFrom(value, AsyncGeneratorFunctionPrototype));
const isGeneratorObject = (value) => typeof value === 'object' && value !== null &&
  (inheritsFrom(value, GeneratorPrototype) || inheritsFrom(value, AsyncGeneratorPrototype));

// Module namespace objects have a null prototype, are not extensible and carry an own 'Module' tag.
function isModuleNamespaceObject(value) {
  if (typeof value !== 'object' || value === null || isProxy(value)) return false;
  if (getPrototypeOf(value) !== null || Object.isExtensible(value)) return false;
  const desc = getOwnPropertyDescriptor(value, Symbol.toStringTag);
  return desc !== undefined && desc.value === 'Module' && !desc.writable && !desc.enumerable &&
    !desc.configurable;
}

// loom has no V8 externals and no KeyObject/CryptoKey brands visible from JS.
const isExternal = () => false;
const isKeyObject = () => false;
const isCryptoKey = () => false;

function typedArrayCheck(kind) {
  return (value) => typedArrayTag(value) === kind;
}

// Same key order as Node's util.types, so that printing the object gives the same result.
module.exports = {
  isExternal,
  isDate,
  isArgumentsObject,
  isBigIntObject,
  isBooleanObject,
  isNumberObject,
  isStringObject,
  isSymbolObject,
  isNativeError,
  isRegExp,
  isAsyncFunction,
  isGeneratorFunction,
  isGeneratorObject,
  isPromise,
  isMap,
  isSet,
  isMapIterator,
  isSetIterator,
  isWeakMap,
  isWeakSet,
  isArrayBuffer,
  isDataView,
  isSharedArrayBuffer,
  isProxy,
  isModuleNamespaceObject,
  isAnyArrayBuffer,
  isBoxedPrimitive,
  isArrayBufferView,
  isTypedArray,
  isUint8Array: typedArrayCheck('Uint8Array'),
  isUint8ClampedArray: typedArrayCheck('Uint8ClampedArray'),
  isUint16Array: typedArrayCheck('Uint16Array'),
  isUint32Array: typedArrayCheck('Uint32Array'),
  isInt8Array: typedArrayCheck('Int8Array'),
  isInt16Array: typedArrayCheck('Int16Array'),
  isInt32Array: typedArrayCheck('Int32Array'),
  isFloat32Array: typedArrayCheck('Float32Array'),
  isFloat64Array: typedArrayCheck('Float64Array'),
  isBigInt64Array: typedArrayCheck('BigInt64Array'),
  isBigUint64Array: typedArrayCheck('BigUint64Array'),
  isKeyObject,
  isCryptoKey,
};

// Names Node gives these functions: util.types.isUint8Array.name === 'isUint8Array' (ArrayBuffer.isView
// keeps its own name).
for (const name of Object.keys(module.exports)) {
  const fn = module.exports[name];
  if (fn !== isArrayBufferView) Object.defineProperty(fn, 'name', { value: name });
}

// --- Helpers shared with inspect and comparisons (non-enumerable: not part of util.types) ---------------

const propertyIsEnumerable = uncurryThis(Object.prototype.propertyIsEnumerable);
const typedArrayLength = uncurryThis(getOwnPropertyDescriptor(TypedArrayPrototype, 'length').get);

// Own keys of an array or typed array that are not element indices: strings first, then symbols; only
// enumerable ones unless `all`. The native binding skips index keys without making strings of them. The
// engine still lists every element of a typed array, so typed arrays larger than kMaxScannedTypedArray only
// report their symbol keys (extra string properties on huge typed arrays are very rare).
const kMaxScannedTypedArray = 1 << 16;

function getOwnNonIndexProperties(value, all) {
  if (typedArrayTag(value) === undefined || typedArrayLength(value) <= kMaxScannedTypedArray) {
    return utilBinding.getOwnNonIndexProperties(value, !all);
  }
  const symbols = Object.getOwnPropertySymbols(value);
  return all ? symbols : symbols.filter((sym) => propertyIsEnumerable(value, sym));
}

Object.defineProperties(module.exports, {
  // A typed array's kind read without going through user-patchable properties.
  typedArrayKind: { value: typedArrayTag, enumerable: false },
  getOwnNonIndexProperties: { value: getOwnNonIndexProperties, enumerable: false },
});
