'use strict';
// process.nextTick and queueMicrotask, and the end-of-macrotask processing Node does: run every nextTick
// callback, then the microtasks, and repeat while either queue grows; then report unhandled rejections.
// The native loop calls processTicksAndRejections only when tickInfo says there is something to do.

const binding = internalBinding('process');
const { tickInfo } = binding.info();
const kHasTickScheduled = 0;
const kHasRejectionToWarn = 1;
const kHasMicrotasks = 2;  // set natively when a promise job or queueMicrotask callback is queued

// A FIFO of tick records; an array with a moving head is faster than shift() for long queues.
let queue = [];
let head = 0;

function hasTickScheduled() { return tickInfo[kHasTickScheduled] === 1; }

function nextTick(callback, ...args) {
  if (typeof callback !== 'function') {
    const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
    throw new ERR_INVALID_ARG_TYPE('callback', 'Function', callback);
  }
  if (process._exiting) return;
  tickInfo[kHasTickScheduled] = 1;
  queue.push(args.length === 0 ? { callback, args: undefined } : { callback, args });
}

function runTicks() {
  while (head < queue.length) {
    const tick = queue[head];
    queue[head++] = undefined;
    try {
      if (tick.args === undefined) tick.callback();
      else tick.callback(...tick.args);
    } catch (error) {
      require('internal/process/execution').triggerUncaughtException(error);
    }
  }
  queue = [];
  head = 0;
}

function processTicksAndRejections() {
  const { processPromiseRejections } = require('internal/process/promises');
  do {
    runTicks();
    tickInfo[kHasTickScheduled] = 0;
    binding.runMicrotasks();
  } while (head < queue.length || hasTickScheduled() || processPromiseRejections());
  tickInfo[kHasTickScheduled] = 0;
}

// What a timer, immediate or message loop runs between callbacks (Node's runNextTicks). Cheap when there is
// nothing to do: no native call unless a tick, microtask or rejection is pending.
function runNextTicks() {
  if (tickInfo[kHasTickScheduled] === 0 && tickInfo[kHasRejectionToWarn] === 0) {
    if (tickInfo[kHasMicrotasks] === 0) return;
    binding.runMicrotasks();
    if (tickInfo[kHasTickScheduled] === 0 && tickInfo[kHasRejectionToWarn] === 0) return;
  }
  processTicksAndRejections();
}

function queueMicrotask(callback) {
  if (typeof callback !== 'function') {
    const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
    throw new ERR_INVALID_ARG_TYPE('callback', 'Function', callback);
  }
  binding.enqueueMicrotask(function microtask() {
    try {
      callback();
    } catch (error) {
      require('internal/process/execution').triggerUncaughtException(error);
    }
  });
}

function setupTaskQueue() {
  return { processTicksAndRejections, nextTick };
}

module.exports = { setupTaskQueue, queueMicrotask, runNextTicks, nextTick };
