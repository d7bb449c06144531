// Order of process.nextTick, promise jobs and queueMicrotask queued by the main script: all ticks first, then microtasks FIFO.
'use strict';
console.log('main start');
Promise.resolve().then(() => console.log('promise 1'));
queueMicrotask(() => console.log('microtask 1'));
process.nextTick(() => console.log('tick 1'));
Promise.resolve().then(() => console.log('promise 2'));
process.nextTick(() => console.log('tick 2'));
queueMicrotask(() => console.log('microtask 2'));
console.log('main end');
