// require.resolve returns absolute filenames, bare builtin names unchanged, and honours the paths option.
'use strict';
const assert = require('assert');
const path = require('path');
const modules = path.join(__dirname, '..', 'fixtures', 'modules');
assert.strictEqual(require.resolve('../fixtures/modules/a'), path.join(modules, 'a.js'));
assert.strictEqual(require.resolve('../fixtures/modules/data'), path.join(modules, 'data.json'));
assert.strictEqual(require.resolve('fs'), 'fs');
assert.strictEqual(require.resolve('node:fs'), 'node:fs');
const nested = path.join(modules, 'deep', 'nested', 'dir');
assert.strictEqual(require.resolve('walk-target', { paths: [nested] }),
                   path.join(modules, 'node_modules', 'walk-target', 'index.js'));
assert.strictEqual(require.resolve('shadow', { paths: [nested] }),
                   path.join(modules, 'deep', 'node_modules', 'shadow', 'index.js'));
assert.strictEqual(require.resolve('./a', { paths: [modules] }), path.join(modules, 'a.js'));
assert.throws(() => require.resolve('./does-not-exist'), { code: 'MODULE_NOT_FOUND' });
assert.throws(() => require.resolve('walk-target'), { code: 'MODULE_NOT_FOUND' });
assert.strictEqual(typeof require.resolve.paths, 'function');
assert.strictEqual(require.resolve.paths('fs'), null);
assert.ok(require.resolve.paths('x').includes(path.join(__dirname, 'node_modules')));
