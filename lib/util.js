'use strict';

// The public `util` module of loom (require('util') / require('node:util')). Formatting and inspection
// live in internal/util/inspect, type checks in internal/util/types and deep equality in
// internal/util/comparisons; this file adds the small helpers Node ships alongside them (promisify,
// callbackify, inherits, deprecate, debuglog, ...) and the legacy is* predicates Node 20 still exports.

const {
  inspect,
  format,
  formatWithOptions,
  stripVTControlCharacters,
} = require('internal/util/inspect');
const types = require('internal/util/types');

const {
  getPrototypeOf, setPrototypeOf, defineProperty, defineProperties, getOwnPropertyDescriptors, values,
  keys: objectKeys,
} = Object;

// Error classes are only needed on failure paths; loading them lazily keeps require('util') cheap.
function errorCodes() {
  return require('internal/errors').codes;
}

function validateFunction(value, name) {
  if (typeof value !== 'function') throw new (errorCodes().ERR_INVALID_ARG_TYPE)(name, 'Function', value);
}

function validateString(value, name) {
  if (typeof value !== 'string') throw new (errorCodes().ERR_INVALID_ARG_TYPE)(name, 'string', value);
}

// Copies property descriptors without letting a polluted Object.prototype add `get`/`set` fields.
function nullPrototypeDescriptors(fn) {
  const descriptors = getOwnPropertyDescriptors(fn);
  for (const descriptor of values(descriptors)) setPrototypeOf(descriptor, null);
  return descriptors;
}

// ---------------------------------------------------------------------------------------------------------
// promisify / callbackify

const kCustomPromisifiedSymbol = Symbol.for('nodejs.util.promisify.custom');

function promisify(original) {
  validateFunction(original, 'original');

  if (original[kCustomPromisifiedSymbol]) {
    const fn = original[kCustomPromisifiedSymbol];
    validateFunction(fn, 'util.promisify.custom');
    return defineProperty(fn, kCustomPromisifiedSymbol, {
      value: fn, enumerable: false, writable: false, configurable: true,
    });
  }

  function fn(...args) {
    return new Promise((resolve, reject) => {
      args.push((err, ...results) => {
        if (err) return reject(err);
        resolve(results[0]);
      });
      // A synchronous throw inside the executor rejects the promise.
      Reflect.apply(original, this, args);
    });
  }

  // The promisified function looks like the original: same prototype chain and own properties.
  setPrototypeOf(fn, getPrototypeOf(original));
  defineProperty(fn, kCustomPromisifiedSymbol, {
    value: fn, enumerable: false, writable: false, configurable: true,
  });
  return defineProperties(fn, nullPrototypeDescriptors(original));
}

promisify.custom = kCustomPromisifiedSymbol;

function callbackifyOnRejected(reason, cb) {
  // A falsy rejection reason would look like success to a Node-style callback.
  if (!reason) reason = new (errorCodes().ERR_FALSY_VALUE_REJECTION)(reason);
  return cb(reason);
}

function callbackify(original) {
  validateFunction(original, 'original');

  function callbackified(...args) {
    const maybeCb = args.pop();
    validateFunction(maybeCb, 'last argument');
    const cb = maybeCb.bind(this);
    // The callback runs on a later tick so that exceptions thrown by it are not swallowed by the promise.
    Reflect.apply(original, this, args).then(
      (ret) => process.nextTick(cb, null, ret),
      (rej) => process.nextTick(callbackifyOnRejected, rej, cb));
  }

  const descriptors = nullPrototypeDescriptors(original);
  if (descriptors.length && typeof descriptors.length.value === 'number') descriptors.length.value++;
  if (descriptors.name && typeof descriptors.name.value === 'string') descriptors.name.value += 'Callbackified';
  defineProperties(callbackified, descriptors);
  return callbackified;
}

// ---------------------------------------------------------------------------------------------------------
// inherits / deprecate

function inherits(ctor, superCtor) {
  const { ERR_INVALID_ARG_TYPE } = errorCodes();
  if (ctor === undefined || ctor === null) throw new ERR_INVALID_ARG_TYPE('ctor', 'Function', ctor);
  if (superCtor === undefined || superCtor === null) {
    throw new ERR_INVALID_ARG_TYPE('superCtor', 'Function', superCtor);
  }
  if (superCtor.prototype === undefined) {
    throw new ERR_INVALID_ARG_TYPE('superCtor.prototype', 'Object', superCtor.prototype);
  }
  defineProperty(ctor, 'super_', { value: superCtor, writable: true, configurable: true });
  setPrototypeOf(ctor.prototype, superCtor.prototype);
}

// Deprecation codes already reported: one warning per code per process, however many wrappers share it.
const codesWarned = new Set();

function deprecate(fn, msg, code) {
  if (code !== undefined) validateString(code, 'code');

  let warned = false;
  function deprecated(...args) {
    if (!warned && !process.noDeprecation) {
      warned = true;
      if (code !== undefined) {
        if (!codesWarned.has(code)) {
          codesWarned.add(code);
          process.emitWarning(msg, 'DeprecationWarning', code, deprecated);
        }
      } else {
        process.emitWarning(msg, 'DeprecationWarning', deprecated);
      }
    }
    if (new.target) return Reflect.construct(fn, args, new.target);
    return Reflect.apply(fn, this, args);
  }

  // Keep the wrapped function's prototype chain so static members and instanceof keep working.
  setPrototypeOf(deprecated, fn);
  if (fn.prototype) deprecated.prototype = fn.prototype;
  return deprecated;
}

// ---------------------------------------------------------------------------------------------------------
// debuglog

let debugEnvRegExp;
const debugImpls = Object.create(null);

// NODE_DEBUG is a comma or space separated list of section names, `*` matching anything.
function isDebugEnabled(section) {
  if (debugEnvRegExp === undefined) {
    const env = typeof process === 'object' && process.env ? process.env.NODE_DEBUG : undefined;
    if (env) {
      const patterns = env.split(/[\s,]+/).filter(Boolean)
        .map((p) => p.replace(/[|\\{}()[\]^$+?.]/g, '\\$&').replace(/\*/g, '.*'));
      debugEnvRegExp = patterns.length ? new RegExp(`^(?:${patterns.join('|')})$`, 'i') : null;
    } else {
      debugEnvRegExp = null;
    }
  }
  return debugEnvRegExp !== null && debugEnvRegExp.test(section);
}

function noop() {}

function makeDebugImpl(section, enabled) {
  if (debugImpls[section] === undefined) {
    if (enabled) {
      if (section === 'HTTP' || section === 'HTTP2') {
        process.emitWarning('Setting the NODE_DEBUG environment variable to \'' + section.toLowerCase() +
          '\' can expose sensitive data (such as passwords, tokens and authentication headers) in the ' +
          'resulting log.');
      }
      const pid = process.pid;
      debugImpls[section] = function debug(...args) {
        const stderr = process.stderr;
        const colors = !!(stderr && stderr.isTTY &&
          (typeof stderr.hasColors !== 'function' || stderr.hasColors()));
        const msg = formatWithOptions({ colors }, ...args);
        const coloredPID = inspect(pid, { colors });
        stderr.write(format('%s %s: %s\n', section, coloredPID, msg));
      };
    } else {
      debugImpls[section] = noop;
    }
  }
  return debugImpls[section];
}

// The environment is consulted on the first call (or `enabled` read), not when debuglog() is called,
// so modules can create their loggers at load time cheaply.
function debuglog(section, cb) {
  let enabled;
  let initialized = false;
  function init() {
    if (!initialized) {
      initialized = true;
      section = String(section).toUpperCase();
      enabled = isDebugEnabled(section);
    }
  }
  let debug = (...args) => {
    init();
    debug = makeDebugImpl(section, enabled);
    if (typeof cb === 'function') cb(debug);
    debug(...args);
  };
  const logger = (...args) => debug(...args);
  defineProperty(logger, 'enabled', {
    get() {
      init();
      return enabled;
    },
    configurable: true,
    enumerable: true,
  });
  return logger;
}

// ---------------------------------------------------------------------------------------------------------
// Small helpers

const loneSurrogateRegExp = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

function toUSVString(input) {
  return `${input}`.replace(loneSurrogateRegExp, '\ufffd');
}

function isPrimitive(arg) {
  return arg === null || (typeof arg !== 'object' && typeof arg !== 'function');
}

function isObject(arg) {
  return arg !== null && typeof arg === 'object';
}

function isError(e) {
  return types.isNativeError(e) || e instanceof Error;
}

function isBuffer(value) {
  return typeof Buffer === 'function' && typeof Buffer.isBuffer === 'function' && Buffer.isBuffer(value);
}

// Legacy helper behind util._extend: copies own enumerable string keys.
function _extend(target, source) {
  if (source === null || typeof source !== 'object') return target;
  const keys = objectKeys(source);
  let i = keys.length;
  while (i--) target[keys[i]] = source[keys[i]];
  return target;
}

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function pad2(n) {
  return n.toString().padStart(2, '0');
}

// util.log(): "26 Feb 16:19:34 - message" on stdout.
function log(...args) {
  const d = new Date();
  const time = [pad2(d.getHours()), pad2(d.getMinutes()), pad2(d.getSeconds())].join(':');
  process.stdout.write(`${d.getDate()} ${months[d.getMonth()]} ${time} - ${format(...args)}\n`);
}

// Whether text written to `stream` should carry color escape codes.
function shouldColorize(stream) {
  const env = process.env || {};
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  if (!stream || !stream.isTTY) return false;
  return typeof stream.getColorDepth === 'function' ? stream.getColorDepth() > 2 : true;
}

function invalidFormatError(key) {
  const allowed = objectKeys(inspect.colors).map((c) => `'${c}'`).join(', ');
  return new (errorCodes().ERR_INVALID_ARG_VALUE)('format', key, `must be one of: ${allowed}`);
}

// util.styleText(format, text[, { validateStream, stream }]): wraps text in the escape codes of one or
// more inspect.colors entries. A single format is dropped when the target stream shows no colors; Node 20
// always styles when given an array, and so does this.
function styleText(formatName, text, { validateStream = true, stream = process.stdout } = {}) {
  validateString(text, 'text');
  if (Array.isArray(formatName)) {
    let left = '';
    let right = '';
    for (const key of formatName) {
      const code = inspect.colors[key];
      if (code === undefined) throw invalidFormatError(key);
      left += `\u001b[${code[0]}m`;
      right = `\u001b[${code[1]}m${right}`;
    }
    return `${left}${text}${right}`;
  }
  const code = inspect.colors[formatName];
  if (code === undefined) throw invalidFormatError(formatName);
  if (validateStream && !shouldColorize(stream)) return text;
  return `\u001b[${code[0]}m${text}\u001b[${code[1]}m`;
}

module.exports = {
  _extend,
  callbackify,
  debug: debuglog,
  debuglog,
  deprecate,
  format,
  styleText,
  formatWithOptions,
  inherits,
  inspect,
  isArray: Array.isArray,
  isBoolean: (arg) => typeof arg === 'boolean',
  isBuffer,
  isDeepStrictEqual(a, b) {
    return require('internal/util/comparisons').isDeepStrictEqual(a, b);
  },
  isNull: (arg) => arg === null,
  isNullOrUndefined: (arg) => arg === null || arg === undefined,
  isNumber: (arg) => typeof arg === 'number',
  isString: (arg) => typeof arg === 'string',
  isSymbol: (arg) => typeof arg === 'symbol',
  isUndefined: (arg) => arg === undefined,
  isRegExp: types.isRegExp,
  isObject,
  isDate: types.isDate,
  isError,
  isFunction: (arg) => typeof arg === 'function',
  isPrimitive,
  log,
  promisify,
  stripVTControlCharacters,
  toUSVString,
  // A plain copy: the internal module also carries non-enumerable helpers that are not public.
  types: { ...types },
};

// TextEncoder/TextDecoder come from another module that may not be loaded (or even present) when util
// is; they are looked up on first access.
for (const name of ['TextDecoder', 'TextEncoder']) {
  defineProperty(module.exports, name, {
    get() {
      return require('internal/encoding')[name];
    },
    set(value) {
      defineProperty(module.exports, name, { value, writable: true, configurable: true, enumerable: true });
    },
    configurable: true,
    enumerable: true,
  });
}
