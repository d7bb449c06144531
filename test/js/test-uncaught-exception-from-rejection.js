// Without an 'unhandledRejection' listener, an unhandled rejection goes to 'uncaughtException' with origin 'unhandledRejection'.
'use strict';
const common = require('../common');
const assert = require('assert');
const err = new Error('rejected');
process.on('uncaughtException', common.mustCall((e, origin) => {
  assert.strictEqual(e, err);
  assert.strictEqual(origin, 'unhandledRejection');
}));
Promise.reject(err);
setTimeout(common.mustCall(), 1);
