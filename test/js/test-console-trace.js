// console.trace prints "Trace: msg" and a stack (naming this file) to stderr, nothing to stdout.
'use strict';
// stderr: ^Trace: traced here 7$
// stderr: ^    at .*test-console-trace\.js:[0-9]+:[0-9]+\)?$
// stderr: ^Trace$
function tracer() { console.trace('traced here %d', 7); }
tracer();
console.trace();
