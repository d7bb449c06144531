// Checks that a .mjs worker file loads as an ES module (import syntax, import.meta.url, no require).
// loom-skip: ES modules (.mjs files, data: URLs) are not implemented yet
'use strict';
const common = require('../common');
const assert = require('assert');
const path = require('path');
const { pathToFileURL } = require('url');
const { Worker } = require('worker_threads');

const file = path.join(__dirname, '..', 'fixtures', 'workers', 'esm.mjs');
const worker = new Worker(file, { workerData: { n: 5 } });
worker.on('message', common.mustCall((m) => {
  assert.deepStrictEqual(m, {
    requireIsUndefined: true,
    metaUrl: pathToFileURL(file).href,
    workerData: { n: 5 },
    isMainThread: false,
  });
}));
worker.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
