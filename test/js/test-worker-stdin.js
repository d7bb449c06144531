// Checks the stdin: true option: data written to worker.stdin is readable from process.stdin inside the worker.
'use strict';
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const worker = new Worker(`
  let text = '';
  process.stdin.setEncoding('utf8');
  process.stdin.on('data', (chunk) => { text += chunk; });
  process.stdin.on('end', () => require('worker_threads').parentPort.postMessage(text.toUpperCase()));
`, { eval: true, stdin: true });
assert.strictEqual(typeof worker.stdin.write, 'function');
worker.stdin.write('hello ');
worker.stdin.end('world');
worker.on('message', common.mustCall((m) => assert.strictEqual(m, 'HELLO WORLD')));
worker.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));

// Without the option, worker.stdin is null.
const plain = new Worker('', { eval: true });
assert.strictEqual(plain.stdin, null);
