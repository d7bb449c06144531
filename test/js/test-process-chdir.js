// process.cwd/chdir: change into a fixture folder and back; a missing folder throws ENOENT with syscall 'chdir'.
'use strict';
const assert = require('assert');
const path = require('path');
const start = process.cwd();
assert.strictEqual(start, __dirname);
const target = path.join(__dirname, '..', 'fixtures', 'modules', 'dir');
assert.strictEqual(process.chdir(target), undefined);
assert.strictEqual(process.cwd(), target);
process.chdir('..'); // relative to the new cwd
assert.strictEqual(process.cwd(), path.dirname(target));
process.chdir(start);
assert.strictEqual(process.cwd(), start);
const missing = path.join(__dirname, 'no-such-dir-here');
assert.throws(() => process.chdir(missing), (err) => {
  assert.ok(err instanceof Error);
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.syscall, 'chdir');
  assert.strictEqual(err.errno, -2);
  assert.strictEqual(err.message, `ENOENT: no such file or directory, chdir '${start}' -> '${missing}'`);
  assert.strictEqual(err.path, start);
  assert.strictEqual(err.dest, missing);
  return true;
});
assert.strictEqual(process.cwd(), start);
assert.throws(() => process.chdir(42), { code: 'ERR_INVALID_ARG_TYPE' });
