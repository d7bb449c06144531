// Callback fs.writeFile/readFile/stat/readdir/unlink complete asynchronously with (err, result).
'use strict';
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = path.join(os.tmpdir(), `loom-test-fs-cb-${process.pid}`);
fs.mkdirSync(dir);
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const file = path.join(dir, 'cb.txt');
let sync = true;
fs.writeFile(file, 'callback data', common.mustSucceed(() => {
  fs.readFile(file, 'utf8', common.mustSucceed((text) => {
    assert.strictEqual(text, 'callback data');
    fs.readFile(file, common.mustSucceed((buf) => {
      assert.ok(Buffer.isBuffer(buf));
      assert.strictEqual(buf.toString(), 'callback data');
      fs.stat(file, common.mustSucceed((st) => {
        assert.strictEqual(st.size, 13);
        fs.readdir(dir, common.mustSucceed((names) => {
          assert.deepStrictEqual(names, ['cb.txt']);
          fs.unlink(file, common.mustSucceed(() => assert.strictEqual(fs.existsSync(file), false)));
        }));
      }));
    }));
  }));
}));
fs.readFile(path.join(dir, 'missing'), common.mustCall((err, data) => {
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.syscall, 'open');
  assert.strictEqual(data, undefined);
  assert.strictEqual(sync, false);
}));
fs.access(dir, common.mustSucceed());
sync = false;
assert.throws(() => fs.readFile(file), { code: 'ERR_INVALID_ARG_TYPE' });
