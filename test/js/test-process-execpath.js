// process.execPath is an absolute path to an existing file; argv0 is a non-empty string; title is a string.
'use strict';
const assert = require('assert');
const path = require('path');
const fs = require('fs');
assert.strictEqual(typeof process.execPath, 'string');
assert.ok(path.isAbsolute(process.execPath), process.execPath);
assert.ok(fs.statSync(process.execPath).isFile());
assert.strictEqual(typeof process.argv0, 'string');
assert.ok(process.argv0.length > 0);
assert.strictEqual(typeof process.title, 'string');
