// pid/ppid are positive integers; platform is 'linux'; arch is a known string; versions is an object of strings.
'use strict';
const assert = require('assert');
for (const id of [process.pid, process.ppid]) {
  assert.strictEqual(typeof id, 'number');
  assert.ok(Number.isInteger(id) && id > 0);
}
assert.notStrictEqual(process.pid, process.ppid);
assert.strictEqual(process.platform, 'linux');
assert.ok(['x64', 'arm64', 'ia32', 'arm', 'ppc64', 's390x', 'riscv64'].includes(process.arch), process.arch);
assert.strictEqual(process.arch, require('os').arch());
assert.strictEqual(typeof process.versions, 'object');
for (const [k, v] of Object.entries(process.versions)) assert.strictEqual(typeof v, 'string', k);
assert.strictEqual(typeof process.release, 'object');
assert.strictEqual(typeof process.release.name, 'string');
assert.strictEqual(typeof process.umask(), 'number');
