// process.stdout/stderr.write return true, accept strings and Uint8Arrays, expose fd 1/2, and are not TTYs when piped.
'use strict';
// stderr: ^to stderr$
const assert = require('assert');
assert.strictEqual(process.stdout.write('a'), true);
assert.strictEqual(process.stdout.write(new Uint8Array([0x62, 0x0a])), true);
assert.strictEqual(process.stdout.write('c\n', 'utf8'), true);
assert.strictEqual(process.stderr.write('to stderr\n'), true);
assert.strictEqual(process.stdout.fd, 1);
assert.strictEqual(process.stderr.fd, 2);
assert.ok(!process.stdout.isTTY);
assert.ok(!process.stderr.isTTY);
assert.ok(!process.stdin.isTTY);
assert.strictEqual(typeof process.stdout.on, 'function');
