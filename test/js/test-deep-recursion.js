// Unbounded recursion throws a catchable Error (RangeError in node), and the process continues normally.
'use strict';
const common = require('../common');
const assert = require('assert');
function f() { f(); }
let caught;
try {
  f();
} catch (e) {
  caught = e;
}
assert.ok(caught instanceof Error, String(caught));
assert.strictEqual(typeof caught.message, 'string');
// Recursion through a method and through a getter is caught too, repeatedly.
const o = { get g() { return this.g; } };
for (let i = 0; i < 3; i++) {
  assert.throws(() => o.g, Error);
}
setTimeout(common.mustCall(() => {
  assert.throws(() => f(), Error);
  console.log('continued');
}), 1);
