'use strict';
// Argument checks shared by loom's built-in modules. Each validator either returns quietly or throws
// the same coded error Node 20 throws for the same bad input (ERR_INVALID_ARG_TYPE,
// ERR_OUT_OF_RANGE, ERR_INVALID_ARG_VALUE, ...), so a built-in only has to name its argument.

// internal/errors is large; it is loaded the first time an error is thrown, not when this module loads
// (every thread loads this module while it starts).
let lazyErrors;
function errors() {
  if (lazyErrors === undefined) lazyErrors = require('internal/errors');
  return lazyErrors;
}

function isInt32(value) {
  return value === (value | 0);
}

function isUint32(value) {
  return value === (value >>> 0);
}

function validateString(value, name) {
  if (typeof value !== 'string') throw new (errors().codes.ERR_INVALID_ARG_TYPE)(name, 'string', value);
}

function validateBoolean(value, name) {
  if (typeof value !== 'boolean') throw new (errors().codes.ERR_INVALID_ARG_TYPE)(name, 'boolean', value);
}

function validateFunction(value, name) {
  if (typeof value !== 'function') throw new (errors().codes.ERR_INVALID_ARG_TYPE)(name, 'Function', value);
}

function isAsyncFunction(value) {
  return typeof value === 'function' &&
    Object.prototype.toString.call(value) === '[object AsyncFunction]';
}

// A function that is not async (Node rejects async callbacks where a result is used synchronously).
function validatePlainFunction(value, name) {
  if (typeof value !== 'function' || isAsyncFunction(value)) {
    throw new (errors().codes.ERR_INVALID_ARG_TYPE)(name, 'Function', value);
  }
}

function validateUndefined(value, name) {
  if (value !== undefined) throw new (errors().codes.ERR_INVALID_ARG_TYPE)(name, 'undefined', value);
}

// "must be >= 0 && <= 10", "must be >= 0", "must be <= 10".
function describeRange(min, max) {
  const parts = [];
  if (min != null) parts.push(`>= ${min}`);
  if (max != null) parts.push(`<= ${max}`);
  return parts.join(' && ');
}

// A number, optionally within [min, max]; NaN passes only when no bound is given (as in Node).
function validateNumber(value, name, min = undefined, max = undefined) {
  if (typeof value !== 'number') throw new (errors().codes.ERR_INVALID_ARG_TYPE)(name, 'number', value);
  const bounded = min != null || max != null;
  if ((min != null && value < min) || (max != null && value > max) ||
      (bounded && Number.isNaN(value))) {
    throw new (errors().codes.ERR_OUT_OF_RANGE)(name, describeRange(min, max), value);
  }
}

function validateInteger(value, name, min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER) {
  if (typeof value !== 'number') throw new (errors().codes.ERR_INVALID_ARG_TYPE)(name, 'number', value);
  if (!Number.isInteger(value)) throw new (errors().codes.ERR_OUT_OF_RANGE)(name, 'an integer', value);
  if (value < min || value > max) throw new (errors().codes.ERR_OUT_OF_RANGE)(name, `>= ${min} && <= ${max}`, value);
}

function validateInt32(value, name, min = -2147483648, max = 2147483647) {
  if (typeof value !== 'number') throw new (errors().codes.ERR_INVALID_ARG_TYPE)(name, 'number', value);
  if (!Number.isInteger(value)) throw new (errors().codes.ERR_OUT_OF_RANGE)(name, 'an integer', value);
  if (value < min || value > max) throw new (errors().codes.ERR_OUT_OF_RANGE)(name, `>= ${min} && <= ${max}`, value);
}

function validateUint32(value, name, positive = false) {
  if (typeof value !== 'number') throw new (errors().codes.ERR_INVALID_ARG_TYPE)(name, 'number', value);
  if (!Number.isInteger(value)) throw new (errors().codes.ERR_OUT_OF_RANGE)(name, 'an integer', value);
  const min = positive ? 1 : 0;
  const max = 4294967295;
  if (value < min || value > max) throw new (errors().codes.ERR_OUT_OF_RANGE)(name, `>= ${min} && <= ${max}`, value);
}

// true for a finite number, false for undefined/NaN; throws for anything else.
function validateFiniteNumber(number, name) {
  if (number === undefined) return false;
  if (Number.isFinite(number)) return true;
  if (Number.isNaN(number)) return false;
  validateNumber(number, name);
  throw new (errors().codes.ERR_OUT_OF_RANGE)(name, 'a finite number', number);
}

// `number` when it is a finite number within [lower, upper], `def` when it is undefined or NaN.
function checkRangesOrGetDefault(number, name, lower, upper, def) {
  if (!validateFiniteNumber(number, name)) return def;
  if (number < lower || number > upper) {
    throw new (errors().codes.ERR_OUT_OF_RANGE)(name, `>= ${lower} and <= ${upper}`, number);
  }
  return number;
}

// validateObject flags, as in Node 20 (they may be OR-ed together).
const kValidateObjectNone = 0;
const kValidateObjectAllowNullable = 1 << 0;
const kValidateObjectAllowArray = 1 << 1;
const kValidateObjectAllowFunction = 1 << 2;
const kValidateObjectAllowObjects = kValidateObjectAllowArray | kValidateObjectAllowFunction;
const kValidateObjectAllowObjectsAndNull = kValidateObjectAllowNullable | kValidateObjectAllowArray |
  kValidateObjectAllowFunction;

// `options` is either a flag set (above) or an object { allowArray, allowFunction, nullable }.
function objectOptions(options) {
  if (typeof options === 'number') {
    return {
      nullable: (options & kValidateObjectAllowNullable) !== 0,
      allowArray: (options & kValidateObjectAllowArray) !== 0,
      allowFunction: (options & kValidateObjectAllowFunction) !== 0,
    };
  }
  return {
    nullable: !!options?.nullable,
    allowArray: !!options?.allowArray,
    allowFunction: !!options?.allowFunction,
  };
}

function validateObject(value, name, options = kValidateObjectNone) {
  const { nullable, allowArray, allowFunction } = objectOptions(options);
  if ((!nullable && value === null) ||
      (!allowArray && Array.isArray(value)) ||
      (typeof value !== 'object' && (!allowFunction || typeof value !== 'function'))) {
    throw new (errors().codes.ERR_INVALID_ARG_TYPE)(name, 'Object', value);
  }
}

// An object, a function, null or undefined: what WebIDL calls a dictionary argument.
function validateDictionary(value, name) {
  if (value != null && typeof value !== 'object' && typeof value !== 'function') {
    throw new (errors().codes.ERR_INVALID_ARG_TYPE)(name, 'a dictionary', value);
  }
}

function validateArray(value, name, minLength = 0) {
  if (!Array.isArray(value)) throw new (errors().codes.ERR_INVALID_ARG_TYPE)(name, 'Array', value);
  if (value.length < minLength) {
    throw new (errors().codes.ERR_INVALID_ARG_VALUE)(name, value, `must be longer than ${minLength}`);
  }
}

function validateStringArray(value, name) {
  validateArray(value, name);
  for (let i = 0; i < value.length; i++) validateString(value[i], `${name}[${i}]`);
}

function validateBooleanArray(value, name) {
  validateArray(value, name);
  for (let i = 0; i < value.length; i++) validateBoolean(value[i], `${name}[${i}]`);
}

function validateOneOf(value, name, oneOf) {
  if (!oneOf.includes(value)) {
    const allowed = oneOf.map((v) => (typeof v === 'string' ? `'${v}'` : String(v))).join(', ');
    throw new (errors().codes.ERR_INVALID_ARG_VALUE)(name, value, `must be one of: ${allowed}`);
  }
}

// A value that must be one of a few literals, reported as ERR_INVALID_ARG_TYPE ("must be ('a|b')").
function validateUnion(value, name, union) {
  if (!union.includes(value)) {
    throw new (errors().codes.ERR_INVALID_ARG_TYPE)(name, `('${union.join('|')}')`, value);
  }
}

// Anything shaped like an AbortSignal (Node checks for an `aborted` property); undefined passes.
function validateAbortSignal(signal, name) {
  if (signal !== undefined &&
      (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    throw new (errors().codes.ERR_INVALID_ARG_TYPE)(name, 'AbortSignal', signal);
  }
}

function validateAbortSignalArray(value, name) {
  validateArray(value, name);
  for (let i = 0; i < value.length; i++) validateAbortSignal(value[i], `${name}[${i}]`);
}

function validateBuffer(buffer, name = 'buffer') {
  if (!ArrayBuffer.isView(buffer)) {
    throw new (errors().codes.ERR_INVALID_ARG_TYPE)(name, ['Buffer', 'TypedArray', 'DataView'], buffer);
  }
}

// Hex data must have an even length; other encodings accept any length.
function validateEncoding(data, encoding) {
  const isHex = typeof encoding === 'string' && encoding.toLowerCase() === 'hex';
  const length = data.length;
  if (isHex && length % 2 !== 0) {
    throw new (errors().codes.ERR_INVALID_ARG_VALUE)('encoding', encoding, `is invalid for data of length ${length}`);
  }
}

// Signal names loom knows when the os module cannot tell us (Linux numbering).
const fallbackSignals = {
  SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGILL: 4, SIGTRAP: 5, SIGABRT: 6, SIGIOT: 6, SIGBUS: 7,
  SIGFPE: 8, SIGKILL: 9, SIGUSR1: 10, SIGSEGV: 11, SIGUSR2: 12, SIGPIPE: 13, SIGALRM: 14,
  SIGTERM: 15, SIGCHLD: 17, SIGSTKFLT: 16, SIGCONT: 18, SIGSTOP: 19, SIGTSTP: 20, SIGTTIN: 21,
  SIGTTOU: 22, SIGURG: 23, SIGXCPU: 24, SIGXFSZ: 25, SIGVTALRM: 26, SIGPROF: 27, SIGWINCH: 28,
  SIGIO: 29, SIGPOLL: 29, SIGPWR: 30, SIGSYS: 31,
};

function knownSignals() {
  try {
    const signals = require('os').constants.signals;
    if (signals && typeof signals === 'object') return signals;
  } catch {
    // os not available yet: use the built-in list.
  }
  return fallbackSignals;
}

function validateSignalName(signal, name = 'signal') {
  validateString(signal, name);
  const signals = knownSignals();
  if (signals[signal] === undefined) {
    if (signals[signal.toUpperCase()] !== undefined) {
      throw new (errors().codes.ERR_UNKNOWN_SIGNAL)(`${signal} (signals must use all capital letters)`);
    }
    throw new (errors().codes.ERR_UNKNOWN_SIGNAL)(signal);
  }
}

// A port number (or numeric string) in [0, 65535] (or [1, 65535]); returns it as a number.
function validatePort(port, name = 'Port', allowZero = true) {
  if ((typeof port !== 'number' && typeof port !== 'string') ||
      (typeof port === 'string' && port.trim().length === 0) ||
      +port !== (+port >>> 0) ||
      port > 0xFFFF ||
      (port === 0 && !allowZero)) {
    throw new (errors().codes.ERR_SOCKET_BAD_PORT)(name, port, allowZero);
  }
  return port | 0;
}

const octalRegExp = /^[0-7]+$/;
const modeDesc = 'must be a 32-bit unsigned integer or an octal string';

// A file mode given as a number or an octal string ('755'); `def` stands in for null/undefined.
function parseFileMode(value, name, def) {
  value ??= def;
  if (typeof value === 'string') {
    if (!octalRegExp.test(value)) throw new (errors().codes.ERR_INVALID_ARG_VALUE)(name, value, modeDesc);
    value = parseInt(value, 8);
  }
  validateUint32(value, name);
  return value;
}

module.exports = {
  isInt32,
  isUint32,
  parseFileMode,
  validateArray,
  validateStringArray,
  validateBooleanArray,
  validateAbortSignalArray,
  validateBoolean,
  validateBuffer,
  validateDictionary,
  validateEncoding,
  validateFunction,
  validateInt32,
  validateInteger,
  validateNumber,
  validateObject,
  kValidateObjectNone,
  kValidateObjectAllowNullable,
  kValidateObjectAllowArray,
  kValidateObjectAllowFunction,
  kValidateObjectAllowObjects,
  kValidateObjectAllowObjectsAndNull,
  validateOneOf,
  validatePlainFunction,
  validatePort,
  validateSignalName,
  validateString,
  validateUint32,
  validateUndefined,
  validateUnion,
  validateAbortSignal,
  validateFiniteNumber,
  checkRangesOrGetDefault,
};
