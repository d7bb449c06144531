// util.promisify of the built-ins that define util.promisify.custom: setTimeout and setImmediate give the
// timers/promises functions (resolving with the value passed), fs.exists resolves with a boolean.
'use strict';
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const util = require('util');
const timersPromises = require('timers/promises');

const custom = util.promisify.custom;
for (const fn of [setTimeout, setImmediate]) {
  const desc = Object.getOwnPropertyDescriptor(fn, custom);
  assert.strictEqual(typeof desc.get, 'function');
  assert.strictEqual(desc.enumerable, true);
  assert.strictEqual(desc.configurable, false);
}
assert.strictEqual(util.promisify(setTimeout), timersPromises.setTimeout);
assert.strictEqual(util.promisify(setImmediate), timersPromises.setImmediate);
assert.strictEqual(util.promisify(require('timers').setTimeout), timersPromises.setTimeout);

const sleep = util.promisify(setTimeout);
sleep(5, 'slept').then(common.mustCall((value) => assert.strictEqual(value, 'slept')));
util.promisify(setImmediate)('next').then(common.mustCall((value) => assert.strictEqual(value, 'next')));

const existsAsync = util.promisify(fs.exists);
existsAsync(__filename).then(common.mustCall((value) => assert.strictEqual(value, true)));
existsAsync(`${__filename}.missing`).then(common.mustCall((value) => assert.strictEqual(value, false)));
