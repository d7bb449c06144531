// Inside a timer callback, nextTick runs before promise jobs/queueMicrotask, all before the next timer callback.
'use strict';
setTimeout(() => {
  console.log('timer 1');
  queueMicrotask(() => console.log('timer 1: microtask'));
  Promise.resolve().then(() => console.log('timer 1: promise'));
  process.nextTick(() => console.log('timer 1: tick'));
}, 1);
setTimeout(() => {
  console.log('timer 2');
  Promise.resolve().then(() => console.log('timer 2: promise'));
  process.nextTick(() => console.log('timer 2: tick'));
}, 1);
