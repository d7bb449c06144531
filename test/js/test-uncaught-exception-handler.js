// A process 'uncaughtException' listener catches a throw from a timer (with origin), and the loop continues.
'use strict';
const common = require('../common');
const assert = require('assert');
const err = new Error('thrown in timer');
process.on('uncaughtException', common.mustCall((e, origin) => {
  assert.strictEqual(e, err);
  assert.strictEqual(origin, 'uncaughtException');
  console.log('caught', e.message);
}));
setTimeout(() => {
  console.log('timer 1');
  throw err;
}, 1);
setTimeout(() => {
  console.log('timer 2 still runs');
  setImmediate(() => console.log('immediate after'));
}, 5);
process.on('exit', (code) => console.log('exit', code));
