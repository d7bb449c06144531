'use strict';
// util.promisify() and util.callbackify(): results, errors, `this`, util.promisify.custom, copied
// properties and argument validation.
const common = require('../common');
const assert = require('assert');
const util = require('util');

const { promisify, callbackify } = util;

assert.strictEqual(promisify.custom, Symbol.for('nodejs.util.promisify.custom'));
assert.strictEqual(util.inspect(promisify), '[Function: promisify] { custom: Symbol(nodejs.util.promisify.custom) }');

// Resolves with the first result, rejects with the error.
promisify((a, b, cb) => cb(null, a + b, 'ignored'))(1, 2).then(common.mustCall((v) => {
  assert.strictEqual(v, 3);
}));
promisify((cb) => cb(new Error('perr')))().then(common.mustNotCall(), common.mustCall((err) => {
  assert.strictEqual(err.message, 'perr');
}));
// A falsy error argument means success.
promisify((cb) => cb(0, 'zero-err'))().then(common.mustCall((v) => {
  assert.strictEqual(v, 'zero-err');
}));
// A synchronous throw rejects the promise.
promisify(() => { throw new Error('sync'); })().then(common.mustNotCall(), common.mustCall((err) => {
  assert.strictEqual(err.message, 'sync');
}));
// `this` is passed through.
const receiver = { v: 'thisv', method: promisify(function(cb) { cb(null, this.v); }) };
receiver.method().then(common.mustCall((v) => assert.strictEqual(v, 'thisv')));

// The promisified function copies the original's own properties and prototype.
function original(a, cb) {}
original.extra = 42;
const promisified = promisify(original);
assert.strictEqual(promisified.name, 'original');
assert.strictEqual(promisified.length, 2);
assert.strictEqual(promisified.extra, 42);
assert.strictEqual(Object.getPrototypeOf(promisified), Function.prototype);
assert.strictEqual(promisified[promisify.custom], promisified);
assert.strictEqual(promisify(promisified), promisified);
assert.strictEqual(Object.getOwnPropertyDescriptor(promisified, promisify.custom).enumerable, false);

// util.promisify.custom replaces the generated function.
function withCustom() {}
const customImpl = () => Promise.resolve('custom');
withCustom[promisify.custom] = customImpl;
assert.strictEqual(promisify(withCustom), customImpl);
const desc = Object.getOwnPropertyDescriptor(customImpl, promisify.custom);
assert.strictEqual(desc.value, customImpl);
assert.strictEqual(desc.writable, false);
assert.strictEqual(desc.enumerable, false);
assert.strictEqual(desc.configurable, true);

// Validation.
assert.throws(() => promisify(1), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "original" argument must be of type function. Received type number (1)',
});
assert.throws(() => promisify({ a: 1 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "original" argument must be of type function. Received an instance of Object',
});
assert.throws(() => promisify('a very long string that goes on and on'), {
  message: 'The "original" argument must be of type function. ' +
           "Received type string ('a very long string that g...')",
});
assert.throws(() => promisify(Object.create(null)), {
  message: 'The "original" argument must be of type function. Received [Object: null prototype] {}',
});
assert.throws(() => promisify(undefined), {
  message: 'The "original" argument must be of type function. Received undefined',
});
assert.throws(() => promisify(Object.assign(() => {}, { [promisify.custom]: 1 })), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "util.promisify.custom" property must be of type function. Received type number (1)',
});
try {
  promisify(5);
} catch (err) {
  assert.strictEqual(String(err),
                     'TypeError [ERR_INVALID_ARG_TYPE]: The "original" argument must be of type function. ' +
                     'Received type number (5)');
  assert.deepStrictEqual(Object.keys(err), ['code']);
  assert.ok(err instanceof TypeError);
}

// callbackify
async function asyncSum(a, b) { return a + b; }
const sumCallback = callbackify(asyncSum);
assert.strictEqual(sumCallback.name, 'asyncSumCallbackified');
assert.strictEqual(sumCallback.length, 3);
sumCallback(1, 2, common.mustCall(function(err, value) {
  assert.strictEqual(err, null);
  assert.strictEqual(value, 3);
}));

callbackify(() => Promise.reject(new Error('real')))(common.mustCall((err) => {
  assert.strictEqual(err.message, 'real');
}));

// A falsy rejection reason is wrapped so the callback still sees an error.
for (const reason of [null, 0, '', false, undefined]) {
  callbackify(() => Promise.reject(reason))(common.mustCall((err) => {
    assert.ok(err instanceof Error);
    assert.strictEqual(err.code, 'ERR_FALSY_VALUE_REJECTION');
    assert.strictEqual(err.message, 'Promise was rejected with falsy value');
    assert.strictEqual(err.reason, reason);
    assert.deepStrictEqual(Object.keys(err), ['code', 'reason']);
  }));
}

// `this` is forwarded to both the original and the callback.
const obj = {
  z: 'thisz',
  method: callbackify(function() { return Promise.resolve(this.z); }),
};
obj.method(common.mustCall(function(err, value) {
  assert.strictEqual(err, null);
  assert.strictEqual(value, 'thisz');
  assert.strictEqual(this, obj);
}));

// The callback runs asynchronously, after the current synchronous code.
let sync = true;
callbackify(async () => 1)(common.mustCall(() => assert.strictEqual(sync, false)));
sync = false;

assert.throws(() => callbackify(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "original" argument must be of type function. Received type number (1)',
});
assert.throws(() => callbackify(async () => {})(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The last argument must be of type function. Received type number (1)',
});

// Round trip.
promisify(callbackify(async (x) => x * 2))(21).then(common.mustCall((v) => assert.strictEqual(v, 42)));
