// Checks that a worker's default process.env is the whole parent environment as it was at construction:
// every name and value (empty values, '=' and non-ASCII characters in values), without variables deleted before construction; and that `env: process.env` does the same.
'use strict';
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

process.env.LOOM_TEST_EMPTY = '';
process.env.LOOM_TEST_EQUALS = 'a=b=c';
process.env.LOOM_TEST_UNICODE = 'h\u00e9llo \u4e16\u754c \ud83d\ude00';
process.env.LOOM_TEST_DELETED = 'gone';
delete process.env.LOOM_TEST_DELETED;

// The order of the names is not compared: Node's copy has its own.
const sorted = (env) => Object.entries(env).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
const source = `
  const { parentPort } = require('worker_threads');
  parentPort.postMessage(Object.entries(process.env));
`;
for (const options of [{ eval: true }, { eval: true, env: process.env }]) {
  const expected = sorted(process.env);
  const worker = new Worker(source, options);
  process.env.LOOM_TEST_AFTER = 'set after construction';
  worker.on('message', common.mustCall((entries) => {
    assert.deepStrictEqual(sorted(Object.fromEntries(entries)), expected);
    const names = entries.map(([name]) => name);
    assert.ok(!names.includes('LOOM_TEST_DELETED'));
    assert.ok(!names.includes('LOOM_TEST_AFTER'));
    assert.ok(names.includes('LOOM_TEST_EMPTY'));
  }));
  worker.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
  delete process.env.LOOM_TEST_AFTER;
}
