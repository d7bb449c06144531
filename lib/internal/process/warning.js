'use strict';
// process.emitWarning: builds a Warning (or the given error type), emits 'warning' on the next tick, and by
// default prints "(loom:PID) Name: message" to stderr, like Node's "(node:PID) ...".

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
    warning = error;
  } else if (!(warning instanceof Error)) {
    throw new ERR_INVALID_ARG_TYPE('warning', ['Error', 'string'], warning);
  }
  if (warning.name === 'DeprecationWarning' && process.noDeprecation) return;
  process.nextTick(() => {
    process.emit('warning', warning);
  });
}

function printWarning(warning) {
  const code = warning.code ? `[${warning.code}] ` : '';
  let text = `(loom:${process.pid}) ${code}${warning.name}: ${warning.message}\n`;
  if (typeof warning.detail === 'string') text += `${warning.detail}\n`;
  if (!printWarning.hinted) {
    printWarning.hinted = true;
    text += '(Use `loom --trace-warnings ...` to show where the warning was created)\n';
  }
  process.stderr.write(text);
}

// The default listener: installed once, prints every warning (Node prints even with other listeners).
process.on('warning', printWarning);

module.exports = { emitWarning };
