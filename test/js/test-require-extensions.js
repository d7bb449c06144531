// require() loads .js, .json (parsed), .cjs (as CommonJS) and extension-less files; .js is tried when no extension is given.
'use strict';
const assert = require('assert');
assert.deepStrictEqual(require('../fixtures/modules/data.json'), { x: 1, list: [true, null, 's'] });
assert.strictEqual(require('../fixtures/modules/data'), require('../fixtures/modules/data.json'));
assert.deepStrictEqual(require('../fixtures/modules/common.cjs'), { kind: 'cjs', hasRequire: true });
assert.strictEqual(require('../fixtures/modules/plain'), 'no extension');
assert.strictEqual(require('../fixtures/modules/exports-function')('you'), 'hello you');
assert.strictEqual(require('../fixtures/modules/exports-function').extra, 'prop');
assert.ok(Object.keys(require.extensions).includes('.js'));
assert.ok(Object.keys(require.extensions).includes('.json'));
