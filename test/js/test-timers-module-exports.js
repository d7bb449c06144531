// The 'timers' module (and node:timers) exports the same functions as the globals, plus a promises namespace.
'use strict';
const assert = require('assert');
const timers = require('timers');
assert.strictEqual(require('node:timers'), timers);
for (const name of ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval',
                    'setImmediate', 'clearImmediate']) {
  assert.strictEqual(typeof timers[name], 'function', name);
  assert.strictEqual(timers[name], globalThis[name], name);
}
assert.strictEqual(timers.promises, require('timers/promises'));
assert.strictEqual(require('node:timers/promises'), require('timers/promises'));
