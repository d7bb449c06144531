// --expose-gc defines gc(), a full collection: garbage allocated before it no longer counts in heapUsed.
// flags: --expose-gc
'use strict';
const assert = require('assert');
assert.strictEqual(typeof gc, 'function');
function makeGarbage() {
  let list = [];
  for (let i = 0; i < 20000; i++) list.push({ i, s: `item ${i}` });
  list = null;
  return list;
}
makeGarbage();
const before = process.memoryUsage().heapUsed;
assert.strictEqual(gc(), undefined);
const after = process.memoryUsage().heapUsed;
assert.ok(after < before, `heapUsed ${before} -> ${after}`);
