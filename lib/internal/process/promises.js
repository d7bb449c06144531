'use strict';
// Unhandled promise rejections, Node 20's default mode ("throw"): after the microtask queue drains, a rejection
// that is still unhandled emits 'unhandledRejection' if anyone listens; otherwise it is raised as an uncaught
// exception (non-errors wrapped in ERR_UNHANDLED_REJECTION). A promise handled later emits
// 'rejectionHandled'.

const binding = internalBinding('process');

const kUnhandled = 0;
const maybeUnhandled = new WeakMap();  // promise -> { reason, warned }
let pending = [];                      // promises rejected without a handler, in order

function processPromiseRejections() {
  const events = binding.takePendingRejections();
  for (let i = 0; i < events.length; i += 2) {
    const promise = events[i];
    if (events[i + 1] === kUnhandled) {
      const { getPromiseState } = internalBinding('util');
      const state = getPromiseState(promise);
      maybeUnhandled.set(promise, { reason: state ? state[1] : undefined, warned: false });
      pending.push(promise);
    } else {
      const record = maybeUnhandled.get(promise);
      if (record !== undefined) {
        maybeUnhandled.delete(promise);
        if (record.warned) process.emit('rejectionHandled', promise);
      }
    }
  }
  let hadUnhandled = false;
  while (pending.length > 0) {
    const list = pending;
    pending = [];
    for (const promise of list) {
      const record = maybeUnhandled.get(promise);
      if (record === undefined) continue;  // handled before we got to it
      record.warned = true;
      hadUnhandled = true;
      const { reason } = record;
      if (process.emit('unhandledRejection', reason, promise)) continue;
      maybeUnhandled.delete(promise);
      let error = reason;
      if (!isErrorLike(reason)) {
        const { codes: { ERR_UNHANDLED_REJECTION } } = require('internal/errors');
        error = new ERR_UNHANDLED_REJECTION(reason);
      }
      require('internal/process/execution').triggerUncaughtException(error, true);
    }
  }
  return hadUnhandled && pending.length > 0;
}

// As in Node, a reason with an own `stack` is reported as it is and anything else is wrapped in
// ERR_UNHANDLED_REJECTION; errors the engine made count (V8 gives each one its own `stack`).
function isErrorLike(value) {
  if (value === null || typeof value !== 'object') return false;
  return internalBinding('util').getBuiltinClass(value) === 'Error' ||
         Object.prototype.hasOwnProperty.call(value, 'stack');
}

module.exports = { processPromiseRejections };
