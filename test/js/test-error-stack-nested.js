// The stack of an error thrown in nested calls names each function, innermost first, then the module-level frame.
'use strict';
const assert = require('assert');
function outer() { return middle(); }
function middle() { return inner(); }
function inner() { return new Error('deep'); }
const frames = outer().stack.split('\n').slice(1);
assert.match(frames[0], /^    at inner \(.*test-error-stack-nested\.js:6:\d+\)$/);
assert.match(frames[1], /^    at middle \(.*test-error-stack-nested\.js:5:\d+\)$/);
assert.match(frames[2], /^    at outer \(.*test-error-stack-nested\.js:4:\d+\)$/);
assert.ok(frames[3].includes('test-error-stack-nested.js:7:'), frames[3]);
// Methods are named Class.method / object method name.
class Box { open() { return new Error('m'); } }
// V8 prefixes a method with its class ("Box.open"); loom's engine names the function only ("open").
assert.match(new Box().open().stack.split('\n')[1], /^    at (Box\.)?open \(.*:\d+:\d+\)$/);
// Errors from callbacks mention the callback's name.
let stack;
[1].forEach(function eachCb() { stack = new Error('cb').stack; });
assert.match(stack.split('\n')[1], /^    at eachCb \(.*test-error-stack-nested\.js:\d+:\d+\)$/);
