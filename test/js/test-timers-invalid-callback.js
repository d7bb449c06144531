// setTimeout/setInterval/setImmediate/queueMicrotask reject non-function callbacks with a TypeError ERR_INVALID_ARG_TYPE.
'use strict';
const assert = require('assert');
const check = (fn, received) => assert.throws(fn, (err) => {
  assert.ok(err instanceof TypeError);
  assert.strictEqual(err.code, 'ERR_INVALID_ARG_TYPE');
  assert.strictEqual(err.message, `The "callback" argument must be of type function. ${received}`);
  return true;
});
check(() => setTimeout('code', 1), "Received type string ('code')");
check(() => setInterval(null, 1), 'Received null');
check(() => setImmediate(), 'Received undefined');
check(() => queueMicrotask(1), 'Received type number (1)');
check(() => setTimeout({}), 'Received an instance of Object');
