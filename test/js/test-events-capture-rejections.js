// With captureRejections, a listener's rejected promise becomes an 'error' event, or a call to the
// emitter's Symbol.for('nodejs.rejection') method when it has one.
'use strict';
const common = require('../common');
const assert = require('assert');
const EventEmitter = require('events');

const e = new EventEmitter({ captureRejections: true });
e.on('work', async () => {
  throw new Error('async failure');
});
e.on('error', common.mustCall((err) => {
  assert.strictEqual(err.message, 'async failure');
}));
e.emit('work');

const h = new EventEmitter({ captureRejections: true });
h[Symbol.for('nodejs.rejection')] = common.mustCall((err, name, ...args) => {
  assert.strictEqual(err.message, 'rejected');
  assert.strictEqual(name, 'job');
  assert.deepStrictEqual(args, [1, 2]);
});
h.on('job', () => Promise.reject(new Error('rejected')));
h.emit('job', 1, 2);

// Off by default.
assert.strictEqual(EventEmitter.captureRejections, false);
assert.throws(() => new EventEmitter({ captureRejections: 1 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.captureRejections" property must be of type boolean. Received type number (1)',
});
