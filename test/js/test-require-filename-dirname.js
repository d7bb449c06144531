// __filename and __dirname are the absolute path of the module file and its folder, for main and required modules.
'use strict';
const assert = require('assert');
const path = require('path');
assert.ok(path.isAbsolute(__filename));
assert.strictEqual(path.basename(__filename), 'test-require-filename-dirname.js');
assert.strictEqual(__dirname, path.dirname(__filename));
assert.strictEqual(__dirname, process.cwd()); // the runner starts tests in their own folder
const info = require('../fixtures/modules/info');
assert.strictEqual(info.filename, path.join(__dirname, '..', 'fixtures', 'modules', 'info.js'));
assert.strictEqual(info.dirname, path.join(__dirname, '..', 'fixtures', 'modules'));
assert.strictEqual(info.moduleFilename, info.filename);
