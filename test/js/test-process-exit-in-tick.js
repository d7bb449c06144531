// process.exit(n) inside a nextTick callback overrides exitCode and skips pending microtasks and timers.
'use strict';
// exit-code: 2
process.exitCode = 8;
process.on('exit', (code) => console.log('exit', code, process.exitCode));
process.nextTick(() => {
  console.log('tick');
  Promise.resolve().then(() => console.log('never: promise'));
  process.exit(2);
});
setTimeout(() => console.log('never: timer'), 0);
console.log('main');
