// An unhandled 'error' event whose value is not an Error throws ERR_UNHANDLED_ERROR, showing the value
// inspected and keeping it as `context`; 'error' listeners and errorMonitor prevent or observe it.
'use strict';
const common = require('../common');
const assert = require('assert');
const EventEmitter = require('events');

const cases = [
  ['str', "Unhandled error. ('str')"],
  [{ a: 1 }, 'Unhandled error. ({ a: 1 })'],
  [undefined, 'Unhandled error. (undefined)'],
  [null, 'Unhandled error. (null)'],
  [42, 'Unhandled error. (42)'],
];
for (const [value, message] of cases) {
  assert.throws(() => new EventEmitter().emit('error', value), (err) => {
    assert.strictEqual(err.name, 'Error');
    assert.strictEqual(err.code, 'ERR_UNHANDLED_ERROR');
    assert.strictEqual(err.message, message);
    assert.strictEqual(err.context, value);
    assert.ok(err instanceof Error);
    return true;
  });
}

// No argument at all.
assert.throws(() => new EventEmitter().emit('error'), { message: 'Unhandled error. (undefined)' });

// An Error is thrown as is.
const boom = new TypeError('boom');
assert.throws(() => new EventEmitter().emit('error', boom), (err) => err === boom);

// errorMonitor sees the error first but does not count as handling it.
const e = new EventEmitter();
e.on(EventEmitter.errorMonitor, common.mustCall((err) => assert.strictEqual(err, boom), 2));
assert.throws(() => e.emit('error', boom), (err) => err === boom);
e.on('error', common.mustCall((err) => assert.strictEqual(err, boom)));
assert.strictEqual(e.emit('error', boom), true);
