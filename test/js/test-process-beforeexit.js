// 'beforeExit' fires when the loop empties, may schedule more work, and fires again after that work; then 'exit'.
'use strict';
let n = 0;
process.on('beforeExit', (code) => {
  n++;
  console.log('beforeExit', n, 'code', code);
  if (n < 3) {
    setTimeout(() => console.log('timer from beforeExit', n), 1);
    Promise.resolve().then(() => console.log('promise from beforeExit', n));
  }
});
process.on('exit', (code) => console.log('exit', code, 'after', n, 'beforeExit events'));
console.log('main');
