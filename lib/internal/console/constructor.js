'use strict';
// The Console class: formatting through util.formatWithOptions, Node's method set (log, info, debug, warn,
// error, trace, dir, dirxml, table, time*, count*, assert, group*), writing whole lines to its streams.

const kCounts = Symbol('counts');
const kTimers = Symbol('timers');
const kIndent = Symbol('indent');
const kStdout = Symbol('stdout');
const kStderr = Symbol('stderr');
const kColorMode = Symbol('colorMode');

function lazyInspect() { return require('internal/util/inspect'); }

class Console {
  constructor(options, stderr, ignoreErrors) {
    if (!new.target) return new Console(options, stderr, ignoreErrors);
    if (options && typeof options.write === 'function') {
      options = { stdout: options, stderr };
    }
    const { stdout, stderr: err = options.stdout, colorMode = 'auto' } = options || {};
    if (!stdout || typeof stdout.write !== 'function') {
      const { codes: { ERR_CONSOLE_WRITABLE_STREAM, ERR_INVALID_ARG_VALUE } } = require('internal/errors');
      const Ctor = ERR_CONSOLE_WRITABLE_STREAM || ERR_INVALID_ARG_VALUE;
      throw new Ctor('stdout', stdout, 'must be a writable stream');
    }
    this[kStdout] = stdout;
    this[kStderr] = err;
    this[kColorMode] = colorMode;
    this[kCounts] = new Map();
    this[kTimers] = new Map();
    this[kIndent] = '';
    // Methods are bound so that `const { log } = console` works, as in Node.
    for (const name of Object.getOwnPropertyNames(Console.prototype)) {
      if (name !== 'constructor' && typeof this[name] === 'function') this[name] = this[name].bind(this);
    }
  }

  _colors(stream) {
    if (this[kColorMode] !== 'auto') return !!this[kColorMode];
    return !!(stream && stream.isTTY && (typeof stream.hasColors !== 'function' || stream.hasColors()));
  }

  _write(stream, args) {
    const { formatWithOptions } = lazyInspect();
    let text = formatWithOptions({ colors: this._colors(stream) }, ...args);
    if (this[kIndent] !== '') text = text.split('\n').map((line) => this[kIndent] + line).join('\n');
    stream.write(`${text}\n`);
  }

  log(...args) { this._write(this[kStdout], args); }
  info(...args) { this._write(this[kStdout], args); }
  debug(...args) { this._write(this[kStdout], args); }
  warn(...args) { this._write(this[kStderr], args); }
  error(...args) { this._write(this[kStderr], args); }

  dir(object, options) {
    const { inspect } = lazyInspect();
    const text = inspect(object, { customInspect: false, colors: this._colors(this[kStdout]), ...options });
    this._write(this[kStdout], [text]);
  }

  dirxml(...args) { this.log(...args); }

  trace(...args) {
    const { formatWithOptions } = lazyInspect();
    const error = { name: 'Trace', message: formatWithOptions({ colors: false }, ...args) };
    Error.captureStackTrace(error, this.trace);
    this._write(this[kStderr], [error.stack]);
  }

  assert(expression, ...args) {
    if (expression) return;
    if (typeof args[0] === 'string') {
      args[0] = `Assertion failed: ${args[0]}`;
    } else {
      args.unshift('Assertion failed');
    }
    this.warn(...args);
  }

  // Clears a terminal (cursor home, then erase below); does nothing when stdout is not one, as in Node.
  clear() {
    const stdout = this[kStdout];
    if (stdout.isTTY) stdout.write('\x1b[1;1H\x1b[0J');
  }

  count(label = 'default') {
    label = `${label}`;
    const count = (this[kCounts].get(label) || 0) + 1;
    this[kCounts].set(label, count);
    this.log(`${label}: ${count}`);
  }

  countReset(label = 'default') {
    label = `${label}`;
    if (!this[kCounts].has(label)) {
      process.emitWarning(`Count for '${label}' does not exist`);
      return;
    }
    this[kCounts].delete(label);
  }

  group(...labels) {
    if (labels.length > 0) this.log(...labels);
    this[kIndent] += '  ';
  }

  groupCollapsed(...labels) { this.group(...labels); }

  groupEnd() { this[kIndent] = this[kIndent].slice(0, Math.max(this[kIndent].length - 2, 0)); }

  time(label = 'default') {
    label = `${label}`;
    if (this[kTimers].has(label)) {
      process.emitWarning(`Label '${label}' already exists for console.time()`);
      return;
    }
    this[kTimers].set(label, process.hrtime());
  }

  timeEnd(label = 'default') {
    label = `${label}`;
    if (this._printTime(label, 'timeEnd', [])) this[kTimers].delete(label);
  }

  timeLog(label = 'default', ...data) {
    this._printTime(`${label}`, 'timeLog', data);
  }

  _printTime(label, method, data) {
    const start = this[kTimers].get(label);
    if (start === undefined) {
      process.emitWarning(`No such label '${label}' for console.${method}()`);
      return false;
    }
    const [s, ns] = process.hrtime(start);
    const ms = s * 1000 + ns / 1e6;
    this.log(`${label}: ${formatTime(ms)}`, ...data);
    return true;
  }

  table(data, properties) {
    require('internal/console/table').printTable(this, data, properties);
  }
}

// Node prints durations as "1.234ms", switching to seconds/minutes for long ones.
function formatTime(ms) {
  let value = ms;
  let unit = 'ms';
  if (ms >= 1000 * 60 * 60) { value = ms / (1000 * 60 * 60); unit = 'h'; }
  else if (ms >= 1000 * 60) { value = ms / (1000 * 60); unit = 'min'; }
  else if (ms >= 1000) { value = ms / 1000; unit = 's'; }
  return `${Number(value.toFixed(3))}${unit}`;
}

module.exports = { Console, kStdout, kStderr };
