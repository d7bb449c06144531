// Checks that throwing a non-Error value in a worker delivers that value itself (string, null, plain object) to 'error'.
'use strict';
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

function run(src, check) {
  const w = new Worker(src, { eval: true });
  w.on('error', common.mustCall(check));
  w.on('exit', common.mustCall((code) => assert.strictEqual(code, 1)));
}

run(`throw 'a string'`, (err) => assert.strictEqual(err, 'a string'));
run(`throw 42`, (err) => assert.strictEqual(err, 42));
run(`throw null`, (err) => assert.strictEqual(err, null));
run(`throw { a: 1, b: [2] }`, (err) => assert.deepStrictEqual(err, { a: 1, b: [2] }));
