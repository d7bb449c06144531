// require.cache is keyed by resolved filename; a second require reuses it; deleting the entry re-evaluates the module.
'use strict';
const assert = require('assert');
const file = require.resolve('../fixtures/modules/counter');
assert.strictEqual(require.cache[file], undefined);
const first = require('../fixtures/modules/counter');
assert.strictEqual(first.evaluation, 1);
assert.strictEqual(require('../fixtures/modules/counter'), first);
assert.strictEqual(globalThis.counterEvaluations, 1);
const entry = require.cache[file];
assert.strictEqual(entry.exports, first);
assert.strictEqual(entry.filename, file);
assert.strictEqual(entry.loaded, true);
assert.ok(require.cache[__filename]); // the main module is cached too
delete require.cache[file];
const second = require('../fixtures/modules/counter');
assert.notStrictEqual(second, first);
assert.strictEqual(second.evaluation, 2);
// A module put in the cache by hand is returned without touching the disk.
const fake = require.resolve('../fixtures/modules/a');
require.cache[fake] = { id: fake, filename: fake, loaded: true, exports: 'from cache' };
assert.strictEqual(require('../fixtures/modules/a'), 'from cache');
// A module that throws during evaluation is dropped from the cache and re-evaluated next time.
const throwsFile = require.resolve('../fixtures/modules/throws');
assert.throws(() => require('../fixtures/modules/throws'), /fixture evaluation failed/);
assert.strictEqual(require.cache[throwsFile], undefined);
assert.throws(() => require('../fixtures/modules/throws'), /fixture evaluation failed/);
