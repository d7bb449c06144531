// process.exit(n) inside a timer stops immediately: later code in the callback, ticks and other timers never run.
'use strict';
// exit-code: 6
process.on('exit', (code) => console.log('exit', code));
setTimeout(() => {
  console.log('timer 1');
  process.nextTick(() => console.log('never: tick'));
  setImmediate(() => console.log('never: immediate'));
  process.exit(6);
  console.log('never: after exit'); // eslint-disable-line no-unreachable
}, 1);
setTimeout(() => console.log('never: timer 2'), 1);
