'use strict';

// util.inspect() and util.format() for loom. The output is meant to be byte-for-byte what Node 20 prints,
// because test suites and users compare console output literally. The implementation is pure JavaScript:
// everything the engine knows but JS cannot see (promise state, proxy target, internal class) comes from
// internalBinding('util'), everything else from ordinary reflection. Values are described by recursive
// formatting into lists of entries that are then laid out (one line, grouped columns or one entry per
// line) following Node's width rules.

const { getPromiseState, getProxyDetails, getBuiltinClass } = internalBinding('util');
const types = require('internal/util/types');

const {
  isAnyArrayBuffer, isArrayBuffer, isArgumentsObject, isAsyncFunction, isBigIntObject, isBooleanObject,
  isBoxedPrimitive, isDataView, isDate, isGeneratorFunction, isMap, isModuleNamespaceObject,
  isNativeError, isNumberObject, isPromise, isRegExp, isSet, isStringObject, isTypedArray,
  isWeakMap, isWeakSet,
} = types;
const typedArrayKind = types.typedArrayKind;

// Built-ins captured at load time: inspect must keep working when user code replaces them.
const uncurryThis = (fn) => Function.prototype.call.bind(fn);
const hasOwn = uncurryThis(Object.prototype.hasOwnProperty);
const propertyIsEnumerable = uncurryThis(Object.prototype.propertyIsEnumerable);
const functionToString = uncurryThis(Function.prototype.toString);
const errorToString = uncurryThis(Error.prototype.toString);
const symbolToString = uncurryThis(Symbol.prototype.toString);
const regExpToString = uncurryThis(RegExp.prototype.toString);
const dateGetTime = uncurryThis(Date.prototype.getTime);
const dateToISOString = uncurryThis(Date.prototype.toISOString);
const dateToString = uncurryThis(Date.prototype.toString);
const numberValueOf = uncurryThis(Number.prototype.valueOf);
const stringValueOf = uncurryThis(String.prototype.valueOf);
const booleanValueOf = uncurryThis(Boolean.prototype.valueOf);
const bigintValueOf = uncurryThis(BigInt.prototype.valueOf);
const symbolValueOf = uncurryThis(Symbol.prototype.valueOf);
const setSize = uncurryThis(Object.getOwnPropertyDescriptor(Set.prototype, 'size').get);
const setValues = uncurryThis(Set.prototype.values);
const mapSize = uncurryThis(Object.getOwnPropertyDescriptor(Map.prototype, 'size').get);
const mapEntries = uncurryThis(Map.prototype.entries);
const TypedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype);
const typedArrayLength = uncurryThis(Object.getOwnPropertyDescriptor(TypedArrayPrototype, 'length').get);
const arrayBufferByteLength =
  uncurryThis(Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'byteLength').get);
const sharedArrayBufferByteLength = typeof SharedArrayBuffer === 'function' ?
  uncurryThis(Object.getOwnPropertyDescriptor(SharedArrayBuffer.prototype, 'byteLength').get) :
  undefined;
const {
  getPrototypeOf, getOwnPropertyNames, getOwnPropertySymbols, getOwnPropertyDescriptor, keys: objectKeys,
  defineProperty,
} = Object;
const { ownKeys } = Reflect;
const { isArray } = Array;
const { is: objectIs } = Object;
const { min, max, sqrt, round, floor, trunc } = Math;

// How formatProperty shows an entry: `key: value` in objects, the bare value for array elements, and
// `key: value` again for the extra (non-index) properties of arrays, which are laid out like elements.
const kObjectType = 0;
const kArrayType = 1;
const kArrayExtrasType = 2;

// Lines shorter than this are never split into `'...' +` concatenations.
const kMinLineWidth = 16;

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

const inspectDefaultOptions = Object.seal({
  showHidden: false,
  depth: 2,
  colors: false,
  customInspect: true,
  showProxy: false,
  maxArrayLength: 100,
  maxStringLength: 10000,
  breakLength: 80,
  compact: 3,
  sorted: false,
  getters: false,
  numericSeparator: false,
});

// Constructors that belong to the language itself. An object whose toString/constructor comes from one of
// these is treated as "built in" (no prototype properties listed, `%s` uses inspect instead of String()).
// The list is fixed rather than read from globalThis so that globals added by the host or by user code
// never count as built-ins.
const builtInObjects = new Set([
  'Object', 'Function', 'Array', 'Number', 'Boolean', 'String', 'Symbol', 'Date', 'Promise', 'RegExp',
  'Error', 'AggregateError', 'EvalError', 'RangeError', 'ReferenceError', 'SyntaxError', 'TypeError',
  'URIError', 'JSON', 'Math', 'Intl', 'ArrayBuffer', 'Atomics', 'Uint8Array', 'Int8Array', 'Uint16Array',
  'Int16Array', 'Uint32Array', 'Int32Array', 'Float32Array', 'Float64Array', 'Uint8ClampedArray',
  'BigUint64Array', 'BigInt64Array', 'DataView', 'Map', 'BigInt', 'Set', 'WeakMap', 'WeakSet', 'Proxy',
  'Reflect', 'FinalizationRegistry', 'WeakRef', 'WebAssembly',
]);
// SharedArrayBuffer is deliberately absent: Node exposes it only after this list is built, so for it
// prototype accessors are listed with showHidden like for user classes.

// Escapes used inside quoted strings and property keys: C0 controls, DEL and the C1 range, plus the
// single quote and backslash. Lone surrogates are escaped separately.
const escapeTable = [];
for (let c = 0; c < 0xa0; c++) {
  if (c < 0x20 || c >= 0x7f) escapeTable[c] = `\\x${c.toString(16).toUpperCase().padStart(2, '0')}`;
}
escapeTable[0x08] = '\\b';
escapeTable[0x09] = '\\t';
escapeTable[0x0a] = '\\n';
escapeTable[0x0c] = '\\f';
escapeTable[0x0d] = '\\r';
escapeTable[0x27] = "\\'";
escapeTable[0x5c] = '\\\\';

const needsEscapeSingle = /[\x00-\x1f\x27\x5c\x7f-\x9f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const needsEscapeOther = /[\x00-\x1f\x5c\x7f-\x9f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const escapeSingleGlobal = new RegExp(needsEscapeSingle.source, 'g');
const escapeOtherGlobal = new RegExp(needsEscapeOther.source, 'g');

function escapeChar(ch) {
  const code = ch.charCodeAt(0);
  if (code < 0xa0) return escapeTable[code];
  return `\\u${code.toString(16)}`;
}

// Quotes a string the way Node does: single quotes unless the string contains one, then double quotes,
// then backticks (only if that needs no escaping either), and finally escaped single quotes.
function strEscape(str) {
  let quote = "'";
  let escapeQuote = true;
  if (str.includes("'")) {
    if (!str.includes('"')) {
      quote = '"';
      escapeQuote = false;
    } else if (!str.includes('`') && !str.includes('${')) {
      quote = '`';
      escapeQuote = false;
    }
  }
  const test = escapeQuote ? needsEscapeSingle : needsEscapeOther;
  if (str.length < 5000 && !test.test(str)) return `${quote}${str}${quote}`;
  const re = escapeQuote ? escapeSingleGlobal : escapeOtherGlobal;
  re.lastIndex = 0;
  return `${quote}${str.replace(re, escapeChar)}${quote}`;
}

// Escaping without quotes, for symbol descriptions and non-enumerable keys shown as `[key]`.
function escapeKeyText(str) {
  escapeSingleGlobal.lastIndex = 0;
  return str.replace(escapeSingleGlobal, escapeChar);
}

// ---------------------------------------------------------------------------------------------------------
// Colors

const colors = Object.create(null);
const colorCodes = {
  reset: [0, 0], bold: [1, 22], dim: [2, 22], italic: [3, 23], underline: [4, 24], blink: [5, 25],
  inverse: [7, 27], hidden: [8, 28], strikethrough: [9, 29], doubleunderline: [21, 24],
  black: [30, 39], red: [31, 39], green: [32, 39], yellow: [33, 39], blue: [34, 39], magenta: [35, 39],
  cyan: [36, 39], white: [37, 39], bgBlack: [40, 49], bgRed: [41, 49], bgGreen: [42, 49],
  bgYellow: [43, 49], bgBlue: [44, 49], bgMagenta: [45, 49], bgCyan: [46, 49], bgWhite: [47, 49],
  framed: [51, 54], overlined: [53, 55], gray: [90, 39], redBright: [91, 39], greenBright: [92, 39],
  yellowBright: [93, 39], blueBright: [94, 39], magentaBright: [95, 39], cyanBright: [96, 39],
  whiteBright: [97, 39], bgGray: [100, 49], bgRedBright: [101, 49], bgGreenBright: [102, 49],
  bgYellowBright: [103, 49], bgBlueBright: [104, 49], bgMagentaBright: [105, 49], bgCyanBright: [106, 49],
  bgWhiteBright: [107, 49],
};
Object.assign(colors, colorCodes);

// Alternative spellings are accessors so that redefining the canonical color also changes its aliases.
function defineColorAlias(alias, target) {
  defineProperty(colors, alias, {
    get() { return this[target]; },
    set(value) { this[target] = value; },
    configurable: true,
    enumerable: false,
  });
}
defineColorAlias('grey', 'gray');
defineColorAlias('blackBright', 'gray');
defineColorAlias('bgGrey', 'bgGray');
defineColorAlias('bgBlackBright', 'bgGray');
defineColorAlias('faint', 'dim');
defineColorAlias('crossedout', 'strikethrough');
defineColorAlias('strikeThrough', 'strikethrough');
defineColorAlias('crossedOut', 'strikethrough');
defineColorAlias('conceal', 'hidden');
defineColorAlias('swapColors', 'inverse');
defineColorAlias('swapcolors', 'inverse');
defineColorAlias('doubleUnderline', 'doubleunderline');

const styles = Object.assign(Object.create(null), {
  special: 'cyan',
  number: 'yellow',
  bigint: 'yellow',
  boolean: 'yellow',
  undefined: 'grey',
  null: 'bold',
  string: 'green',
  symbol: 'green',
  date: 'magenta',
  regexp: 'red',
  module: 'underline',
});

function stylizeWithColor(str, styleType) {
  const style = styles[styleType];
  if (style !== undefined) {
    const color = colors[style];
    if (color !== undefined) return `\u001b[${color[0]}m${str}\u001b[${color[1]}m`;
  }
  return str;
}

function stylizeNoColor(str) {
  return str;
}

// ---------------------------------------------------------------------------------------------------------
// Terminal control sequences and display width

// CSI sequences (ESC [ or the 8-bit CSI, parameters, intermediates, final byte), OSC sequences terminated
// by BEL or ST, and the remaining two-byte ESC sequences.
const vtControlRegExp = new RegExp(
  '(?:\\u001b\\[|\\u009b)[0-?]*[ -/]*[@-~]' +
  '|(?:\\u001b\\]|\\u009d)[^\\u0007\\u001b\\u009c]*(?:\\u0007|\\u001b\\\\|\\u009c)' +
  '|\\u001b[ -/]*[0-~]', 'g');

function stripVTControlCharacters(str) {
  if (typeof str !== 'string') throw invalidArgType('str', 'string', str);
  return str.replace(vtControlRegExp, '');
}

function removeColors(str) {
  return str.replace(vtControlRegExp, '');
}

// Code point ranges that terminals draw two columns wide (East Asian Wide and Fullwidth).
const wideRanges = [
  [0x1100, 0x115f], [0x231a, 0x231b], [0x2329, 0x232a], [0x23e9, 0x23ec], [0x23f0, 0x23f0],
  [0x23f3, 0x23f3], [0x25fd, 0x25fe], [0x2614, 0x2615], [0x2648, 0x2653], [0x267f, 0x267f],
  [0x2693, 0x2693], [0x26a1, 0x26a1], [0x26aa, 0x26ab], [0x26bd, 0x26be], [0x26c4, 0x26c5],
  [0x26ce, 0x26ce], [0x26d4, 0x26d4], [0x26ea, 0x26ea], [0x26f2, 0x26f3], [0x26f5, 0x26f5],
  [0x26fa, 0x26fa], [0x26fd, 0x26fd], [0x2705, 0x2705], [0x270a, 0x270b], [0x2728, 0x2728],
  [0x274c, 0x274c], [0x274e, 0x274e], [0x2753, 0x2755], [0x2757, 0x2757], [0x2795, 0x2797],
  [0x27b0, 0x27b0], [0x27bf, 0x27bf], [0x2b1b, 0x2b1c], [0x2b50, 0x2b50], [0x2b55, 0x2b55],
  [0x2e80, 0x2e99], [0x2e9b, 0x2ef3], [0x2f00, 0x2fd5], [0x2ff0, 0x2ffb], [0x3000, 0x303e],
  [0x3041, 0x3096], [0x3099, 0x30ff], [0x3105, 0x312f], [0x3131, 0x318e], [0x3190, 0x31e3],
  [0x31f0, 0x321e], [0x3220, 0x3247], [0x3250, 0x4dbf], [0x4e00, 0xa48c], [0xa490, 0xa4c6],
  [0xa960, 0xa97c], [0xac00, 0xd7a3], [0xf900, 0xfaff], [0xfe10, 0xfe19], [0xfe30, 0xfe52],
  [0xfe54, 0xfe66], [0xfe68, 0xfe6b], [0xff01, 0xff60], [0xffe0, 0xffe6], [0x16fe0, 0x16fe4],
  [0x16ff0, 0x16ff1], [0x17000, 0x187f7], [0x18800, 0x18cd5], [0x18d00, 0x18d08], [0x1aff0, 0x1affe],
  [0x1b000, 0x1b122], [0x1b150, 0x1b152], [0x1b164, 0x1b167], [0x1b170, 0x1b2fb], [0x1f004, 0x1f004],
  [0x1f0cf, 0x1f0cf], [0x1f18e, 0x1f18e], [0x1f191, 0x1f19a], [0x1f200, 0x1f202], [0x1f210, 0x1f23b],
  [0x1f240, 0x1f248], [0x1f250, 0x1f251], [0x1f260, 0x1f265], [0x1f300, 0x1f320], [0x1f32d, 0x1f335],
  [0x1f337, 0x1f37c], [0x1f37e, 0x1f393], [0x1f3a0, 0x1f3ca], [0x1f3cf, 0x1f3d3], [0x1f3e0, 0x1f3f0],
  [0x1f3f4, 0x1f3f4], [0x1f3f8, 0x1f43e], [0x1f440, 0x1f440], [0x1f442, 0x1f4fc], [0x1f4ff, 0x1f53d],
  [0x1f54b, 0x1f54e], [0x1f550, 0x1f567], [0x1f57a, 0x1f57a], [0x1f595, 0x1f596], [0x1f5a4, 0x1f5a4],
  [0x1f5fb, 0x1f64f], [0x1f680, 0x1f6c5], [0x1f6cc, 0x1f6cc], [0x1f6d0, 0x1f6d2], [0x1f6d5, 0x1f6d7],
  [0x1f6dc, 0x1f6df], [0x1f6eb, 0x1f6ec], [0x1f6f4, 0x1f6fc], [0x1f7e0, 0x1f7eb], [0x1f7f0, 0x1f7f0],
  [0x1f90c, 0x1f93a], [0x1f93c, 0x1f945], [0x1f947, 0x1f9ff], [0x1fa70, 0x1fa7c], [0x1fa80, 0x1fa88],
  [0x1fa90, 0x1fabd], [0x1fabf, 0x1fac5], [0x1face, 0x1fadb], [0x1fae0, 0x1fae8], [0x1faf0, 0x1faf8],
  [0x20000, 0x2fffd], [0x30000, 0x3fffd],
];

function isWideCodePoint(cp) {
  let lo = 0;
  let hi = wideRanges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const range = wideRanges[mid];
    if (cp < range[0]) hi = mid - 1;
    else if (cp > range[1]) lo = mid + 1;
    else return true;
  }
  return false;
}

// Characters that take no column: controls, format characters (but not the soft hyphen), combining marks
// and emoji skin-tone modifiers.
const zeroWidthRegExp = /^(?:[\p{Cc}\p{Cf}\p{Mn}\p{Me}\p{Emoji_Modifier}])$/u;

function codePointWidth(ch) {
  const cp = ch.codePointAt(0);
  if (isWideCodePoint(cp)) return 2;
  if (cp !== 0xad && zeroWidthRegExp.test(ch)) return 0;
  return 1;
}

// Number of terminal columns `str` occupies.
// Anything but printable ASCII, where getStringWidth's per-character loop has to start.
const notPrintableAscii = /[^\x20-\x7e]/;

function getStringWidth(str, removeControlChars = true) {
  if (removeControlChars) str = removeColors(str);
  // One native scan finds where printable ASCII (one column each) ends. It matters for long output: a
  // string built by concatenation is a rope, and charCodeAt on a rope costs a call into the engine per
  // character (16 M characters took 0.6 s), while the scan flattens it once.
  const start = str.search(notPrintableAscii);
  if (start === -1) return str.length;
  let width = start;
  for (let i = start; i < str.length; i++) {
    const code = str.charCodeAt(i);
    if (code >= 127) {
      for (const ch of str.slice(i).normalize('NFC')) width += codePointWidth(ch);
      break;
    }
    if (code >= 32) width++;
  }
  return width;
}

// ---------------------------------------------------------------------------------------------------------
// Errors raised by this module come from internal/errors, loaded only when an argument is invalid
// (internal/errors itself loads this module lazily, so neither needs the other at load time).

function invalidArgType(name, type, value) {
  const { codes } = require('internal/errors');
  return new codes.ERR_INVALID_ARG_TYPE(name, type, value);
}

// ---------------------------------------------------------------------------------------------------------
// inspect()

function isObjectLike(value) {
  return (typeof value === 'object' && value !== null) || typeof value === 'function';
}

function validateOptionsObject(value, name) {
  if (value === null || typeof value !== 'object' || isArray(value)) {
    throw invalidArgType(name, 'Object', value);
  }
}

function inspect(value, opts) {
  const ctx = {
    budget: {},
    indentationLvl: 0,
    seen: [],
    currentDepth: 0,
    stylize: stylizeNoColor,
    showHidden: inspectDefaultOptions.showHidden,
    depth: inspectDefaultOptions.depth,
    colors: inspectDefaultOptions.colors,
    customInspect: inspectDefaultOptions.customInspect,
    showProxy: inspectDefaultOptions.showProxy,
    maxArrayLength: inspectDefaultOptions.maxArrayLength,
    maxStringLength: inspectDefaultOptions.maxStringLength,
    breakLength: inspectDefaultOptions.breakLength,
    compact: inspectDefaultOptions.compact,
    sorted: inspectDefaultOptions.sorted,
    getters: inspectDefaultOptions.getters,
    numericSeparator: inspectDefaultOptions.numericSeparator,
  };
  if (arguments.length > 1) {
    // The historical signature inspect(value, showHidden, depth, colors) is still accepted.
    if (arguments.length > 2) {
      if (arguments[2] !== undefined) ctx.depth = arguments[2];
      if (arguments.length > 3 && arguments[3] !== undefined) ctx.colors = arguments[3];
    }
    if (typeof opts === 'boolean') {
      ctx.showHidden = opts;
    } else if (opts) {
      for (const key of objectKeys(opts)) {
        if (hasOwn(inspectDefaultOptions, key) || key === 'stylize') {
          ctx[key] = opts[key];
        } else if (ctx.userOptions === undefined) {
          // Unknown options are handed through to custom inspect functions untouched.
          ctx.userOptions = opts;
        }
      }
    }
  }
  if (ctx.colors) ctx.stylize = stylizeWithColor;
  if (ctx.maxArrayLength === null) ctx.maxArrayLength = Infinity;
  if (ctx.maxStringLength === null) ctx.maxStringLength = Infinity;
  return formatValue(ctx, value, 0);
}

inspect.custom = customInspectSymbol;

defineProperty(inspect, 'defaultOptions', {
  get() {
    return inspectDefaultOptions;
  },
  set(options) {
    validateOptionsObject(options, 'options');
    return Object.assign(inspectDefaultOptions, options);
  },
});

inspect.colors = colors;
inspect.styles = styles;

// The options object handed to a custom inspect function.
function getUserOptions(ctx, isCrossContext) {
  const ret = {
    stylize: ctx.stylize,
    showHidden: ctx.showHidden,
    depth: ctx.depth,
    colors: ctx.colors,
    customInspect: ctx.customInspect,
    showProxy: ctx.showProxy,
    maxArrayLength: ctx.maxArrayLength,
    maxStringLength: ctx.maxStringLength,
    breakLength: ctx.breakLength,
    compact: ctx.compact,
    sorted: ctx.sorted,
    getters: ctx.getters,
    numericSeparator: ctx.numericSeparator,
    ...ctx.userOptions,
  };
  // A value that is not an instance of this realm's Object (a proxy, a null-prototype object) only gets
  // primitives and a stylize function that cannot leak our objects.
  if (isCrossContext) {
    Object.setPrototypeOf(ret, null);
    for (const key of objectKeys(ret)) {
      if (isObjectLike(ret[key])) delete ret[key];
    }
    const stylize = ctx.stylize;
    ret.stylize = Object.setPrototypeOf((text, styleType) => {
      let styled;
      try {
        styled = `${stylize(text, styleType)}`;
      } catch {
        // Fall through and return the text unstyled.
      }
      return typeof styled === 'string' ? styled : text;
    }, null);
  }
  return ret;
}

function formatValue(ctx, value, recurseTimes, typedArray) {
  if (typeof value !== 'object' && typeof value !== 'function') {
    return formatPrimitive(ctx.stylize, value, ctx);
  }
  if (value === null) return ctx.stylize('null', 'null');

  // Proxies are shown as their target (or as `Proxy [ target, handler ]`) without running any trap.
  const context = value;
  const proxy = getProxyDetails(value);
  if (proxy !== undefined) {
    if (proxy === null || proxy[0] === null) return ctx.stylize('<Revoked Proxy>', 'special');
    if (ctx.showProxy) return formatProxy(ctx, proxy, recurseTimes);
    value = proxy[0];
  }

  if (ctx.customInspect) {
    const maybeCustom = value[customInspectSymbol];
    if (typeof maybeCustom === 'function' && maybeCustom !== inspect &&
        // A class prototype carrying the method is shown as an object, not through its own method.
        !(value.constructor && value.constructor.prototype === value)) {
      const depth = ctx.depth === null ? null : ctx.depth - recurseTimes;
      const isCrossContext = proxy !== undefined || !(context instanceof Object);
      const ret = maybeCustom.call(context, depth, getUserOptions(ctx, isCrossContext), inspect);
      if (ret !== context) {
        if (typeof ret !== 'string') return formatValue(ctx, ret, recurseTimes);
        return ret.replaceAll('\n', `\n${' '.repeat(ctx.indentationLvl)}`);
      }
    }
  }

  if (ctx.seen.includes(value)) {
    let index = 1;
    if (ctx.circular === undefined) {
      ctx.circular = new Map();
      ctx.circular.set(value, index);
    } else {
      index = ctx.circular.get(value);
      if (index === undefined) {
        index = ctx.circular.size + 1;
        ctx.circular.set(value, index);
      }
    }
    return ctx.stylize(`[Circular *${index}]`, 'special');
  }

  return formatRaw(ctx, value, recurseTimes, typedArray);
}

function formatProxy(ctx, proxy, recurseTimes) {
  if (recurseTimes > ctx.depth && ctx.depth !== null) return ctx.stylize('Proxy [Array]', 'special');
  recurseTimes += 1;
  ctx.indentationLvl += 2;
  const res = [formatValue(ctx, proxy[0], recurseTimes), formatValue(ctx, proxy[1], recurseTimes)];
  ctx.indentationLvl -= 2;
  return reduceToSingleString(ctx, res, '', ['Proxy [', ']'], kArrayExtrasType, recurseTimes);
}

function isInstanceof(object, ctor) {
  try {
    return object instanceof ctor;
  } catch {
    return false;
  }
}

// The engine's idea of the class of an object whose prototype chain has no usable constructor.
function internalClassName(value) {
  const cls = getBuiltinClass(value);
  if (cls === 'Array' || cls === 'Function' || cls === 'Error') return cls;
  return 'Object';
}

// Name of the nearest constructor in the prototype chain that `obj` is an instance of; null for objects
// without any prototype. When `protoProps` is given (showHidden), properties found on user-defined
// prototypes are collected into it.
function getConstructorName(obj, ctx, recurseTimes, protoProps) {
  let firstProto;
  const start = obj;
  while (obj) {
    const descriptor = getOwnPropertyDescriptor(obj, 'constructor');
    if (descriptor !== undefined && typeof descriptor.value === 'function' &&
        descriptor.value.name !== '' && isInstanceof(start, descriptor.value)) {
      if (protoProps !== undefined &&
          (firstProto !== obj || !builtInObjects.has(descriptor.value.name))) {
        addPrototypeProperties(ctx, start, firstProto || start, recurseTimes, protoProps);
      }
      return String(descriptor.value.name);
    }
    obj = getPrototypeOf(obj);
    if (firstProto === undefined) firstProto = obj;
  }

  if (firstProto === null) return null;

  const res = internalClassName(start);
  if (recurseTimes > ctx.depth && ctx.depth !== null) return `${res} <Complex prototype>`;
  const protoConstr = getConstructorName(firstProto, ctx, recurseTimes + 1, protoProps);
  if (protoConstr === null) {
    return `${res} <${inspect(firstProto, { ...ctx, customInspect: false, depth: -1 })}>`;
  }
  return `${res} <${protoConstr}>`;
}

// With showHidden, non-method properties of user-defined prototypes (getters, data) are listed too, up to
// three prototype levels above the object.
function addPrototypeProperties(ctx, main, obj, recurseTimes, output) {
  let depth = 0;
  let keys;
  let keySet;
  do {
    if (depth !== 0 || main === obj) {
      obj = getPrototypeOf(obj);
      if (obj === null) return;
      const descriptor = getOwnPropertyDescriptor(obj, 'constructor');
      if (descriptor !== undefined && typeof descriptor.value === 'function' &&
          builtInObjects.has(descriptor.value.name)) {
        return;
      }
    }
    if (depth === 0) {
      keySet = new Set();
    } else {
      for (const key of keys) keySet.add(key);
    }
    keys = ownKeys(obj);
    ctx.seen.push(main);
    for (const key of keys) {
      if (key === 'constructor' || hasOwn(main, key) || (depth !== 0 && keySet.has(key))) continue;
      const desc = getOwnPropertyDescriptor(obj, key);
      if (typeof desc.value === 'function') continue;
      const value = formatProperty(ctx, obj, recurseTimes, key, kObjectType, desc, main);
      output.push(ctx.colors ? `\u001b[2m${value}\u001b[22m` : value);
    }
    ctx.seen.pop();
  } while (++depth !== 3);
}

// "Foo [tag] " style prefix used in front of braces.
function getPrefix(constructor, tag, fallback, size = '') {
  if (constructor === null) {
    if (tag !== '' && fallback !== tag) return `[${fallback}${size}: null prototype] [${tag}] `;
    return `[${fallback}${size}: null prototype] `;
  }
  if (tag !== '' && constructor !== tag) return `${constructor}${size} [${tag}] `;
  return `${constructor}${size} `;
}

// V8 lists a function's own built-in properties in this order; other engines may not, and showHidden
// output should not depend on that.
const functionBuiltinKeys = ['length', 'name', 'arguments', 'caller', 'prototype'];

function getKeys(value, showHidden) {
  let keys;
  const symbols = getOwnPropertySymbols(value);
  if (showHidden) {
    keys = getOwnPropertyNames(value);
    if (typeof value === 'function') {
      const builtin = functionBuiltinKeys.filter((k) => keys.includes(k));
      keys = builtin.concat(keys.filter((k) => !functionBuiltinKeys.includes(k)));
    }
    for (const sym of symbols) keys.push(sym);
  } else {
    keys = objectKeys(value);
    for (const sym of symbols) {
      if (propertyIsEnumerable(value, sym)) keys.push(sym);
    }
  }
  return keys;
}

const arrayIndexRegExp = /^(?:0|[1-9][0-9]*)$/;
const getOwnNonIndexProperties = types.getOwnNonIndexProperties;

function isError(value) {
  return isNativeError(value) || isInstanceof(value, Error);
}

function formatRaw(ctx, value, recurseTimes, typedArray) {
  let keys;
  let protoProps;
  if (ctx.showHidden && (recurseTimes <= ctx.depth || ctx.depth === null)) protoProps = [];

  const constructor = getConstructorName(value, ctx, recurseTimes, protoProps);
  if (protoProps !== undefined && protoProps.length === 0) protoProps = undefined;

  // An own Symbol.toStringTag is printed as a property already; only inherited tags (or hidden ones when
  // not showing hidden properties) are printed next to the constructor name.
  let tag = value[Symbol.toStringTag];
  if (typeof tag !== 'string' ||
      (tag !== '' && (ctx.showHidden ? hasOwn : propertyIsEnumerable)(value, Symbol.toStringTag))) {
    tag = '';
  }

  let base = '';
  let formatter = formatNothing;
  let braces;
  let noIterator = true;
  let extrasType = kObjectType;

  if (value[Symbol.iterator] || constructor === null) {
    noIterator = false;
    if (isArray(value)) {
      const prefix = (constructor !== 'Array' || tag !== '') ?
        getPrefix(constructor, tag, 'Array', `(${value.length})`) : '';
      // Beyond the depth limit a non-empty array prints as [Array] whatever its keys are: skip listing them.
      keys = value.length !== 0 && recurseTimes > ctx.depth && ctx.depth !== null ?
        [] : getOwnNonIndexProperties(value, ctx.showHidden);
      braces = [`${prefix}[`, ']'];
      if (value.length === 0 && keys.length === 0 && protoProps === undefined) return `${braces[0]}]`;
      extrasType = kArrayExtrasType;
      formatter = formatArray;
    } else if (isSet(value)) {
      const size = setSize(value);
      const prefix = getPrefix(constructor, tag, 'Set', `(${size})`);
      keys = getKeys(value, ctx.showHidden);
      formatter = constructor === null ? formatSetUnlimited : formatSet;
      if (size === 0 && keys.length === 0 && protoProps === undefined) return `${prefix}{}`;
      braces = [`${prefix}{`, '}'];
    } else if (isMap(value)) {
      const size = mapSize(value);
      const prefix = getPrefix(constructor, tag, 'Map', `(${size})`);
      keys = getKeys(value, ctx.showHidden);
      formatter = constructor === null ? formatMapUnlimited : formatMap;
      if (size === 0 && keys.length === 0 && protoProps === undefined) return `${prefix}{}`;
      braces = [`${prefix}{`, '}'];
    } else if (isTypedArray(value)) {
      keys = getOwnNonIndexProperties(value, ctx.showHidden);
      const fallback = constructor === null ? typedArrayKind(value) : '';
      const size = typedArrayLength(value);
      const prefix = getPrefix(constructor, tag, fallback, `(${size})`);
      braces = [`${prefix}[`, ']'];
      if (size === 0 && keys.length === 0 && !ctx.showHidden) return `${braces[0]}]`;
      // A null-prototype typed array has no accessors of its own; read them from the intrinsic ones.
      const source = constructor === null ? typedArrayAccessors : value;
      formatter = (c, v, r) => formatTypedArray(v, size, c, r, source);
      extrasType = kArrayExtrasType;
    } else {
      noIterator = true;
    }
  }

  if (noIterator) {
    keys = getKeys(value, ctx.showHidden);
    braces = ['{', '}'];
    // Order matters: anything callable is a function first; any other object whose constructor is
    // Object is shown as a plain object even if it is internally a Date, RegExp, ... (as in Node).
    if (typeof value === 'function') {
      base = getFunctionBase(value, constructor, tag);
      if (keys.length === 0 && protoProps === undefined) return ctx.stylize(base, 'special');
    } else if (constructor === 'Object') {
      if (isArgumentsObject(value)) {
        braces[0] = '[Arguments] {';
      } else if (tag !== '') {
        braces[0] = `${getPrefix(constructor, tag, 'Object')}{`;
      }
      if (keys.length === 0 && protoProps === undefined) return `${braces[0]}}`;
    } else if (isRegExp(value)) {
      base = regExpToString(constructor !== null ? value : new RegExp(value));
      const prefix = getPrefix(constructor, tag, 'RegExp');
      if (prefix !== 'RegExp ') base = `${prefix}${base}`;
      if ((keys.length === 0 && protoProps === undefined) ||
          (recurseTimes > ctx.depth && ctx.depth !== null)) {
        return ctx.stylize(base, 'regexp');
      }
    } else if (isDate(value)) {
      base = Number.isNaN(dateGetTime(value)) ? dateToString(value) : dateToISOString(value);
      const prefix = getPrefix(constructor, tag, 'Date');
      if (prefix !== 'Date ') base = `${prefix}${base}`;
      if (keys.length === 0 && protoProps === undefined) return ctx.stylize(base, 'date');
    } else if (isError(value)) {
      base = formatError(value, constructor, tag, ctx, keys);
      if (keys.length === 0 && protoProps === undefined) return base;
    } else if (isAnyArrayBuffer(value)) {
      const arrayType = isArrayBuffer(value) ? 'ArrayBuffer' : 'SharedArrayBuffer';
      const prefix = getPrefix(constructor, tag, arrayType);
      if (typedArray === undefined) {
        formatter = formatArrayBuffer;
      } else if (keys.length === 0 && protoProps === undefined) {
        return `${prefix}{ byteLength: ${formatNumber(ctx.stylize, bufferByteLength(value), false)} }`;
      }
      braces[0] = `${prefix}{`;
      keys.unshift('byteLength');
    } else if (isDataView(value)) {
      braces[0] = `${getPrefix(constructor, tag, 'DataView')}{`;
      keys.unshift('byteLength', 'byteOffset', 'buffer');
    } else if (isPromise(value)) {
      braces[0] = `${getPrefix(constructor, tag, 'Promise')}{`;
      formatter = formatPromise;
    } else if (isWeakSet(value)) {
      braces[0] = `${getPrefix(constructor, tag, 'WeakSet')}{`;
      formatter = formatWeakCollection;
    } else if (isWeakMap(value)) {
      braces[0] = `${getPrefix(constructor, tag, 'WeakMap')}{`;
      formatter = formatWeakCollection;
    } else if (isModuleNamespaceObject(value)) {
      braces[0] = `${getPrefix(constructor, tag, 'Module')}{`;
      formatter = (c, v, r) => formatNamespaceObject(keys, c, v, r);
    } else if (isBoxedPrimitive(value)) {
      base = getBoxedBase(value, ctx, keys, constructor, tag);
      if (keys.length === 0 && protoProps === undefined) return base;
    } else {
      if (keys.length === 0 && protoProps === undefined) {
        return `${getPrefix(constructor, tag, 'Object')}{}`;
      }
      braces[0] = `${getPrefix(constructor, tag, 'Object')}{`;
    }
  }

  if (recurseTimes > ctx.depth && ctx.depth !== null) {
    let constructorName = getPrefix(constructor, tag, 'Object').slice(0, -1);
    if (constructor !== null) constructorName = `[${constructorName}]`;
    return ctx.stylize(constructorName, 'special');
  }
  recurseTimes += 1;

  ctx.seen.push(value);
  ctx.currentDepth = recurseTimes;
  let output;
  const indentationLvl = ctx.indentationLvl;
  try {
    output = formatter(ctx, value, recurseTimes);
    for (let i = 0; i < keys.length; i++) {
      output.push(formatProperty(ctx, value, recurseTimes, keys[i], extrasType));
    }
    if (protoProps !== undefined) {
      for (const entry of protoProps) output.push(entry);
    }
  } catch (err) {
    const constructorName = getPrefix(constructor, tag, 'Object').slice(0, -1);
    return handleMaxCallStackSize(ctx, err, constructorName, indentationLvl);
  }

  if (ctx.circular !== undefined) {
    const index = ctx.circular.get(value);
    if (index !== undefined) {
      const reference = ctx.stylize(`<ref *${index}>`, 'special');
      if (ctx.compact !== true) {
        base = base === '' ? reference : `${reference} ${base}`;
      } else {
        braces[0] = `${reference} ${braces[0]}`;
      }
    }
  }
  ctx.seen.pop();

  if (ctx.sorted) {
    const comparator = ctx.sorted === true ? undefined : ctx.sorted;
    if (extrasType === kObjectType) {
      output.sort(comparator);
    } else if (keys.length > 1) {
      const sorted = output.slice(output.length - keys.length).sort(comparator);
      output.splice(output.length - keys.length, keys.length, ...sorted);
    }
  }

  const res = reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value);
  // Stop descending once an enormous amount of output was produced at this indentation, so inspecting
  // huge graphs terminates in reasonable time (same limit as Node).
  const newLength = (ctx.budget[ctx.indentationLvl] || 0) + res.length;
  ctx.budget[ctx.indentationLvl] = newLength;
  if (newLength > 2 ** 27) ctx.depth = -1;
  return res;
}

function bufferByteLength(buffer) {
  return isArrayBuffer(buffer) ? arrayBufferByteLength(buffer) : sharedArrayBufferByteLength(buffer);
}

let stackOverflowSignature;

// Recognises the engine's "too much recursion" error without knowing its name or text in advance.
function isStackOverflowError(err) {
  if (stackOverflowSignature === undefined) {
    try {
      const recurse = () => recurse() + 1;
      recurse();
    } catch (e) {
      stackOverflowSignature = e ? `${e.name}:${e.message}` : '';
    }
  }
  return err != null && typeof err === 'object' && `${err.name}:${err.message}` === stackOverflowSignature;
}

function handleMaxCallStackSize(ctx, err, constructorName, indentationLvl) {
  if (isStackOverflowError(err)) {
    ctx.seen.pop();
    ctx.indentationLvl = indentationLvl;
    return ctx.stylize(
      `[${constructorName}: Inspection interrupted prematurely. Maximum call stack size exceeded.]`,
      'special');
  }
  throw err;
}

const classSourceRegExp = /^(\s+[^(]*?)\s*{/;
const commentsRegExp = /(\/\/.*?\n)|(\/\*(.|\n)*?\*\/)/g;

function getFunctionBase(value, constructor, tag) {
  const source = functionToString(value);
  if (source.startsWith('class') && source.endsWith('}')) {
    const body = source.slice(5, -1);
    const braceIndex = body.indexOf('{');
    if (braceIndex !== -1 &&
        (!body.slice(0, braceIndex).includes('(') ||
         classSourceRegExp.test(body.replace(commentsRegExp, '')))) {
      return getClassBase(value, constructor, tag);
    }
  }
  let type = 'Function';
  if (isGeneratorFunction(value)) type = `Generator${type}`;
  if (isAsyncFunction(value)) type = `Async${type}`;
  let base = `[${type}`;
  if (constructor === null) base += ' (null prototype)';
  if (value.name === '') {
    base += ' (anonymous)';
  } else {
    base += `: ${value.name}`;
  }
  base += ']';
  if (constructor !== type && constructor !== null) base += ` ${constructor}`;
  if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
  return base;
}

function getClassBase(value, constructor, tag) {
  const name = (hasOwn(value, 'name') && value.name) || '(anonymous)';
  let base = `class ${name}`;
  if (constructor !== 'Function' && constructor !== null) base += ` [${constructor}]`;
  if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
  if (constructor !== null) {
    const superName = getPrototypeOf(value).name;
    if (superName) base += ` extends ${superName}`;
  } else {
    base += ' extends [null prototype]';
  }
  return `[${base}]`;
}

function getBoxedBase(value, ctx, keys, constructor, tag) {
  let primitive;
  let type;
  if (isNumberObject(value)) {
    primitive = numberValueOf(value);
    type = 'Number';
  } else if (isStringObject(value)) {
    primitive = stringValueOf(value);
    type = 'String';
    // The character indices are redundant with the string shown in the base.
    keys.splice(0, primitive.length);
  } else if (isBooleanObject(value)) {
    primitive = booleanValueOf(value);
    type = 'Boolean';
  } else if (isBigIntObject(value)) {
    primitive = bigintValueOf(value);
    type = 'BigInt';
  } else {
    primitive = symbolValueOf(value);
    type = 'Symbol';
  }
  let base = `[${type}`;
  if (type !== constructor) {
    base += constructor === null ? ' (null prototype)' : ` (${constructor})`;
  }
  base += `: ${formatPrimitive(stylizeNoColor, primitive, ctx)}]`;
  if (tag !== '' && tag !== constructor) base += ` [${tag}]`;
  if (keys.length !== 0 || ctx.stylize === stylizeNoColor) return base;
  return ctx.stylize(base, type.toLowerCase());
}

// ---------------------------------------------------------------------------------------------------------
// Errors

function getStackString(error) {
  return error.stack ? String(error.stack) : errorToString(error);
}

// Own name/message/stack properties that the stack text already shows are not repeated in braces.
function removeDuplicateErrorKeys(ctx, keys, err, stack) {
  if (!ctx.showHidden && keys.length !== 0) {
    for (const name of ['name', 'message', 'stack']) {
      const index = keys.indexOf(name);
      if (index !== -1 && stack.includes(err[name])) keys.splice(index, 1);
    }
  }
}

// Makes the first line of the stack say which class the error really is when the name does not (for
// instance a subclass that kept name 'Error', or a null-prototype error).
function improveStack(stack, constructor, name, tag) {
  let len = name.length;
  if (constructor === null ||
      (name.endsWith('Error') && stack.startsWith(name) &&
       (stack.length === len || stack[len] === ':' || stack[len] === '\n'))) {
    let fallback = 'Error';
    if (constructor === null) {
      const start = /^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n\s+at)/.exec(stack) ||
        /^([a-z_A-Z0-9-]*Error)$/.exec(stack);
      fallback = (start && start[1]) || '';
      len = fallback.length;
      fallback = fallback || 'Error';
    }
    const prefix = getPrefix(constructor, tag, fallback).slice(0, -1);
    if (name !== prefix) {
      if (prefix.includes(name)) {
        if (len === 0) {
          stack = `${prefix}: ${stack}`;
        } else {
          stack = `${prefix}${stack.slice(len)}`;
        }
      } else {
        stack = `${prefix} [${name}]${stack.slice(len)}`;
      }
    }
  }
  return stack;
}

// Longest run (more than three lines) of `a` that also appears in `b`: frames repeated from the cause.
function identicalSequenceRange(a, b) {
  for (let i = 0; i < a.length - 3; i++) {
    const pos = b.indexOf(a[i]);
    if (pos !== -1) {
      const rest = b.length - pos;
      if (rest > 3) {
        let len = 1;
        const maxLen = min(a.length - i, rest);
        while (maxLen > len && a[i + len] === b[pos + len]) len++;
        if (len > 3) return { len, offset: i };
      }
    }
  }
  return { len: 0, offset: 0 };
}

function getStackFrames(ctx, err, stack) {
  const frames = stack.split('\n');
  let cause;
  try {
    ({ cause } = err);
  } catch {
    // A throwing `cause` getter simply means there is nothing to compare with.
  }
  if (cause != null && isError(cause)) {
    const causeStack = getStackString(cause);
    const causeStackStart = causeStack.indexOf('\n    at');
    if (causeStackStart !== -1) {
      const causeFrames = causeStack.slice(causeStackStart + 1).split('\n');
      const { len, offset } = identicalSequenceRange(frames, causeFrames);
      if (len > 0) {
        const skipped = len - 2;
        const msg = `    ... ${skipped} lines matching cause stack trace ...`;
        frames.splice(offset + 1, skipped, ctx.stylize(msg, 'undefined'));
      }
    }
  }
  return frames;
}

const coreFrameRegExp = /^ {4}at (?:[^/\\(]+ \(|)node:(.+):\d+:\d+\)?$/;
const nodeModulesRegExp = /[/\\]node_modules[/\\]((?:@[^/\\]+[/\\])?[^/\\]+)(?=[/\\])/g;

// Frames from these built-in modules are greyed out in colored stack traces.
const coreModuleIds = new Set([
  'assert', 'assert/strict', 'async_hooks', 'buffer', 'child_process', 'cluster', 'console', 'constants',
  'crypto', 'dgram', 'diagnostics_channel', 'dns', 'dns/promises', 'domain', 'events', 'fs', 'fs/promises',
  'http', 'http2', 'https', 'inspector', 'module', 'net', 'os', 'path', 'path/posix', 'path/win32',
  'perf_hooks', 'process', 'punycode', 'querystring', 'readline', 'readline/promises', 'repl', 'stream',
  'stream/consumers', 'stream/promises', 'stream/web', 'string_decoder', 'sys', 'timers', 'timers/promises',
  'tls', 'trace_events', 'tty', 'url', 'util', 'util/types', 'v8', 'vm', 'wasi', 'worker_threads', 'zlib',
]);

function isCoreModuleId(id) {
  return coreModuleIds.has(id) || id.startsWith('internal/');
}

function currentWorkingDirectory() {
  try {
    return typeof process === 'object' && process !== null ? process.cwd() : undefined;
  } catch {
    return undefined;
  }
}

// With colors, the package name in node_modules paths is underlined.
function markNodeModules(ctx, line) {
  let result = '';
  let pos = 0;
  nodeModulesRegExp.lastIndex = 0;
  let match;
  while ((match = nodeModulesRegExp.exec(line)) !== null) {
    result += line.slice(pos, match.index + 14);
    result += ctx.stylize(match[1], 'module');
    pos = match.index + match[0].length;
  }
  return pos === 0 ? line : result + line.slice(pos);
}

// With colors, the working directory part of a path (and the parentheses around the location) are
// greyed out so the interesting relative part stands out.
function markCwd(ctx, line, workingDirectory) {
  let cwdStartPos = line.indexOf(workingDirectory);
  if (cwdStartPos === -1) return line;
  let cwdLength = workingDirectory.length;
  if (line.slice(cwdStartPos - 7, cwdStartPos) === 'file://') {
    cwdLength += 7;
    cwdStartPos -= 7;
  }
  const start = line[cwdStartPos - 1] === '(' ? cwdStartPos - 1 : cwdStartPos;
  const end = start !== cwdStartPos && line.endsWith(')') ? -1 : line.length;
  const cwdEnd = cwdStartPos + cwdLength + 1;
  let result = line.slice(0, start);
  result += ctx.stylize(line.slice(start, cwdEnd), 'undefined');
  result += line.slice(cwdEnd, end);
  if (end === -1) result += ctx.stylize(')', 'undefined');
  return result;
}

function formatError(err, constructor, tag, ctx, keys) {
  const name = err.name != null ? String(err.name) : 'Error';
  let stack = getStackString(err);
  removeDuplicateErrorKeys(ctx, keys, err, stack);

  if ('cause' in err && (keys.length === 0 || !keys.includes('cause'))) keys.push('cause');
  // AggregateError's inner errors are shown as if `errors` were a hidden property.
  if (isArray(err.errors) && (keys.length === 0 || !keys.includes('errors'))) keys.push('errors');

  stack = improveStack(stack, constructor, name, tag);

  // The stack frames start after the message (which may itself contain "\n    at").
  let pos = (err.message && stack.indexOf(err.message)) || -1;
  if (pos !== -1) pos += err.message.length;
  const stackStart = stack.indexOf('\n    at', pos);
  if (stackStart === -1) {
    stack = `[${stack}]`;
  } else {
    let newStack = stack.slice(0, stackStart);
    const lines = getStackFrames(ctx, err, stack.slice(stackStart + 1));
    if (ctx.colors) {
      const workingDirectory = currentWorkingDirectory();
      let fileUrlDirectory;
      for (let line of lines) {
        const core = coreFrameRegExp.exec(line);
        if (core !== null && isCoreModuleId(core[1])) {
          newStack += `\n${ctx.stylize(line, 'undefined')}`;
        } else {
          newStack += '\n';
          line = markNodeModules(ctx, line);
          if (workingDirectory !== undefined) {
            let newLine = markCwd(ctx, line, workingDirectory);
            if (newLine === line) {
              fileUrlDirectory ??= `file://${encodeURI(workingDirectory)}`;
              newLine = markCwd(ctx, line, fileUrlDirectory);
            }
            line = newLine;
          }
          newStack += line;
        }
      }
    } else {
      newStack += `\n${lines.join('\n')}`;
    }
    stack = newStack;
  }
  // Continuation lines follow the indentation of the enclosing structure.
  if (ctx.indentationLvl !== 0) {
    stack = stack.replaceAll('\n', `\n${' '.repeat(ctx.indentationLvl)}`);
  }
  return stack;
}

// ---------------------------------------------------------------------------------------------------------
// Primitives

function addNumericSeparator(integerString) {
  let result = '';
  let i = integerString.length;
  const start = integerString.startsWith('-') ? 1 : 0;
  for (; i >= start + 4; i -= 3) result = `_${integerString.slice(i - 3, i)}${result}`;
  return i === integerString.length ? integerString : `${integerString.slice(0, i)}${result}`;
}

function addNumericSeparatorEnd(fractionString) {
  let result = '';
  let i = 0;
  for (; i < fractionString.length - 3; i += 3) result += `${fractionString.slice(i, i + 3)}_`;
  return i === 0 ? fractionString : `${result}${fractionString.slice(i)}`;
}

function formatNumber(fn, number, numericSeparator) {
  if (!numericSeparator) {
    if (objectIs(number, -0)) return fn('-0', 'number');
    return fn(`${number}`, 'number');
  }
  const integer = trunc(number);
  if (integer === number) {
    const string = String(integer);
    if (!Number.isFinite(number) || string.includes('e')) return fn(string, 'number');
    return fn(addNumericSeparator(string), 'number');
  }
  if (Number.isNaN(number)) return fn('NaN', 'number');
  // Node splits the decimal text at the dot; numbers written in exponent form without a dot come out
  // oddly (1e-7 -> '1e-.1e-_7') and are reproduced as such.
  const string = String(number);
  const dot = string.indexOf('.');
  return fn(`${addNumericSeparator(string.slice(0, dot))}.${addNumericSeparatorEnd(string.slice(dot + 1))}`,
            'number');
}

function formatBigInt(fn, bigint, numericSeparator) {
  const string = String(bigint);
  if (!numericSeparator) return fn(`${string}n`, 'bigint');
  return fn(`${addNumericSeparator(string)}n`, 'bigint');
}

function formatPrimitive(fn, value, ctx) {
  if (typeof value === 'string') {
    let trailer = '';
    if (value.length > ctx.maxStringLength) {
      const remaining = value.length - ctx.maxStringLength;
      // A negative limit slices from the end, like String.prototype.slice (Node does the same).
      value = value.slice(0, ctx.maxStringLength);
      trailer = `... ${remaining} more character${remaining > 1 ? 's' : ''}`;
    }
    if (ctx.compact !== true && value.length > kMinLineWidth &&
        value.length > ctx.breakLength - ctx.indentationLvl - 4) {
      // Long strings are split after each newline into `'line\n' +` pieces.
      return value.split(/(?<=\n)/)
        .map((line) => fn(strEscape(line), 'string'))
        .join(` +\n${' '.repeat(ctx.indentationLvl + 2)}`) + trailer;
    }
    return fn(strEscape(value), 'string') + trailer;
  }
  if (typeof value === 'number') return formatNumber(fn, value, ctx.numericSeparator);
  if (typeof value === 'bigint') return formatBigInt(fn, value, ctx.numericSeparator);
  if (typeof value === 'boolean') return fn(`${value}`, 'boolean');
  if (typeof value === 'undefined') return fn('undefined', 'undefined');
  return fn(symbolToString(value), 'symbol');
}

// ---------------------------------------------------------------------------------------------------------
// Entry formatters: each returns the list of entries shown between the braces.

function formatNothing() {
  return [];
}

function remainingText(remaining) {
  return `... ${remaining} more item${remaining > 1 ? 's' : ''}`;
}

function formatArrayBuffer(ctx, value) {
  let bytes;
  try {
    bytes = new Uint8Array(value);
  } catch {
    return [ctx.stylize('(detached)', 'special')];
  }
  const shown = min(max(0, ctx.maxArrayLength), bytes.length);
  let hex = '';
  for (let i = 0; i < shown; i++) {
    if (i !== 0) hex += ' ';
    hex += bytes[i].toString(16).padStart(2, '0');
  }
  const remaining = bytes.length - ctx.maxArrayLength;
  if (remaining > 0) hex += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  return [`${ctx.stylize('[Uint8Contents]', 'special')}: <${hex}>`];
}

function formatArray(ctx, value, recurseTimes) {
  const valLen = value.length;
  const len = min(max(0, ctx.maxArrayLength), valLen);
  const remaining = valLen - len;
  const output = [];
  for (let i = 0; i < len; i++) {
    if (!hasOwn(value, i)) return formatSparseArray(ctx, value, recurseTimes, len, output, i);
    output.push(formatProperty(ctx, value, recurseTimes, i, kArrayType));
  }
  if (remaining > 0) output.push(remainingText(remaining));
  return output;
}

// Arrays with holes: runs of missing indices become one `<n empty items>` entry, which counts as a single
// entry against maxArrayLength.
function formatSparseArray(ctx, value, recurseTimes, maxLength, output, i) {
  const keys = objectKeys(value);
  let index = i;
  for (; i < keys.length && output.length < maxLength; i++) {
    const key = keys[i];
    const tmp = +key;
    if (tmp > 2 ** 32 - 2) break;
    if (`${index}` !== key) {
      if (!arrayIndexRegExp.test(key)) break;
      const emptyItems = tmp - index;
      output.push(ctx.stylize(`<${emptyItems} empty item${emptyItems > 1 ? 's' : ''}>`, 'undefined'));
      index = tmp;
      if (output.length === maxLength) break;
    }
    output.push(formatProperty(ctx, value, recurseTimes, key, kArrayType));
    index++;
  }
  const remaining = value.length - index;
  if (output.length !== maxLength) {
    if (remaining > 0) {
      output.push(ctx.stylize(`<${remaining} empty item${remaining > 1 ? 's' : ''}>`, 'undefined'));
    }
  } else if (remaining > 0) {
    output.push(remainingText(remaining));
  }
  return output;
}

// Reads the showHidden properties of a typed array through the built-in accessors.
const typedArrayAccessors = {
  BYTES_PER_ELEMENT: (v) => globalThis[typedArrayKind(v)].BYTES_PER_ELEMENT,
};
for (const key of ['length', 'byteLength', 'byteOffset', 'buffer']) {
  typedArrayAccessors[key] = uncurryThis(getOwnPropertyDescriptor(TypedArrayPrototype, key).get);
}

function formatTypedArray(value, length, ctx, recurseTimes, source) {
  const maxLength = min(max(0, ctx.maxArrayLength), length);
  const remaining = length - maxLength;
  const output = new Array(maxLength);
  const isBigInt = length > 0 && typeof value[0] === 'bigint';
  for (let i = 0; i < maxLength; ++i) {
    output[i] = isBigInt ? formatBigInt(ctx.stylize, value[i], ctx.numericSeparator) :
      formatNumber(ctx.stylize, value[i], ctx.numericSeparator);
  }
  if (remaining > 0) output[maxLength] = remainingText(remaining);
  if (ctx.showHidden) {
    // The accessors of the view itself; `buffer` last since it is the only non-primitive.
    ctx.indentationLvl += 2;
    for (const key of ['BYTES_PER_ELEMENT', 'length', 'byteLength', 'byteOffset', 'buffer']) {
      const prop = source === value ? value[key] : source[key](value);
      const str = formatValue(ctx, prop, recurseTimes, true);
      output.push(`[${key}]: ${str}`);
    }
    ctx.indentationLvl -= 2;
  }
  return output;
}

// Node formats null-prototype Maps and Sets from an iterator of unknown length, which means
// maxArrayLength does not apply to them; reproduced for identical output.
function formatSetUnlimited(ctx, value, recurseTimes) {
  return formatSet(ctx, value, recurseTimes, Infinity);
}

function formatMapUnlimited(ctx, value, recurseTimes) {
  return formatMap(ctx, value, recurseTimes, Infinity);
}

function formatSet(ctx, value, recurseTimes, limit = ctx.maxArrayLength) {
  const length = setSize(value);
  const maxLength = min(max(0, limit), length);
  const remaining = length - maxLength;
  const output = [];
  ctx.indentationLvl += 2;
  let i = 0;
  for (const v of setValues(value)) {
    if (i >= maxLength) break;
    output.push(formatValue(ctx, v, recurseTimes));
    i++;
  }
  if (remaining > 0) output.push(remainingText(remaining));
  ctx.indentationLvl -= 2;
  return output;
}

function formatMap(ctx, value, recurseTimes, limit = ctx.maxArrayLength) {
  const length = mapSize(value);
  const maxLength = min(max(0, limit), length);
  const remaining = length - maxLength;
  const output = [];
  ctx.indentationLvl += 2;
  let i = 0;
  for (const [k, v] of mapEntries(value)) {
    if (i >= maxLength) break;
    output.push(`${formatValue(ctx, k, recurseTimes)} => ${formatValue(ctx, v, recurseTimes)}`);
    i++;
  }
  if (remaining > 0) output.push(remainingText(remaining));
  ctx.indentationLvl -= 2;
  return output;
}

function formatPromise(ctx, value, recurseTimes) {
  const [state, result] = getPromiseState(value);
  if (state === 0) return [ctx.stylize('<pending>', 'special')];
  ctx.indentationLvl += 2;
  const str = formatValue(ctx, result, recurseTimes);
  ctx.indentationLvl -= 2;
  return [state === 2 ? `${ctx.stylize('<rejected>', 'special')} ${str}` : str];
}

// Weak collections cannot be enumerated from JavaScript.
function formatWeakCollection(ctx) {
  return [ctx.stylize('<items unknown>', 'special')];
}

function formatNamespaceObject(keys, ctx, value, recurseTimes) {
  const output = new Array(keys.length);
  for (let i = 0; i < keys.length; i++) {
    try {
      output[i] = formatProperty(ctx, value, recurseTimes, keys[i], kObjectType);
    } catch (err) {
      // Bindings in the temporal dead zone throw a ReferenceError when read.
      if (!(err instanceof ReferenceError)) throw err;
      const key = typeof keys[i] === 'symbol' ? `[${ctx.stylize(escapeKeyText(symbolToString(keys[i])), 'symbol')}]` :
        keys[i];
      output[i] = `${key}: ${ctx.stylize('<uninitialized>', 'special')}`;
    }
  }
  // The keys were consumed here; formatRaw must not print them a second time.
  keys.length = 0;
  return output;
}

const identifierKeyRegExp = /^[a-zA-Z_][a-zA-Z_0-9]*$/;

function formatProperty(ctx, value, recurseTimes, key, type, desc, original = value) {
  let name;
  let str;
  let extra = ' ';
  desc = desc || getOwnPropertyDescriptor(value, key) || { value: value[key], enumerable: true };
  if (desc.value !== undefined) {
    const diff = (ctx.compact !== true || type !== kObjectType) ? 2 : 3;
    ctx.indentationLvl += diff;
    str = formatValue(ctx, desc.value, recurseTimes);
    if (diff === 3 && ctx.breakLength < getStringWidth(str, ctx.colors)) {
      extra = `\n${' '.repeat(ctx.indentationLvl)}`;
    }
    ctx.indentationLvl -= diff;
  } else if (desc.get !== undefined) {
    const label = desc.set !== undefined ? 'Getter/Setter' : 'Getter';
    const s = ctx.stylize;
    const sp = 'special';
    if (ctx.getters && (ctx.getters === true ||
          (ctx.getters === 'get' && desc.set === undefined) ||
          (ctx.getters === 'set' && desc.set !== undefined))) {
      try {
        const tmp = desc.get.call(original);
        ctx.indentationLvl += 2;
        if (tmp === null) {
          str = `${s(`[${label}:`, sp)} ${s('null', 'null')}${s(']', sp)}`;
        } else if (typeof tmp === 'object') {
          str = `${s(`[${label}]`, sp)} ${formatValue(ctx, tmp, recurseTimes)}`;
        } else {
          const primitive = formatPrimitive(s, tmp, ctx);
          str = `${s(`[${label}:`, sp)} ${primitive}${s(']', sp)}`;
        }
        ctx.indentationLvl -= 2;
      } catch (err) {
        const message = `<Inspection threw (${err.message})>`;
        str = `${s(`[${label}:`, sp)} ${message}${s(']', sp)}`;
      }
    } else {
      str = ctx.stylize(`[${label}]`, sp);
    }
  } else if (desc.set !== undefined) {
    str = ctx.stylize('[Setter]', 'special');
  } else {
    str = ctx.stylize('undefined', 'undefined');
  }
  if (type === kArrayType) return str;

  if (typeof key === 'symbol') {
    name = `[${ctx.stylize(escapeKeyText(symbolToString(key)), 'symbol')}]`;
  } else if (key === '__proto__') {
    name = "['__proto__']";
  } else if (desc.enumerable === false) {
    name = `[${escapeKeyText(key)}]`;
  } else if (identifierKeyRegExp.test(key)) {
    name = ctx.stylize(key, 'name');
  } else {
    name = ctx.stylize(strEscape(key), 'string');
  }
  return `${name}:${extra}${str}`;
}

// ---------------------------------------------------------------------------------------------------------
// Layout

function isBelowBreakLength(ctx, output, start, base) {
  // Each entry is followed by ", " (counted as output.length once more) and the whole must fit.
  let totalLength = output.length + start;
  if (totalLength + output.length > ctx.breakLength) return false;
  for (let i = 0; i < output.length; i++) {
    totalLength += ctx.colors ? removeColors(output[i]).length : output[i].length;
    if (totalLength > ctx.breakLength) return false;
  }
  return base === '' || !base.includes('\n');
}

// Lays out many short array entries in aligned columns. The column count aims at a roughly square block
// (characters being about 2.5 times taller than wide), never exceeds the line width, 15 columns or
// 4 * compact, and numbers are right-aligned while anything else is left-aligned.
function groupArrayElements(ctx, output, value) {
  let totalLength = 0;
  let maxLength = 0;
  let outputLength = output.length;
  // The "... more items" entry stays on its own line.
  if (ctx.maxArrayLength < output.length) outputLength--;
  const separatorSpace = 2; // ", "
  const dataLen = new Array(outputLength);
  for (let i = 0; i < outputLength; i++) {
    const len = getStringWidth(output[i], ctx.colors);
    dataLen[i] = len;
    totalLength += len + separatorSpace;
    if (maxLength < len) maxLength = len;
  }
  const actualMax = maxLength + separatorSpace;
  // Group only if at least three entries fit on a line and no entry dwarfs the others.
  if (actualMax * 3 + ctx.indentationLvl < ctx.breakLength &&
      (totalLength / actualMax > 5 || maxLength <= 6)) {
    const approxCharHeights = 2.5;
    const averageBias = sqrt(actualMax - totalLength / output.length);
    const biasedMax = max(actualMax - 3 - averageBias, 1);
    const columns = min(
      round(sqrt(approxCharHeights * biasedMax * outputLength) / biasedMax),
      floor((ctx.breakLength - ctx.indentationLvl) / actualMax),
      ctx.compact * 4,
      15,
    );
    if (columns <= 1) return output;

    const maxLineLength = [];
    for (let i = 0; i < columns; i++) {
      let lineLength = 0;
      for (let j = i; j < output.length; j += columns) {
        if (dataLen[j] > lineLength) lineLength = dataLen[j];
      }
      maxLineLength.push(lineLength + separatorSpace);
    }

    let padStart = true;
    if (value !== undefined) {
      for (let i = 0; i < output.length; i++) {
        if (typeof value[i] !== 'number' && typeof value[i] !== 'bigint') {
          padStart = false;
          break;
        }
      }
    }

    const grouped = [];
    for (let i = 0; i < outputLength; i += columns) {
      const lineEnd = min(i + columns, outputLength);
      let line = '';
      let j = i;
      for (; j < lineEnd - 1; j++) {
        // Padding is computed on the visible width; escape codes are added on top.
        const padding = maxLineLength[j - i] + output[j].length - dataLen[j];
        line += padStart ? `${output[j]}, `.padStart(padding, ' ') : `${output[j]}, `.padEnd(padding, ' ');
      }
      if (padStart) {
        const padding = maxLineLength[j - i] + output[j].length - dataLen[j] - separatorSpace;
        line += output[j].padStart(padding, ' ');
      } else {
        line += output[j];
      }
      grouped.push(line);
    }
    if (ctx.maxArrayLength < output.length) grouped.push(output[outputLength]);
    output = grouped;
  }
  return output;
}

function reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value) {
  if (ctx.compact !== true) {
    if (typeof ctx.compact === 'number' && ctx.compact >= 1) {
      const entries = output.length;
      if (extrasType === kArrayExtrasType && entries > 6) {
        output = groupArrayElements(ctx, output, value);
      }
      // Combine on one line only if the innermost `compact` levels of nesting are involved, nothing was
      // grouped, and the result fits into breakLength.
      if (ctx.currentDepth - recurseTimes < ctx.compact && entries === output.length) {
        const start = output.length + ctx.indentationLvl + braces[0].length + base.length + 10;
        if (isBelowBreakLength(ctx, output, start, base)) {
          const joined = output.join(', ');
          if (!joined.includes('\n')) {
            return `${base ? `${base} ` : ''}${braces[0]} ${joined} ${braces[1]}`;
          }
        }
      }
    }
    const indentation = `\n${' '.repeat(ctx.indentationLvl)}`;
    return `${base ? `${base} ` : ''}${braces[0]}${indentation}  ${
      output.join(`,${indentation}  `)}${indentation}${braces[1]}`;
  }
  // compact: true puts as much as possible on each line, the closing brace on the last one.
  if (isBelowBreakLength(ctx, output, 0, base)) {
    return `${braces[0]}${base ? ` ${base}` : ''} ${output.join(', ')} ${braces[1]}`;
  }
  const indentation = ' '.repeat(ctx.indentationLvl);
  const ln = base === '' && braces[0].length === 1 ? ' ' : `${base ? ` ${base}` : ''}\n${indentation}  `;
  return `${braces[0]}${ln}${output.join(`,\n${indentation}  `)} ${braces[1]}`;
}

// ---------------------------------------------------------------------------------------------------------
// format()

// True when `value` would print through a toString that comes with the language (so inspect gives a
// better picture); false when the object or a user-defined class provides its own conversion.
function hasBuiltInToString(value) {
  const proxy = getProxyDetails(value);
  if (proxy !== undefined) {
    if (proxy === null || proxy[0] === null) return true;
    value = proxy[0];
  }
  // A Symbol.toPrimitive method from the object itself or a user-defined class wins over toString.
  if (typeof value[Symbol.toPrimitive] === 'function' &&
      !isBuiltInHolder(value, findHolder(value, Symbol.toPrimitive))) {
    return false;
  }
  if (typeof value.toString !== 'function') return true;
  return isBuiltInHolder(value, findHolder(value, 'toString'));
}

// The object in value's prototype chain (value included) that owns `key`.
function findHolder(value, key) {
  let pointer = value;
  while (pointer !== null && !hasOwn(pointer, key)) pointer = getPrototypeOf(pointer);
  return pointer;
}

function isBuiltInHolder(value, holder) {
  if (holder === value) return false;
  if (holder === null) return true;
  const descriptor = getOwnPropertyDescriptor(holder, 'constructor');
  return descriptor !== undefined && typeof descriptor.value === 'function' &&
    builtInObjects.has(descriptor.value.name);
}

let circularErrorMessage;

function firstErrorLine(error) {
  return String(error.message).split('\n', 1)[0];
}

function tryStringify(arg) {
  try {
    return JSON.stringify(arg);
  } catch (err) {
    // The engine's wording for a cyclic structure is learned once, so that only that error is mapped.
    if (circularErrorMessage === undefined) {
      try {
        const a = {};
        a.a = a;
        JSON.stringify(a);
      } catch (circularError) {
        circularErrorMessage = firstErrorLine(circularError);
      }
    }
    if (err && err.name === 'TypeError' && firstErrorLine(err) === circularErrorMessage) return '[Circular]';
    throw err;
  }
}

function format(...args) {
  return formatWithOptionsInternal(undefined, args);
}

function formatWithOptions(inspectOptions, ...args) {
  if (inspectOptions === null || typeof inspectOptions !== 'object') {
    throw invalidArgType('inspectOptions', 'Object', inspectOptions);
  }
  return formatWithOptionsInternal(inspectOptions, args);
}

function formatWithOptionsInternal(inspectOptions, args) {
  const first = args[0];
  let a = 0;
  let str = '';
  let join = '';

  const numericSeparator = inspectOptions !== undefined && inspectOptions.numericSeparator === true;

  if (typeof first === 'string') {
    if (args.length === 1) return first;
    let tempStr;
    let lastPos = 0;
    for (let i = 0; i < first.length - 1; i++) {
      if (first.charCodeAt(i) !== 37) continue; // '%'
      const nextChar = first.charCodeAt(++i);
      if (a + 1 !== args.length) {
        switch (nextChar) {
          case 115: { // 's'
            const tempArg = args[++a];
            if (typeof tempArg === 'number') {
              tempStr = formatNumber(stylizeNoColor, tempArg, numericSeparator);
            } else if (typeof tempArg === 'bigint') {
              tempStr = formatBigInt(stylizeNoColor, tempArg, numericSeparator);
            } else if (typeof tempArg !== 'object' || tempArg === null || !hasBuiltInToString(tempArg)) {
              tempStr = String(tempArg);
            } else {
              tempStr = inspect(tempArg, { ...inspectOptions, depth: 0, colors: false, compact: 3 });
            }
            break;
          }
          case 106: // 'j'
            tempStr = tryStringify(args[++a]);
            break;
          case 100: { // 'd'
            const tempNum = args[++a];
            if (typeof tempNum === 'bigint') {
              tempStr = formatBigInt(stylizeNoColor, tempNum, numericSeparator);
            } else if (typeof tempNum === 'symbol') {
              tempStr = 'NaN';
            } else {
              tempStr = formatNumber(stylizeNoColor, Number(tempNum), numericSeparator);
            }
            break;
          }
          case 79: // 'O'
            tempStr = inspect(args[++a], inspectOptions);
            break;
          case 111: // 'o'
            tempStr = inspect(args[++a], { ...inspectOptions, showHidden: true, showProxy: true, depth: 4 });
            break;
          case 105: { // 'i'
            const tempInteger = args[++a];
            if (typeof tempInteger === 'bigint') {
              tempStr = formatBigInt(stylizeNoColor, tempInteger, numericSeparator);
            } else if (typeof tempInteger === 'symbol') {
              tempStr = 'NaN';
            } else {
              tempStr = formatNumber(stylizeNoColor, Number.parseInt(tempInteger), numericSeparator);
            }
            break;
          }
          case 102: { // 'f'
            const tempFloat = args[++a];
            if (typeof tempFloat === 'symbol') {
              tempStr = 'NaN';
            } else {
              tempStr = formatNumber(stylizeNoColor, Number.parseFloat(tempFloat), numericSeparator);
            }
            break;
          }
          case 99: // 'c': CSS is meaningless in a terminal, the argument is consumed silently.
            a += 1;
            tempStr = '';
            break;
          case 37: // '%%'
            str += first.slice(lastPos, i);
            lastPos = i + 1;
            continue;
          default: // Not a placeholder: left as is.
            continue;
        }
        if (lastPos !== i - 1) str += first.slice(lastPos, i - 1);
        str += tempStr;
        lastPos = i + 1;
      } else if (nextChar === 37) {
        str += first.slice(lastPos, i);
        lastPos = i + 1;
      }
    }
    if (lastPos !== 0) {
      a++;
      join = ' ';
      if (lastPos < first.length) str += first.slice(lastPos);
    }
  }

  while (a < args.length) {
    const value = args[a];
    str += join;
    str += typeof value !== 'string' ? inspect(value, inspectOptions) : value;
    join = ' ';
    a++;
  }
  return str;
}

module.exports = {
  inspect,
  format,
  formatWithOptions,
  inspectDefaultOptions,
  stripVTControlCharacters,
  getStringWidth,
  stylizeWithColor,
  stylizeNoColor,
};
