// package.json "main" is honoured with an extension, without one, and pointing at a directory; no "main" means index.js.
'use strict';
const assert = require('assert');
const path = require('path');
const req = require('module').createRequire(path.join(__dirname, '..', 'fixtures', 'modules', 'x.js'));
assert.strictEqual(req('pkg-main-ext'), 'pkg-main-ext');
assert.strictEqual(req('pkg-main-noext'), 'pkg-main-noext');
assert.strictEqual(req('pkg-main-dir'), 'pkg-main-dir');
assert.strictEqual(req('pkg-no-main'), 'pkg-no-main');
const nm = path.join(__dirname, '..', 'fixtures', 'modules', 'node_modules');
assert.strictEqual(req.resolve('pkg-main-noext'), path.join(nm, 'pkg-main-noext', 'lib', 'entry.js'));
assert.strictEqual(req.resolve('pkg-main-dir'), path.join(nm, 'pkg-main-dir', 'lib', 'index.js'));
assert.strictEqual(req.resolve('pkg-no-main'), path.join(nm, 'pkg-no-main', 'index.js'));
// Package files can still be required by subpath when there is no "exports".
assert.strictEqual(req('pkg-main-ext/lib/entry'), 'pkg-main-ext');
assert.strictEqual(req('pkg-no-main/package.json').version, '1.0.0');
