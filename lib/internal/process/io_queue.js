'use strict';
// Completions of the callback-style fs APIs. loom performs those calls synchronously and delivers their
// callbacks from the loop's poll phase, where Node delivers I/O completions, so that the order of callbacks,
// ticks, immediates and timers around them is Node's.

const { scheduleIOCallbacks } = internalBinding('timers');

let queue = [];

function queueIOCallback(callback, ...args) {
  if (queue.length === 0) scheduleIOCallbacks();
  queue.push({ callback, args });
}

function processIOCallbacks() {
  const { runNextTicks } = require('internal/process/task_queues');
  const batch = queue;
  queue = [];
  for (let i = 0; i < batch.length; i++) {
    if (i > 0) runNextTicks();
    const { callback, args } = batch[i];
    try {
      callback(...args);
    } catch (error) {
      require('internal/process/execution').triggerUncaughtException(error);
    }
  }
}

module.exports = { queueIOCallback, processIOCallbacks };
