'use strict';
// What Node 20 code expects of the language that SpiderMonkey 102 does not have: Error.captureStackTrace and
// Error.stackTraceLimit (V8 extensions many libraries call), Array.prototype.findLast/findLastIndex, the
// change-array-by-copy methods (toSorted, toReversed, toSpliced, with) on arrays and typed arrays,
// Symbol.dispose/asyncDispose, and collection of dead SharedArrayBuffers before the engine's mapping limit.

function defineMethod(target, name, fn) {
  if (typeof target[name] === 'function') return;
  Object.defineProperty(target, name, { value: fn, writable: true, configurable: true, enumerable: false });
}

function toIntegerOrInfinity(value) {
  const n = Number(value);
  if (Number.isNaN(n) || n === 0) return 0;
  if (!Number.isFinite(n)) return n;
  return Math.trunc(n);
}

function relativeIndex(value, length, fallback) {
  if (value === undefined) return fallback;
  const n = toIntegerOrInfinity(value);
  if (n < 0) return Math.max(length + n, 0);
  return Math.min(n, length);
}

// --- findLast / findLastIndex (arrays and typed arrays) ---
function findLast(predicate) {
  if (typeof predicate !== 'function') throw new TypeError(`${String(predicate)} is not a function`);
  const thisArg = arguments[1];
  const o = Object(this);
  for (let i = o.length - 1; i >= 0; i--) {
    if (predicate.call(thisArg, o[i], i, o)) return o[i];
  }
  return undefined;
}
function findLastIndex(predicate) {
  if (typeof predicate !== 'function') throw new TypeError(`${String(predicate)} is not a function`);
  const thisArg = arguments[1];
  const o = Object(this);
  for (let i = o.length - 1; i >= 0; i--) {
    if (predicate.call(thisArg, o[i], i, o)) return i;
  }
  return -1;
}

// --- change array by copy ---
function toReversedArray() {
  const o = Object(this);
  const len = o.length >>> 0;
  const out = new Array(len);
  for (let i = 0; i < len; i++) out[i] = o[len - 1 - i];
  return out;
}
function toSortedArray(compare) {
  if (compare !== undefined && typeof compare !== 'function') {
    throw new TypeError('The comparison function must be either a function or undefined');
  }
  const o = Object(this);
  const len = o.length >>> 0;
  const out = new Array(len);
  for (let i = 0; i < len; i++) out[i] = o[i];
  return out.sort(compare);
}
function toSplicedArray(start, skipCount, ...items) {
  const o = Object(this);
  const len = o.length >>> 0;
  const actualStart = relativeIndex(start, len, 0);
  let skip;
  if (arguments.length === 0) skip = 0;
  else if (arguments.length === 1) skip = len - actualStart;
  else skip = Math.min(Math.max(toIntegerOrInfinity(skipCount), 0), len - actualStart);
  const out = [];
  for (let i = 0; i < actualStart; i++) out.push(o[i]);
  for (const item of items) out.push(item);
  for (let i = actualStart + skip; i < len; i++) out.push(o[i]);
  return out;
}
function withArray(index, value) {
  const o = Object(this);
  const len = o.length >>> 0;
  let i = toIntegerOrInfinity(index);
  if (i < 0) i += len;
  if (i < 0 || i >= len) throw new RangeError('Invalid index : ' + index);
  const out = new Array(len);
  for (let k = 0; k < len; k++) out[k] = k === i ? value : o[k];
  return out;
}

defineMethod(Array.prototype, 'findLast', findLast);
defineMethod(Array.prototype, 'findLastIndex', findLastIndex);
defineMethod(Array.prototype, 'toReversed', toReversedArray);
defineMethod(Array.prototype, 'toSorted', toSortedArray);
defineMethod(Array.prototype, 'toSpliced', toSplicedArray);
defineMethod(Array.prototype, 'with', withArray);
// Like the standard: the new names (but not `with`) are hidden from `with` statements.
const arrayUnscopables = Array.prototype[Symbol.unscopables];
arrayUnscopables.findLast = true;
arrayUnscopables.findLastIndex = true;
arrayUnscopables.toReversed = true;
arrayUnscopables.toSorted = true;
arrayUnscopables.toSpliced = true;

const TypedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype);
defineMethod(TypedArrayPrototype, 'findLast', findLast);
defineMethod(TypedArrayPrototype, 'findLastIndex', findLastIndex);
defineMethod(TypedArrayPrototype, 'toReversed', function toReversed() {
  const copy = new this.constructor(this.length);
  for (let i = 0; i < this.length; i++) copy[i] = this[this.length - 1 - i];
  return copy;
});
defineMethod(TypedArrayPrototype, 'toSorted', function toSorted(compare) {
  if (compare !== undefined && typeof compare !== 'function') {
    throw new TypeError('The comparison function must be either a function or undefined');
  }
  return new this.constructor(this).sort(compare);
});
defineMethod(TypedArrayPrototype, 'with', function withValue(index, value) {
  const len = this.length;
  let i = toIntegerOrInfinity(index);
  if (i < 0) i += len;
  const v = typeof this[0] === 'bigint' ? BigInt(value) : Number(value);
  if (i < 0 || i >= len) throw new RangeError('Invalid typed array index');
  const copy = new this.constructor(this);
  copy[i] = v;
  return copy;
});

// --- SharedArrayBuffer: collect dead ones before the engine's limit ---
// SpiderMonkey maps every SharedArrayBuffer separately and refuses a new one once 1,000 are mapped, without
// first collecting the dead ones (it reports out of memory instead). Constructing through this wrapper runs a
// full collection of this thread's heap every 256 constructions, so garbage buffers are unmapped in time.
{
  const OriginalSharedArrayBuffer = SharedArrayBuffer;
  const { gc } = internalBinding('util');
  let sinceCollection = 0;
  const WrappedSharedArrayBuffer = new Proxy(OriginalSharedArrayBuffer, {
    construct(target, args, newTarget) {
      if (++sinceCollection >= 256) {
        sinceCollection = 0;
        gc();
      }
      return Reflect.construct(target, args, newTarget === WrappedSharedArrayBuffer ? target : newTarget);
    },
  });
  Object.defineProperty(OriginalSharedArrayBuffer.prototype, 'constructor', {
    value: WrappedSharedArrayBuffer, writable: true, configurable: true, enumerable: false,
  });
  Object.defineProperty(globalThis, 'SharedArrayBuffer', {
    value: WrappedSharedArrayBuffer, writable: true, configurable: true, enumerable: false,
  });
}

// --- Symbol.dispose / Symbol.asyncDispose, which Node 20 defines as registered symbols ---
function defineRegisteredSymbol(name, key) {
  if (typeof Symbol[name] !== 'symbol') {
    Object.defineProperty(Symbol, name, { value: Symbol.for(key), writable: false, enumerable: false,
                                          configurable: false });
  }
}
defineRegisteredSymbol('dispose', 'nodejs.dispose');
defineRegisteredSymbol('asyncDispose', 'nodejs.asyncDispose');

// --- Error.captureStackTrace / Error.stackTraceLimit ---
// The engine formats stacks like V8 ("    at fn (file:line:col)"). captureStackTrace gives `obj` an own
// `stack`: "<name>: <message>" then the frames of the caller, starting above `constructorOpt` when given.
if (typeof Error.stackTraceLimit !== 'number') {
  Object.defineProperty(Error, 'stackTraceLimit', { value: 10, writable: true, configurable: true,
                                                    enumerable: true });
}

// The engine records every frame; Node shows at most Error.stackTraceLimit (10 by default). The `stack`
// accessor is wrapped to trim what it reports.
const stackDescriptor = Object.getOwnPropertyDescriptor(Error.prototype, 'stack');
if (stackDescriptor && typeof stackDescriptor.get === 'function') {
  const originalGet = stackDescriptor.get;
  Object.defineProperty(Error.prototype, 'stack', {
    configurable: true,
    enumerable: false,
    get() {
      const stack = Reflect.apply(originalGet, this, []);
      const limit = Error.stackTraceLimit;
      if (typeof stack !== 'string' || typeof limit !== 'number') return stack;
      return trimFrames(stack, limit);
    },
    // As in V8, an assigned stack is an own, non-enumerable data property.
    set(value) {
      Object.defineProperty(this, 'stack', { value, writable: true, configurable: true, enumerable: false });
    },
  });
}

function trimFrames(stack, limit) {
  let seen = 0;
  let index = 0;
  for (;;) {
    const next = stack.indexOf('\n    at ', index);
    if (next === -1) return stack;
    if (seen >= limit) return stack.slice(0, next);
    seen++;
    index = next + 1;
  }
}

function stackFrames(stack) {
  const lines = String(stack).split('\n');
  return lines.filter((line) => line.startsWith('    at '));
}

function errorHeader(obj) {
  let name;
  let message;
  try { name = obj.name; } catch { name = undefined; }
  try { message = obj.message; } catch { message = undefined; }
  name = name === undefined ? 'Error' : String(name);
  message = message === undefined ? '' : String(message);
  if (name === '') return message;
  if (message === '') return name;
  return `${name}: ${message}`;
}

defineMethod(Error, 'captureStackTrace', function captureStackTrace(obj, constructorOpt) {
  if (obj === null || (typeof obj !== 'object' && typeof obj !== 'function')) {
    throw new TypeError('Invalid argument');
  }
  const savedLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = Infinity;
  let frames;
  try {
    frames = stackFrames(new Error().stack).slice(1);  // drop captureStackTrace itself
  } finally {
    Error.stackTraceLimit = savedLimit;
  }
  if (typeof constructorOpt === 'function' && constructorOpt.name) {
    const marker = `    at ${constructorOpt.name} `;
    const markerNew = `    at new ${constructorOpt.name} `;
    const index = frames.findIndex((f) => f.startsWith(marker) || f.startsWith(markerNew));
    if (index !== -1) frames = frames.slice(index + 1);
  }
  if (typeof savedLimit === 'number' && savedLimit >= 0) frames = frames.slice(0, savedLimit);
  const stack = [errorHeader(obj), ...frames].join('\n');
  Object.defineProperty(obj, 'stack', { value: stack, writable: true, configurable: true, enumerable: false });
});
