// Checks the stdout: true option: the worker's output goes to the worker.stdout readable stream instead of the parent's stdout.
'use strict';
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const worker = new Worker(`
  console.log('captured 1');
  console.log('captured 2');
`, { eval: true, stdout: true });
assert.strictEqual(typeof worker.stdout.on, 'function');
assert.strictEqual(typeof worker.stdout.setEncoding, 'function');
assert.strictEqual(worker.stdin, null);
let text = '';
worker.stdout.setEncoding('utf8');
worker.stdout.on('data', (chunk) => { text += chunk; });
worker.stdout.on('end', common.mustCall(() => {
  assert.strictEqual(text, 'captured 1\ncaptured 2\n');
}));
worker.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
