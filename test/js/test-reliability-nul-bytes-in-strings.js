// Checks that strings with an embedded NUL byte are neither truncated nor silently shortened when they cross
// into native code: fs paths containing NUL are rejected with ERR_INVALID_ARG_VALUE, require() of such a
// specifier finds nothing, written file data and stdout output keep every byte. (Found by the require_resolve
// fuzz target: loom used to cut such strings at the NUL, so 'file\0.png' opened 'file'.)
'use strict';
require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const invalidPath = { name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE' };
const existing = path.join(__dirname, '..', 'fixtures', 'reliability', 'nul-target.js');
const scratch = path.join(os.tmpdir(), `loom-nul-test-${process.pid}`);
fs.mkdirSync(scratch, { recursive: true });
try {
  // Paths: the part before the NUL exists, which is exactly what truncation would open.
  assert.throws(() => fs.readFileSync(`${existing}\0.png`), invalidPath);
  assert.throws(() => fs.statSync(`${existing}\0x`), invalidPath);
  assert.throws(() => fs.readdirSync(`${scratch}\0/etc`), invalidPath);
  assert.throws(() => fs.writeFileSync(path.join(scratch, 'data.txt\0.bak'), 'x'), invalidPath);
  assert.throws(() => fs.mkdirSync(`${scratch}\0sub`), invalidPath);
  assert.strictEqual(fs.existsSync(`${existing}\0x`), false);
  assert.deepStrictEqual(fs.readdirSync(scratch), []);  // the rejected write created nothing

  // Module resolution: the file before the NUL must not be found (Node answers MODULE_NOT_FOUND or, when
  // its realpath step sees the NUL, ERR_INVALID_ARG_VALUE).
  const notFound = (err) => ['MODULE_NOT_FOUND', 'ERR_INVALID_ARG_VALUE'].includes(err.code);
  assert.throws(() => require.resolve(`${existing}\0`), notFound);
  assert.throws(() => require.resolve(`${existing}\0.png`), notFound);
  assert.throws(() => require('../fixtures/reliability/nul-target.js\0.png'), notFound);
  assert.throws(() => require('../fixtures/reliability/nul-target\0'), notFound);

  // Data: every byte is written.
  const file = path.join(scratch, 'data.txt');
  fs.writeFileSync(file, 'm\0n');
  assert.deepStrictEqual([...fs.readFileSync(file)], [0x6d, 0x00, 0x6e]);
  fs.writeFileSync(file, 'é\0€');
  assert.strictEqual(fs.readFileSync(file, 'utf8'), 'é\0€');
} finally {
  fs.rmSync(scratch, { recursive: true, force: true });
}

// Standard output: compared byte for byte with the .out file.
process.stdout.write('a\0b\n');
console.log('c\0d');
