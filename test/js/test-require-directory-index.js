// require() of a directory loads its index.js; with a trailing slash too.
'use strict';
const assert = require('assert');
assert.strictEqual(require('../fixtures/modules/dir'), 'dir index');
assert.strictEqual(require('../fixtures/modules/dir/'), 'dir index');
assert.strictEqual(require('../fixtures/modules/dir/index'), 'dir index');
assert.strictEqual(require.resolve('../fixtures/modules/dir'),
                   require('path').join(__dirname, '..', 'fixtures', 'modules', 'dir', 'index.js'));
