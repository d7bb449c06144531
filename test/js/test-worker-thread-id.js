// Checks threadId: positive, unique and increasing across workers (process-wide, also for nested ones), equal inside and outside, -1 after exit.
'use strict';
const common = require('../common');
const assert = require('assert');
const { Worker, threadId } = require('worker_threads');

assert.strictEqual(threadId, 0);
const workers = [];
for (let i = 0; i < 3; i++) {
  const w = new Worker(`
    const { parentPort, threadId, Worker } = require('worker_threads');
    const child = new Worker('require("worker_threads").parentPort.postMessage(require("worker_threads").threadId)',
                             { eval: true });
    child.on('message', (childSeen) => parentPort.postMessage({ mine: threadId, child: child.threadId, childSeen }));
  `, { eval: true });
  workers.push(w);
}
const ids = workers.map((w) => w.threadId);
// Increasing and available synchronously after construction.
for (const id of ids) assert.ok(Number.isInteger(id) && id > 0);
assert.ok(ids[0] < ids[1] && ids[1] < ids[2]);

const allIds = new Set(ids);
for (const w of workers) {
  const id = w.threadId;
  w.on('message', common.mustCall((m) => {
    assert.strictEqual(m.mine, id);
    assert.strictEqual(m.childSeen, m.child);
    // A nested worker's id comes from the same process-wide counter.
    assert.ok(m.child > ids[2]);
    assert.ok(!allIds.has(m.child));
    allIds.add(m.child);
  }));
  w.on('exit', common.mustCall((code) => {
    assert.strictEqual(code, 0);
    assert.strictEqual(w.threadId, -1);
  }));
}
process.on('exit', () => assert.strictEqual(allIds.size, 6));
