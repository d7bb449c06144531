'use strict';
// The `assert` module: assertion functions that throw an AssertionError (code 'ERR_ASSERTION', with
// `actual`, `expected`, `operator` and `generatedMessage`) when a check fails, like Node 20's.
//
// The exported function is `assert.ok`; `assert.strict` is the same API where the loose comparisons
// (equal, deepEqual, ...) are replaced by their strict forms. Deep equality comes from
// internal/util/comparisons. Failure messages follow Node's wording; for strictEqual and
// deepStrictEqual they include a line diff of the inspected values ("+ actual - expected"), which is
// computed here with a longest-common-subsequence diff and may group lines differently from Node's
// in complex cases.

const {
  codes: {
    ERR_AMBIGUOUS_ARGUMENT,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_RETURN_VALUE,
    ERR_MISSING_ARGS,
  },
  setStackHeader,
} = require('internal/errors');
const { validateFunction, validateObject, validateUint32 } = require('internal/validators');
const { getBuiltinClass } = internalBinding('util');

const kInspect = Symbol.for('nodejs.util.inspect.custom');

let lazyInspectFn;
function inspect(value, options) {
  if (lazyInspectFn === undefined) lazyInspectFn = require('internal/util/inspect').inspect;
  return options === undefined ? lazyInspectFn(value) : lazyInspectFn(value, options);
}

let lazyComparisons;
function comparisons() {
  if (lazyComparisons === undefined) lazyComparisons = require('internal/util/comparisons');
  return lazyComparisons;
}

function isRegExp(value) {
  return getBuiltinClass(value) === 'RegExp';
}

function isNativeError(value) {
  return getBuiltinClass(value) === 'Error' || value instanceof Error;
}

function isPromise(value) {
  return getBuiltinClass(value) === 'Promise';
}

function isObjectLike(value) {
  return (typeof value === 'object' && value !== null) || typeof value === 'function';
}

// --- Messages --------------------------------------------------------------------------------------

const kReadableOperator = {
  deepStrictEqual: 'Expected values to be strictly deep-equal:',
  strictEqual: 'Expected values to be strictly equal:',
  strictEqualObject: 'Expected "actual" to be reference-equal to "expected":',
  deepEqual: 'Expected values to be loosely deep-equal:',
  notDeepStrictEqual: 'Expected "actual" not to be strictly deep-equal to:',
  notStrictEqual: 'Expected "actual" to be strictly unequal to:',
  notStrictEqualObject: 'Expected "actual" not to be reference-equal to "expected":',
  notDeepEqual: 'Expected "actual" not to be loosely deep-equal to:',
  notIdentical: 'Values have same structure but are not reference-equal:',
};

// Two values this short (inspected, together) are shown as "a !== b" rather than as a diff.
const kMaxShortLength = 12;

// How assertion messages show values: every property on its own line, keys sorted, no custom
// inspection, so that two values can be compared line by line.
function inspectValue(value) {
  return inspect(value, {
    compact: false,
    customInspect: false,
    depth: 1000,
    maxArrayLength: Infinity,
    showHidden: false,
    showProxy: false,
    sorted: true,
    getters: true,
  });
}

function truncate(text, max) {
  return text.length > max ? `${text.slice(0, max - 3)}...` : text;
}

function terminalWidth() {
  const stderr = globalThis.process?.stderr;
  return stderr?.isTTY && stderr.columns ? stderr.columns : 80;
}

// Lines equal apart from a trailing comma (the last element of a shorter array) count as common.
function stripComma(line) {
  return line.endsWith(',') ? line.slice(0, -1) : line;
}

// Beyond this many differences the diff gives up and shows the differing middle whole.
const kMaxDiffDistance = 3000;

// Line diff: common leading and trailing lines, then a shortest edit script (Myers' algorithm) for
// the rest. Returns entries { kind: ' ' | '+' | '-', line }; within a change, '+' lines (actual)
// come before '-' lines (expected).
function diffLines(actualLines, expectedLines) {
  const same = (a, b) => stripComma(a) === stripComma(b);
  // A common line is printed with its trailing comma, if either side has one.
  const common = (a, b) => ({ kind: ' ', line: a.endsWith(',') ? a : b });
  let start = 0;
  while (start < actualLines.length && start < expectedLines.length &&
         same(actualLines[start], expectedLines[start])) {
    start++;
  }
  let endA = actualLines.length;
  let endE = expectedLines.length;
  while (endA > start && endE > start && same(actualLines[endA - 1], expectedLines[endE - 1])) {
    endA--;
    endE--;
  }
  const out = [];
  for (let i = 0; i < start; i++) out.push(common(actualLines[i], expectedLines[i]));
  const middle = editScript(actualLines.slice(start, endA), expectedLines.slice(start, endE), same, common);
  out.push(...groupChanges(middle));
  for (let i = endA, j = endE; i < actualLines.length; i++, j++) {
    out.push(common(actualLines[i], expectedLines[j]));
  }
  return out;
}

// Myers' O((n + m) * D) shortest edit script from `a` (actual) to `b` (expected). For each edit
// distance d it keeps the furthest x reached on every diagonal k = x - y, then walks back through
// those snapshots to recover the path.
function editScript(a, b, same, common) {
  const n = a.length;
  const m = b.length;
  const maxD = Math.min(n + m, kMaxDiffDistance);
  const offset = maxD + 1;
  const v = new Array(2 * offset + 1).fill(0);
  const snapshots = [];  // snapshots[d][k + d]: furthest x on diagonal k after d edits
  let found = false;
  for (let d = 0; d <= maxD && !found; d++) {
    for (let k = -d; k <= d; k += 2) {
      let x = (k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1])) ?
        v[offset + k + 1] : v[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && same(a[x], b[y])) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) found = true;
    }
    snapshots.push(v.slice(offset - d, offset + d + 1));
  }
  if (!found) {
    // Too different to be worth aligning.
    return [...a.map((line) => ({ kind: '+', line })), ...b.map((line) => ({ kind: '-', line }))];
  }

  const script = [];
  let x = n;
  let y = m;
  for (let d = snapshots.length - 1; d > 0; d--) {
    const prev = snapshots[d - 1];
    const at = (k) => prev[k + d - 1];
    const k = x - y;
    const prevK = (k === -d || (k !== d && at(k - 1) < at(k + 1))) ? k + 1 : k - 1;
    const prevX = at(prevK);
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      script.push(common(a[x - 1], b[y - 1]));
      x--;
      y--;
    }
    if (x === prevX) {
      script.push({ kind: '-', line: b[y - 1] });
      y--;
    } else {
      script.push({ kind: '+', line: a[x - 1] });
      x--;
    }
  }
  while (x > 0 && y > 0) {
    script.push(common(a[x - 1], b[y - 1]));
    x--;
    y--;
  }
  return script.reverse();
}

// Reorders each run of changes so that its '+' lines precede its '-' lines.
function groupChanges(entries) {
  const out = [];
  let added = [];
  let removed = [];
  const flush = () => {
    out.push(...added, ...removed);
    added = [];
    removed = [];
  };
  for (const entry of entries) {
    if (entry.kind === '+') {
      added.push(entry);
    } else if (entry.kind === '-') {
      removed.push(entry);
    } else {
      flush();
      out.push(entry);
    }
  }
  flush();
  return out;
}

// Prints the diff, folding long runs of unchanged lines into "...". Returns { text, skipped }.
function renderDiff(entries) {
  const lines = [];
  let skipped = false;
  let k = 0;
  while (k < entries.length) {
    if (entries[k].kind !== ' ') {
      lines.push(`${entries[k].kind} ${entries[k].line}`);
      k++;
      continue;
    }
    let end = k;
    while (end < entries.length && entries[end].kind === ' ') end++;
    const run = entries.slice(k, end).map((e) => `  ${e.line}`);
    const leading = k === 0;
    const trailing = end === entries.length;
    // Node's folding: after the last change keep 1 + 3 lines, elsewhere 2 + 2 (and never fold a
    // single line there).
    const last = trailing && !leading;
    const head = last ? 1 : 2;
    const tail = last ? 3 : 2;
    if (run.length > head + tail + (last ? 0 : 1)) {
      lines.push(...run.slice(0, head), '...', ...run.slice(run.length - tail));
      skipped = true;
    } else {
      lines.push(...run);
    }
    k = end;
  }
  return { text: lines.join('\n'), skipped };
}

// The message of a failed strictEqual/deepStrictEqual. A custom message takes the place of the
// header line, the diff still follows (Node 20 does the same).
function strictDiffMessage(actual, expected, operator, customHeader = undefined) {
  const actualInspected = inspectValue(actual);
  const expectedInspected = inspectValue(expected);
  if (actualInspected === expectedInspected) {
    return `${kReadableOperator.notIdentical}\n\n${actualInspected}\n`;
  }
  const header = customHeader ?? kReadableOperator[operator];
  const actualLines = actualInspected.split('\n');
  const expectedLines = expectedInspected.split('\n');
  let indicator = '';
  if (actualLines.length === 1 && expectedLines.length === 1) {
    const inputLength = actualInspected.length + expectedInspected.length;
    const shortForm = operator !== 'strictEqualObject' && inputLength <= kMaxShortLength &&
      !isObjectLike(actual) && !isObjectLike(expected) && (actual !== 0 || expected !== 0);
    if (shortForm) return `${header}\n\n${actualInspected} !== ${expectedInspected}\n`;
    // Point at the first difference when both fit on a terminal line.
    if (operator !== 'strictEqualObject' && inputLength < terminalWidth()) {
      let i = 0;
      while (actualInspected[i] === expectedInspected[i]) i++;
      if (i > 2) indicator = `\n  ${' '.repeat(i)}^`;
    }
  }
  const { text, skipped } = renderDiff(diffLines(actualLines, expectedLines));
  const legend = `+ actual - expected${skipped ? ' ... Lines skipped' : ''}`;
  return `${header}\n${legend}\n\n${text}${indicator}`;
}

// The message of a failed notStrictEqual/notDeepStrictEqual: the value that was not wanted.
function notStrictMessage(actual, operator) {
  const header = operator === 'notStrictEqual' && isObjectLike(actual) ?
    kReadableOperator.notStrictEqualObject : kReadableOperator[operator];
  const lines = inspectValue(actual).split('\n');
  if (lines.length > 50) {
    lines[46] = '...';
    lines.length = 47;
  }
  if (lines.length === 1) return `${header}${lines[0].length > 5 ? '\n\n' : ' '}${lines[0]}`;
  return `${header}\n\n${lines.join('\n')}\n`;
}

// Messages for the loose comparisons and legacy fail(actual, expected, undefined, operator).
function looseMessage(actual, expected, operator) {
  if (operator === 'notDeepEqual') {
    return truncate(`${kReadableOperator.notDeepEqual}\n\n${inspectValue(actual)}`, 1024);
  }
  const res = truncate(inspectValue(actual), 512);
  const other = truncate(inspectValue(expected), 512);
  if (operator === 'deepEqual') {
    return `${kReadableOperator.deepEqual}\n\n${res}\n\nshould loosely deep-equal\n\n${other}`;
  }
  return `${res} ${operator} ${other}`;
}

// `message` is the caller's message: only strictEqual and deepStrictEqual combine it with the
// generated text; the other operators use it as is.
function generateMessage(actual, expected, operator, message) {
  const custom = message ? String(message) : undefined;
  switch (operator) {
    case 'deepStrictEqual':
      return strictDiffMessage(actual, expected, operator, custom);
    case 'strictEqual':
      return strictDiffMessage(actual, expected,
        isObjectLike(actual) && isObjectLike(expected) ? 'strictEqualObject' : operator, custom);
    default:
      if (message != null) return String(message);
      if (operator === 'notDeepStrictEqual' || operator === 'notStrictEqual') {
        return notStrictMessage(actual, operator);
      }
      return looseMessage(actual, expected, operator);
  }
}

// --- AssertionError --------------------------------------------------------------------------------

let inInspect = false;

class AssertionError extends Error {
  constructor(options) {
    validateObject(options, 'options');
    const { message, operator, stackStartFn, actual, expected, details } = options;
    const text = generateMessage(actual, expected, operator, message);
    super(text);
    if (typeof Error.captureStackTrace === 'function') {
      Error.captureStackTrace(this, stackStartFn || AssertionError);
    }
    this.generatedMessage = !message;
    Object.defineProperty(this, 'name', {
      value: 'AssertionError', enumerable: false, writable: true, configurable: true,
    });
    this.code = 'ERR_ASSERTION';
    this.actual = actual;
    this.expected = expected;
    this.operator = operator;
    // Several failures in one error (CallTracker.verify): numbered copies of each one's fields.
    if (Array.isArray(details)) {
      details.forEach((d, i) => {
        this[`message ${i}`] = d.message;
        this[`actual ${i}`] = d.actual;
        this[`expected ${i}`] = d.expected;
        this[`operator ${i}`] = d.operator;
        this[`stack trace ${i}`] = d.stack;
      });
    }
    setStackHeader(this, `AssertionError [ERR_ASSERTION]: ${text}`, ['Error', 'AssertionError'], ['', text]);
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }

  // Shows actual/expected one level deep only: they can be large.
  [kInspect](recurseTimes, ctx) {
    if (inInspect) return this;
    inInspect = true;
    try {
      return inspect(this, { ...ctx, customInspect: false, depth: 0 });
    } finally {
      inInspect = false;
    }
  }
}

// --- Helpers for the assertion functions ------------------------------------------------------------

function innerFail(obj) {
  if (obj.message instanceof Error) throw obj.message;
  throw new AssertionError(obj);
}

// A frame's location from a stack line: V8 style ("at f (file:1:2)") or SpiderMonkey ("f@file:1:2").
const frameLocation = /(?:\(|@|at )((?:[^()@\s]|\s(?!\())+?):(\d+):(\d+)\)?$/;

function parseFrame(line) {
  const match = frameLocation.exec(line.trim());
  if (match === null) return undefined;
  return { file: match[1], line: Number(match[2]), column: Number(match[3]) };
}

let ownFile;
// The location of the code that called into this module, skipping this module's own frames.
function callSite() {
  const frames = String(new Error().stack).split('\n').map(parseFrame).filter(Boolean);
  if (frames.length === 0) return undefined;
  ownFile ??= frames[0].file;
  return frames.find((f) => f.file !== ownFile);
}

// From `index` (inside the callee of a call expression), the source of the whole call
// "assert.ok(...)", or undefined.
function callExpressionAt(source, index) {
  const isName = (ch) => /[\w$.]/.test(ch) || ch === ' ' || ch === '\t';
  let start = index;
  while (start < source.length && source[start] === ' ') start++;
  if (source[start] === '(') start--;
  while (start > 0 && isName(source[start - 1]) && source[start - 1] !== '\n') start--;
  while (source[start] === ' ' || source[start] === '\t') start++;
  const open = source.indexOf('(', start);
  if (open === -1) return undefined;
  let depth = 0;
  let quote = null;
  for (let i = open; i < source.length; i++) {
    const ch = source[i];
    if (quote !== null) {
      if (ch === '\\') i++;
      else if (ch === quote) quote = null;
      continue;
    }
    if (ch === '"' || ch === "'" || ch === '`') quote = ch;
    else if (ch === '(') depth++;
    else if (ch === ')' && --depth === 0) return source.slice(start, i + 1);
  }
  return undefined;
}

// Re-indents a multi-line call: continuation lines lose their common indentation.
function formatCode(code) {
  const lines = code.split('\n');
  const rest = lines.slice(1);
  const indents = rest.filter((l) => l.trim() !== '').map((l) => /^\s*/.exec(l)[0].length);
  const strip = indents.length > 0 ? Math.min(...indents) : 0;
  const out = [lines[0], ...rest.map((l) => l.slice(strip))];
  return out.map((l) => `  ${l}`).join('\n');
}

// "The expression evaluated to a falsy value:\n\n  assert.ok(x)\n", read from the caller's source;
// undefined when the source cannot be found.
function falsyValueMessage() {
  try {
    const site = callSite();
    if (site === undefined) return undefined;
    let file = site.file;
    if (file.startsWith('file://')) file = decodeURIComponent(file.slice(7));
    const source = require('fs').readFileSync(file, 'utf8');
    const lines = source.split('\n');
    if (site.line > lines.length) return undefined;
    let offset = 0;
    for (let i = 0; i < site.line - 1; i++) offset += lines[i].length + 1;
    const code = callExpressionAt(source, offset + site.column - 1);
    if (code === undefined) return undefined;
    return `The expression evaluated to a falsy value:\n\n${formatCode(code)}\n`;
  } catch {
    return undefined;
  }
}

function innerOk(fn, argLen, value, message) {
  if (value) return;
  let generatedMessage = false;
  if (argLen === 0) {
    generatedMessage = true;
    message = 'No value argument passed to `assert.ok()`';
  } else if (message == null) {
    generatedMessage = true;
    message = falsyValueMessage();
  } else if (message instanceof Error) {
    throw message;
  }
  const err = new AssertionError({ actual: value, expected: true, message, operator: '==', stackStartFn: fn });
  err.generatedMessage = generatedMessage;
  throw err;
}

// --- The assertion functions ----------------------------------------------------------------------

function ok(...args) {
  innerOk(ok, args.length, ...args);
}

const assert = ok;

let warnedFailArgs = false;
function fail(actual, expected, message, operator, stackStartFn) {
  const argsLen = arguments.length;
  let internalMessage = false;
  if (argsLen === 0) {
    internalMessage = 'Failed';
  } else if (argsLen === 1) {
    message = actual;
    actual = undefined;
  } else {
    if (!warnedFailArgs) {
      warnedFailArgs = true;
      globalThis.process.emitWarning('assert.fail() with more than one argument is deprecated. ' +
        'Please use assert.strictEqual() instead or only pass a message.', 'DeprecationWarning', 'DEP0094');
    }
    if (argsLen === 2) operator = '!=';
  }
  if (message instanceof Error) throw message;
  const err = new AssertionError({
    actual,
    expected,
    operator: operator === undefined ? 'fail' : operator,
    stackStartFn: stackStartFn || fail,
    message: internalMessage || message,
  });
  if (internalMessage) err.generatedMessage = true;
  throw err;
}

function requireTwo(argsLen) {
  if (argsLen < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
}

function bothNaN(a, b) {
  return Number.isNaN(a) && Number.isNaN(b);
}

function equal(actual, expected, message) {
  requireTwo(arguments.length);
  // eslint-disable-next-line eqeqeq
  if (actual != expected && !bothNaN(actual, expected)) {
    innerFail({ actual, expected, message, operator: '==', stackStartFn: equal });
  }
}

function notEqual(actual, expected, message) {
  requireTwo(arguments.length);
  // eslint-disable-next-line eqeqeq
  if (actual == expected || bothNaN(actual, expected)) {
    innerFail({ actual, expected, message, operator: '!=', stackStartFn: notEqual });
  }
}

function deepEqual(actual, expected, message) {
  requireTwo(arguments.length);
  if (!comparisons().isDeepEqual(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'deepEqual', stackStartFn: deepEqual });
  }
}

function notDeepEqual(actual, expected, message) {
  requireTwo(arguments.length);
  if (comparisons().isDeepEqual(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'notDeepEqual', stackStartFn: notDeepEqual });
  }
}

function deepStrictEqual(actual, expected, message) {
  requireTwo(arguments.length);
  if (!comparisons().isDeepStrictEqual(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'deepStrictEqual', stackStartFn: deepStrictEqual });
  }
}

function notDeepStrictEqual(actual, expected, message) {
  requireTwo(arguments.length);
  if (comparisons().isDeepStrictEqual(actual, expected)) {
    innerFail({
      actual, expected, message, operator: 'notDeepStrictEqual', stackStartFn: notDeepStrictEqual,
    });
  }
}

function strictEqual(actual, expected, message) {
  requireTwo(arguments.length);
  if (!Object.is(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'strictEqual', stackStartFn: strictEqual });
  }
}

function notStrictEqual(actual, expected, message) {
  requireTwo(arguments.length);
  if (Object.is(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'notStrictEqual', stackStartFn: notStrictEqual });
  }
}

// --- throws / rejects ------------------------------------------------------------------------------

// Marks "the function did not throw" (undefined could be a thrown value).
const NO_EXCEPTION = {};

function getActual(fn) {
  validateFunction(fn, 'fn');
  try {
    fn();
  } catch (e) {
    return e;
  }
  return NO_EXCEPTION;
}

function isPromiseLike(value) {
  return isPromise(value) ||
    (value !== null && typeof value === 'object' && typeof value.then === 'function' &&
     typeof value.catch === 'function');
}

async function waitForActual(promiseFn) {
  let resultPromise;
  if (typeof promiseFn === 'function') {
    resultPromise = promiseFn();
    if (!isPromiseLike(resultPromise)) {
      throw new ERR_INVALID_RETURN_VALUE('instance of Promise', 'promiseFn', resultPromise);
    }
  } else if (isPromiseLike(promiseFn)) {
    resultPromise = promiseFn;
  } else {
    throw new ERR_INVALID_ARG_TYPE('promiseFn', ['Function', 'Promise'], promiseFn);
  }
  try {
    await resultPromise;
  } catch (e) {
    return e;
  }
  return NO_EXCEPTION;
}

// Holds only `keys` of `obj`, so a failed property check diffs just the checked properties. A
// RegExp expectation that matches shows the actual string, so it does not appear as a difference.
class Comparison {
  constructor(obj, keys, actual) {
    for (const key of keys) {
      if (!(key in obj)) continue;
      if (actual !== undefined && typeof actual[key] === 'string' && isRegExp(obj[key]) &&
          RegExp.prototype.exec.call(obj[key], actual[key]) !== null) {
        this[key] = actual[key];
      } else {
        this[key] = obj[key];
      }
    }
  }
}

function failWith(actual, expected, message, generatedMessage, fn) {
  const err = new AssertionError({ actual, expected, message, operator: fn.name, stackStartFn: fn });
  err.generatedMessage = generatedMessage;
  throw err;
}

// expected is a RegExp: the thrown value, as a string, must match it.
function checkRegExp(actual, expected, message, fn) {
  const str = String(actual);
  if (RegExp.prototype.exec.call(expected, str) !== null) return;
  const generated = !message;
  if (generated) {
    message = `The input did not match the regular expression ${inspect(expected)}. ` +
      `Input:\n\n${inspect(str)}\n`;
  }
  failWith(actual, expected, message, generated, fn);
}

// expected is an object (or an Error): each of its properties must be deep-equal on the thrown
// value (a RegExp property may match a string instead).
function checkProperties(actual, expected, message, fn) {
  if (typeof actual !== 'object' || actual === null) {
    const err = new AssertionError({ actual, expected, message, operator: 'deepStrictEqual', stackStartFn: fn });
    err.operator = fn.name;
    throw err;
  }
  const keys = Object.keys(expected);
  if (expected instanceof Error) {
    keys.push('name', 'message');
  } else if (keys.length === 0) {
    throw new ERR_INVALID_ARG_VALUE('error', expected, 'may not be an empty object');
  }
  for (const key of keys) {
    if (typeof actual[key] === 'string' && isRegExp(expected[key]) &&
        RegExp.prototype.exec.call(expected[key], actual[key]) !== null) {
      continue;
    }
    if (key in actual && comparisons().isDeepStrictEqual(actual[key], expected[key])) continue;
    if (message) innerFail({ actual, expected, message, operator: fn.name, stackStartFn: fn });
    const err = new AssertionError({
      actual: new Comparison(actual, keys),
      expected: new Comparison(expected, keys, actual),
      operator: 'deepStrictEqual',
      stackStartFn: fn,
    });
    err.actual = actual;
    err.expected = expected;
    err.operator = fn.name;
    throw err;
  }
}

// expected is an Error class the thrown value is not an instance of.
function failWrongClass(actual, expected, message, fn) {
  const generated = !message;
  if (generated) {
    message = `The error is expected to be an instance of "${expected.name}". Received `;
    if (isNativeError(actual)) {
      const name = actual.constructor?.name || actual.name;
      message += expected.name === name ?
        'an error with identical name but a different prototype.' : `"${name}"`;
      if (actual.message) message += `\n\nError message:\n\n${actual.message}`;
    } else {
      message += `"${inspect(actual, { depth: -1 })}"`;
    }
  }
  failWith(actual, expected, message, generated, fn);
}

// expected is a validation function: it must return exactly true.
function checkValidator(actual, expected, message, fn) {
  const res = expected.call({}, actual);
  if (res === true) return;
  const generated = !message;
  if (generated) {
    const name = expected.name ? `"${expected.name}" ` : '';
    message = `The ${name}validation function is expected to return "true". Received ${inspect(res)}`;
    if (isNativeError(actual)) message += `\n\nCaught error:\n\n${actual}`;
  }
  failWith(actual, expected, message, generated, fn);
}

function checkThrown(actual, expected, message, fn) {
  if (typeof expected !== 'function') {
    if (isRegExp(expected)) checkRegExp(actual, expected, message, fn);
    else checkProperties(actual, expected, message, fn);
    return;
  }
  // Arrow functions have no prototype, so they can only be validation functions.
  if (expected.prototype !== undefined && actual instanceof expected) return;
  if (Object.prototype.isPrototypeOf.call(Error, expected)) {
    failWrongClass(actual, expected, message, fn);
  }
  checkValidator(actual, expected, message, fn);
}

const kErrorTypes = ['Object', 'Error', 'Function', 'RegExp'];

function expectsError(fn, actual, error, message) {
  if (typeof error === 'string') {
    // A string `error` is the message; a second message after it is a mistake.
    if (arguments.length >= 4) {
      throw new ERR_INVALID_ARG_TYPE('error', kErrorTypes, error);
    }
    if (typeof actual === 'object' && actual !== null) {
      if (actual.message === error) {
        throw new ERR_AMBIGUOUS_ARGUMENT('error/message',
          `The error message "${actual.message}" is identical to the message.`);
      }
    } else if (actual === error) {
      throw new ERR_AMBIGUOUS_ARGUMENT('error/message', `The error "${actual}" is identical to the message.`);
    }
    message = error;
    error = undefined;
  } else if (error != null && typeof error !== 'object' && typeof error !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('error', kErrorTypes, error);
  }

  if (actual === NO_EXCEPTION) {
    let details = '';
    if (error && error.name) details += ` (${error.name})`;
    details += message ? `: ${message}` : '.';
    const what = fn === rejects ? 'rejection' : 'exception';
    innerFail({
      actual: undefined, expected: error, operator: fn.name, message: `Missing expected ${what}${details}`,
      stackStartFn: fn,
    });
  }
  if (error !== undefined && error !== null) checkThrown(actual, error, message, fn);
}

function matchesError(actual, expected) {
  if (typeof expected !== 'function') {
    if (isRegExp(expected)) return RegExp.prototype.exec.call(expected, String(actual)) !== null;
    throw new ERR_INVALID_ARG_TYPE('expected', ['Function', 'RegExp'], expected);
  }
  if (expected.prototype !== undefined && actual instanceof expected) return true;
  if (Object.prototype.isPrototypeOf.call(Error, expected)) return false;
  return expected.call({}, actual) === true;
}

function expectsNoError(fn, actual, error, message) {
  if (actual === NO_EXCEPTION) return;
  if (typeof error === 'string') {
    message = error;
    error = undefined;
  }
  if (!error || matchesError(actual, error)) {
    const details = message ? `: ${message}` : '.';
    const what = fn === doesNotReject ? 'rejection' : 'exception';
    innerFail({
      actual,
      expected: error,
      operator: fn.name,
      message: `Got unwanted ${what}${details}\nActual message: "${actual?.message}"`,
      stackStartFn: fn,
    });
  }
  throw actual;
}

function throws(promiseFn, ...args) {
  expectsError(throws, getActual(promiseFn), ...args);
}

async function rejects(promiseFn, ...args) {
  expectsError(rejects, await waitForActual(promiseFn), ...args);
}

function doesNotThrow(fn, ...args) {
  expectsNoError(doesNotThrow, getActual(fn), ...args);
}

async function doesNotReject(fn, ...args) {
  expectsNoError(doesNotReject, await waitForActual(fn), ...args);
}

// Appends the frames of the unwanted error to the assertion's stack, for debugging.
function mergeStacks(newErr, err) {
  const origStack = err.stack;
  if (typeof origStack !== 'string') return;
  const own = String(newErr.stack).split('\n');
  const theirs = origStack.split('\n').slice(1).filter((line) => !own.includes(line));
  if (theirs.length === 0) return;
  Object.defineProperty(newErr, 'stack', {
    value: `${own.join('\n')}\n${theirs.join('\n')}`, writable: true, enumerable: false, configurable: true,
  });
}

function ifError(err) {
  if (err === null || err === undefined) return;
  let message = 'ifError got unwanted exception: ';
  if (typeof err === 'object' && typeof err.message === 'string') {
    message += err.message.length === 0 && err.constructor ? err.constructor.name : err.message;
  } else {
    message += inspect(err);
  }
  const newErr = new AssertionError({
    actual: err, expected: null, operator: 'ifError', message, stackStartFn: ifError,
  });
  mergeStacks(newErr, err);
  throw newErr;
}

function internalMatch(string, regexp, message, fn) {
  if (!isRegExp(regexp)) throw new ERR_INVALID_ARG_TYPE('regexp', 'RegExp', regexp);
  const wantMatch = fn === match;
  if (typeof string === 'string' && (RegExp.prototype.exec.call(regexp, string) !== null) === wantMatch) {
    return;
  }
  if (message instanceof Error) throw message;
  const generated = !message;
  if (generated) {
    if (typeof string !== 'string') {
      message = 'The "string" argument must be of type string. Received type ' +
        `${typeof string} (${inspect(string)})`;
    } else {
      message = (wantMatch ? 'The input did not match the regular expression ' :
        'The input was expected to not match the regular expression ') +
        `${inspect(regexp)}. Input:\n\n${inspect(string)}\n`;
    }
  }
  failWith(string, regexp, message, generated, fn);
}

function match(string, regexp, message) {
  internalMatch(string, regexp, message, match);
}

function doesNotMatch(string, regexp, message) {
  internalMatch(string, regexp, message, doesNotMatch);
}

// --- CallTracker -----------------------------------------------------------------------------------
// Counts calls of wrapped functions; verify() fails when a count differs from the expected one.

let warnedCallTracker = false;

class CallTracker {
  #calls = new Map();  // wrapper -> { name, expected, calls: [{ thisArg, arguments }], stack }

  constructor() {
    if (!warnedCallTracker) {
      warnedCallTracker = true;
      globalThis.process.emitWarning('assert.CallTracker is deprecated.', 'DeprecationWarning', 'DEP0173');
    }
  }

  calls(fn, expected = 1) {
    if (typeof fn === 'number') {
      expected = fn;
      fn = undefined;
    }
    fn ??= function calls() {};
    validateFunction(fn, 'fn');
    validateUint32(expected, 'expected', true);
    const context = { name: fn.name || 'calls', expected, calls: [], stack: new Error() };
    const wrapper = function(...args) {
      context.calls.push({ thisArg: this, arguments: args });
      return new.target ? Reflect.construct(fn, args, new.target) : fn.apply(this, args);
    };
    Object.defineProperty(wrapper, 'length', { value: fn.length, configurable: true });
    Object.defineProperty(wrapper, 'name', { value: fn.name, configurable: true });
    this.#calls.set(wrapper, context);
    return wrapper;
  }

  #context(wrapper) {
    const context = this.#calls.get(wrapper);
    if (context === undefined) {
      throw new ERR_INVALID_ARG_VALUE('tracked', wrapper, 'is not a tracked function');
    }
    return context;
  }

  getCalls(fn) {
    return this.#context(fn).calls.map((c) => ({ ...c }));
  }

  reset(fn) {
    if (fn === undefined) {
      for (const context of this.#calls.values()) context.calls = [];
    } else {
      this.#context(fn).calls = [];
    }
  }

  report() {
    const errors = [];
    for (const context of this.#calls.values()) {
      if (context.calls.length === context.expected) continue;
      errors.push({
        message: `Expected the ${context.name} function to be executed ${context.expected} time(s) ` +
          `but was executed ${context.calls.length} time(s).`,
        actual: context.calls.length,
        expected: context.expected,
        operator: context.name,
        stack: context.stack,
      });
    }
    return errors;
  }

  verify() {
    const errors = this.report();
    if (errors.length === 0) return;
    const message = errors.length === 1 ? errors[0].message :
      'Functions were not called the expected number of times';
    innerFail({ message, details: errors, stackStartFn: this.verify });
  }
}

// --- The module ------------------------------------------------------------------------------------

Object.assign(assert, {
  fail,
  AssertionError,
  ok,
  equal,
  notEqual,
  deepEqual,
  notDeepEqual,
  deepStrictEqual,
  notDeepStrictEqual,
  strictEqual,
  notStrictEqual,
  throws,
  rejects,
  doesNotThrow,
  doesNotReject,
  ifError,
  match,
  doesNotMatch,
  CallTracker,
});

function strict(...args) {
  innerOk(strict, args.length, ...args);
}

assert.strict = Object.assign(strict, assert, {
  equal: strictEqual,
  deepEqual: deepStrictEqual,
  notEqual: notStrictEqual,
  notDeepEqual: notDeepStrictEqual,
});
assert.strict.strict = assert.strict;

module.exports = assert;
