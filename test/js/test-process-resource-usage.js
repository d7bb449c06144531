// Checks process.resourceUsage(): Node's 16 fields in Node's order, all non-negative numbers, maxRSS in
// kilobytes and a high-water mark (it does not fall when memory is given back), CPU times in microseconds
// that only grow.
'use strict';
require('../common');
const assert = require('assert');

const fields = ['userCPUTime', 'systemCPUTime', 'maxRSS', 'sharedMemorySize', 'unsharedDataSize',
                'unsharedStackSize', 'minorPageFault', 'majorPageFault', 'swappedOut', 'fsRead', 'fsWrite',
                'ipcSent', 'ipcReceived', 'signalsCount', 'voluntaryContextSwitches', 'involuntaryContextSwitches'];
const before = process.resourceUsage();
assert.deepStrictEqual(Object.keys(before), fields);
for (const field of fields) {
  assert.strictEqual(typeof before[field], 'number', field);
  assert.ok(Number.isInteger(before[field]) && before[field] >= 0, field);
}
// RSS in kilobytes: this process uses more than 4 MiB and less than 4 GiB.
assert.ok(before.maxRSS > 4 * 1024 && before.maxRSS < 4 * 1024 * 1024, `${before.maxRSS}`);

// Touch 64 MiB, then let it go: the high-water mark rises by most of it and stays there.
let block = new Uint8Array(64 * 1024 * 1024);
for (let i = 0; i < block.length; i += 4096) block[i] = 1;
const peak = process.resourceUsage().maxRSS;
assert.ok(peak - before.maxRSS > 48 * 1024, `${before.maxRSS} -> ${peak}`);
block = null;
const after = process.resourceUsage();
assert.ok(after.maxRSS >= peak);
assert.ok(after.userCPUTime >= before.userCPUTime);
assert.ok(after.minorPageFault > before.minorPageFault);
