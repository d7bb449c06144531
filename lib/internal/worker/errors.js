'use strict';
// Errors crossing from a worker to its parent, rebuilt the way Node rebuilds them:
// - an object whose Object.prototype.toString tag is "Error" and that descends from one of the seven basic
//   error constructors (Error, EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError; a
//   subclass or an AggregateError becomes its nearest basic one) travels as that constructor's name plus
//   the descriptors of every property along its prototype chain that has a cloneable, non-function value
//   (getters are read; `cause` is itself sent this way); the parent makes an object of that constructor's
//   prototype with those properties, and a non-enumerable Symbol.toStringTag of "Error";
// - a symbol arrives as a symbol with the same description;
// - an object with its own util.inspect.custom arrives as an object that inspects to the same text;
// - anything else arrives as its structured clone, or, when it cannot be cloned, as its inspected text.

const kBasicErrors = ['Error', 'TypeError', 'RangeError', 'URIError', 'SyntaxError', 'ReferenceError',
                      'EvalError'];
// Properties the engine gives its own Error objects, which V8's errors do not have.
const kEngineOnly = ['fileName', 'lineNumber', 'columnNumber'];
const kInspectCustom = Symbol.for('nodejs.util.inspect.custom');

function inspect(value) {
  return require('internal/util/inspect').inspect(value);
}

// The name of the nearest basic error constructor along the prototype chain (by `constructor` data
// properties, as Node finds it), or undefined.
function basicErrorName(error) {
  for (let o = error; o !== null; o = Object.getPrototypeOf(o)) {
    const ctor = Object.getOwnPropertyDescriptor(o, 'constructor');
    if (ctor === undefined || !ctor.value) continue;
    const name = Object.getOwnPropertyDescriptor(ctor.value, 'name');
    if (name !== undefined && kBasicErrors.includes(name.value)) return name.value;
  }
  return undefined;
}

// Descriptors of the string-keyed properties of `object` and its prototypes (the nearest wins, keeping the
// first-seen order), with getters read on `target` and functions and symbols left out. Throws if a value
// cannot be cloned, as the whole error then travels another way.
function allProperties(object, target = object) {
  const all = {};
  if (object === null) return all;
  Object.assign(all, allProperties(Object.getPrototypeOf(object), target));
  const keys = Object.getOwnPropertyNames(object);
  // The engine lists an error prototype's `message` before its `name`; V8, whose order Node's result
  // shows, the other way round.
  const message = keys.indexOf('message');
  if (object !== target && message !== -1 && keys.indexOf('name') > message) {
    keys.splice(message, 1);
    keys.splice(keys.indexOf('name') + 1, 0, 'message');
  }
  for (const key of keys) {
    let descriptor;
    try {
      descriptor = Object.getOwnPropertyDescriptor(object, key);
    } catch {
      continue;
    }
    if (object === target && !descriptor.enumerable && kEngineOnly.includes(key)) continue;
    if (descriptor.get && key !== '__proto__') {
      try {
        descriptor = { value: descriptor.get.call(target), enumerable: descriptor.enumerable,
                       configurable: descriptor.configurable };
      } catch {
        // a getter that throws leaves the property out
      }
    }
    if (key === 'cause' && 'value' in descriptor) {
      descriptor = { ...descriptor, value: serializeError(descriptor.value) };
    }
    if (!('value' in descriptor) || typeof descriptor.value === 'function' ||
        typeof descriptor.value === 'symbol') {
      continue;
    }
    structuredClone(descriptor.value);  // throws for what cannot travel
    all[key] = { value: descriptor.value, writable: !!descriptor.writable, enumerable: descriptor.enumerable,
                 configurable: descriptor.configurable };
  }
  return all;
}

function serializeError(error) {
  if (typeof error === 'symbol') return { kind: 'symbol', description: error.description };
  try {
    if (typeof error === 'object' && error !== null && Object.prototype.toString.call(error) === '[object Error]') {
      const constructor = basicErrorName(error);
      if (constructor !== undefined) return { kind: 'error', constructor, properties: allProperties(error) };
    }
  } catch {
    // a property that cannot travel, a throwing proxy: try the other ways
  }
  try {
    if (error !== null && error !== undefined && Object.prototype.hasOwnProperty.call(error, kInspectCustom)) {
      return { kind: 'custom', text: inspect(error) };
    }
  } catch {
    // fall through
  }
  try {
    return { kind: 'value', value: structuredClone(error) };
  } catch {
    return { kind: 'text', text: inspect(error) };
  }
}

function deserializeError(record) {
  if (!record || typeof record !== 'object') return record;
  switch (record.kind) {
    case 'error': {
      const { properties } = record;
      if (properties.cause !== undefined) properties.cause.value = deserializeError(properties.cause.value);
      properties[Symbol.toStringTag] = { value: 'Error', configurable: true };
      return Object.create(globalThis[record.constructor].prototype, properties);
    }
    case 'symbol': return Symbol(record.description);
    case 'custom': {
      const { text } = record;
      return { __proto__: null, [kInspectCustom]: () => text };
    }
    case 'value': return record.value;
    case 'text': return record.text;
    default: return record;
  }
}

module.exports = { serializeError, deserializeError };
