// mkdirSync recursive returns the first directory created (undefined if none); readdirSync lists names or Dirents.
'use strict';
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = path.join(os.tmpdir(), `loom-test-fs-mkdir-${process.pid}`);
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
assert.strictEqual(fs.mkdirSync(dir), undefined);
assert.strictEqual(fs.mkdirSync(path.join(dir, 'a', 'b', 'c'), { recursive: true }), path.join(dir, 'a'));
assert.strictEqual(fs.mkdirSync(path.join(dir, 'a', 'b', 'c'), { recursive: true }), undefined);
assert.strictEqual(fs.mkdirSync(path.join(dir, 'a', 'b', 'd'), { recursive: true }), path.join(dir, 'a', 'b', 'd'));
assert.throws(() => fs.mkdirSync(dir), { code: 'EEXIST', syscall: 'mkdir', path: dir });
fs.writeFileSync(path.join(dir, 'file.txt'), 'x');
fs.symlinkSync('file.txt', path.join(dir, 'link'));
assert.deepStrictEqual(fs.readdirSync(dir).sort(), ['a', 'file.txt', 'link']);
assert.deepStrictEqual(fs.readdirSync(path.join(dir, 'a', 'b')).sort(), ['c', 'd']);
const ents = fs.readdirSync(dir, { withFileTypes: true }).sort((x, y) => (x.name < y.name ? -1 : 1));
assert.deepStrictEqual(ents.map((e) => e.name), ['a', 'file.txt', 'link']);
assert.ok(ents[0] instanceof fs.Dirent);
assert.deepStrictEqual(ents.map((e) => [e.isDirectory(), e.isFile(), e.isSymbolicLink()]),
                       [[true, false, false], [false, true, false], [false, false, true]]);
assert.deepStrictEqual(fs.readdirSync(path.join(dir, 'a', 'b', 'c')), []);
