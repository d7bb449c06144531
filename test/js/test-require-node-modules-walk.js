// Bare names are looked up in node_modules walking up parent dirs; the nearest one wins; scoped packages and name.js files work.
'use strict';
const assert = require('assert');
const walker = require('../fixtures/modules/deep/nested/dir/walker');
assert.strictEqual(walker.walkTarget, 'walk-target'); // found three directories up
assert.strictEqual(walker.shadow, 'deep/node_modules/shadow'); // nearer node_modules shadows the outer one
assert.strictEqual(walker.scoped, '@scope/scoped');
// From a sibling of node_modules the outer package is found; a bare name can also be a file "name.js" in
// node_modules, or a folder with index.js and no package.json.
const path = require('path');
const modulesDir = path.join(__dirname, '..', 'fixtures', 'modules');
const req = require('module').createRequire(path.join(modulesDir, 'x.js'));
assert.strictEqual(req('shadow'), 'modules/node_modules/shadow');
assert.strictEqual(req('pkg-file'), 'pkg-file.js');
assert.strictEqual(req('pkg-no-pkgjson'), 'pkg-no-pkgjson');
