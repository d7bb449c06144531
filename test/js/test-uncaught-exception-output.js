// An uncaught exception prints "file:line", the source line, a caret under the throw, a blank line and the stack; exit 1.
'use strict';
// exit-code: 1
// stderr: test-uncaught-exception-output\.js:[0-9]+$
// stderr: ^  throw new Error\('bad thing'\);$
// stderr: ^  \^$
// stderr: ^Error: bad thing$
// stderr: ^    at thrower \(.*test-uncaught-exception-output\.js:[0-9]+:[0-9]+\)$
function thrower() {
  throw new Error('bad thing');
}
process.on('exit', (code) => console.log('exit', code));
setTimeout(() => console.log('never: timer'), 50);
thrower();
