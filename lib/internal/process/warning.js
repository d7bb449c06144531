'use strict';
// process.emitWarning: builds a Warning (or the given error type), emits 'warning' on the next tick, and by
// default prints "(loom:PID) Name: message" to stderr, like Node's "(node:PID) ...". The thread's flags
// apply as in Node: --no-warnings (nothing printed), --no-deprecation (deprecations dropped),
// --throw-deprecation (thrown instead), --trace-deprecation and --trace-warnings (printed with their stack).

const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');

function emitWarning(warning, type, code, ctor) {
  let detail;
  if (type !== null && typeof type === 'object' && !Array.isArray(type)) {
    ctor = type.ctor;
    code = type.code;
    if (typeof type.detail === 'string') detail = type.detail;
    type = type.type || 'Warning';
  } else if (typeof type === 'function') {
    ctor = type;
    code = undefined;
    type = 'Warning';
  }
  if (type !== undefined && typeof type !== 'string') throw new ERR_INVALID_ARG_TYPE('type', 'string', type);
  if (typeof code === 'function') {
    ctor = code;
    code = undefined;
  } else if (code !== undefined && typeof code !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('code', 'string', code);
  }
  if (typeof warning === 'string') {
    const error = new Error(warning);
    error.name = String(type || 'Warning');
    if (code !== undefined) error.code = code;
    if (detail !== undefined) error.detail = detail;
    Error.captureStackTrace(error, ctor || process.emitWarning);
    warning = error;
  } else if (!(warning instanceof Error)) {
    throw new ERR_INVALID_ARG_TYPE('warning', ['Error', 'string'], warning);
  }
  if (warning.name === 'DeprecationWarning') {
    if (process.noDeprecation) return;
    // Thrown on the next tick, so that warnings emitted before it are printed first.
    if (process.throwDeprecation) return process.nextTick(() => { throw warning; });
  }
  process.nextTick(() => {
    process.emit('warning', warning);
  });
}

let hintShown = false;  // the "(Use `loom --trace-... ...`)" line is printed once per thread

function printWarning(warning) {
  if (!(warning instanceof Error)) return;
  const isDeprecation = warning.name === 'DeprecationWarning';
  if (isDeprecation && process.noDeprecation) return;
  const trace = process.traceProcessWarnings || (isDeprecation && process.traceDeprecation);
  let text = `(loom:${process.pid}) `;
  if (warning.code) text += `[${warning.code}] `;
  text += trace && warning.stack ? `${warning.stack}` : `${warning}`;
  if (typeof warning.detail === 'string') text += `\n${warning.detail}`;
  if (!trace && !hintShown) {
    hintShown = true;
    const argv0 = require('path').basename(process.argv0 || 'loom');
    text += `\n(Use \`${argv0} ${isDeprecation ? '--trace-deprecation' : '--trace-warnings'} ...\` to show where ` +
            'the warning was created)';
  }
  process.stderr.write(`${text}\n`);
}

// The default listener, installed once unless --no-warnings: prints every warning (Node prints even with
// other listeners).
if (!require('internal/process/flags').hasFlag('--no-warnings')) process.on('warning', printWarning);

module.exports = { emitWarning };
