'use strict';
// Node-style errors for loom's built-in modules.
//
// Every error that a built-in throws on purpose carries a stable `code` (ERR_*), and its `message`,
// `name`, `toString()` and first stack line must read exactly like Node's, because user code and test
// suites compare them. This file holds:
//   - `codes`: one class per code (`new codes.ERR_INVALID_ARG_TYPE('path', 'string', 1)`), each a
//     subclass of the right built-in error class (TypeError, RangeError, ...);
//   - the "Received ..." formatting shared by the argument-checking errors;
//   - libuv errno errors (`uvErrnoException`) with their name/message table, `errnoException`,
//     `exceptionWithHostPort`, `SystemError`, and `AbortError`.
// Formatting of arbitrary values goes through `internal/util/inspect`, loaded lazily: errors are
// created on failure paths only, and inspect must stay off the startup path.

let lazyInspectFn;
function inspect(value, options) {
  if (lazyInspectFn === undefined) lazyInspectFn = require('internal/util/inspect').inspect;
  return options === undefined ? lazyInspectFn(value) : lazyInspectFn(value, options);
}

const kIsNodeError = Symbol('kIsNodeError');
const codes = {};
const messages = new Map();

// --- Stack handling -------------------------------------------------------------------------------
// V8 (and a V8-style shim over SpiderMonkey) starts `stack` with "Name: message"; plain SpiderMonkey
// gives only the frames. Either way we want Node's first line, which for coded errors includes the
// code: "TypeError [ERR_X]: msg". So strip whatever header the engine wrote and put ours in front.

function framesOf(stack, headers) {
  for (const header of headers) {
    if (stack === header) return '';
    if (stack.startsWith(header + '\n')) return stack.slice(header.length);
  }
  // No header we recognise: the engine gave frames only (SpiderMonkey "fn@file:line:col" lines).
  if (stack === '') return '';
  return '\n' + stack.replace(/\n+$/, '');
}

function headerFor(name, message) {
  return message === '' ? `${name}` : `${name}: ${message}`;
}

// Rewrites err.stack so that its first line is `header`. `engineNames` are the names the engine may
// have used when it captured the stack (the base class name at construction, the current name).
function setStackHeader(err, header, engineNames, engineMessages) {
  let stack;
  try {
    stack = err.stack;
  } catch {
    return;
  }
  if (typeof stack !== 'string') return;
  const headers = [];
  for (const n of engineNames) {
    for (const m of engineMessages) headers.push(headerFor(n, m));
  }
  const value = header + framesOf(stack, headers);
  Object.defineProperty(err, 'stack', { value, writable: true, enumerable: false, configurable: true });
}

// Drop the frames of our own constructors where the engine allows it (V8); harmless elsewhere.
function captureStack(err, ctor) {
  if (typeof Error.captureStackTrace === 'function') Error.captureStackTrace(err, ctor);
}

// --- "Received ..." formatting --------------------------------------------------------------------

const classRegExp = /^([A-Z][a-z0-9]*)+$/;
// Lower-case type names that read "of type X"; `Function`/`Object` are folded into these.
const kTypes = ['string', 'function', 'number', 'object', 'boolean', 'bigint', 'symbol'];

// Joins ['a', 'b', 'c'] as "a, b, or c" (or "a or b", or "a").
function formatList(array, type = 'and') {
  if (array.length <= 2) return array.join(` ${type} `);
  return `${array.slice(0, -1).join(', ')}, ${type} ${array[array.length - 1]}`;
}

// 1099511627776 -> "1_099_511_627_776" (the sign stays in front).
function addNumericalSeparator(val) {
  let res = '';
  let i = val.length;
  const start = val[0] === '-' ? 1 : 0;
  for (; i >= start + 4; i -= 3) res = `_${val.slice(i - 3, i)}${res}`;
  return `${val.slice(0, i)}${res}`;
}

function constructorNameOf(value) {
  try {
    const ctor = value.constructor;
    if ((typeof ctor === 'function' || (typeof ctor === 'object' && ctor !== null)) && 'name' in ctor) {
      return { found: true, name: ctor.name };
    }
  } catch {
    // A throwing getter or a revoked proxy: fall through to inspect().
  }
  return { found: false };
}

// How Node describes the value it received: "null", "function foo", "an instance of Foo",
// "type number (1)", "type string ('abcdefghijklmnopqrstuvwxy...')".
function determineSpecificType(value) {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (typeof value === 'function') return `function ${value.name}`;
  if (typeof value === 'object') {
    const ctor = constructorNameOf(value);
    if (ctor.found) return `an instance of ${ctor.name}`;
    return `${inspect(value, { depth: -1 })}`;
  }
  let inspected;
  if (typeof value === 'string') {
    // Strings are quoted, not inspected: control characters stay raw, and a string holding a
    // single quote is shown in JSON's double quotes.
    const shown = value.length > 28 ? `${value.slice(0, 25)}...` : value;
    inspected = shown.includes("'") ? JSON.stringify(shown) : `'${shown}'`;
  } else {
    inspected = inspect(value, { colors: false });
  }
  return `type ${typeof value} (${inspected})`;
}

function describeArgument(name) {
  if (name.endsWith(' argument')) return `The ${name}`;
  const kind = name.includes('.') ? 'property' : 'argument';
  return `The "${name}" ${kind}`;
}

// "must be of type string or an instance of Buffer or URL" from ['string', 'Buffer', 'URL'].
function describeExpected(expected) {
  if (!Array.isArray(expected)) expected = [expected];
  const types = [];
  const instances = [];
  const other = [];
  for (const value of expected) {
    if (kTypes.includes(value)) {
      types.push(value.toLowerCase());
    } else if (value === 'Function' || value === 'Object') {
      types.push(value.toLowerCase());
    } else if (classRegExp.test(value)) {
      instances.push(value);
    } else {
      other.push(value);
    }
  }
  // "object" next to class names reads better as "an instance of ... or Object".
  if (instances.length > 0) {
    const pos = types.indexOf('object');
    if (pos !== -1) {
      types.splice(pos, 1);
      instances.push('Object');
    }
  }
  let msg = '';
  if (types.length > 0) {
    msg += types.length > 1 ? `one of type ${formatList(types, 'or')}` : `of type ${types[0]}`;
    if (instances.length > 0 || other.length > 0) msg += ' or ';
  }
  if (instances.length > 0) {
    msg += `an instance of ${formatList(instances, 'or')}`;
    if (other.length > 0) msg += ' or ';
  }
  if (other.length > 0) {
    if (other.length > 1) {
      msg += `one of ${formatList(other, 'or')}`;
    } else {
      if (other[0].toLowerCase() !== other[0]) msg += 'an ';
      msg += `${other[0]}`;
    }
  }
  return msg;
}

// --- Defining codes -------------------------------------------------------------------------------

// One intermediate prototype per base class carries the coded toString(), so that
// `err.toString()` gives "TypeError [ERR_X]: msg" while Error.prototype.toString gives the plain form.
const codedBases = new Map();
function codedBaseFor(Base) {
  let Coded = codedBases.get(Base);
  if (Coded === undefined) {
    Coded = class extends Base {
      toString() {
        return `${this.name} [${this.code}]: ${this.message}`;
      }
    };
    codedBases.set(Base, Coded);
  }
  return Coded;
}

// Registers `code`: `message` is a string or a function of the constructor arguments (called with
// the error as `this`, so it can attach extra properties such as `input` or `url`). The class is
// only built when the code is first used: most threads never need most codes.
function E(code, message, Base, extra = {}) {
  messages.set(code, message);
  defineLazyCode(code, () => makeNodeError(code, message, Base, extra));
}

function defineLazyCode(code, make) {
  Object.defineProperty(codes, code, {
    get() {
      const value = make();
      Object.defineProperty(codes, code, { value, writable: true, enumerable: true, configurable: true });
      return value;
    },
    set(value) {
      Object.defineProperty(codes, code, { value, writable: true, enumerable: true, configurable: true });
    },
    enumerable: true,
    configurable: true,
  });
}

function makeNodeError(code, message, Base, extra) {
  const Coded = codedBaseFor(Base);
  class NodeError extends Coded {
    constructor(...args) {
      super();
      captureStack(this, NodeError);
      const engineMessages = [''];
      Object.defineProperty(this, 'code', {
        value: code, writable: true, enumerable: true, configurable: true,
      });
      const msg = typeof message === 'function' ? message.apply(this, args) : message;
      Object.defineProperty(this, 'message', {
        value: `${msg}`, writable: true, enumerable: false, configurable: true,
      });
      engineMessages.push(this.message);
      if (extra.name !== undefined) {
        Object.defineProperty(this, 'name', {
          value: extra.name, writable: true, enumerable: true, configurable: true,
        });
      }
      const header = extra.plainHeader ? headerFor(this.name, this.message) :
        `${this.name} [${code}]: ${this.message}`;
      setStackHeader(this, header, [Base.prototype.name, this.name], engineMessages);
    }
  }
  // Node's errors report the built-in class as their constructor (err.constructor === TypeError).
  Object.defineProperty(NodeError.prototype, 'constructor', {
    value: Base, writable: true, enumerable: false, configurable: true,
  });
  Object.defineProperty(NodeError, 'name', { value: 'NodeError', configurable: true });
  NodeError.prototype[kIsNodeError] = true;
  if (extra.name !== undefined) {
    // e.g. UnhandledPromiseRejection: its toString() has no code in it.
    Object.defineProperty(NodeError.prototype, 'toString', {
      value: function toString() { return headerFor(this.name, this.message); },
      writable: true, enumerable: false, configurable: true,
    });
  }
  return NodeError;
}

// --- SystemError ----------------------------------------------------------------------------------
// Errors wrapping a failed system call: `info` holds the raw context ({ code, message, syscall,
// errno, path, dest }); errno/syscall/path/dest are live views of it, as in Node.

class SystemError extends Error {
  constructor(key, context, prefix) {
    let message = `${prefix}: ${context.syscall} returned ${context.code} (${context.message})`;
    if (context.path !== undefined) message += ` ${context.path}`;
    if (context.dest !== undefined) message += ` => ${context.dest}`;
    super(message);
    captureStack(this, SystemError);
    Object.defineProperty(this, 'code', {
      value: key, writable: true, enumerable: true, configurable: true,
    });
    Object.defineProperty(this, 'info', {
      value: context, writable: true, enumerable: true, configurable: true,
    });
    for (const prop of ['errno', 'syscall', 'path', 'dest']) {
      if (prop !== 'errno' && prop !== 'syscall' && context[prop] === undefined) continue;
      Object.defineProperty(this, prop, {
        get() { return context[prop]; },
        set(value) { context[prop] = value; },
        enumerable: true,
        configurable: true,
      });
    }
    setStackHeader(this, `SystemError [${key}]: ${message}`, ['Error', 'SystemError'], [message]);
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }
}
Object.defineProperty(SystemError.prototype, 'name', {
  value: 'SystemError', writable: true, enumerable: false, configurable: true,
});

function makeSystemErrorWithCode(key, prefix) {
  messages.set(key, prefix);
  defineLazyCode(key, () => class NodeError extends SystemError {
    constructor(context) {
      super(key, context, prefix);
    }
  });
}

// --- Message functions for the codes that need arguments -------------------------------------------

function invalidArgType(name, expected, actual) {
  if (typeof name !== 'string') name = `${name}`;
  return `${describeArgument(name)} must be ${describeExpected(expected)}. ` +
    `Received ${determineSpecificType(actual)}`;
}

function invalidArgValue(name, value, reason = 'is invalid') {
  let inspected = inspect(value);
  if (inspected.length > 128) inspected = `${inspected.slice(0, 128)}...`;
  const type = name.includes('.') ? 'property' : 'argument';
  return `The ${type} '${name}' ${reason}. Received ${inspected}`;
}

function outOfRange(str, range, input, replaceDefaultBoolean = false) {
  let msg = replaceDefaultBoolean ? str : `The value of "${str}" is out of range.`;
  let received;
  if (Number.isInteger(input) && Math.abs(input) > 2 ** 32) {
    received = addNumericalSeparator(String(input));
  } else if (typeof input === 'bigint') {
    received = String(input);
    if (input > 2n ** 32n || input < -(2n ** 32n)) received = addNumericalSeparator(received);
    received += 'n';
  } else {
    received = inspect(input);
  }
  msg += ` It must be ${range}. Received ${received}`;
  return msg;
}

function missingArgs(...args) {
  let msg = 'The ';
  const wrap = (a) => `"${a}"`;
  const names = args.map((a) => (Array.isArray(a) ? a.map(wrap).join(' or ') : wrap(a)));
  switch (names.length) {
    case 0:
      throw new Error('At least one arg needs to be specified');
    case 1:
      msg += `${names[0]} argument`;
      break;
    case 2:
      msg += `${names[0]} and ${names[1]} arguments`;
      break;
    default:
      msg += `${names.slice(0, -1).join(', ')}, and ${names[names.length - 1]} arguments`;
  }
  return `${msg} must be specified`;
}

function basename(p) {
  const s = `${p}`;
  return s.slice(s.lastIndexOf('/') + 1);
}

function requireEsm(filename, hasEsmSyntax, parentPath, packageJsonPath) {
  const msg = `require() of ES Module ${filename}${parentPath ? ` from ${parentPath}` : ''} not supported.`;
  const dynamicImport = 'to a dynamic import() which is available in all CommonJS modules.';
  if (packageJsonPath === undefined) {
    if (`${filename}`.endsWith('.mjs')) return `${msg}\nInstead change the require of ${filename} ${dynamicImport}`;
    return msg;
  }
  const base = basename(filename);
  if (!hasEsmSyntax) {
    // The file is ESM only because of "type": "module" in its package.json: say so.
    return `${msg}\n${base} is treated as an ES module file as it is a .js file whose nearest parent ` +
      'package.json contains "type": "module" which declares all .js files in that package scope as ' +
      `ES modules.\nInstead either rename ${base} to end in .cjs, change the requiring code to use ` +
      'dynamic import() which is available in all CommonJS modules, or change "type": "module" to ' +
      `"type": "commonjs" in ${packageJsonPath} to treat all .js files as CommonJS (using .mjs for all ` +
      'ES modules instead).\n';
  }
  return `${msg}\nInstead change the require of ${base} in ${parentPath ?? null} ${dynamicImport}`;
}

// How V8 names a rejection reason in the unhandled-rejection message: strings as-is, objects as
// "#<Ctor>".
// The reason as V8's side-effect-free ToString writes it (what Node's message shows): primitives as String()
// does, functions by their source, an object whose toString is Object.prototype's as "#<Constructor>", one
// whose toString is Error.prototype's as "name: message", any other as "[object Tag]"; a proxy as its target.
// Only data properties are read, so no user code runs.
function describeRejectionReason(reason) {
  const { getProxyDetails } = internalBinding('util');
  for (let details = getProxyDetails(reason); details !== undefined; details = getProxyDetails(reason)) {
    reason = details[0];
  }
  if (typeof reason === 'function') return Function.prototype.toString.call(reason);
  if (reason === null || typeof reason !== 'object') return String(reason);
  const toString = dataProperty(reason, 'toString');
  if (toString === Object.prototype.toString) {
    const ctor = dataProperty(reason, 'constructor');
    const name = typeof ctor === 'function' ? dataProperty(ctor, 'name') : undefined;
    if (typeof name === 'string' && name !== '') return `#<${name}>`;
  } else if (toString === Error.prototype.toString) {
    let name = dataProperty(reason, 'name');
    let message = dataProperty(reason, 'message');
    name = name === undefined ? 'Error' : String(name);
    message = message === undefined ? '' : String(message);
    if (name === '') return message;
    return message === '' ? name : `${name}: ${message}`;
  }
  const tag = dataProperty(reason, Symbol.toStringTag);
  if (typeof tag === 'string') return `[object ${tag}]`;
  const builtin = internalBinding('util').getBuiltinClass(reason);
  return `[object ${builtin === 'Other' ? 'Object' : builtin}]`;
}

// The value of a data property found along the prototype chain; undefined for an accessor or past a proxy.
function dataProperty(object, key) {
  const { getProxyDetails } = internalBinding('util');
  for (let o = object; o !== null; o = Object.getPrototypeOf(o)) {
    if (getProxyDetails(o) !== undefined) return undefined;
    const desc = Object.getOwnPropertyDescriptor(o, key);
    if (desc !== undefined) return 'value' in desc ? desc.value : undefined;
  }
  return undefined;
}

// --- The codes ------------------------------------------------------------------------------------

E('ERR_AMBIGUOUS_ARGUMENT', (name, reason) => `The "${name}" argument is ambiguous. ${reason}`,
  TypeError);
E('ERR_ARG_NOT_ITERABLE', (name) => `${name} must be iterable`, TypeError);
E('ERR_ASSERTION', (msg) => msg, Error);
E('ERR_BUFFER_OUT_OF_BOUNDS', (name = undefined) => {
  if (name) return `"${name}" is outside of buffer bounds`;
  return 'Attempt to access memory outside buffer bounds';
}, RangeError);
E('ERR_BUFFER_TOO_LARGE', (max) => `Cannot create a Buffer larger than ${max} bytes`, RangeError);
E('ERR_CHILD_CLOSED_BEFORE_REPLY', 'Child closed before reply received', Error);
E('ERR_CHILD_PROCESS_IPC_REQUIRED',
  (name) => `Forked processes must have an IPC channel, missing value 'ipc' in ${name}`, Error);
E('ERR_CHILD_PROCESS_STDIO_MAXBUFFER', (name) => `${name} maxBuffer length exceeded`, RangeError);
E('ERR_CLOSED_MESSAGE_PORT', 'Cannot send data on closed MessagePort', Error);
E('ERR_CONSOLE_WRITABLE_STREAM',
  (name) => `Console expects a writable stream instance for ${name}`, TypeError);
E('ERR_CONSTRUCT_CALL_INVALID', 'Constructor cannot be called', TypeError);
E('ERR_CONSTRUCT_CALL_REQUIRED', 'Cannot call constructor without `new`', TypeError);
E('ERR_DIR_CLOSED', 'Directory handle was closed', Error);
E('ERR_DIR_CONCURRENT_OPERATION',
  'Cannot do synchronous work on directory handle with concurrent asynchronous operations', Error);
E('ERR_ENCODING_INVALID_ENCODED_DATA', function(encoding, ret) {
  this.errno = ret;
  return `The encoded data was not valid for encoding ${encoding}`;
}, TypeError);
E('ERR_ENCODING_NOT_SUPPORTED', (enc) => `The "${enc}" encoding is not supported`, RangeError);
E('ERR_EVENT_RECURSION', (type) => `The event "${type}" is already being dispatched`, Error);
E('ERR_FALSY_VALUE_REJECTION', function(reason) {
  this.reason = reason;
  return 'Promise was rejected with falsy value';
}, Error);
E('ERR_FEATURE_UNAVAILABLE_ON_PLATFORM', (feature) =>
  `The feature ${feature} is unavailable on the current platform, which is being used to run Node.js`,
TypeError);
E('ERR_FS_FILE_TOO_LARGE', (size) => `File size (${size}) is greater than 2 GiB`, RangeError);
E('ERR_FS_INVALID_SYMLINK_TYPE', (type) =>
  `Symlink type must be one of "dir", "file", or "junction". Received "${type}"`, Error);
E('ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor', TypeError);
E('ERR_INCOMPATIBLE_OPTION_PAIR', (a, b) =>
  `Option "${a}" cannot be used in combination with option "${b}"`, TypeError);
E('ERR_INTERNAL_ASSERTION', (message) => {
  const suffix = 'This is caused by either a bug in loom or incorrect usage of loom internals.\n' +
    'Please open an issue with this stack trace.\n';
  return message === undefined ? suffix : `${message}\n${suffix}`;
}, Error);
E('ERR_INVALID_ADDRESS_FAMILY', function(addressType, host, port) {
  this.host = host;
  this.port = port;
  return `Invalid address family: ${addressType} ${host}:${port}`;
}, RangeError);
E('ERR_INVALID_ARG_TYPE', invalidArgType, TypeError);
E('ERR_INVALID_ARG_VALUE', invalidArgValue, TypeError);
E('ERR_INVALID_ASYNC_ID', (type, id) => `Invalid ${type} value: ${id}`, RangeError);
E('ERR_INVALID_BUFFER_SIZE', (size) => `Buffer size must be a multiple of ${size}`, RangeError);
E('ERR_INVALID_CHAR', (name, field = undefined) => {
  let msg = `Invalid character in ${name}`;
  if (field !== undefined) msg += ` ["${field}"]`;
  return msg;
}, TypeError);
E('ERR_INVALID_CURSOR_POS', 'Cannot set cursor row without setting its column', TypeError);
E('ERR_INVALID_FD', (fd) => `"fd" must be a positive integer: ${fd}`, RangeError);
E('ERR_INVALID_FD_TYPE', (type) => `Unsupported fd type: ${type}`, TypeError);
E('ERR_INVALID_FILE_URL_HOST', (platform) =>
  `File URL host must be "localhost" or empty on ${platform}`, TypeError);
E('ERR_INVALID_FILE_URL_PATH', (reason) => `File URL path ${reason}`, TypeError);
E('ERR_INVALID_HANDLE_TYPE', 'This handle type cannot be sent', TypeError);
E('ERR_INVALID_HTTP_TOKEN', (name, field) => `${name} must be a valid HTTP token ["${field}"]`,
  TypeError);
E('ERR_INVALID_MODULE_SPECIFIER', (request, reason, base = undefined) =>
  `Invalid module "${request}" ${reason}${base ? ` imported from ${base}` : ''}`, TypeError);
E('ERR_INVALID_PACKAGE_CONFIG', (path, base, message) =>
  `Invalid package config ${path}${base ? ` while importing ${base}` : ''}${message ? `. ${message}` : ''}`,
Error);
E('ERR_INVALID_PROTOCOL', (protocol, expected) =>
  `Protocol "${protocol}" not supported. Expected "${expected}"`, TypeError);
E('ERR_INVALID_RETURN_PROPERTY', (input, name, prop, value) =>
  `Expected a valid ${input} to be returned for the "${prop}" from the "${name}" hook but got ` +
  `${determineSpecificType(value)}.`, TypeError);
E('ERR_INVALID_RETURN_PROPERTY_VALUE', (input, name, prop, value) =>
  `Expected ${input} to be returned for the "${prop}" from the "${name}" hook but got ` +
  `${determineSpecificType(value)}.`, TypeError);
E('ERR_INVALID_RETURN_VALUE', (input, name, value) =>
  `Expected ${input} to be returned from the "${name}" function but got ` +
  `${determineSpecificType(value)}.`, TypeError);
E('ERR_INVALID_STATE', (what) => `Invalid state: ${what}`, Error);
E('ERR_INVALID_SYNC_FORK_INPUT', (value) =>
  `Asynchronous forks do not support Buffer, TypedArray, DataView or string input: ${value}`,
TypeError);
E('ERR_INVALID_THIS', (type) => `Value of "this" must be of type ${type}`, TypeError);
E('ERR_INVALID_TRANSFER_OBJECT', 'Found invalid object in transferList', TypeError);
E('ERR_INVALID_TUPLE', (name, tuple) => `${name} must be an iterable ${tuple} tuple`, TypeError);
E('ERR_INVALID_URI', 'URI malformed', URIError);
E('ERR_INVALID_URL', function(input, base = null) {
  this.input = input;
  if (base != null) this.base = base;
  return 'Invalid URL';
}, TypeError);
E('ERR_INVALID_URL_SCHEME', (expected) => {
  if (typeof expected === 'string') expected = [expected];
  const prefix = expected.length === 1 ? 'of ' : 'one of ';
  return `The URL must be ${prefix}scheme ${formatList(expected, 'or')}`;
}, TypeError);
E('ERR_IPC_CHANNEL_CLOSED', 'Channel closed', Error);
E('ERR_IPC_DISCONNECTED', 'IPC channel is already disconnected', Error);
E('ERR_IPC_ONE_PIPE', 'Child process can have only one IPC pipe', Error);
E('ERR_IPC_SYNC_FORK', 'IPC cannot be used with synchronous forks', Error);
E('ERR_METHOD_NOT_IMPLEMENTED', (method) => `The ${method} method is not implemented`, Error);
E('ERR_MISSING_ARGS', missingArgs, TypeError);
E('ERR_MISSING_MESSAGE_PORT_IN_TRANSFER_LIST',
  'MessagePort was found in message but not listed in transferList', TypeError);
E('ERR_MISSING_OPTION', (name) => `${name} is required`, TypeError);
E('ERR_MISSING_TRANSFERABLE_IN_TRANSFER_LIST',
  'Object that needs transfer was found in message but not listed in transferList', TypeError);
E('ERR_MODULE_NOT_FOUND', function(path, base, exactUrl = undefined) {
  if (exactUrl !== undefined) this.url = `${exactUrl}`;
  return `Cannot find module '${path}' imported from ${base}`;
}, Error);
E('ERR_MULTIPLE_CALLBACK', 'Callback called multiple times', Error);
E('ERR_NO_CRYPTO', 'Node.js is not compiled with OpenSSL crypto support', Error);
E('ERR_NO_ICU', (feature) => `${feature} is not supported on Node.js compiled without ICU`, TypeError);
E('ERR_OPERATION_FAILED', (reason) => `Operation failed: ${reason}`, Error);
E('ERR_OUT_OF_RANGE', outOfRange, RangeError);
E('ERR_PACKAGE_IMPORT_NOT_DEFINED', (specifier, packagePath, base) =>
  `Package import specifier "${specifier}" is not defined` +
  `${packagePath ? ` in package ${packagePath}package.json` : ''} imported from ${base}`, TypeError);
E('ERR_PACKAGE_PATH_NOT_EXPORTED', (pkgPath, subpath, base = undefined) => {
  const from = base ? ` imported from ${base}` : '';
  if (subpath === '.') return `No "exports" main defined in ${pkgPath}package.json${from}`;
  return `Package subpath '${subpath}' is not defined by "exports" in ${pkgPath}package.json${from}`;
}, Error);
E('ERR_PARSE_ARGS_INVALID_OPTION_VALUE', (msg) => msg, TypeError);
E('ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL', (arg) =>
  `Unexpected argument '${arg}'. This command does not take positional arguments`, TypeError);
E('ERR_PARSE_ARGS_UNKNOWN_OPTION', (option, allowPositionals) => {
  const suggestion = allowPositionals ? '. To specify a positional argument starting with a ' +
    `'-', place it at the end of the command after '--', as in '-- ${JSON.stringify(option)}` : '';
  return `Unknown option '${option}'${suggestion}`;
}, TypeError);
E('ERR_REQUIRE_ESM', requireEsm, Error);
E('ERR_SCRIPT_EXECUTION_INTERRUPTED', 'Script execution was interrupted by `SIGINT`', Error);
E('ERR_SCRIPT_EXECUTION_TIMEOUT', (timeout) =>
  `Script execution timed out after ${timeout}ms`, Error);
E('ERR_SERVER_ALREADY_LISTEN', 'Listen method has been called more than once without closing.', Error);
E('ERR_SERVER_NOT_RUNNING', 'Server is not running.', Error);
E('ERR_SOCKET_ALREADY_BOUND', 'Socket is already bound', Error);
E('ERR_SOCKET_BAD_BUFFER_SIZE', 'Buffer size must be a positive integer', TypeError);
E('ERR_SOCKET_BAD_PORT', (name, port, allowZero = true) =>
  `${name} should be ${allowZero ? '>= 0' : '> 0'} and < 65536. ` +
  `Received ${determineSpecificType(port)}.`, RangeError);
E('ERR_SOCKET_CLOSED', 'Socket is closed', Error);
E('ERR_SOCKET_CLOSED_BEFORE_CONNECTION', 'Socket closed before the connection was established', Error);
E('ERR_SOCKET_DGRAM_NOT_RUNNING', 'Not running', Error);
E('ERR_STREAM_ALREADY_FINISHED', (method) => `Cannot call ${method} after a stream was finished`,
  Error);
E('ERR_STREAM_CANNOT_PIPE', 'Cannot pipe, not readable', Error);
E('ERR_STREAM_DESTROYED', (method) => `Cannot call ${method} after a stream was destroyed`, Error);
E('ERR_STREAM_NULL_VALUES', 'May not write null values to stream', TypeError);
E('ERR_STREAM_PREMATURE_CLOSE', 'Premature close', Error);
E('ERR_STREAM_PUSH_AFTER_EOF', 'stream.push() after EOF', Error);
E('ERR_STREAM_UNSHIFT_AFTER_END_EVENT', 'stream.unshift() after end event', Error);
E('ERR_STREAM_WRAP', 'Stream has StringDecoder set or is in objectMode', Error);
E('ERR_STREAM_WRITE_AFTER_END', 'write after end', Error);
E('ERR_STRING_TOO_LONG', (max = 0x1fffffe8) =>
  `Cannot create a string longer than 0x${max.toString(16)} characters`, Error);
E('ERR_SYNTHETIC', 'JavaScript Callstack', Error);
E('ERR_UNAVAILABLE_DURING_EXIT', 'Cannot call function in process exit handler', Error);
E('ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET',
  '`process.setupUncaughtExceptionCapture()` was called while a capture callback was already active',
  Error);
E('ERR_UNESCAPED_CHARACTERS', (name) => `${name} contains unescaped characters`, TypeError);
E('ERR_UNHANDLED_ERROR', (err = undefined) => {
  const msg = 'Unhandled error.';
  if (err === undefined) return msg;
  return `${msg} (${err})`;
}, Error);
E('ERR_UNHANDLED_REJECTION', (reason) =>
  'This error originated either by throwing inside of an async function without a catch block, ' +
  'or by rejecting a promise which was not handled with .catch(). The promise rejected with the ' +
  `reason "${describeRejectionReason(reason)}".`,
Error, { name: 'UnhandledPromiseRejection', plainHeader: true });
E('ERR_UNKNOWN_BUILTIN_MODULE', (id) => `No such built-in module: ${id}`, Error);
E('ERR_UNKNOWN_ENCODING', (enc) => `Unknown encoding: ${enc}`, TypeError);
E('ERR_UNKNOWN_FILE_EXTENSION', (ext, path) => `Unknown file extension "${ext}" for ${path}`,
  TypeError);
E('ERR_UNKNOWN_MODULE_FORMAT', (format, url) => `Unknown module format: ${format} for URL ${url}`,
  RangeError);
E('ERR_UNKNOWN_SIGNAL', (signal) => require('internal/util/inspect').format('Unknown signal: %s', signal), TypeError);
E('ERR_UNSUPPORTED_DIR_IMPORT', function(path, base, exactUrl) {
  this.url = exactUrl;
  return `Directory import '${path}' is not supported resolving ES modules imported from ${base}`;
}, Error);
E('ERR_UNSUPPORTED_ESM_URL_SCHEME', (url, supported) =>
  `Only URLs with a scheme in: ${formatList(Array.from(supported))} are supported by the default ESM loader. ` +
  `Received protocol '${url && url.protocol}'`, Error);
E('ERR_USE_AFTER_CLOSE', (name) => `${name} was closed`, Error);
E('ERR_WORKER_INIT_FAILED', (reason) => `Worker initialization failure: ${reason}`, Error);
E('ERR_WORKER_INVALID_EXEC_ARGV', (errors, msg = 'invalid execArgv flags') =>
  `Initiated Worker with ${msg}: ${Array.prototype.join.call(errors, ', ')}`, Error);
E('ERR_WORKER_MESSAGING_ERRORED',
  'The destination thread threw an error while processing the message', Error);
E('ERR_WORKER_MESSAGING_FAILED', 'Cannot find the destination thread or listener', Error);
E('ERR_WORKER_MESSAGING_SAME_THREAD', 'Cannot sent a message to the same thread', Error);
E('ERR_WORKER_MESSAGING_TIMEOUT', 'Sending a message to another thread timed out', Error);
E('ERR_WORKER_NOT_RUNNING', 'Worker instance not running', Error);
E('ERR_WORKER_OUT_OF_MEMORY', (reason) =>
  `Worker terminated due to reaching memory limit: ${reason}`, Error);
E('ERR_WORKER_PATH', (filename) =>
  'The worker script or module filename must be an absolute path or a relative path starting ' +
  `with './' or '../'.${filename.startsWith('file://') ?
    ' Wrap file:// URLs with `new URL`.' :
    filename.startsWith('data:text/javascript') ? ' Wrap data: URLs with `new URL`.' : ''
  } Received "${filename}"`, TypeError);
E('ERR_WORKER_UNSERIALIZABLE_ERROR', 'Serializing an uncaught exception failed', Error);
E('ERR_WORKER_UNSUPPORTED_OPERATION', (operation) => `${operation} is not supported in workers`,
  TypeError);

makeSystemErrorWithCode('ERR_SYSTEM_ERROR', 'A system error occurred');
makeSystemErrorWithCode('ERR_FS_EISDIR', 'Path is a directory');
makeSystemErrorWithCode('ERR_FS_CP_DIR_TO_NON_DIR', 'Cannot overwrite non-directory with directory');
makeSystemErrorWithCode('ERR_FS_CP_EEXIST', 'Target already exists');
makeSystemErrorWithCode('ERR_FS_CP_EINVAL', 'Invalid src or dest');
makeSystemErrorWithCode('ERR_FS_CP_NON_DIR_TO_DIR', 'Cannot overwrite directory with non-directory');
makeSystemErrorWithCode('ERR_FS_CP_SOCKET', 'Cannot copy a socket file');
makeSystemErrorWithCode('ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY',
  'Cannot overwrite symlink in subdirectory of self');
makeSystemErrorWithCode('ERR_FS_CP_UNKNOWN', 'Cannot copy an unknown file type');
makeSystemErrorWithCode('ERR_TTY_INIT_FAILED', 'TTY initialization failed');

// --- libuv errors ---------------------------------------------------------------------------------
// libuv reports failures as negative numbers (-errno on Unix). The table gives each its name and
// the text libuv's uv_strerror() returns; the numbers are Linux's.

const uvErrors = [
  [-7, 'E2BIG', 'argument list too long'],
  [-13, 'EACCES', 'permission denied'],
  [-98, 'EADDRINUSE', 'address already in use'],
  [-99, 'EADDRNOTAVAIL', 'address not available'],
  [-97, 'EAFNOSUPPORT', 'address family not supported'],
  [-11, 'EAGAIN', 'resource temporarily unavailable'],
  [-3000, 'EAI_ADDRFAMILY', 'address family not supported'],
  [-3001, 'EAI_AGAIN', 'temporary failure'],
  [-3002, 'EAI_BADFLAGS', 'bad ai_flags value'],
  [-3013, 'EAI_BADHINTS', 'invalid value for hints'],
  [-3003, 'EAI_CANCELED', 'request canceled'],
  [-3004, 'EAI_FAIL', 'permanent failure'],
  [-3005, 'EAI_FAMILY', 'ai_family not supported'],
  [-3006, 'EAI_MEMORY', 'out of memory'],
  [-3007, 'EAI_NODATA', 'no address'],
  [-3008, 'EAI_NONAME', 'unknown node or service'],
  [-3009, 'EAI_OVERFLOW', 'argument buffer overflow'],
  [-3014, 'EAI_PROTOCOL', 'resolved protocol is unknown'],
  [-3010, 'EAI_SERVICE', 'service not available for socket type'],
  [-3011, 'EAI_SOCKTYPE', 'socket type not supported'],
  [-114, 'EALREADY', 'connection already in progress'],
  [-9, 'EBADF', 'bad file descriptor'],
  [-16, 'EBUSY', 'resource busy or locked'],
  [-125, 'ECANCELED', 'operation canceled'],
  [-4080, 'ECHARSET', 'invalid Unicode character'],
  [-103, 'ECONNABORTED', 'software caused connection abort'],
  [-111, 'ECONNREFUSED', 'connection refused'],
  [-104, 'ECONNRESET', 'connection reset by peer'],
  [-89, 'EDESTADDRREQ', 'destination address required'],
  [-17, 'EEXIST', 'file already exists'],
  [-14, 'EFAULT', 'bad address in system call argument'],
  [-27, 'EFBIG', 'file too large'],
  [-113, 'EHOSTUNREACH', 'host is unreachable'],
  [-4, 'EINTR', 'interrupted system call'],
  [-22, 'EINVAL', 'invalid argument'],
  [-5, 'EIO', 'i/o error'],
  [-106, 'EISCONN', 'socket is already connected'],
  [-21, 'EISDIR', 'illegal operation on a directory'],
  [-40, 'ELOOP', 'too many symbolic links encountered'],
  [-24, 'EMFILE', 'too many open files'],
  [-90, 'EMSGSIZE', 'message too long'],
  [-36, 'ENAMETOOLONG', 'name too long'],
  [-100, 'ENETDOWN', 'network is down'],
  [-101, 'ENETUNREACH', 'network is unreachable'],
  [-23, 'ENFILE', 'file table overflow'],
  [-105, 'ENOBUFS', 'no buffer space available'],
  [-19, 'ENODEV', 'no such device'],
  [-2, 'ENOENT', 'no such file or directory'],
  [-12, 'ENOMEM', 'not enough memory'],
  [-64, 'ENONET', 'machine is not on the network'],
  [-92, 'ENOPROTOOPT', 'protocol not available'],
  [-28, 'ENOSPC', 'no space left on device'],
  [-38, 'ENOSYS', 'function not implemented'],
  [-107, 'ENOTCONN', 'socket is not connected'],
  [-20, 'ENOTDIR', 'not a directory'],
  [-39, 'ENOTEMPTY', 'directory not empty'],
  [-88, 'ENOTSOCK', 'socket operation on non-socket'],
  [-95, 'ENOTSUP', 'operation not supported on socket'],
  [-75, 'EOVERFLOW', 'value too large for defined data type'],
  [-1, 'EPERM', 'operation not permitted'],
  [-32, 'EPIPE', 'broken pipe'],
  [-71, 'EPROTO', 'protocol error'],
  [-93, 'EPROTONOSUPPORT', 'protocol not supported'],
  [-91, 'EPROTOTYPE', 'protocol wrong type for socket'],
  [-34, 'ERANGE', 'result too large'],
  [-30, 'EROFS', 'read-only file system'],
  [-108, 'ESHUTDOWN', 'cannot send after transport endpoint shutdown'],
  [-29, 'ESPIPE', 'invalid seek'],
  [-3, 'ESRCH', 'no such process'],
  [-110, 'ETIMEDOUT', 'connection timed out'],
  [-26, 'ETXTBSY', 'text file is busy'],
  [-18, 'EXDEV', 'cross-device link not permitted'],
  [-4094, 'UNKNOWN', 'unknown error'],
  [-4095, 'EOF', 'end of file'],
  [-6, 'ENXIO', 'no such device or address'],
  [-31, 'EMLINK', 'too many links'],
  [-112, 'EHOSTDOWN', 'host is down'],
  [-121, 'EREMOTEIO', 'remote I/O error'],
  [-25, 'ENOTTY', 'inappropriate ioctl for device'],
  [-4028, 'EFTYPE', 'inappropriate file type or format'],
  [-84, 'EILSEQ', 'illegal byte sequence'],
  [-94, 'ESOCKTNOSUPPORT', 'socket type not supported'],
  [-61, 'ENODATA', 'no data available'],
  [-49, 'EUNATCH', 'protocol driver not attached'],
];

let uvErrmap;
let uvCodeMap;
function uvMaps() {
  if (uvErrmap === undefined) {
    uvErrmap = new Map();
    uvCodeMap = new Map();
    for (const [errno, name, message] of uvErrors) {
      uvErrmap.set(errno, [name, message]);
      uvCodeMap.set(name, errno);
    }
  }
  return uvErrmap;
}

// The Map behind util.getSystemErrorMap(): errno -> [name, message].
function getSystemErrorMap() {
  return new Map(uvMaps());
}

// [name, message] for a libuv errno, or undefined when unknown.
function uvErrmapGet(errno) {
  return uvMaps().get(errno);
}

// The libuv name ('ENOENT') for an errno; `Unknown system error -N` when the table lacks it.
function uvErrName(errno) {
  const entry = uvErrmapGet(errno);
  return entry ? entry[0] : `Unknown system error ${errno}`;
}

// The negative errno for a libuv name ('ENOENT' -> -2), or undefined.
function uvErrnoFromName(name) {
  uvMaps();
  return uvCodeMap.get(name);
}

function pathToString(p) {
  if (p === undefined || p === null) return p;
  if (typeof p === 'string') return p;
  // Buffers and URL objects both print as their text.
  return typeof p.toString === 'function' ? p.toString() : `${p}`;
}

// Node's fs error: "ENOENT: no such file or directory, open '/x'" with errno, code, syscall, path,
// dest. `errno` is a negative libuv code (a libuv name such as 'ENOENT' is accepted too).
function uvErrnoException(errno, syscall, path = undefined, dest = undefined, customMessage = undefined) {
  if (typeof errno === 'string') errno = uvErrnoFromName(errno) ?? errno;
  const [code, uvmsg] = uvErrmapGet(errno) || [typeof errno === 'string' ? errno : 'UNKNOWN',
    'unknown error'];
  let message = `${code}: ${customMessage || uvmsg}, ${syscall}`;
  const pathStr = pathToString(path);
  const destStr = pathToString(dest);
  if (pathStr) message += ` '${pathStr}'`;
  if (destStr) message += ` -> '${destStr}'`;
  const err = new Error(message);
  captureStack(err, uvErrnoException);
  err.errno = errno;
  err.code = code;
  err.syscall = syscall;
  if (pathStr) err.path = pathStr;
  if (destStr) err.dest = destStr;
  setStackHeader(err, `Error: ${message}`, ['Error'], [message]);
  return err;
}

// Node's internal uvException(ctx) shape: ctx = { errno, syscall, path, dest, code, message }.
function uvException(ctx) {
  return uvErrnoException(ctx.errno, ctx.syscall, ctx.path, ctx.dest, ctx.message);
}

// A libuv error from a non-fs call: "connect ECONNREFUSED" + optional detail.
function errnoException(err, syscall, original = undefined) {
  const code = uvErrName(err);
  const message = original ? `${syscall} ${code} ${original}` : `${syscall} ${code}`;
  const ex = new Error(message);
  captureStack(ex, errnoException);
  ex.errno = err;
  ex.code = code;
  ex.syscall = syscall;
  setStackHeader(ex, `Error: ${message}`, ['Error'], [message]);
  return ex;
}

// "connect ECONNREFUSED 127.0.0.1:80" with errno, code, syscall, address, port.
function exceptionWithHostPort(err, syscall, address, port, additional = undefined) {
  const code = uvErrName(err);
  let details = '';
  if (port && port > 0) details = ` ${address}:${port}`;
  else if (address) details = ` ${address}`;
  if (additional) details += ` - Local (${additional})`;
  const message = `${syscall} ${code}${details}`;
  const ex = new Error(message);
  captureStack(ex, exceptionWithHostPort);
  ex.errno = err;
  ex.code = code;
  ex.syscall = syscall;
  ex.address = address;
  if (port) ex.port = port;
  setStackHeader(ex, `Error: ${message}`, ['Error'], [message]);
  return ex;
}

// --- AbortError -----------------------------------------------------------------------------------
// What Node's promise APIs reject with when their AbortSignal fires; the signal's reason is the
// `cause`.

class AbortError extends Error {
  constructor(message = 'The operation was aborted', options = undefined) {
    if (options !== undefined && (typeof options !== 'object' || options === null)) {
      throw new codes.ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    super(message, options);
    this.code = 'ABORT_ERR';
    this.name = 'AbortError';
    setStackHeader(this, headerFor('AbortError', this.message), ['Error', 'AbortError'], [this.message]);
  }
}

// --- Small helpers used by other built-ins --------------------------------------------------------

// Node uses this to hide its own frames from stack traces; loom keeps the function unchanged.
function hideStackFrames(fn) {
  return fn;
}

// A plain Error with extra properties (Node's "genericNodeError").
function genericNodeError(message, props) {
  const err = new Error(message);
  Object.assign(err, props);
  return err;
}

// Combines two errors where Node reports both (e.g. a stream's error and its destroy error).
function aggregateTwoErrors(innerError, outerError) {
  if (innerError && outerError && innerError !== outerError) {
    if (Array.isArray(outerError.errors)) {
      outerError.errors.push(innerError);
      return outerError;
    }
    const err = new AggregateError([outerError, innerError], outerError.message);
    err.code = outerError.code;
    return err;
  }
  return innerError || outerError;
}

function isErrorStackTraceLimitWritable() {
  const desc = Object.getOwnPropertyDescriptor(Error, 'stackTraceLimit');
  if (desc === undefined) return Object.isExtensible(Error);
  return desc.writable === true || typeof desc.set === 'function';
}

module.exports = {
  codes,
  messages,
  kIsNodeError,
  AbortError,
  SystemError,
  hideStackFrames,
  determineSpecificType,
  describeRejectionReason,
  formatList,
  addNumericalSeparator,
  genericNodeError,
  aggregateTwoErrors,
  isErrorStackTraceLimitWritable,
  setStackHeader,
  uvErrnoException,
  uvException,
  errnoException,
  exceptionWithHostPort,
  uvErrmapGet,
  uvErrName,
  uvErrnoFromName,
  getSystemErrorMap,
};
