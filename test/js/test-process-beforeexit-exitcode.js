// 'beforeExit' receives process.exitCode; it is not emitted when process.exit() is called explicitly.
'use strict';
// exit-code: 3
process.exitCode = 3;
let fired = 0;
process.on('beforeExit', (code) => {
  console.log('beforeExit', code);
  if (fired++ === 0) setImmediate(() => process.exit());
});
process.on('exit', (code) => console.log('exit', code));
