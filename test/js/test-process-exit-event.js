// 'exit' listeners run in order with the exit code; work scheduled inside them never runs.
'use strict';
// exit-code: 5
process.on('exit', (code) => {
  console.log('exit 1', code, process.exitCode);
  setTimeout(() => console.log('never: timer'), 0);
  setImmediate(() => console.log('never: immediate'));
  process.nextTick(() => console.log('never: tick'));
  Promise.resolve().then(() => console.log('never: promise'));
});
process.once('exit', (code) => console.log('exit 2', code));
setTimeout(() => {
  console.log('timer');
  process.exit(5);
}, 1);
