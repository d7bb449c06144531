// Ticks scheduled from microtasks and microtasks scheduled from ticks: exact interleaving of the two queues.
'use strict';
process.nextTick(() => {
  console.log('tick A');
  process.nextTick(() => console.log('tick A -> tick'));
  Promise.resolve().then(() => {
    console.log('tick A -> promise');
    process.nextTick(() => console.log('tick A -> promise -> tick'));
    Promise.resolve().then(() => console.log('tick A -> promise -> promise'));
  });
});
Promise.resolve().then(() => {
  console.log('promise B');
  process.nextTick(() => {
    console.log('promise B -> tick');
    Promise.resolve().then(() => console.log('promise B -> tick -> promise'));
  });
  queueMicrotask(() => console.log('promise B -> microtask'));
});
process.nextTick(() => console.log('tick C'));
