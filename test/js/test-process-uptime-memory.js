// process.uptime is a small positive number; memoryUsage has the standard numeric keys; memoryUsage.rss() is a number.
'use strict';
const assert = require('assert');
const up = process.uptime();
assert.strictEqual(typeof up, 'number');
assert.ok(up > 0 && up < 60, String(up));
assert.ok(process.uptime() >= up);
const m = process.memoryUsage();
for (const key of ['rss', 'heapTotal', 'heapUsed', 'external', 'arrayBuffers']) {
  assert.strictEqual(typeof m[key], 'number', key);
  assert.ok(m[key] >= 0, key);
}
assert.ok(m.rss > 0);
const rss = process.memoryUsage.rss();
assert.strictEqual(typeof rss, 'number');
assert.ok(rss > 0);
