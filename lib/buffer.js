'use strict';
// The `buffer` module: Node's Buffer, a Uint8Array subclass with encodings, numeric read/write helpers
// and Node's exact argument validation and error messages. Byte/string conversion is delegated to
// internal/buffer/codecs so it can later move to native code.
//
// Shape, as in Node: every Buffer is really a `FastBuffer` (a plain `class extends Uint8Array`), and
// `Buffer` is a separate callable (deprecated `Buffer(x)` / `new Buffer(x)`) whose `prototype` is the
// FastBuffer prototype. So `buf instanceof Buffer`, `buf.constructor === Buffer`, and typed-array
// methods that use @@species (map, filter, subarray...) produce FastBuffers via Buffer[Symbol.species].
//
// Small allocations (allocUnsafe, from(string), from(array), concat) are carved out of a shared 8 KiB
// pool like Node, so `buf.buffer` may be larger than the buffer and `byteOffset` non-zero.

const codecs = require('internal/buffer/codecs');
const { normalizeEncoding } = codecs;

let errorCodes;
function errors() {
  if (errorCodes === undefined) errorCodes = require('internal/errors').codes;
  return errorCodes;
}
function newError(code, ...args) {
  return new (errors()[code])(...args);
}

// Node 20 on 64-bit: 4 GiB. Strings: SpiderMonkey's JSString::MAX_LENGTH (2**30 - 2 code units).
const kMaxLength = 2 ** 32;
const kStringMaxLength = 2 ** 30 - 2;
let INSPECT_MAX_BYTES = 50;

const TypedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype);
// Original typed-array methods: Buffer.prototype overrides some of these names.
const TypedArrayFill = TypedArrayPrototype.fill;
const TypedArrayIndexOf = TypedArrayPrototype.indexOf;
const TypedArrayLastIndexOf = TypedArrayPrototype.lastIndexOf;
const TypedArraySlice = TypedArrayPrototype.slice;
const getTypedArrayTag =
  Object.getOwnPropertyDescriptor(TypedArrayPrototype, Symbol.toStringTag).get;
const getArrayBufferByteLength =
  Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'byteLength').get;
const getSharedArrayBufferByteLength = typeof SharedArrayBuffer === 'function' ?
  Object.getOwnPropertyDescriptor(SharedArrayBuffer.prototype, 'byteLength').get : undefined;

// Brand checks that do not trust the prototype chain (a typed array's tag cannot be faked).
function isUint8Array(value) {
  return getTypedArrayTag.call(value) === 'Uint8Array';
}
function isTypedArray(value) {
  return getTypedArrayTag.call(value) !== undefined;
}
function isAnyArrayBuffer(value) {
  if (value === null || typeof value !== 'object') return false;
  if (value instanceof ArrayBuffer) return true;
  try {
    getArrayBufferByteLength.call(value);
    return true;
  } catch {
    // not an ArrayBuffer; maybe shared
  }
  if (getSharedArrayBufferByteLength === undefined) return false;
  try {
    getSharedArrayBufferByteLength.call(value);
    return true;
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------------------------------------------
// Validation helpers (same messages as Node's validators)

function validateNumber(value, name, min = undefined, max) {
  if (typeof value !== 'number') throw newError('ERR_INVALID_ARG_TYPE', name, 'number', value);
  if ((min != null && value < min) || (max != null && value > max) ||
      ((min != null || max != null) && Number.isNaN(value))) {
    throw newError('ERR_OUT_OF_RANGE', name,
                   `${min != null ? `>= ${min}` : ''}${min != null && max != null ? ' && ' : ''}` +
                   `${max != null ? `<= ${max}` : ''}`, value);
  }
}

function validateOffset(value, name, min = 0, max = kMaxLength) {
  if (typeof value !== 'number') throw newError('ERR_INVALID_ARG_TYPE', name, 'number', value);
  if (!Number.isInteger(value)) throw newError('ERR_OUT_OF_RANGE', name, 'an integer', value);
  if (value < min || value > max) throw newError('ERR_OUT_OF_RANGE', name, `>= ${min} && <= ${max}`, value);
}

function validateInteger(value, name, min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER) {
  if (typeof value !== 'number') throw newError('ERR_INVALID_ARG_TYPE', name, 'number', value);
  if (!Number.isInteger(value)) throw newError('ERR_OUT_OF_RANGE', name, 'an integer', value);
  if (value < min || value > max) throw newError('ERR_OUT_OF_RANGE', name, `>= ${min} && <= ${max}`, value);
}

function validateString(value, name) {
  if (typeof value !== 'string') throw newError('ERR_INVALID_ARG_TYPE', name, 'string', value);
}

function validateBuffer(value, name = 'buffer') {
  if (!isUint8Array(value)) throw newError('ERR_INVALID_ARG_TYPE', name, ['Buffer', 'Uint8Array'], value);
}

// Node's native string/slice bindings throw these with fixed texts.
function nativeError(Ctor, code, message) {
  const err = new Ctor(message);
  err.code = code;
  return err;
}

// ---------------------------------------------------------------------------------------------------
// FastBuffer and the pool

class FastBuffer extends Uint8Array {
  // Explicit three-argument constructor: the implicit one would forward `...args`, which is slower.
  constructor(bufferOrLength, byteOffset, length) {
    super(bufferOrLength, byteOffset, length);
  }
}

let poolSize;
let allocPool;
let poolOffset;

function createPool() {
  poolSize = Buffer.poolSize;
  allocPool = new ArrayBuffer(poolSize);
  poolOffset = 0;
  // Many small Buffers share the pool: transferring one must not detach the others (as in Node).
  require('internal/worker/transfer').markAsUntransferable(allocPool);
}

// Keep pool slices 8-byte aligned so typed-array views over them stay cheap.
function alignPool() {
  if (poolOffset & 0x7) {
    poolOffset |= 0x7;
    poolOffset++;
  }
}

// An uninitialized-looking buffer of `size` bytes: pooled when small.
function allocate(size) {
  if (size <= 0) return new FastBuffer();
  if (size < (Buffer.poolSize >>> 1)) {
    if (allocPool === undefined || size > (poolSize - poolOffset)) createPool();
    const b = new FastBuffer(allocPool, poolOffset, size);
    poolOffset += size;
    alignPool();
    return b;
  }
  return new FastBuffer(size);
}

// ---------------------------------------------------------------------------------------------------
// Buffer constructor (deprecated call form) and statics

let bufferWarningShown = false;
function showDeprecationWarning() {
  if (bufferWarningShown) return;
  // Like Node, stay quiet when the call comes from a dependency under node_modules.
  const stack = new Error().stack || '';
  if (/[/\\]node_modules[/\\]/.test(stack)) return;
  bufferWarningShown = true;
  if (typeof process !== 'undefined' && process && typeof process.emitWarning === 'function') {
    process.emitWarning('Buffer() is deprecated due to security and usability issues. Please use the ' +
                        'Buffer.alloc(), Buffer.allocUnsafe(), or Buffer.from() methods instead.',
                        'DeprecationWarning', 'DEP0005');
  }
}

function Buffer(arg, encodingOrOffset, length) {
  showDeprecationWarning();
  if (typeof arg === 'number') {
    if (typeof encodingOrOffset === 'string') {
      throw newError('ERR_INVALID_ARG_TYPE', 'string', 'string', arg);
    }
    return Buffer.alloc(arg);
  }
  return Buffer.from(arg, encodingOrOffset, length);
}

Object.defineProperty(Buffer, Symbol.species, {
  __proto__: null, enumerable: false, configurable: true, get() { return FastBuffer; },
});

Buffer.prototype = FastBuffer.prototype;
Object.defineProperty(Buffer.prototype, 'constructor', {
  __proto__: null, value: Buffer, writable: true, enumerable: false, configurable: true,
});
Object.setPrototypeOf(Buffer, Uint8Array);

Buffer.poolSize = 8 * 1024;

function fromString(string, encoding) {
  let enc;
  if (typeof encoding !== 'string' || encoding.length === 0) {
    if (string.length === 0) return new FastBuffer();
    enc = 'utf8';
  } else {
    enc = normalizeEncoding(encoding);
    if (enc === undefined) throw newError('ERR_UNKNOWN_ENCODING', encoding);
    if (string.length === 0) return new FastBuffer();
  }
  const length = codecs.byteLength(string, enc);
  if (length >= (Buffer.poolSize >>> 1)) {
    const buf = new FastBuffer(length);
    const actual = codecs.write(buf, string, 0, length, enc);
    return actual === length ? buf : new FastBuffer(buf.buffer, 0, actual);
  }
  if (allocPool === undefined || length > (poolSize - poolOffset)) createPool();
  const buf = new FastBuffer(allocPool, poolOffset, length);
  const actual = codecs.write(buf, string, 0, length, enc);
  const result = actual === length ? buf : new FastBuffer(allocPool, poolOffset, actual);
  poolOffset += actual;
  alignPool();
  return result;
}

function fromArrayBuffer(obj, byteOffset, length) {
  if (byteOffset === undefined) {
    byteOffset = 0;
  } else {
    byteOffset = +byteOffset;
    if (Number.isNaN(byteOffset)) byteOffset = 0;
  }
  const maxLength = obj.byteLength - byteOffset;
  if (maxLength < 0) throw newError('ERR_BUFFER_OUT_OF_BOUNDS', 'offset');
  if (length === undefined) {
    length = maxLength;
  } else {
    length = +length;
    if (length > 0) {
      if (length > maxLength) throw newError('ERR_BUFFER_OUT_OF_BOUNDS', 'length');
    } else {
      length = 0;
    }
  }
  return new FastBuffer(obj, byteOffset, length);
}

function fromArrayLike(obj) {
  const length = obj.length;
  if (!(length > 0)) return new FastBuffer();
  const b = allocate(length);
  // TypedArray#set converts each element like `b[i] = obj[i]` would.
  if (isTypedArray(obj) || Array.isArray(obj)) {
    b.set(obj, 0);
  } else {
    for (let i = 0; i < b.length; i++) b[i] = obj[i];
  }
  return b;
}

function fromObject(obj) {
  if (obj.length !== undefined || isAnyArrayBuffer(obj.buffer)) {
    if (typeof obj.length !== 'number') return new FastBuffer();
    return fromArrayLike(obj);
  }
  if (obj.type === 'Buffer' && Array.isArray(obj.data)) return fromArrayLike(obj.data);
  return undefined;
}

function invalidFromArgument(value) {
  return newError('ERR_INVALID_ARG_TYPE', 'first argument',
                  ['string', 'Buffer', 'ArrayBuffer', 'Array', 'Array-like Object'], value);
}

Buffer.from = function from(value, encodingOrOffset, length) {
  if (typeof value === 'string') return fromString(value, encodingOrOffset);
  if (typeof value === 'object' && value !== null) {
    if (isAnyArrayBuffer(value)) return fromArrayBuffer(value, encodingOrOffset, length);
    const valueOf = value.valueOf && value.valueOf();
    if (valueOf != null && valueOf !== value &&
        (typeof valueOf === 'string' || typeof valueOf === 'object')) {
      return from(valueOf, encodingOrOffset, length);
    }
    const b = fromObject(value);
    if (b) return b;
    if (typeof value[Symbol.toPrimitive] === 'function') {
      const primitive = value[Symbol.toPrimitive]('string');
      if (typeof primitive === 'string') return fromString(primitive, encodingOrOffset);
    }
  }
  throw invalidFromArgument(value);
};

Buffer.copyBytesFrom = function copyBytesFrom(view, offset, length) {
  if (!isTypedArray(view)) throw newError('ERR_INVALID_ARG_TYPE', 'view', ['TypedArray'], view);
  const viewLength = view.length;
  if (viewLength === 0) return Buffer.alloc(0);
  if (offset !== undefined || length !== undefined) {
    if (offset !== undefined) {
      validateInteger(offset, 'offset', 0);
      if (offset >= viewLength) return Buffer.alloc(0);
    } else {
      offset = 0;
    }
    let end;
    if (length !== undefined) {
      validateInteger(length, 'length', 0);
      end = offset + length;
    } else {
      end = viewLength;
    }
    view = TypedArraySlice.call(view, offset, end);
  }
  return fromArrayLike(new Uint8Array(view.buffer, view.byteOffset, view.byteLength));
};

Buffer.of = function of(...items) {
  const b = new FastBuffer(items.length);
  for (let i = 0; i < items.length; i++) b[i] = items[i];
  return b;
};

function assertSize(size) {
  validateNumber(size, 'size', 0, kMaxLength);
}

Buffer.alloc = function alloc(size, fill, encoding) {
  assertSize(size);
  if (fill !== undefined && fill !== 0 && size > 0) {
    const buf = new FastBuffer(size);
    return fillImpl(buf, fill, 0, buf.length, encoding);
  }
  return new FastBuffer(size);
};

Buffer.allocUnsafe = function allocUnsafe(size) {
  assertSize(size);
  return allocate(size);
};

Buffer.allocUnsafeSlow = function allocUnsafeSlow(size) {
  assertSize(size);
  return new FastBuffer(size);
};

// Deprecated (DEP0030), kept for compatibility: an unpooled buffer.
function SlowBuffer(size) {
  assertSize(size);
  return new FastBuffer(size);
}
Object.setPrototypeOf(SlowBuffer.prototype, Uint8Array.prototype);
Object.setPrototypeOf(SlowBuffer, Uint8Array);

Buffer.isBuffer = function isBuffer(b) {
  return b instanceof Buffer;
};

function compareBytes(a, b, aStart, aEnd, bStart, bEnd) {
  const aLen = aEnd - aStart;
  const bLen = bEnd - bStart;
  const n = Math.min(aLen, bLen);
  for (let i = 0; i < n; i++) {
    const x = a[aStart + i];
    const y = b[bStart + i];
    if (x !== y) return x < y ? -1 : 1;
  }
  return aLen < bLen ? -1 : aLen > bLen ? 1 : 0;
}

Buffer.compare = function compare(buf1, buf2) {
  validateBuffer(buf1, 'buf1');
  validateBuffer(buf2, 'buf2');
  if (buf1 === buf2) return 0;
  return compareBytes(buf1, buf2, 0, buf1.length, 0, buf2.length);
};

Buffer.isEncoding = function isEncoding(encoding) {
  return typeof encoding === 'string' && encoding.length !== 0 && normalizeEncoding(encoding) !== undefined;
};

Buffer.concat = function concat(list, length) {
  if (!Array.isArray(list)) throw newError('ERR_INVALID_ARG_TYPE', 'list', 'Array', list);
  if (list.length === 0) return new FastBuffer();
  if (length === undefined) {
    length = 0;
    for (let i = 0; i < list.length; i++) {
      if (list[i].length) length += list[i].length;
    }
  } else {
    validateOffset(length, 'length');
  }
  const buffer = Buffer.allocUnsafe(length);
  let pos = 0;
  for (let i = 0; i < list.length; i++) {
    const buf = list[i];
    if (!isUint8Array(buf)) {
      throw newError('ERR_INVALID_ARG_TYPE', `list[${i}]`, ['Buffer', 'Uint8Array'], list[i]);
    }
    pos += copyBytes(buf, buffer, pos, 0, buf.length);
  }
  // Zero the tail when an explicit length was larger than the data.
  if (pos < length) TypedArrayFill.call(buffer, 0, pos, length);
  return buffer;
};

Buffer.byteLength = function byteLength(string, encoding) {
  if (typeof string !== 'string') {
    if (ArrayBuffer.isView(string) || isAnyArrayBuffer(string)) return string.byteLength;
    throw newError('ERR_INVALID_ARG_TYPE', 'string', ['string', 'Buffer', 'ArrayBuffer'], string);
  }
  const len = string.length;
  const mustMatch = arguments.length > 2 && arguments[2] === true;
  if (!mustMatch && len === 0) return 0;
  if (!encoding) return mustMatch ? -1 : codecs.utf8Length(string);
  const enc = normalizeEncoding(encoding);
  if (enc === undefined) return mustMatch ? -1 : codecs.utf8Length(string);
  return codecs.byteLength(string, enc);
};

// ---------------------------------------------------------------------------------------------------
// Copy / compare / fill

// Copies source[sourceStart, sourceEnd) to target at targetStart, clamped to what fits.
function copyBytes(source, target, targetStart, sourceStart, sourceEnd) {
  if (sourceEnd - sourceStart > target.length - targetStart) {
    sourceEnd = sourceStart + target.length - targetStart;
  }
  let nb = sourceEnd - sourceStart;
  const sourceLen = source.length - sourceStart;
  if (nb > sourceLen) nb = sourceLen;
  if (nb <= 0) return 0;
  if (sourceStart !== 0 || nb < source.length) {
    source = new Uint8Array(source.buffer, source.byteOffset + sourceStart, nb);
  }
  target.set(source, targetStart);
  return nb;
}

// Number coercion used by copy(): NaN and unsafe values fall back to the default.
function toInteger(n, defaultVal) {
  n = +n;
  if (!Number.isNaN(n) && n >= Number.MIN_SAFE_INTEGER && n <= Number.MAX_SAFE_INTEGER) {
    return n % 1 === 0 ? n : Math.floor(n);
  }
  return defaultVal;
}

function copyImpl(source, target, targetStart, sourceStart, sourceEnd) {
  validateBuffer(source, 'source');
  validateBuffer(target, 'target');
  if (targetStart === undefined) {
    targetStart = 0;
  } else {
    targetStart = Number.isInteger(targetStart) ? targetStart : toInteger(targetStart, 0);
    if (targetStart < 0) throw newError('ERR_OUT_OF_RANGE', 'targetStart', '>= 0', targetStart);
  }
  if (sourceStart === undefined) {
    sourceStart = 0;
  } else {
    sourceStart = Number.isInteger(sourceStart) ? sourceStart : toInteger(sourceStart, 0);
    if (sourceStart < 0 || sourceStart > source.length) {
      throw newError('ERR_OUT_OF_RANGE', 'sourceStart', `>= 0 && <= ${source.length}`, sourceStart);
    }
  }
  if (sourceEnd === undefined) {
    sourceEnd = source.length;
  } else {
    sourceEnd = Number.isInteger(sourceEnd) ? sourceEnd : toInteger(sourceEnd, 0);
    if (sourceEnd < 0) throw newError('ERR_OUT_OF_RANGE', 'sourceEnd', '>= 0', sourceEnd);
  }
  if (targetStart >= target.length || sourceStart >= sourceEnd) return 0;
  return copyBytes(source, target, targetStart, sourceStart, sourceEnd);
}

function fillImpl(buf, value, offset, end, encoding) {
  let enc;
  if (typeof value === 'string') {
    if (offset === undefined || typeof offset === 'string') {
      encoding = offset;
      offset = 0;
      end = buf.length;
    } else if (typeof end === 'string') {
      encoding = end;
      end = buf.length;
    }
    enc = encoding === undefined || encoding === null || encoding === '' ? 'utf8' : normalizeEncoding(encoding);
    if (enc === undefined) {
      validateString(encoding, 'encoding');
      throw newError('ERR_UNKNOWN_ENCODING', encoding);
    }
    if (value.length === 0) {
      value = 0;  // an empty string fills with zeros
    } else if (value.length === 1) {
      // One-byte fills go through the fast numeric path.
      const code = value.charCodeAt(0);
      if ((enc === 'utf8' && code < 128) || enc === 'latin1') value = code;
    }
  }
  if (offset === undefined) {
    offset = 0;
    end = buf.length;
  } else {
    validateOffset(offset, 'offset');
    if (end === undefined) {
      end = buf.length;
    } else {
      validateOffset(end, 'end', 0, buf.length);
    }
    if (offset >= end) return buf;
  }

  if (typeof value === 'number') {
    if (offset > end || end > buf.byteLength) throw newError('ERR_BUFFER_OUT_OF_BOUNDS');
    TypedArrayFill.call(buf, value, offset, end);
    return buf;
  }
  let bytes;
  if (typeof value === 'string') {
    bytes = codecs.encode(value, enc);
  } else if (ArrayBuffer.isView(value)) {
    bytes = new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  } else {
    // Anything else is treated as a number: low 8 bits of its uint32 value.
    TypedArrayFill.call(buf, (Number(value) >>> 0) & 255, offset, end);
    return buf;
  }
  if (bytes.length === 0) throw newError('ERR_INVALID_ARG_VALUE', 'value', value);
  if (end > buf.length) throw newError('ERR_BUFFER_OUT_OF_BOUNDS');
  // Repeat the pattern, doubling the filled region each step.
  const total = end - offset;
  const first = Math.min(bytes.length, total);
  if (bytes.buffer === buf.buffer) bytes = bytes.slice(0, first);  // may overlap
  buf.set(first === bytes.length ? bytes : bytes.subarray(0, first), offset);
  let filled = first;
  while (filled < total) {
    const n = Math.min(filled, total - filled);
    buf.copyWithin(offset + filled, offset, offset + n);
    filled += n;
  }
  return buf;
}

// ---------------------------------------------------------------------------------------------------
// indexOf / lastIndexOf / includes

// Where a search starts, following Node's rules for negative and out-of-range offsets.
// Returns -1 when there can be no match.
function searchStart(length, offset, needleLength, forward) {
  if (offset < 0) {
    if (offset + length >= 0) return length + offset;
    if (forward || needleLength === 0) return 0;
    return -1;
  }
  if (offset + needleLength <= length) return offset;
  if (needleLength === 0) return length;
  if (forward) return -1;
  return length - 1;
}

function searchBytes(hay, hayLen, needle, offset, forward) {
  const nLen = needle.length;
  const first = needle[0];
  if (forward) {
    const last = hayLen - nLen;
    outer: for (let i = offset; i <= last; i++) {
      if (hay[i] !== first) continue;
      for (let j = 1; j < nLen; j++) if (hay[i + j] !== needle[j]) continue outer;
      return i;
    }
    return -1;
  }
  let i = Math.min(offset, hayLen - nLen);
  outer2: for (; i >= 0; i--) {
    if (hay[i] !== first) continue;
    for (let j = 1; j < nLen; j++) if (hay[i + j] !== needle[j]) continue outer2;
    return i;
  }
  return -1;
}

// Search in 16-bit units (utf16le), only at even byte positions, like Node.
function searchUnits(hay, needle, offset, forward) {
  const hayUnits = hay.length >>> 1;
  const nUnits = needle.length >>> 1;
  const unitAt = (a, k) => a[2 * k] | (a[2 * k + 1] << 8);
  const start = offset >>> 1;
  if (forward) {
    outer: for (let i = start; i + nUnits <= hayUnits; i++) {
      for (let j = 0; j < nUnits; j++) if (unitAt(hay, i + j) !== unitAt(needle, j)) continue outer;
      return i * 2;
    }
    return -1;
  }
  outer2: for (let i = Math.min(start, hayUnits - nUnits); i >= 0; i--) {
    for (let j = 0; j < nUnits; j++) if (unitAt(hay, i + j) !== unitAt(needle, j)) continue outer2;
    return i * 2;
  }
  return -1;
}

function indexOfBytes(buffer, needle, byteOffset, enc, forward, needleIsBuffer = false) {
  const hayLen = buffer.length;
  const nLen = needle.length;
  const offset = searchStart(hayLen, byteOffset, nLen, forward);
  if (nLen === 0) return offset;
  if (hayLen === 0 || offset <= -1) return -1;
  if ((forward && nLen + offset > hayLen) || nLen > hayLen) return -1;
  if (enc === 'utf16le') {
    if (hayLen < 2 || nLen < 2) return -1;
    const found = searchUnits(buffer, needle, offset, forward);
    // Node quirk: a Buffer needle that is not found in an odd-length haystack reports hayLen - 1.
    if (found === -1 && needleIsBuffer && (hayLen & 1) === 1) return hayLen - 1;
    return found;
  }
  return searchBytes(buffer, hayLen, needle, offset, forward);
}

function indexOfNumber(buffer, value, byteOffset, forward) {
  const len = buffer.length;
  const offset = searchStart(len, byteOffset, 1, forward);
  if (offset <= -1 || len === 0) return -1;
  if (forward) return TypedArrayIndexOf.call(buffer, value, offset);
  return TypedArrayLastIndexOf.call(buffer, value, offset);
}

function bidirectionalIndexOf(buffer, val, byteOffset, encoding, forward) {
  validateBuffer(buffer);
  if (typeof byteOffset === 'string') {
    encoding = byteOffset;
    byteOffset = undefined;
  } else if (byteOffset > 0x7fffffff) {
    byteOffset = 0x7fffffff;
  } else if (byteOffset < -0x80000000) {
    byteOffset = -0x80000000;
  }
  byteOffset = +byteOffset;
  if (Number.isNaN(byteOffset)) byteOffset = forward ? 0 : (buffer.length || buffer.byteLength);
  byteOffset = Math.trunc(byteOffset);

  if (typeof val === 'number') return indexOfNumber(buffer, (val >>> 0) & 255, byteOffset, forward);

  const enc = encoding === undefined ? 'utf8' : normalizeEncoding(encoding);
  if (typeof val === 'string') {
    if (enc === undefined) throw newError('ERR_UNKNOWN_ENCODING', encoding);
    // ucs2 needles that encode to nothing never match, even at offset 0.
    if (enc === 'utf16le' && val.length === 0) {
      return searchStart(buffer.length, byteOffset, 0, forward);
    }
    return indexOfBytes(buffer, codecs.encode(val, enc), byteOffset, enc, forward);
  }
  if (isUint8Array(val)) {
    return indexOfBytes(buffer, val, byteOffset, enc === undefined ? 'utf8' : enc, forward, true);
  }
  throw newError('ERR_INVALID_ARG_TYPE', 'value', ['number', 'string', 'Buffer', 'Uint8Array'], val);
}

// ---------------------------------------------------------------------------------------------------
// Numeric reads and writes

function boundsError(value, length, type) {
  if (Math.floor(value) !== value) {
    validateNumber(value, type);
    throw newError('ERR_OUT_OF_RANGE', type || 'offset', 'an integer', value);
  }
  if (length < 0) throw newError('ERR_BUFFER_OUT_OF_BOUNDS');
  throw newError('ERR_OUT_OF_RANGE', type || 'offset', `>= ${type ? 1 : 0} and <= ${length}`, value);
}

// Throws unless bytes offset .. offset + n - 1 exist.
function checkRead(buf, offset, n) {
  validateNumber(offset, 'offset');
  if (buf[offset] === undefined || buf[offset + n - 1] === undefined) boundsError(offset, buf.length - n);
}

function checkInt(value, min, max, buf, offset, n) {
  if (value > max || value < min) {
    const suffix = typeof min === 'bigint' ? 'n' : '';
    let range;
    if (n > 4) {
      // Wide ranges are described as powers of two, as Node does.
      if (min === 0 || min === 0n) {
        range = `>= 0${suffix} and < 2${suffix} ** ${n * 8}${suffix}`;
      } else {
        range = `>= -(2${suffix} ** ${n * 8 - 1}${suffix}) and < 2${suffix} ** ${n * 8 - 1}${suffix}`;
      }
    } else {
      range = `>= ${min}${suffix} and <= ${max}${suffix}`;
    }
    throw newError('ERR_OUT_OF_RANGE', 'value', range, value);
  }
  checkRead(buf, offset, n);
}

// Unsigned little/big-endian value of n (1..6) bytes at offset; bounds already checked.
function getUIntLE(buf, offset, n) {
  let val = 0;
  let mul = 1;
  for (let i = 0; i < n; i++, mul *= 256) val += buf[offset + i] * mul;
  return val;
}
function getUIntBE(buf, offset, n) {
  let val = 0;
  for (let i = 0; i < n; i++) val = val * 256 + buf[offset + i];
  return val;
}

function readUIntN(buf, offset, n, littleEndian) {
  checkRead(buf, offset, n);
  return littleEndian ? getUIntLE(buf, offset, n) : getUIntBE(buf, offset, n);
}
function readIntN(buf, offset, n, littleEndian) {
  const val = readUIntN(buf, offset, n, littleEndian);
  const limit = 2 ** (8 * n - 1);
  return val >= limit ? val - limit * 2 : val;
}

// Stores the low n bytes of an integral `value` (may be negative); bounds already checked.
function putIntN(buf, value, offset, n, littleEndian) {
  // Low 32 bits via ToUint32-style shifts, high part via division, like Node (so fractional and
  // negative values land on the same bytes).
  let lo = value;
  let hi = n > 4 ? Math.floor(value * 2 ** -32) : 0;
  for (let i = 0; i < n; i++) {
    const pos = littleEndian ? offset + i : offset + n - 1 - i;
    if (i < 4) {
      buf[pos] = lo;
      lo = lo >>> 8;
    } else {
      buf[pos] = hi;
      hi = hi >>> 8;
    }
  }
  return offset + n;
}

function writeIntN(buf, value, offset, n, littleEndian, min, max) {
  value = +value;
  if (n === 1) {
    validateNumber(offset, 'offset');
    if (value > max || value < min) throw newError('ERR_OUT_OF_RANGE', 'value', `>= ${min} and <= ${max}`, value);
    if (buf[offset] === undefined) boundsError(offset, buf.length - 1);
    buf[offset] = value;
    return offset + 1;
  }
  checkInt(value, min, max, buf, offset, n);
  return putIntN(buf, value, offset, n, littleEndian);
}

const kUMax = [0, 0xff, 0xffff, 0xffffff, 0xffffffff, 0xffffffffff, 0xffffffffffff];
const kSMin = [0, -0x80, -0x8000, -0x800000, -0x80000000, -0x8000000000, -0x800000000000];
const kSMax = [0, 0x7f, 0x7fff, 0x7fffff, 0x7fffffff, 0x7fffffffff, 0x7fffffffffff];

function checkByteLength(byteLength) {
  if (byteLength === 1 || byteLength === 2 || byteLength === 3 ||
      byteLength === 4 || byteLength === 5 || byteLength === 6) return;
  boundsError(byteLength, 6, 'byteLength');
}

// Floats go through a shared typed-array view on the host's byte order.
const float32 = new Float32Array(1);
const float32Bytes = new Uint8Array(float32.buffer);
const float64 = new Float64Array(1);
const float64Bytes = new Uint8Array(float64.buffer);
const hostLittleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

function readFloatBytes(buf, offset, n, littleEndian) {
  checkRead(buf, offset, n);
  const bytes = n === 4 ? float32Bytes : float64Bytes;
  const straight = littleEndian === hostLittleEndian;
  for (let i = 0; i < n; i++) bytes[straight ? i : n - 1 - i] = buf[offset + i];
  return n === 4 ? float32[0] : float64[0];
}

function writeFloatBytes(buf, value, offset, n, littleEndian) {
  value = +value;
  checkRead(buf, offset, n);
  let bytes;
  if (n === 4) {
    float32[0] = value;
    bytes = float32Bytes;
  } else {
    float64[0] = value;
    bytes = float64Bytes;
  }
  const straight = littleEndian === hostLittleEndian;
  for (let i = 0; i < n; i++) buf[offset + i] = bytes[straight ? i : n - 1 - i];
  return offset + n;
}

function readBig64(buf, offset, littleEndian, signed) {
  checkRead(buf, offset, 8);
  const a = littleEndian ? getUIntLE(buf, offset, 4) : getUIntBE(buf, offset + 4, 4);  // low word
  let b = littleEndian ? getUIntLE(buf, offset + 4, 4) : getUIntBE(buf, offset, 4);    // high word
  if (signed && b >= 0x80000000) b -= 0x100000000;
  return (BigInt(b) << 32n) + BigInt(a);
}

function writeBig64(buf, value, offset, littleEndian, min, max) {
  checkInt(value, min, max, buf, offset, 8);
  const lo = Number(value & 0xffffffffn);
  const hi = Number((value >> 32n) & 0xffffffffn);
  if (littleEndian) {
    putIntN(buf, lo, offset, 4, true);
    putIntN(buf, hi, offset + 4, 4, true);
  } else {
    putIntN(buf, hi, offset, 4, false);
    putIntN(buf, lo, offset + 4, 4, false);
  }
  return offset + 8;
}

// ---------------------------------------------------------------------------------------------------
// Prototype methods

const proto = Buffer.prototype;

function defineMethods(obj, methods) {
  for (const name of Object.keys(methods)) {
    Object.defineProperty(obj, name, {
      __proto__: null, value: methods[name], writable: true, enumerable: true, configurable: true,
    });
  }
}

// Parses a start/end argument of the *Slice/*Write bindings: integer index, default when undefined.
function sliceIndex(value, defaultValue) {
  if (value === undefined) return defaultValue;
  const n = Math.trunc(+value);
  if (Number.isNaN(n)) return 0;
  if (n < 0) throw nativeError(RangeError, 'ERR_OUT_OF_RANGE', 'Index out of range');
  return n;
}

function sliceImpl(buf, enc, start, end) {
  {
    const len = buf.length;
    if (len === 0) return '';
    start = sliceIndex(start, 0);
    end = sliceIndex(end, len);
    if (end < start) end = start;
    if (end > len) throw nativeError(RangeError, 'ERR_OUT_OF_RANGE', 'Index out of range');
    return codecs.decode(buf, enc, start, end);
  }
}

function writeImpl(buf, enc, string, offset, length) {
  {
    if (typeof string !== 'string') {
      throw nativeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'argument must be a string');
    }
    const len = buf.length;
    offset = sliceIndex(offset, 0);
    if (offset > len) {
      throw nativeError(RangeError, 'ERR_BUFFER_OUT_OF_BOUNDS', '"offset" is outside of buffer bounds');
    }
    length = sliceIndex(length, len - offset);
    if (length > len - offset) length = len - offset;
    if (length === 0) return 0;
    return codecs.write(buf, string, offset, length, enc);
  }
}

const kEncodingList = ['ascii', 'base64', 'base64url', 'latin1', 'hex', 'ucs2', 'utf8'];
const kEncodingCanonical = {
  ascii: 'ascii', base64: 'base64', base64url: 'base64url', latin1: 'latin1', hex: 'hex',
  ucs2: 'utf16le', utf8: 'utf8',
};

const methods = {
  readBigUInt64LE(offset = 0) { return readBig64(this, offset, true, false); },
  readBigUInt64BE(offset = 0) { return readBig64(this, offset, false, false); },
  readBigInt64LE(offset = 0) { return readBig64(this, offset, true, true); },
  readBigInt64BE(offset = 0) { return readBig64(this, offset, false, true); },
  writeBigUInt64LE(value, offset = 0) {
    return writeBig64(this, value, offset, true, 0n, 0xffffffffffffffffn);
  },
  writeBigUInt64BE(value, offset = 0) {
    return writeBig64(this, value, offset, false, 0n, 0xffffffffffffffffn);
  },
  writeBigInt64LE(value, offset = 0) {
    return writeBig64(this, value, offset, true, -(2n ** 63n), 2n ** 63n - 1n);
  },
  writeBigInt64BE(value, offset = 0) {
    return writeBig64(this, value, offset, false, -(2n ** 63n), 2n ** 63n - 1n);
  },

  readUIntLE(offset, byteLength) {
    if (offset === undefined) throw newError('ERR_INVALID_ARG_TYPE', 'offset', 'number', offset);
    checkByteLength(byteLength);
    return readUIntN(this, offset, byteLength, true);
  },
  readUInt32LE(offset = 0) {
    validateNumber(offset, 'offset');
    const first = this[offset];
    const last = this[offset + 3];
    if (first === undefined || last === undefined) boundsError(offset, this.length - 4);
    return first + this[offset + 1] * 2 ** 8 + this[offset + 2] * 2 ** 16 + last * 2 ** 24;
  },
  readUInt16LE(offset = 0) {
    validateNumber(offset, 'offset');
    const first = this[offset];
    const last = this[offset + 1];
    if (first === undefined || last === undefined) boundsError(offset, this.length - 2);
    return first + last * 2 ** 8;
  },
  readUInt8(offset = 0) {
    validateNumber(offset, 'offset');
    const val = this[offset];
    if (val === undefined) boundsError(offset, this.length - 1);
    return val;
  },
  readUIntBE(offset, byteLength) {
    if (offset === undefined) throw newError('ERR_INVALID_ARG_TYPE', 'offset', 'number', offset);
    checkByteLength(byteLength);
    return readUIntN(this, offset, byteLength, false);
  },
  readUInt32BE(offset = 0) {
    validateNumber(offset, 'offset');
    const first = this[offset];
    const last = this[offset + 3];
    if (first === undefined || last === undefined) boundsError(offset, this.length - 4);
    return first * 2 ** 24 + this[offset + 1] * 2 ** 16 + this[offset + 2] * 2 ** 8 + last;
  },
  readUInt16BE(offset = 0) {
    validateNumber(offset, 'offset');
    const first = this[offset];
    const last = this[offset + 1];
    if (first === undefined || last === undefined) boundsError(offset, this.length - 2);
    return first * 2 ** 8 + last;
  },

  readIntLE(offset, byteLength) {
    if (offset === undefined) throw newError('ERR_INVALID_ARG_TYPE', 'offset', 'number', offset);
    checkByteLength(byteLength);
    return readIntN(this, offset, byteLength, true);
  },
  readInt32LE(offset = 0) {
    validateNumber(offset, 'offset');
    const first = this[offset];
    const last = this[offset + 3];
    if (first === undefined || last === undefined) boundsError(offset, this.length - 4);
    return first + this[offset + 1] * 2 ** 8 + this[offset + 2] * 2 ** 16 + (last << 24);
  },
  readInt16LE(offset = 0) {
    validateNumber(offset, 'offset');
    const first = this[offset];
    const last = this[offset + 1];
    if (first === undefined || last === undefined) boundsError(offset, this.length - 2);
    return ((first | (last << 8)) << 16) >> 16;
  },
  readInt8(offset = 0) {
    validateNumber(offset, 'offset');
    const val = this[offset];
    if (val === undefined) boundsError(offset, this.length - 1);
    return (val << 24) >> 24;
  },
  readIntBE(offset, byteLength) {
    if (offset === undefined) throw newError('ERR_INVALID_ARG_TYPE', 'offset', 'number', offset);
    checkByteLength(byteLength);
    return readIntN(this, offset, byteLength, false);
  },
  readInt32BE(offset = 0) {
    validateNumber(offset, 'offset');
    const first = this[offset];
    const last = this[offset + 3];
    if (first === undefined || last === undefined) boundsError(offset, this.length - 4);
    return (first << 24) + this[offset + 1] * 2 ** 16 + this[offset + 2] * 2 ** 8 + last;
  },
  readInt16BE(offset = 0) {
    validateNumber(offset, 'offset');
    const first = this[offset];
    const last = this[offset + 1];
    if (first === undefined || last === undefined) boundsError(offset, this.length - 2);
    return (((first << 8) | last) << 16) >> 16;
  },

  writeUIntLE(value, offset, byteLength) {
    checkByteLength(byteLength);
    return writeIntN(this, value, offset, byteLength, true, 0, kUMax[byteLength]);
  },
  writeUInt32LE(value, offset = 0) { return writeIntN(this, value, offset, 4, true, 0, 0xffffffff); },
  writeUInt16LE(value, offset = 0) { return writeIntN(this, value, offset, 2, true, 0, 0xffff); },
  writeUInt8(value, offset = 0) { return writeIntN(this, value, offset, 1, true, 0, 0xff); },
  writeUIntBE(value, offset, byteLength) {
    checkByteLength(byteLength);
    return writeIntN(this, value, offset, byteLength, false, 0, kUMax[byteLength]);
  },
  writeUInt32BE(value, offset = 0) { return writeIntN(this, value, offset, 4, false, 0, 0xffffffff); },
  writeUInt16BE(value, offset = 0) { return writeIntN(this, value, offset, 2, false, 0, 0xffff); },

  writeIntLE(value, offset, byteLength) {
    checkByteLength(byteLength);
    return writeIntN(this, value, offset, byteLength, true, kSMin[byteLength], kSMax[byteLength]);
  },
  writeInt32LE(value, offset = 0) {
    return writeIntN(this, value, offset, 4, true, -0x80000000, 0x7fffffff);
  },
  writeInt16LE(value, offset = 0) { return writeIntN(this, value, offset, 2, true, -0x8000, 0x7fff); },
  writeInt8(value, offset = 0) { return writeIntN(this, value, offset, 1, true, -0x80, 0x7f); },
  writeIntBE(value, offset, byteLength) {
    checkByteLength(byteLength);
    return writeIntN(this, value, offset, byteLength, false, kSMin[byteLength], kSMax[byteLength]);
  },
  writeInt32BE(value, offset = 0) {
    return writeIntN(this, value, offset, 4, false, -0x80000000, 0x7fffffff);
  },
  writeInt16BE(value, offset = 0) { return writeIntN(this, value, offset, 2, false, -0x8000, 0x7fff); },

  readFloatLE(offset = 0) { return readFloatBytes(this, offset, 4, true); },
  readFloatBE(offset = 0) { return readFloatBytes(this, offset, 4, false); },
  readDoubleLE(offset = 0) { return readFloatBytes(this, offset, 8, true); },
  readDoubleBE(offset = 0) { return readFloatBytes(this, offset, 8, false); },
  writeFloatLE(value, offset = 0) { return writeFloatBytes(this, value, offset, 4, true); },
  writeFloatBE(value, offset = 0) { return writeFloatBytes(this, value, offset, 4, false); },
  writeDoubleLE(value, offset = 0) { return writeFloatBytes(this, value, offset, 8, true); },
  writeDoubleBE(value, offset = 0) { return writeFloatBytes(this, value, offset, 8, false); },
};

// Lowercase `Uint` spellings are aliases (Node added them for consistency with typed arrays).
for (const name of Object.keys(methods)) {
  if (name.includes('UInt')) methods[name.replace('UInt', 'Uint')] = methods[name];
}
defineMethods(proto, methods);

// The binding-style helpers (buf.latin1Slice(start, end), buf.utf8Write(string, offset, length), ...).
const sliceWriteMethods = {};
for (const name of kEncodingList) {
  const enc = kEncodingCanonical[name];
  sliceWriteMethods[`${name}Slice`] = { [`${name}Slice`](...args) { return sliceImpl(this, enc, args[0], args[1]); } }[`${name}Slice`];
}
for (const name of kEncodingList) {
  const enc = kEncodingCanonical[name];
  sliceWriteMethods[`${name}Write`] = { [`${name}Write`](...args) {
    return writeImpl(this, enc, args[0], args[1], args[2]);
  } }[`${name}Write`];
}
defineMethods(proto, sliceWriteMethods);

Object.defineProperty(proto, 'parent', {
  __proto__: null, enumerable: true, configurable: false,
  get() {
    if (!(this instanceof Buffer)) return undefined;
    return this.buffer;
  },
});
Object.defineProperty(proto, 'offset', {
  __proto__: null, enumerable: true, configurable: false,
  get() {
    if (!(this instanceof Buffer)) return undefined;
    return this.byteOffset;
  },
});

const kInspect = Symbol.for('nodejs.util.inspect.custom');

function adjustOffset(offset, length) {
  // Math.trunc coerces like Node's slice: strings, objects with valueOf, undefined -> NaN -> 0.
  offset = Math.trunc(offset);
  if (offset === 0 || Number.isNaN(offset)) return 0;
  if (offset < 0) {
    offset += length;
    return offset > 0 ? offset : 0;
  }
  if (offset < length) return offset;
  return length;
}

function swapBytes(buf, size) {
  const len = buf.length;
  if (len % size !== 0) throw newError('ERR_INVALID_BUFFER_SIZE', `${size * 8}-bits`);
  const half = size >>> 1;
  for (let i = 0; i < len; i += size) {
    for (let j = 0; j < half; j++) {
      const a = i + j;
      const b = i + size - 1 - j;
      const t = buf[a];
      buf[a] = buf[b];
      buf[b] = t;
    }
  }
  return buf;
}

function toString(encoding, start, end) {
  if (arguments.length === 0) return codecs.utf8Decode(this, 0, this.length);
  const len = this.length;
  if (start <= 0) {
    start = 0;
  } else if (start >= len) {
    return '';
  } else {
    start = Math.trunc(start) || 0;
  }
  if (end === undefined || end > len) {
    end = len;
  } else {
    end = Math.trunc(end) || 0;
  }
  if (end <= start) return '';
  if (encoding === undefined) return codecs.utf8Decode(this, start, end);
  const enc = normalizeEncoding(encoding);
  if (enc === undefined) throw newError('ERR_UNKNOWN_ENCODING', encoding);
  return codecs.decode(this, enc, start, end);
}

// util.inspect calls this as (depth, options, inspect).
function inspect(recurseTimes, ctx) {
  let inspectFn = arguments[2];
  const max = INSPECT_MAX_BYTES;
  const actualMax = Math.min(max, this.length);
  const remaining = this.length - max;
  let str = '';
  for (let i = 0; i < actualMax; i++) {
    const b = this[i];
    str += (i === 0 ? '' : ' ') + (b < 16 ? '0' : '') + b.toString(16);
  }
  if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  // Own non-index properties are shown after the bytes, e.g. `<Buffer 61, x: 1>`.
  if (ctx) {
    const keys = ctx.showHidden ? Reflect.ownKeys(this) :
      Reflect.ownKeys(this).filter((k) => Object.prototype.propertyIsEnumerable.call(this, k));
    const extras = {};
    let any = false;
    for (const key of keys) {
      if (typeof key === 'string' && /^(0|[1-9][0-9]*)$/.test(key)) continue;  // the bytes themselves
      any = true;
      extras[key] = this[key];
    }
    if (any) {
      if (typeof inspectFn !== 'function') inspectFn = require('util').inspect;
      if (this.length !== 0) str += ', ';
      const text = inspectFn(extras, { ...ctx, breakLength: Infinity, compact: true });
      // Drop the surrounding "{ " and " }".
      str += text.slice(2, -2);
    }
  }
  return `<${this.constructor.name} ${str}>`;
}

defineMethods(proto, {
  copy(target, targetStart, sourceStart, sourceEnd) {
    return copyImpl(this, target, targetStart, sourceStart, sourceEnd);
  },

  toString,

  equals(otherBuffer) {
    if (!isUint8Array(otherBuffer)) {
      throw newError('ERR_INVALID_ARG_TYPE', 'otherBuffer', ['Buffer', 'Uint8Array'], otherBuffer);
    }
    if (this === otherBuffer) return true;
    const len = this.length;
    if (len !== otherBuffer.length) return false;
    return compareBytes(this, otherBuffer, 0, len, 0, len) === 0;
  },

  inspect,

  compare(target, targetStart, targetEnd, sourceStart, sourceEnd) {
    if (!isUint8Array(target)) {
      throw newError('ERR_INVALID_ARG_TYPE', 'target', ['Buffer', 'Uint8Array'], target);
    }
    if (arguments.length === 1) return compareBytes(this, target, 0, this.length, 0, target.length);

    if (targetStart === undefined) targetStart = 0;
    else validateOffset(targetStart, 'targetStart');
    if (targetEnd === undefined) targetEnd = target.length;
    else validateOffset(targetEnd, 'targetEnd', 0, target.length);
    if (sourceStart === undefined) sourceStart = 0;
    else validateOffset(sourceStart, 'sourceStart');
    if (sourceEnd === undefined) sourceEnd = this.length;
    else validateOffset(sourceEnd, 'sourceEnd', 0, this.length);

    if (sourceStart >= sourceEnd) return targetStart >= targetEnd ? 0 : -1;
    if (targetStart >= targetEnd) return 1;
    // (Both starts are now below their ends, which are within bounds.)
    return compareBytes(this, target, sourceStart, sourceEnd, targetStart, targetEnd);
  },

  indexOf(val, byteOffset, encoding) {
    return bidirectionalIndexOf(this, val, byteOffset, encoding, true);
  },

  lastIndexOf(val, byteOffset, encoding) {
    return bidirectionalIndexOf(this, val, byteOffset, encoding, false);
  },

  includes(val, byteOffset, encoding) {
    return this.indexOf(val, byteOffset, encoding) !== -1;
  },

  fill(value, offset, end, encoding) {
    return fillImpl(this, value, offset, end, encoding);
  },

  write(string, offset, length, encoding) {
    if (offset === undefined) return this.utf8Write(string, 0, this.length);
    if (length === undefined && typeof offset === 'string') {
      // write(string, encoding)
      encoding = offset;
      length = this.length;
      offset = 0;
    } else {
      // write(string, offset[, length][, encoding])
      validateOffset(offset, 'offset', 0, this.length);
      const remaining = this.length - offset;
      if (length === undefined) {
        length = remaining;
      } else if (typeof length === 'string') {
        encoding = length;
        length = remaining;
      } else {
        validateOffset(length, 'length', 0, this.length);
        if (length > remaining) length = remaining;
      }
    }
    if (!encoding || encoding === 'utf8') return this.utf8Write(string, offset, length);
    const enc = normalizeEncoding(encoding);
    if (enc === undefined) throw newError('ERR_UNKNOWN_ENCODING', encoding);
    if (typeof string !== 'string') {
      throw nativeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'argument must be a string');
    }
    if (length === 0) return 0;
    return codecs.write(this, string, offset, length, enc);
  },

  toJSON() {
    if (this.length > 0) {
      const data = new Array(this.length);
      for (let i = 0; i < this.length; ++i) data[i] = this[i];
      return { type: 'Buffer', data };
    }
    return { type: 'Buffer', data: [] };
  },

  subarray(start, end) {
    const srcLength = this.length;
    start = adjustOffset(start, srcLength);
    end = end !== undefined ? adjustOffset(end, srcLength) : srcLength;
    const newLength = end > start ? end - start : 0;
    return new FastBuffer(this.buffer, this.byteOffset + start, newLength);
  },

  slice(start, end) {
    // Unlike Uint8Array#slice, Buffer#slice shares memory (it is subarray under an old name).
    const srcLength = this.length;
    start = adjustOffset(start, srcLength);
    end = end !== undefined ? adjustOffset(end, srcLength) : srcLength;
    const newLength = end > start ? end - start : 0;
    return new FastBuffer(this.buffer, this.byteOffset + start, newLength);
  },

  swap16() {
    const len = this.length;
    if (len % 2 !== 0) throw newError('ERR_INVALID_BUFFER_SIZE', '16-bits');
    for (let i = 0; i < len; i += 2) {
      const t = this[i];
      this[i] = this[i + 1];
      this[i + 1] = t;
    }
    return this;
  },

  swap32() { return swapBytes(this, 4); },

  swap64() { return swapBytes(this, 8); },

  toLocaleString: toString,
});

Object.defineProperty(proto, kInspect, {
  __proto__: null, value: inspect, writable: true, enumerable: true, configurable: true,
});

// ---------------------------------------------------------------------------------------------------
// Module-level helpers

function isUtf8(input) {
  if (isTypedArray(input) || isAnyArrayBuffer(input) || ArrayBuffer.isView(input)) {
    const u8 = ArrayBuffer.isView(input) ?
      new Uint8Array(input.buffer, input.byteOffset, input.byteLength) : new Uint8Array(input);
    return codecs.isUtf8(u8, 0, u8.length);
  }
  throw newError('ERR_INVALID_ARG_TYPE', 'input', ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
}

function isAscii(input) {
  if (isTypedArray(input) || isAnyArrayBuffer(input) || ArrayBuffer.isView(input)) {
    const u8 = ArrayBuffer.isView(input) ?
      new Uint8Array(input.buffer, input.byteOffset, input.byteLength) : new Uint8Array(input);
    return codecs.isAscii(u8, 0, u8.length);
  }
  throw newError('ERR_INVALID_ARG_TYPE', 'input', ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
}

function atob(input) {
  return require('internal/encoding').atob.apply(undefined, arguments);
}

function btoa(input) {
  return require('internal/encoding').btoa.apply(undefined, arguments);
}

module.exports = {
  Buffer,
  SlowBuffer,
  isUtf8,
  isAscii,
  kMaxLength,
  kStringMaxLength,
  btoa,
  atob,
};

Object.defineProperties(module.exports, {
  constants: {
    __proto__: null,
    configurable: false,
    enumerable: true,
    value: Object.defineProperties({}, {
      MAX_LENGTH: { __proto__: null, value: kMaxLength, writable: false, enumerable: true },
      MAX_STRING_LENGTH: { __proto__: null, value: kStringMaxLength, writable: false, enumerable: true },
    }),
  },
  INSPECT_MAX_BYTES: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() { return INSPECT_MAX_BYTES; },
    set(val) {
      validateNumber(val, 'INSPECT_MAX_BYTES', 0);
      INSPECT_MAX_BYTES = val;
    },
  },
});
