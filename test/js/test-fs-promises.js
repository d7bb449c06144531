// fs.promises and require('fs/promises') are the same API; writeFile/readFile/stat/readdir/rm return promises.
'use strict';
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const fsp = require('fs/promises');
const os = require('os');
const path = require('path');
assert.strictEqual(fs.promises, fsp);
assert.strictEqual(require('node:fs/promises'), fsp);
const dir = path.join(os.tmpdir(), `loom-test-fs-promises-${process.pid}`);
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
(async () => {
  await fsp.mkdir(path.join(dir, 'sub'), { recursive: true });
  const file = path.join(dir, 'p.txt');
  const w = fsp.writeFile(file, 'promised');
  assert.ok(w instanceof Promise);
  assert.strictEqual(await w, undefined);
  assert.strictEqual(await fsp.readFile(file, 'utf8'), 'promised');
  const buf = await fs.promises.readFile(file);
  assert.ok(Buffer.isBuffer(buf));
  await fsp.appendFile(file, '!');
  assert.strictEqual((await fsp.stat(file)).size, 9);
  assert.deepStrictEqual((await fsp.readdir(dir)).sort(), ['p.txt', 'sub']);
  await assert.rejects(fsp.readFile(path.join(dir, 'nope')), {
    code: 'ENOENT', syscall: 'open', message: `ENOENT: no such file or directory, open '${path.join(dir, 'nope')}'`,
  });
  await fsp.rm(dir, { recursive: true });
  assert.strictEqual(fs.existsSync(dir), false);
})().then(common.mustCall());
