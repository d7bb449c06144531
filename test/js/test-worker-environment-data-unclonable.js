// Checks that an unclonable environment data value is accepted by setEnvironmentData but makes new Worker() throw DataCloneError.
'use strict';
const common = require('../common');
const assert = require('assert');
const { Worker, setEnvironmentData, getEnvironmentData } = require('worker_threads');

const fn = () => 1;
setEnvironmentData('fn', fn);
assert.strictEqual(getEnvironmentData('fn'), fn);
assert.throws(() => new Worker('', { eval: true }), {
  name: 'DataCloneError',
  code: 25,
  message: '() => 1 could not be cloned.',
});
// Once removed, workers start again.
setEnvironmentData('fn', undefined);
const w = new Worker('', { eval: true });
w.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
