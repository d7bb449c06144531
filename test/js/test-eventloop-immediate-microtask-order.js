// Inside setImmediate callbacks, ticks and microtasks drain after each callback, before the next immediate.
'use strict';
setImmediate(() => {
  console.log('immediate 1');
  Promise.resolve().then(() => console.log('immediate 1: promise'));
  queueMicrotask(() => console.log('immediate 1: microtask'));
  process.nextTick(() => console.log('immediate 1: tick'));
});
setImmediate(() => {
  console.log('immediate 2');
  process.nextTick(() => console.log('immediate 2: tick'));
  Promise.resolve().then(() => console.log('immediate 2: promise'));
});
