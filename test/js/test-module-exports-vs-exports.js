// exports aliases module.exports; reassigning module.exports replaces it; rebinding exports exports nothing; `this` is exports.
'use strict';
const assert = require('assert');
assert.deepStrictEqual(require('../fixtures/modules/exports-assign'), { b: 2 });
assert.deepStrictEqual(require('../fixtures/modules/exports-shorthand'), { same: true, x: 1 });
assert.deepStrictEqual(require('../fixtures/modules/exports-rebind'), {});
assert.strictEqual(typeof require('../fixtures/modules/exports-function'), 'function');
assert.strictEqual(exports, module.exports);
assert.strictEqual(this, module.exports);
assert.strictEqual(require('../fixtures/modules/info').thisIsExports, true);
