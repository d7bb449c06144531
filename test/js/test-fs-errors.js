// fs errors carry code, negative errno, syscall, path (and dest), with messages like "ENOENT: no such file or directory, open '/p'".
'use strict';
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const missing = path.join(os.tmpdir(), `loom-test-missing-${process.pid}`, 'file.txt');
const check = (fn, fields) => assert.throws(fn, (err) => {
  assert.ok(err instanceof Error);
  for (const [k, v] of Object.entries(fields)) assert.strictEqual(err[k], v, k);
  return true;
});
check(() => fs.readFileSync(missing), {
  code: 'ENOENT', errno: -2, syscall: 'open', path: missing,
  message: `ENOENT: no such file or directory, open '${missing}'`,
});
check(() => fs.statSync(missing), {
  code: 'ENOENT', errno: -2, syscall: 'stat', message: `ENOENT: no such file or directory, stat '${missing}'`,
});
check(() => fs.readdirSync(missing), { code: 'ENOENT', syscall: 'scandir', path: missing });
check(() => fs.unlinkSync(missing), { code: 'ENOENT', syscall: 'unlink', path: missing });
check(() => fs.writeFileSync(missing, 'x'), { code: 'ENOENT', syscall: 'open', path: missing });
check(() => fs.renameSync(missing, missing + '2'), {
  code: 'ENOENT', syscall: 'rename', path: missing, dest: missing + '2',
  message: `ENOENT: no such file or directory, rename '${missing}' -> '${missing}2'`,
});
check(() => fs.mkdirSync(os.tmpdir()), {
  code: 'EEXIST', errno: -17, syscall: 'mkdir', message: `EEXIST: file already exists, mkdir '${os.tmpdir()}'`,
});
check(() => fs.readFileSync(__dirname), {
  code: 'EISDIR', errno: -21, syscall: 'read', message: 'EISDIR: illegal operation on a directory, read',
});
check(() => fs.readFileSync(42.5), { code: 'ERR_INVALID_ARG_TYPE' });
