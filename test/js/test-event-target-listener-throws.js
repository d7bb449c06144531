// A listener that throws, or an async listener that rejects, does not stop dispatch: the error is
// reported afterwards as an uncaught exception.
'use strict';
const common = require('../common');
const assert = require('assert');

const target = new EventTarget();
const events = [];
target.addEventListener('foo', () => {
  events.push('first');
  throw new Error('sync failure');
});
target.addEventListener('foo', async () => {
  events.push('second');
  throw new Error('async failure');
});
target.addEventListener('foo', () => events.push('third'));

const reported = [];
process.on('uncaughtException', common.mustCall((err) => {
  reported.push(err.message);
  if (reported.length === 2) {
    assert.deepStrictEqual(reported.sort(), ['async failure', 'sync failure']);
  }
}, 2));
assert.strictEqual(target.dispatchEvent(new Event('foo')), true);
assert.deepStrictEqual(events, ['first', 'second', 'third']);
assert.deepStrictEqual(reported, []);  // Not synchronously.
