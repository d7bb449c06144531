// timers/promises setInterval is an async iterator yielding the value each tick until the loop breaks.
'use strict';
const common = require('../common');
const assert = require('assert');
const { setInterval: every } = require('timers/promises');
(async () => {
  const seen = [];
  for await (const v of every(1, 'tick')) {
    seen.push(v);
    if (seen.length === 3) break;
  }
  assert.deepStrictEqual(seen, ['tick', 'tick', 'tick']);
  const it = every(1);
  assert.strictEqual(typeof it[Symbol.asyncIterator], 'function');
  const r = await it.next();
  assert.deepStrictEqual(r, { value: undefined, done: false });
  const end = await it.return();
  assert.strictEqual(end.done, true);
})().then(common.mustCall());
