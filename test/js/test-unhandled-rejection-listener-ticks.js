// Ticks and microtasks queued by an 'unhandledRejection' or 'rejectionHandled' listener run straight after
// it, before any timer (they were once left in the queue until something else queued a tick).
'use strict';
const common = require('../common');
const assert = require('assert');

const order = [];
process.on('unhandledRejection', common.mustCall(() => {
  process.nextTick(() => order.push('tick from unhandledRejection'));
  queueMicrotask(() => order.push('microtask from unhandledRejection'));
}));
process.on('rejectionHandled', common.mustCall(() => {
  process.nextTick(() => order.push('tick from rejectionHandled'));
}));
const rejected = Promise.reject(new Error('late'));
setTimeout(common.mustCall(() => {
  order.push('timer');
  rejected.catch(() => {});
  setTimeout(common.mustCall(() => {
    order.push('second timer');
    assert.deepStrictEqual(order, ['tick from unhandledRejection', 'microtask from unhandledRejection', 'timer',
                                   'tick from rejectionHandled', 'second timer']);
  }), 10);
}), 10);
