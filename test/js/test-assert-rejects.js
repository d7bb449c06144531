// assert.rejects/doesNotReject accept a promise or a function returning one and check the rejection
// like assert.throws checks an exception.
'use strict';
const common = require('../common');
const assert = require('assert');

(async () => {
  await assert.rejects(Promise.reject(new TypeError('no')), TypeError);
  await assert.rejects(async () => { throw new Error('async'); }, { message: 'async' });
  await assert.rejects(() => Promise.reject(new Error('x')), /x/);

  await assert.rejects(assert.rejects(Promise.resolve(1)), {
    name: 'AssertionError',
    code: 'ERR_ASSERTION',
    operator: 'rejects',
    message: 'Missing expected rejection.',
  });
  await assert.rejects(assert.rejects(Promise.resolve(1), TypeError), {
    message: 'Missing expected rejection (TypeError).',
  });
  await assert.rejects(assert.rejects(Promise.reject(new Error('x')), TypeError), {
    message: 'The error is expected to be an instance of "TypeError". Received "Error"\n\nError message:\n\nx',
  });
  await assert.rejects(assert.rejects(1), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "promiseFn" argument must be of type function or an instance of Promise. ' +
      'Received type number (1)',
  });
  await assert.rejects(assert.rejects(() => 1), {
    code: 'ERR_INVALID_RETURN_VALUE',
    message: 'Expected instance of Promise to be returned from the "promiseFn" function but got ' +
      'type number (1).',
  });

  await assert.doesNotReject(Promise.resolve(1));
  await assert.doesNotReject(async () => {});
  await assert.rejects(assert.doesNotReject(Promise.reject(new Error('x'))), {
    operator: 'doesNotReject',
    message: 'Got unwanted rejection.\nActual message: "x"',
  });
  await assert.rejects(assert.doesNotReject(Promise.reject(new Error('x')), 'mine'), {
    message: 'Got unwanted rejection: mine\nActual message: "x"',
  });
})().then(common.mustCall());
