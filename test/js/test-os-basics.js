// os module basics: EOL, platform/arch/type, cpus shape, parallelism, memory, dirs, hostname, release, loadavg,
// endianness, userInfo, networkInterfaces.
'use strict';
const assert = require('assert');
const os = require('os');
const path = require('path');
assert.strictEqual(require('node:os'), os);
assert.strictEqual(os.EOL, '\n');
assert.strictEqual(os.platform(), 'linux');
assert.strictEqual(os.platform(), process.platform);
assert.strictEqual(os.arch(), process.arch);
assert.strictEqual(os.type(), 'Linux');
const cpus = os.cpus();
assert.ok(Array.isArray(cpus) && cpus.length > 0);
for (const cpu of cpus) {
  assert.strictEqual(typeof cpu.model, 'string');
  assert.strictEqual(typeof cpu.speed, 'number');
  for (const k of ['user', 'nice', 'sys', 'idle', 'irq']) assert.strictEqual(typeof cpu.times[k], 'number', k);
}
const par = os.availableParallelism();
assert.ok(Number.isInteger(par) && par >= 1);
const total = os.totalmem();
const free = os.freemem();
assert.ok(typeof total === 'number' && total > 0);
assert.ok(typeof free === 'number' && free > 0 && free <= total);
assert.ok(path.isAbsolute(os.tmpdir()));
assert.ok(!os.tmpdir().endsWith('/') || os.tmpdir() === '/');
assert.ok(path.isAbsolute(os.homedir()));
assert.ok(typeof os.hostname() === 'string' && os.hostname().length > 0);
assert.ok(typeof os.release() === 'string' && os.release().length > 0);
const load = os.loadavg();
assert.ok(Array.isArray(load));
assert.strictEqual(load.length, 3);
for (const l of load) assert.ok(typeof l === 'number' && l >= 0);
assert.ok(['LE', 'BE'].includes(os.endianness()));
assert.strictEqual(os.devNull, '/dev/null');
assert.strictEqual(os.constants.signals.SIGINT, 2);
assert.strictEqual(typeof os.uptime(), 'number');
// userInfo(): the effective user's passwd entry, on a null-prototype object.
const user = os.userInfo();
assert.strictEqual(Object.getPrototypeOf(user), null);
assert.deepStrictEqual(Object.keys(user), ['uid', 'gid', 'username', 'homedir', 'shell']);
assert.ok(Number.isInteger(user.uid) && user.uid >= 0);
assert.ok(Number.isInteger(user.gid) && user.gid >= 0);
assert.ok(typeof user.username === 'string' && user.username.length > 0);
assert.ok(path.isAbsolute(user.homedir));
assert.ok(user.shell === null || typeof user.shell === 'string');
if (process.getuid) assert.strictEqual(user.uid, process.getuid());
// networkInterfaces(): every address with Node's fields; the loopback interface has 127.0.0.1/8.
const interfaces = os.networkInterfaces();
for (const [name, addresses] of Object.entries(interfaces)) {
  for (const a of addresses) {
    assert.ok(a.family === 'IPv4' || a.family === 'IPv6', name);
    assert.match(a.mac, /^([0-9a-f]{2}:){5}[0-9a-f]{2}$/);
    assert.strictEqual(typeof a.internal, 'boolean');
    assert.ok(a.cidr === null || a.cidr.startsWith(`${a.address}/`), a.cidr);
    assert.deepStrictEqual(Object.keys(a), ['address', 'netmask', 'family', 'mac', 'internal', 'cidr',
                                            ...(a.family === 'IPv6' ? ['scopeid'] : [])]);
  }
}
const loopback = Object.values(interfaces).flat().find((a) => a.address === '127.0.0.1');
if (loopback) {
  assert.strictEqual(loopback.internal, true);
  assert.strictEqual(loopback.cidr, '127.0.0.1/8');
}
