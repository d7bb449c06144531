'use strict';
// Errors crossing from a worker to its parent: the worker sends a plain record (the error's type, name,
// message, stack and own enumerable properties); the parent rebuilds an Error of the same built-in type.
// Values that are not errors are sent as themselves when they can be cloned, or as their inspected text.

const kBuiltinTypes = ['Error', 'EvalError', 'RangeError', 'ReferenceError', 'SyntaxError', 'TypeError',
                       'URIError', 'AggregateError'];

function isError(value) {
  if (value === null || typeof value !== 'object') return false;
  return value instanceof Error || internalBinding('util').getBuiltinClass(value) === 'Error';
}

function serializeError(error) {
  if (!isError(error)) {
    try {
      return { kind: 'value', value: structuredClone(error) };
    } catch {
      return { kind: 'text', text: require('internal/util/inspect').inspect(error) };
    }
  }
  const record = { kind: 'error', type: 'Error', name: undefined, message: undefined, stack: undefined,
                   props: {} };
  try {
    let proto = Object.getPrototypeOf(error);
    while (proto) {
      const ctorName = proto.constructor && proto.constructor.name;
      if (kBuiltinTypes.includes(ctorName) && globalThis[ctorName] && proto === globalThis[ctorName].prototype) {
        record.type = ctorName;
        break;
      }
      proto = Object.getPrototypeOf(proto);
    }
    record.name = error.name;
    record.message = error.message;
    record.stack = error.stack;
    if (Object.prototype.hasOwnProperty.call(error, 'cause')) {
      try {
        record.cause = { value: structuredClone(error.cause) };
      } catch {
        record.cause = { value: require('internal/util/inspect').inspect(error.cause) };
      }
    }
    for (const key of Object.keys(error)) {
      try {
        record.props[key] = structuredClone(error[key]);
      } catch {
        record.props[key] = require('internal/util/inspect').inspect(error[key]);
      }
    }
  } catch {
    // A throwing getter: send what we have.
  }
  if (typeof record.name !== 'string') record.name = undefined;
  if (typeof record.message !== 'string') record.message = record.message === undefined ? undefined
    : String(record.message);
  if (typeof record.stack !== 'string') record.stack = undefined;
  return record;
}

function deserializeError(record) {
  if (!record || typeof record !== 'object') return record;
  if (record.kind === 'value') return record.value;
  if (record.kind === 'text') return record.text;
  const Ctor = globalThis[record.type] || Error;
  const error = record.type === 'AggregateError' ? new Ctor([], record.message) : new Ctor(record.message);
  if (record.message === undefined) delete error.message;
  if (record.name !== undefined && record.name !== error.name) {
    Object.defineProperty(error, 'name', { value: record.name, writable: true, configurable: true,
                                           enumerable: false });
  }
  if (record.stack !== undefined) {
    Object.defineProperty(error, 'stack', { value: record.stack, writable: true, configurable: true,
                                            enumerable: false });
  }
  if (record.cause !== undefined) {
    Object.defineProperty(error, 'cause', { value: record.cause.value, writable: true, configurable: true,
                                            enumerable: false });
  }
  for (const key of Object.keys(record.props)) error[key] = record.props[key];
  return error;
}

module.exports = { serializeError, deserializeError };
