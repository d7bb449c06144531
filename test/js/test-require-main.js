// require.main is the entry module: true for this file, false inside a required module; module.id of main is '.'.
'use strict';
const assert = require('assert');
assert.strictEqual(require.main, module);
assert.strictEqual(module.id, '.');
const info = require('../fixtures/modules/info');
assert.strictEqual(info.isMain, false);
assert.strictEqual(require.main.filename, __filename);
