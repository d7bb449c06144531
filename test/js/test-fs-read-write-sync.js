// readFileSync (utf8 string or Buffer), writeFileSync, appendFileSync and existsSync on a temp file.
'use strict';
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = path.join(os.tmpdir(), `loom-test-fs-rw-${process.pid}`);
fs.mkdirSync(dir);
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const file = path.join(dir, 'hello.txt');
assert.strictEqual(fs.existsSync(file), false);
assert.strictEqual(fs.writeFileSync(file, 'héllo'), undefined);
assert.strictEqual(fs.existsSync(file), true);
assert.strictEqual(fs.existsSync(dir), true);
assert.strictEqual(fs.readFileSync(file, 'utf8'), 'héllo');
assert.strictEqual(fs.readFileSync(file, { encoding: 'utf8' }), 'héllo');
const buf = fs.readFileSync(file);
assert.ok(Buffer.isBuffer(buf));
assert.strictEqual(buf.length, 6); // é is two bytes
assert.deepStrictEqual([...buf.subarray(0, 3)], [0x68, 0xc3, 0xa9]);
assert.strictEqual(fs.appendFileSync(file, ' world'), undefined);
assert.strictEqual(fs.readFileSync(file, 'utf8'), 'héllo world');
fs.appendFileSync(path.join(dir, 'new.txt'), 'created'); // append creates the file
assert.strictEqual(fs.readFileSync(path.join(dir, 'new.txt'), 'utf8'), 'created');
fs.writeFileSync(file, Buffer.from([0x41, 0x42]));
assert.strictEqual(fs.readFileSync(file, 'latin1'), 'AB');
fs.writeFileSync(file, new Uint8Array([0x43]));
assert.strictEqual(fs.readFileSync(file, 'utf8'), 'C');
fs.writeFileSync(file, ''); // truncates
assert.strictEqual(fs.readFileSync(file, 'utf8'), '');
assert.strictEqual(fs.existsSync(path.join(dir, 'missing')), false);
assert.strictEqual(fs.existsSync(), false);
