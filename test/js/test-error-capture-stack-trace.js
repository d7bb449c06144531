// Error.captureStackTrace(obj) gives a plain object a string stack; Error.stackTraceLimit is a writable number.
'use strict';
const assert = require('assert');
const obj = { message: 'hello' };
assert.strictEqual(typeof Error.captureStackTrace, 'function');
Error.captureStackTrace(obj);
assert.strictEqual(typeof obj.stack, 'string');
assert.ok(obj.stack.includes('test-error-capture-stack-trace.js'), obj.stack);
// The constructorOpt argument hides frames above and including that function.
function hideMe() {
  const o = {};
  Error.captureStackTrace(o, hideMe);
  return o;
}
function caller() { return hideMe(); }
const hidden = caller();
assert.ok(!hidden.stack.includes('hideMe'), hidden.stack);
assert.ok(hidden.stack.includes('caller'), hidden.stack);
assert.strictEqual(typeof Error.stackTraceLimit, 'number');
assert.ok(Error.stackTraceLimit > 0);
const saved = Error.stackTraceLimit;
Error.stackTraceLimit = 1;
function a() { return b(); }
function b() { return new Error('limited'); }
assert.strictEqual(a().stack.split('\n').length, 2);
Error.stackTraceLimit = saved;
