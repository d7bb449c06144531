// The built-ins that are other objects under a module name: require('process') is the global process,
// require('console') the global console, require('util/types') is util.types (with and without node:).
'use strict';
require('../common');
const assert = require('assert');
const Module = require('module');

assert.strictEqual(require('process'), process);
assert.strictEqual(require('node:process'), process);
assert.strictEqual(require('console'), console);
assert.strictEqual(require('node:console'), console);
assert.strictEqual(require('util/types'), require('util').types);
assert.strictEqual(require('node:util/types'), require('util').types);
assert.strictEqual(require('util/types').isDate(new Date()), true);
for (const name of ['process', 'console', 'util/types']) assert.ok(Module.builtinModules.includes(name), name);
