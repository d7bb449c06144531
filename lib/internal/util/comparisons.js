'use strict';

// Deep equality for loom, as used by util.isDeepStrictEqual() and assert.deepEqual()/deepStrictEqual().
// Two modes follow Node's documented rules:
//  - strict: primitives compared with Object.is, prototypes and [[Class]] must match, own enumerable
//    symbol keys count, boxed primitives and typed arrays compared exactly;
//  - loose: primitives compared with == (NaN equals NaN), prototypes ignored, symbol keys ignored.
// Cycles are handled by remembering the pairs currently being compared.

const types = require('internal/util/types');
const {
  isAnyArrayBuffer, isArrayBufferView, isBigIntObject, isBooleanObject, isBoxedPrimitive, isDate,
  isFloat32Array, isFloat64Array, isMap, isNativeError, isNumberObject, isRegExp, isSet, isStringObject,
  isSymbolObject,
} = types;
const typedArrayKind = types.typedArrayKind;

const uncurryThis = (fn) => Function.prototype.call.bind(fn);
const hasOwn = uncurryThis(Object.prototype.hasOwnProperty);
const propertyIsEnumerable = uncurryThis(Object.prototype.propertyIsEnumerable);
const objectToString = uncurryThis(Object.prototype.toString);
const dateGetTime = uncurryThis(Date.prototype.getTime);
const numberValueOf = uncurryThis(Number.prototype.valueOf);
const stringValueOf = uncurryThis(String.prototype.valueOf);
const booleanValueOf = uncurryThis(Boolean.prototype.valueOf);
const bigintValueOf = uncurryThis(BigInt.prototype.valueOf);
const symbolValueOf = uncurryThis(Symbol.prototype.valueOf);
const regExpSource = uncurryThis(Object.getOwnPropertyDescriptor(RegExp.prototype, 'source').get);
const regExpFlags = uncurryThis(Object.getOwnPropertyDescriptor(RegExp.prototype, 'flags').get);
const setHas = uncurryThis(Set.prototype.has);
const setValues = uncurryThis(Set.prototype.values);
const setSize = uncurryThis(Object.getOwnPropertyDescriptor(Set.prototype, 'size').get);
const mapHas = uncurryThis(Map.prototype.has);
const mapGet = uncurryThis(Map.prototype.get);
const mapEntries = uncurryThis(Map.prototype.entries);
const mapSize = uncurryThis(Object.getOwnPropertyDescriptor(Map.prototype, 'size').get);
const { getPrototypeOf, getOwnPropertySymbols, keys: objectKeys, is: objectIs } = Object;
const { isArray } = Array;

const kStrict = true;
const kLoose = false;

// How the entries of an object are compared besides its own keys.
const kNoIterator = 0;
const kIsArray = 1;
const kIsSet = 2;
const kIsMap = 3;

// Own enumerable keys that are not element indices; symbols only in strict mode.
function getNonIndexKeys(value, strict) {
  const keys = types.getOwnNonIndexProperties(value, false);
  return strict ? keys : keys.filter((key) => typeof key === 'string');
}

function isError(value) {
  return isNativeError(value) || value instanceof Error;
}

function areSimilarRegExps(a, b) {
  return regExpSource(a) === regExpSource(b) && regExpFlags(a) === regExpFlags(b) &&
    a.lastIndex === b.lastIndex;
}

// Loose mode compares float elements by value (so 0 equals -0, NaN differs from NaN).
function areSimilarFloatArrays(a, b) {
  if (a.byteLength !== b.byteLength) return false;
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) return false;
  }
  return true;
}

// Strict mode (and integer arrays in loose mode) compare the underlying bytes.
function areSimilarTypedArrays(a, b) {
  if (a.byteLength !== b.byteLength) return false;
  const bytesA = new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
  const bytesB = new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
  for (let i = 0; i < bytesA.length; i++) {
    if (bytesA[i] !== bytesB[i]) return false;
  }
  return true;
}

function areEqualArrayBuffers(a, b) {
  return a.byteLength === b.byteLength && areSimilarTypedArrays(new Uint8Array(a), new Uint8Array(b));
}

function isEqualBoxedPrimitive(a, b) {
  if (isNumberObject(a)) return isNumberObject(b) && objectIs(numberValueOf(a), numberValueOf(b));
  if (isStringObject(a)) return isStringObject(b) && stringValueOf(a) === stringValueOf(b);
  if (isBooleanObject(a)) return isBooleanObject(b) && booleanValueOf(a) === booleanValueOf(b);
  if (isBigIntObject(a)) return isBigIntObject(b) && bigintValueOf(a) === bigintValueOf(b);
  if (isSymbolObject(a)) return isSymbolObject(b) && symbolValueOf(a) === symbolValueOf(b);
  return false;
}

function isSpecialObject(value) {
  return isArray(value) || isArrayBufferView(value) || isSet(value) || isMap(value) || isDate(value) ||
    isRegExp(value) || isAnyArrayBuffer(value) || isBoxedPrimitive(value) || isError(value);
}

function innerDeepEqual(val1, val2, strict, memos) {
  if (val1 === val2) {
    // 0 and -0 are only different in strict mode.
    return val1 !== 0 || objectIs(val1, val2) || !strict;
  }

  if (strict) {
    if (typeof val1 !== 'object') return typeof val1 === 'number' && Number.isNaN(val1) && Number.isNaN(val2);
    if (typeof val2 !== 'object' || val1 === null || val2 === null) return false;
    if (getPrototypeOf(val1) !== getPrototypeOf(val2)) return false;
  } else {
    if (val1 === null || typeof val1 !== 'object') {
      if (val2 === null || typeof val2 !== 'object') {
        // eslint-disable-next-line eqeqeq
        return val1 == val2 || (Number.isNaN(val1) && Number.isNaN(val2));
      }
      return false;
    }
    if (val2 === null || typeof val2 !== 'object') return false;
  }

  const val1Tag = objectToString(val1);
  const val2Tag = objectToString(val2);
  if (val1Tag !== val2Tag) return false;

  if (isArray(val1)) {
    if (!isArray(val2) || val1.length !== val2.length) return false;
    const keys1 = getNonIndexKeys(val1, strict);
    const keys2 = getNonIndexKeys(val2, strict);
    if (keys1.length !== keys2.length) return false;
    return keyCheck(val1, val2, strict, memos, kIsArray, keys1);
  } else if (val1Tag === '[object Object]' && !isSpecialObject(val1) && !isSpecialObject(val2)) {
    return keyCheck(val1, val2, strict, memos, kNoIterator);
  } else if (isDate(val1)) {
    if (!isDate(val2) || dateGetTime(val1) !== dateGetTime(val2)) return false;
  } else if (isRegExp(val1)) {
    if (!isRegExp(val2) || !areSimilarRegExps(val1, val2)) return false;
  } else if (isError(val1)) {
    // The stack differs between otherwise identical errors, so only name and message are compared
    // (the non-enumerable ones included).
    if (!isError(val2) || val1.message !== val2.message || val1.name !== val2.name) return false;
    // `cause` and AggregateError's `errors` are usually non-enumerable but part of the error's meaning.
    for (const key of ['cause', 'errors']) {
      if (hasOwn(val1, key) !== hasOwn(val2, key)) return false;
      if (hasOwn(val1, key) && !innerDeepEqual(val1[key], val2[key], strict, memos)) return false;
    }
  } else if (isArrayBufferView(val1)) {
    if (!isArrayBufferView(val2) || typedArrayKind(val1) !== typedArrayKind(val2)) return false;
    if (!strict && (isFloat32Array(val1) || isFloat64Array(val1))) {
      if (!areSimilarFloatArrays(val1, val2)) return false;
    } else if (!areSimilarTypedArrays(val1, val2)) {
      return false;
    }
    // The elements are equal; only extra properties are left to compare.
    const keys1 = getNonIndexKeys(val1, strict);
    const keys2 = getNonIndexKeys(val2, strict);
    if (keys1.length !== keys2.length) return false;
    return keyCheck(val1, val2, strict, memos, kNoIterator, keys1);
  } else if (isSet(val1)) {
    if (!isSet(val2) || setSize(val1) !== setSize(val2)) return false;
    return keyCheck(val1, val2, strict, memos, kIsSet);
  } else if (isMap(val1)) {
    if (!isMap(val2) || mapSize(val1) !== mapSize(val2)) return false;
    return keyCheck(val1, val2, strict, memos, kIsMap);
  } else if (isAnyArrayBuffer(val1)) {
    if (!isAnyArrayBuffer(val2) || !areEqualArrayBuffers(val1, val2)) return false;
  } else if (isBoxedPrimitive(val1)) {
    if (!isEqualBoxedPrimitive(val1, val2)) return false;
  } else if (isSpecialObject(val2)) {
    return false;
  }
  return keyCheck(val1, val2, strict, memos, kNoIterator);
}

function keyCheck(val1, val2, strict, memos, iterationType, aKeys) {
  const explicitKeys = aKeys !== undefined;
  if (!explicitKeys) {
    aKeys = objectKeys(val1);
    const bKeys = objectKeys(val2);
    if (aKeys.length !== bKeys.length) return false;
  }
  for (const key of aKeys) {
    if (!propertyIsEnumerable(val2, key)) return false;
  }

  if (strict && !explicitKeys) {
    // Enumerable own symbols must match one to one.
    let count = 0;
    for (const sym of getOwnPropertySymbols(val1)) {
      if (propertyIsEnumerable(val1, sym)) {
        if (!propertyIsEnumerable(val2, sym)) return false;
        aKeys.push(sym);
        count++;
      } else if (propertyIsEnumerable(val2, sym)) {
        return false;
      }
    }
    let countB = 0;
    for (const sym of getOwnPropertySymbols(val2)) {
      if (propertyIsEnumerable(val2, sym)) countB++;
    }
    if (count !== countB) return false;
  }

  if (aKeys.length === 0 &&
      (iterationType === kNoIterator || (iterationType === kIsArray && val1.length === 0) ||
       (iterationType === kIsSet && setSize(val1) === 0) ||
       (iterationType === kIsMap && mapSize(val1) === 0))) {
    return true;
  }

  // A pair that is already being compared further up the recursion is assumed equal (only the other
  // properties can still make them differ), which makes cyclic structures terminate.
  if (memos === undefined) memos = new Map();
  let partners = memos.get(val1);
  if (partners === undefined) {
    partners = new Set();
    memos.set(val1, partners);
  } else if (partners.has(val2)) {
    return true;
  }
  partners.add(val2);

  const areEq = objEquiv(val1, val2, strict, aKeys, memos, iterationType);

  partners.delete(val2);
  if (partners.size === 0) memos.delete(val1);
  return areEq;
}

function objEquiv(a, b, strict, keys, memos, iterationType) {
  if (iterationType === kIsSet) {
    if (!setEquiv(a, b, strict, memos)) return false;
  } else if (iterationType === kIsMap) {
    if (!mapEquiv(a, b, strict, memos)) return false;
  } else if (iterationType === kIsArray) {
    for (let i = 0; i < a.length; i++) {
      if (hasOwn(a, i)) {
        if (!hasOwn(b, i) || !innerDeepEqual(a[i], b[i], strict, memos)) return false;
      } else if (hasOwn(b, i)) {
        return false;
      } else {
        // Sparse array: compare the remaining present indices by key.
        const keysA = objectKeys(a);
        for (; i < keysA.length; i++) {
          const key = keysA[i];
          if (!hasOwn(b, key) || !innerDeepEqual(a[key], b[key], strict, memos)) return false;
        }
        return keysA.length === objectKeys(b).length;
      }
    }
  }
  for (const key of keys) {
    if (!innerDeepEqual(a[key], b[key], strict, memos)) return false;
  }
  return true;
}

// --- Sets and Maps -----------------------------------------------------------------------------------------
// Entries are matched one to one. Primitives present in both collections match directly; everything else
// (objects, and in loose mode primitives such as 1 vs '1') waits in a pending list until an entry of the
// other collection is found deep-equal to it.

function isObjectValue(value) {
  return typeof value === 'object' && value !== null;
}

function takeMatching(pending, predicate) {
  for (let i = 0; i < pending.length; i++) {
    if (predicate(pending[i])) {
      pending.splice(i, 1);
      return true;
    }
  }
  return false;
}

function setEquiv(a, b, strict, memos) {
  const pending = [];
  for (const val of setValues(a)) {
    if (isObjectValue(val) || !setHas(b, val)) {
      if (strict && !isObjectValue(val)) return false;
      pending.push(val);
    }
  }
  if (pending.length === 0) return true;
  for (const val of setValues(b)) {
    if (!isObjectValue(val) && (strict || setHas(a, val))) continue;
    if (!takeMatching(pending, (candidate) => innerDeepEqual(candidate, val, strict, memos))) return false;
  }
  return pending.length === 0;
}

function mapEquiv(a, b, strict, memos) {
  const pending = []; // keys of `a`
  for (const [key, item] of mapEntries(a)) {
    if (!isObjectValue(key) && mapHas(b, key) && innerDeepEqual(item, mapGet(b, key), strict, memos)) {
      continue;
    }
    if (strict && !isObjectValue(key)) return false;
    pending.push(key);
  }
  if (pending.length === 0) return true;
  for (const [key, item] of mapEntries(b)) {
    if (!isObjectValue(key)) {
      if (strict) continue;
      if (mapHas(a, key) && innerDeepEqual(mapGet(a, key), item, strict, memos)) continue;
    }
    const found = takeMatching(pending, (candidate) =>
      innerDeepEqual(candidate, key, strict, memos) &&
      innerDeepEqual(mapGet(a, candidate), item, strict, memos));
    if (!found) return false;
  }
  return pending.length === 0;
}

function isDeepEqual(val1, val2) {
  return innerDeepEqual(val1, val2, kLoose);
}

function isDeepStrictEqual(val1, val2) {
  return innerDeepEqual(val1, val2, kStrict);
}

module.exports = { isDeepEqual, isDeepStrictEqual };
