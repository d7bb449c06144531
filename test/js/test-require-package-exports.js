// package.json "exports": a string is the "." target and overrides "main"; conditions pick "require" then "default", never "import".
'use strict';
const assert = require('assert');
const path = require('path');
const req = require('module').createRequire(path.join(__dirname, '..', 'fixtures', 'modules', 'x.js'));
assert.strictEqual(req('pkg-exports-string'), 'pkg-exports-string'); // not main's secret.js
assert.strictEqual(req('pkg-exports-cond'), 'pkg-exports-cond:require');
assert.strictEqual(req('pkg-exports-cond/feature'), 'pkg-exports-cond:feature');
assert.strictEqual(req('pkg-exports-cond/package.json').name, 'pkg-exports-cond');
assert.strictEqual(req('pkg-exports-default'), 'pkg-exports-default:default');
const nm = path.join(__dirname, '..', 'fixtures', 'modules', 'node_modules');
assert.strictEqual(req.resolve('pkg-exports-cond'), path.join(nm, 'pkg-exports-cond', 'req.js'));
// Relative requires into the package bypass "exports".
assert.strictEqual(require('../fixtures/modules/node_modules/pkg-exports-cond/hidden.js'), 'hidden');
