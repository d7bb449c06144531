// module.id, module.filename, module.loaded (false while evaluating, true after), module.paths and module.children.
'use strict';
const common = require('../common');
const assert = require('assert');
const path = require('path');
assert.strictEqual(module.id, '.');
assert.strictEqual(module.filename, __filename);
assert.strictEqual(module.loaded, false);
assert.ok(Array.isArray(module.paths));
assert.strictEqual(module.paths[0], path.join(__dirname, 'node_modules'));
assert.strictEqual(module.paths[1], path.join(__dirname, '..', 'node_modules'));
assert.strictEqual(module.paths[module.paths.length - 1], '/node_modules');
const info = require('../fixtures/modules/info');
const file = path.join(__dirname, '..', 'fixtures', 'modules', 'info.js');
assert.strictEqual(info.id, file);
assert.strictEqual(info.loadedDuring, false);
assert.strictEqual(info.module.loaded, true);
assert.ok(module.children.includes(info.module));
// A module inside node_modules does not get a node_modules/node_modules path.
require('../fixtures/modules/node_modules/shadow/index.js');
const shadowPaths = require.cache[require.resolve('../fixtures/modules/node_modules/shadow/index.js')].paths;
assert.strictEqual(shadowPaths[0], path.join(__dirname, '..', 'fixtures', 'modules', 'node_modules', 'shadow', 'node_modules'));
assert.strictEqual(shadowPaths[1], path.join(__dirname, '..', 'fixtures', 'modules', 'node_modules'));
assert.strictEqual(shadowPaths[2], path.join(__dirname, '..', 'fixtures', 'node_modules'));
setImmediate(common.mustCall(() => assert.strictEqual(module.loaded, true)));
