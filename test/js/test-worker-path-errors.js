// Checks that bad worker filenames throw ERR_WORKER_PATH / ERR_INVALID_URL_SCHEME synchronously with Node's messages.
'use strict';
require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const prefix = "The worker script or module filename must be an absolute path or a relative path " +
               "starting with './' or '../'.";

for (const name of ['foo.js', 'foo.mjs', '', '.x.js', 'fixtures/workers/echo.js', 'C:\\x.js']) {
  assert.throws(() => new Worker(name), {
    name: 'TypeError',
    code: 'ERR_WORKER_PATH',
    message: `${prefix} Received "${name}"`,
  });
}

// A file: URL passed as a string gets a hint.
assert.throws(() => new Worker('file:///x.js'), {
  name: 'TypeError',
  code: 'ERR_WORKER_PATH',
  message: `${prefix} Wrap file:// URLs with \`new URL\`. Received "file:///x.js"`,
});

// URL objects must use the file: (or data:) scheme.
for (const url of ['http://example.com/x.js', 'https://example.com/x.js']) {
  assert.throws(() => new Worker(new URL(url)), {
    name: 'TypeError',
    code: 'ERR_INVALID_URL_SCHEME',
    message: 'The URL must be of scheme file',
  });
}

// The error is a real TypeError with `code` as an own property.
try {
  new Worker('foo.js');
  assert.fail('should have thrown');
} catch (err) {
  assert.ok(err instanceof TypeError);
  assert.ok(Object.prototype.hasOwnProperty.call(err, 'code'));
}
