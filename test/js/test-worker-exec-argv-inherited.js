// flags: --no-deprecation --unhandled-rejections=warn
// A worker started without execArgv inherits its parent's (process.execArgv and the flags' effects), as in
// Node; one given execArgv has only those.
'use strict';
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

assert.strictEqual(process.noDeprecation, true);
const report = `
  const { parentPort } = require('worker_threads');
  Promise.reject(new Error('ignored'));  // only a warning under --unhandled-rejections=warn
  setTimeout(() => parentPort.postMessage({ execArgv: process.execArgv, noDeprecation: process.noDeprecation }), 10);
`;
new Worker(report, { eval: true, stderr: true }).on('message', common.mustCall((message) => {
  assert.deepStrictEqual(message, { execArgv: process.execArgv, noDeprecation: true });
}));
const own = new Worker('require("worker_threads").parentPort.postMessage(process.execArgv)',
                       { eval: true, execArgv: ['--trace-warnings'] });
own.on('message', common.mustCall((execArgv) => assert.deepStrictEqual(execArgv, ['--trace-warnings'])));
