// require() resolves relative paths against the requiring file (not cwd) and accepts absolute paths; both share one cache entry.
'use strict';
const assert = require('assert');
const path = require('path');
const dir = path.join(__dirname, '..', 'fixtures', 'modules');
const rel = require('../fixtures/modules/a');
const relExt = require('../fixtures/modules/a.js');
const abs = require(path.join(dir, 'a.js'));
const absNoExt = require(path.join(dir, 'a'));
assert.deepStrictEqual(rel, { name: 'a' });
assert.strictEqual(rel, relExt);
assert.strictEqual(rel, abs);
assert.strictEqual(rel, absNoExt);
// Resolution ignores process.cwd().
process.chdir('/');
assert.strictEqual(require('../fixtures/modules/a'), rel);
process.chdir(__dirname);
