'use strict';
// Unhandled promise rejections, in the mode --unhandled-rejections names (Node's default, "throw": after the
// microtask queue drains, a rejection that is still unhandled emits 'unhandledRejection' if anyone listens,
// otherwise it is raised as an uncaught exception, non-errors wrapped in ERR_UNHANDLED_REJECTION; "strict"
// raises it first; "warn" and "warn-with-error-code" print warnings instead; "none" only emits the event). A
// promise handled after that emits 'rejectionHandled', or, with no listener, a PromiseRejectionHandledWarning.

const binding = internalBinding('process');

const kUnhandled = 0;
const maybeUnhandled = new WeakMap();  // promise -> { reason, uid, warned }
let pending = [];                      // promises rejected without a handler, in order
let lastUid = 0;                       // numbers the rejections, as Node's "(rejection id: N)"
let mode;                              // read from the flags at the first rejection

function rejectionsMode() {
  if (mode === undefined) {
    mode = require('internal/process/flags').flagValue('--unhandled-rejections') || 'throw';
  }
  return mode;
}

function processPromiseRejections() {
  const events = binding.takePendingRejections();
  const handledLate = [];  // { promise, warning }: handled after they were reported
  for (let i = 0; i < events.length; i += 2) {
    const promise = events[i];
    if (events[i + 1] === kUnhandled) {
      const { getPromiseState } = internalBinding('util');
      const state = getPromiseState(promise);
      maybeUnhandled.set(promise, { reason: state ? state[1] : undefined, uid: ++lastUid, warned: false });
      pending.push(promise);
    } else {
      const record = maybeUnhandled.get(promise);
      if (record !== undefined) {
        maybeUnhandled.delete(promise);
        if (record.warned) handledLate.push({ promise, warning: handledWarning(record.uid) });
      }
    }
  }
  for (const { promise, warning } of handledLate) {
    if (!process.emit('rejectionHandled', promise)) process.emitWarning(warning);
  }
  let hadWork = handledLate.length > 0;
  while (pending.length > 0) {
    const list = pending;
    pending = [];
    for (const promise of list) {
      const record = maybeUnhandled.get(promise);
      if (record === undefined) continue;  // handled before we got to it
      record.warned = true;
      hadWork = true;
      report(promise, record);
    }
  }
  // True when listeners or warnings ran: they may have queued ticks or microtasks, which the caller runs
  // before it asks again.
  return hadWork;
}

function report(promise, { reason, uid }) {
  switch (rejectionsMode()) {
    case 'strict':
      raise(reason);
      if (!process.emit('unhandledRejection', reason, promise)) warnUnhandled(reason, uid);
      break;
    case 'none':
      process.emit('unhandledRejection', reason, promise);
      break;
    case 'warn':
      process.emit('unhandledRejection', reason, promise);
      warnUnhandled(reason, uid);
      break;
    case 'warn-with-error-code':
      if (!process.emit('unhandledRejection', reason, promise)) {
        warnUnhandled(reason, uid);
        process.exitCode = 1;
      }
      break;
    default:  // throw
      if (!process.emit('unhandledRejection', reason, promise)) raise(reason);
  }
}

function raise(reason) {
  let error = reason;
  if (!isErrorLike(reason)) {
    const { codes: { ERR_UNHANDLED_REJECTION } } = require('internal/errors');
    error = new ERR_UNHANDLED_REJECTION(reason);
  }
  require('internal/process/execution').triggerUncaughtException(error, true);
}

// Node's two warnings: the reason (its stack, or its side-effect-free text), then the explanation.
function warnUnhandled(reason, uid) {
  const name = 'UnhandledPromiseRejectionWarning';
  try {
    if (isErrorLike(reason)) {
      process.emitWarning(reason.stack, name);
    } else {
      process.emitWarning(require('internal/errors').describeRejectionReason(reason), name);
    }
  } catch {
    // a reason whose stack throws is left out
  }
  process.emitWarning(withoutStack(name, 'Unhandled promise rejection. This error originated either by throwing ' +
    'inside of an async function without a catch block, or by rejecting a promise which was not handled with ' +
    '.catch(). To terminate the node process on unhandled promise rejection, use the CLI flag ' +
    '`--unhandled-rejections=strict` (see https://nodejs.org/api/cli.html#cli_unhandled_rejections_mode). ' +
    `(rejection id: ${uid})`));
}

function handledWarning(uid) {
  const warning = withoutStack('PromiseRejectionHandledWarning',
                               `Promise rejection was handled asynchronously (rejection id: ${uid})`);
  warning.id = uid;
  return warning;
}

// A warning object whose stack is only its header (where it was made is not the point), as Node's.
function withoutStack(name, message) {
  const warning = new Error(message);
  warning.name = name;
  Object.defineProperty(warning, 'stack', { value: `${name}: ${message}`, writable: true, configurable: true });
  return warning;
}

// As in Node, a reason with an own `stack` is reported as it is and anything else is wrapped in
// ERR_UNHANDLED_REJECTION; errors the engine made count (V8 gives each one its own `stack`).
function isErrorLike(value) {
  if (value === null || typeof value !== 'object') return false;
  return internalBinding('util').getBuiltinClass(value) === 'Error' ||
         Object.prototype.hasOwnProperty.call(value, 'stack');
}

module.exports = { processPromiseRejections };
