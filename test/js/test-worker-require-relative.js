// Checks that a file worker is a normal CommonJS module: __dirname/__filename and relative require() resolve from its own file.
'use strict';
const common = require('../common');
const assert = require('assert');
const path = require('path');
const { Worker } = require('worker_threads');

const dir = path.join(__dirname, '..', 'fixtures', 'workers');
// Two workers: each has its own module registry (the helper is loaded once per thread).
for (const n of [3, 4]) {
  const worker = new Worker(path.join(dir, 'uses-helper.js'), { workerData: n });
  worker.on('message', common.mustCall((m) => {
    assert.deepStrictEqual(m, {
      doubled: n * 2,
      loads: 1,
      dirname: dir,
      basename: 'uses-helper.js',
      sameModule: true,
    });
  }));
  worker.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
}
