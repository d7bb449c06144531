// process.exitCode sets the status of a natural exit and is visible to 'exit' listeners, which may change it.
'use strict';
// exit-code: 9
const assert = require('assert');
assert.strictEqual(process.exitCode, undefined);
process.exitCode = 4;
process.on('exit', (code) => {
  console.log('exit', code, process.exitCode);
  process.exitCode = 9;
});
setTimeout(() => console.log('timer'), 1);
