// A missing module throws MODULE_NOT_FOUND: "Cannot find module 'x'" then "Require stack:" listing the requiring files.
'use strict';
const assert = require('assert');
for (const name of ['./nope', 'nope-package-xyz', '../fixtures/modules/missing.js']) {
  assert.throws(() => require(name), (err) => {
    assert.ok(err instanceof Error);
    assert.strictEqual(err.code, 'MODULE_NOT_FOUND');
    const lines = err.message.split('\n');
    assert.strictEqual(lines[0], `Cannot find module '${name}'`);
    assert.strictEqual(lines[1], 'Require stack:');
    assert.strictEqual(lines[2], `- ${__filename}`);
    assert.ok(Array.isArray(err.requireStack));
    assert.deepStrictEqual(err.requireStack, [__filename]);
    return true;
  });
}
