// console.assert prints "Assertion failed[: msg]" to stderr for falsy values, never throws, and is silent otherwise.
'use strict';
// stderr: ^Assertion failed: value was 0$
// stderr: ^Assertion failed$
console.assert(true, 'not printed');
console.assert(1);
console.assert(0, 'value was %d', 0);
console.assert(false);
console.log('still running');
