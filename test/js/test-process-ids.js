// process.getuid/geteuid/getgid/getegid/getgroups: the process's ids, the same in a worker; getgroups
// includes the effective group id.
'use strict';
const common = require('../common');
const assert = require('assert');
const os = require('os');
const { Worker } = require('worker_threads');

const ids = [process.getuid(), process.geteuid(), process.getgid(), process.getegid()];
for (const id of ids) assert.ok(Number.isInteger(id) && id >= 0, String(id));
assert.strictEqual(process.getuid(), os.userInfo().uid);
const groups = process.getgroups();
assert.ok(Array.isArray(groups) && groups.every((g) => Number.isInteger(g) && g >= 0));
assert.ok(groups.includes(process.getegid()));
new Worker(`require('worker_threads').parentPort.postMessage(
  [process.getuid(), process.geteuid(), process.getgid(), process.getegid()])`, { eval: true })
  .on('message', common.mustCall((inWorker) => assert.deepStrictEqual(inWorker, ids)));
