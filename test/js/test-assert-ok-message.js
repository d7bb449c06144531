// A failing assert(value) / assert.ok(value) without a message quotes the call from the source file.
'use strict';
require('../common');
const assert = require('assert');

function messageOf(fn) {
  try {
    fn();
  } catch (err) {
    assert.strictEqual(err.generatedMessage, true);
    return err.message;
  }
  throw new Error('expected a failure');
}

assert.strictEqual(messageOf(() => assert.ok(typeof 123 === 'string')),
                   "The expression evaluated to a falsy value:\n\n  assert.ok(typeof 123 === 'string')\n");
assert.strictEqual(messageOf(() => assert(null, undefined)),
                   'The expression evaluated to a falsy value:\n\n  assert(null, undefined)\n');
assert.strictEqual(messageOf(() => {
  assert(
    1 === 2,
  );
}), 'The expression evaluated to a falsy value:\n\n  assert(\n    1 === 2,\n  )\n');
