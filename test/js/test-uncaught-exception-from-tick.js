// A throw inside a nextTick callback reaches 'uncaughtException' (origin 'uncaughtException'); later ticks still run.
'use strict';
const common = require('../common');
const assert = require('assert');
process.on('uncaughtException', common.mustCall((err, origin) => {
  assert.strictEqual(err.message, 'from tick');
  assert.strictEqual(origin, 'uncaughtException');
}));
process.nextTick(() => { throw new Error('from tick'); });
process.nextTick(common.mustCall());
Promise.resolve().then(common.mustCall());
