'use strict';
// Transfer lists and clone errors with Node's semantics, checked before the native serializer runs so that a
// bad list detaches nothing: duplicates and closed ports are DataCloneErrors, a SharedArrayBuffer or a plain
// object is ERR_INVALID_TRANSFER_OBJECT, a non-iterable list is ERR_INVALID_ARG_TYPE. A buffer marked
// untransferable (Buffer's pool, markAsUntransferable) is left out of the list, so it is copied, as in Node 20.

const messaging = internalBinding('messaging');

const untransferable = new WeakSet();

let DOMException;
function makeDataCloneError(message) {
  DOMException = DOMException || require('internal/dom_exception');
  return new DOMException(message, 'DataCloneError');
}

function isMessagePort(value) {
  const { MessagePort } = require('internal/worker/io');
  return value instanceof MessagePort;
}

function isArrayBuffer(value) {
  return internalBinding('util').getBuiltinClass(value) === 'ArrayBuffer';
}

// Returns the list as an array (or undefined).
function validateTransferList(list, sourcePort) {
  if (list === undefined || list === null) return undefined;
  if (typeof list !== 'object' && typeof list !== 'function') throwNotIterable('transferList');
  let name = 'transferList';
  if (!Array.isArray(list) && typeof list[Symbol.iterator] !== 'function') {
    // The options form: { transfer } (an absent list is fine; null is not, as in Node).
    list = list.transfer;
    if (list === undefined) return undefined;
    name = 'options.transfer';
    if (list === null) throwNotIterable(name);
  }
  if ((typeof list !== 'object' && typeof list !== 'function') || typeof list[Symbol.iterator] !== 'function') {
    throwNotIterable(name);
  }
  const items = [...list];  // own data properties: a setter on Array.prototype cannot intercept them
  const seen = new Set();
  let marked = false;
  for (const item of items) {
    if (isMessagePort(item)) {
      if (item === sourcePort) throw makeDataCloneError('Transfer list contains source port');
      if (seen.has(item)) throw makeDataCloneError('Transfer list contains duplicate MessagePort');
      if (!messaging.isPortOpen(item)) throw makeDataCloneError('MessagePort in transfer list is already detached');
    } else if (isArrayBuffer(item)) {
      if (untransferable.has(item)) {
        marked = true;
        continue;
      }
      if (seen.has(item)) throw makeDataCloneError('Transfer list contains duplicate ArrayBuffer');
    } else {
      const { codes: { ERR_INVALID_TRANSFER_OBJECT } } = require('internal/errors');
      throw new ERR_INVALID_TRANSFER_OBJECT();
    }
    seen.add(item);
  }
  const kept = marked ? items.filter((item) => !untransferable.has(item)) : items;
  return kept.length > 0 ? kept : undefined;
}

function throwNotIterable(name) {
  const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
  const error = new ERR_INVALID_ARG_TYPE(name, 'iterable', undefined);
  error.message = `Optional ${name} argument must be an iterable`;
  throw error;
}

// How V8 names a value in "<value> could not be cloned.": functions by their source, symbols by
// description, other objects as #<Constructor>.
function describe(value) {
  // A proxy is described from its target without running any of its traps, as V8 does: a revoked one as
  // "null", one of a function as that function, one of an array as "[object Array]", any other as an object.
  const proxy = internalBinding('util').getProxyDetails(value);
  if (proxy !== undefined) {
    const target = proxy[0];
    if (target === null) return 'null';
    if (typeof target === 'function' || internalBinding('util').getProxyDetails(target) !== undefined) {
      return describe(target);
    }
    return Array.isArray(target) ? '[object Array]' : '#<Object>';
  }
  if (typeof value === 'function') return Function.prototype.toString.call(value);
  if (typeof value === 'symbol') return value.toString();
  if (value !== null && typeof value === 'object') {
    let name = 'Object';
    try {
      const tag = value[Symbol.toStringTag];
      if (typeof tag === 'string') name = tag;
      else if (value.constructor && typeof value.constructor.name === 'string') name = value.constructor.name;
    } catch {
      // a throwing getter: keep the generic name
    }
    return `#<${name}>`;
  }
  return String(value);
}

// Finds the first symbol in a value, the way the serializer walks it (for the engine's "unsupported type").
function findSymbol(value, seen = new Set()) {
  if (typeof value === 'symbol') return value;
  if (value === null || typeof value !== 'object' || seen.has(value)) return undefined;
  seen.add(value);
  const entries = value instanceof Map ? [...value.keys(), ...value.values()]
    : value instanceof Set ? [...value] : Object.keys(value).map((k) => value[k]);
  for (const item of entries) {
    const found = findSymbol(item, seen);
    if (found !== undefined) return found;
  }
  return undefined;
}

// The factory the native serializer calls to throw (see messaging/clone.h for the markers).
function cloneErrorFactory(message, value) {
  if (message === undefined) return makeDataCloneError(`${describe(value)} could not be cloned.`);
  if (message === '\x01missing-port') {
    const { codes: { ERR_MISSING_TRANSFERABLE_IN_TRANSFER_LIST } } = require('internal/errors');
    return new ERR_MISSING_TRANSFERABLE_IN_TRANSFER_LIST();
  }
  if (message === '\x01unsupported') {
    const error = makeDataCloneError('Symbol() could not be cloned.');
    error[kNeedsSymbol] = true;
    return error;
  }
  if (message === '\x01duplicate') return makeDataCloneError('Transfer list contains duplicate ArrayBuffer');
  if (/detached/.test(message)) return makeDataCloneError('An ArrayBuffer is detached and could not be cloned.');
  return makeDataCloneError(message);
}
const kNeedsSymbol = Symbol('kNeedsSymbol');

// Runs a serialization, naming the symbol in "Symbol(x) could not be cloned." when that is what failed.
function withCloneErrors(value, fn) {
  try {
    return fn();
  } catch (error) {
    if (error !== null && typeof error === 'object' && error[kNeedsSymbol]) {
      delete error[kNeedsSymbol];
      const symbol = findSymbol(value);
      const fixed = makeDataCloneError(`${symbol === undefined ? 'Symbol()' : symbol.toString()} could not ` +
                                       'be cloned.');
      throw fixed;
    }
    throw error;
  }
}

function markAsUntransferable(object) {
  if ((typeof object !== 'object' && typeof object !== 'function') || object === null) return;
  untransferable.add(object);
}

module.exports = {
  validateTransferList, throwNotIterable, withCloneErrors, cloneErrorFactory, makeDataCloneError,
  markAsUntransferable,
};
