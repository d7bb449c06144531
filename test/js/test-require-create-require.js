// module.createRequire(filename) returns a require that resolves relative to that file, sharing the cache.
'use strict';
const assert = require('assert');
const path = require('path');
const { createRequire } = require('module');
const modules = path.join(__dirname, '..', 'fixtures', 'modules');
const req = createRequire(path.join(modules, 'anything.js'));
assert.strictEqual(typeof req, 'function');
assert.strictEqual(req('./a'), require('../fixtures/modules/a'));
assert.strictEqual(req.resolve('./dir'), path.join(modules, 'dir', 'index.js'));
assert.strictEqual(req.cache, require.cache);
assert.strictEqual(req('fs'), require('fs'));
const reqFromDir = createRequire(modules + path.sep);
assert.strictEqual(reqFromDir('./plain'), 'no extension');
