// Checks that process.chdir() and process.umask(mask) throw ERR_WORKER_UNSUPPORTED_OPERATION in a worker; cwd() still works.
'use strict';
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const worker = new Worker(`
  const { parentPort } = require('worker_threads');
  const out = {};
  try { process.chdir('/'); } catch (e) {
    out.chdir = { name: e.name, code: e.code, message: e.message, isTypeError: e instanceof TypeError };
  }
  try { process.umask(0o22); } catch (e) {
    out.umask = { name: e.name, code: e.code, message: e.message };
  }
  out.cwd = process.cwd();
  out.umaskRead = typeof process.umask();
  parentPort.postMessage(out);
`, { eval: true });
worker.on('message', common.mustCall((out) => {
  assert.deepStrictEqual(out.chdir, {
    name: 'TypeError',
    code: 'ERR_WORKER_UNSUPPORTED_OPERATION',
    message: 'process.chdir() is not supported in workers',
    isTypeError: true,
  });
  assert.deepStrictEqual(out.umask, {
    name: 'TypeError',
    code: 'ERR_WORKER_UNSUPPORTED_OPERATION',
    message: 'Setting process.umask() is not supported in workers',
  });
  assert.strictEqual(out.cwd, process.cwd());
  assert.strictEqual(out.umaskRead, 'number');
}));
worker.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
