// A subpath missing from package.json "exports" throws ERR_PACKAGE_PATH_NOT_EXPORTED naming the subpath and package.json.
'use strict';
const assert = require('assert');
const path = require('path');
const req = require('module').createRequire(path.join(__dirname, '..', 'fixtures', 'modules', 'x.js'));
const pkgJson = (name) => path.join(__dirname, '..', 'fixtures', 'modules', 'node_modules', name, 'package.json');
assert.throws(() => req('pkg-exports-cond/hidden.js'), (err) => {
  assert.ok(err instanceof Error);
  assert.strictEqual(err.code, 'ERR_PACKAGE_PATH_NOT_EXPORTED');
  assert.strictEqual(err.message,
                     `Package subpath './hidden.js' is not defined by "exports" in ${pkgJson('pkg-exports-cond')}`);
  return true;
});
assert.throws(() => req('pkg-exports-string/secret.js'), { code: 'ERR_PACKAGE_PATH_NOT_EXPORTED' });
assert.throws(() => req('pkg-exports-string/package.json'), {
  code: 'ERR_PACKAGE_PATH_NOT_EXPORTED',
  message: `Package subpath './package.json' is not defined by "exports" in ${pkgJson('pkg-exports-string')}`,
});
assert.throws(() => req.resolve('pkg-exports-cond/hidden'), { code: 'ERR_PACKAGE_PATH_NOT_EXPORTED' });
