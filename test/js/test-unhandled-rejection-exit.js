// An unhandled rejection with an Error ends the process with exit 1, printing the error and its stack on stderr.
'use strict';
// exit-code: 1
// stderr: ^Error: unhandled boom$
// stderr: ^    at .*test-unhandled-rejection-exit\.js:[0-9]+:[0-9]+\)?$
process.on('exit', (code) => console.log('exit', code));
setTimeout(() => console.log('never: timer'), 50);
Promise.reject(new Error('unhandled boom'));
console.log('main done');
