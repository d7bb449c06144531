// Checks nested workers 3 levels deep: each level starts the next, messages are relayed up to the main thread in order.
'use strict';
const common = require('../common');
const assert = require('assert');
const path = require('path');
const { Worker } = require('worker_threads');

const file = path.join(__dirname, '..', 'fixtures', 'workers', 'nested.js');
const worker = new Worker(file, { workerData: { depth: 1, max: 3 } });
const messages = [];
worker.on('message', (m) => messages.push(m));
worker.on('exit', common.mustCall((code) => {
  assert.strictEqual(code, 0);
  // Strip thread ids (checked separately) to compare the structure.
  const ids = [];
  const strip = (m) => {
    if ('threadId' in m) { ids.push(m.threadId); return { from: m.from }; }
    if ('msg' in m) return { via: m.via, msg: strip(m.msg) };
    return m;
  };
  assert.deepStrictEqual(messages.map(strip), [
    { from: 1 },
    { via: 1, msg: { from: 2 } },
    { via: 1, msg: { via: 2, msg: { from: 3 } } },
    { via: 1, msg: { childExit: 3, code: 0 } },
    { childExit: 2, code: 0 },
  ]);
  assert.strictEqual(new Set(ids).size, 3);
  assert.ok(ids[0] < ids[1] && ids[1] < ids[2]);
}));
