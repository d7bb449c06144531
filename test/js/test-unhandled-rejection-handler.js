// A process 'unhandledRejection' listener receives (reason, promise), suppresses the crash, and exit is 0.
'use strict';
const common = require('../common');
const assert = require('assert');
const err = new Error('handled by listener');
let rejected;
process.on('unhandledRejection', common.mustCall((reason, promise) => {
  assert.strictEqual(reason, err);
  assert.strictEqual(promise, rejected);
}));
rejected = Promise.reject(err);
setTimeout(common.mustCall(), 5); // the process keeps running afterwards
