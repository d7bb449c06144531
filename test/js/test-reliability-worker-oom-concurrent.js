// Checks that two workers running out of their resourceLimits heap at the same time each get 'error'
// ERR_WORKER_OUT_OF_MEMORY then 'exit' 1, while the parent survives, a third (unlimited) worker running
// alongside is unaffected, and a new worker can be spawned afterwards.
'use strict';
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

// A linked list of small objects: all of it lives in the engine's GC heap, which is what the limit counts.
// A small limit keeps the time spent collecting near the limit short.
const hog = `
  require('worker_threads').parentPort.postMessage('started');
  let head = null;
  for (let i = 0; ; i++) head = { next: head, s: 'x' + i };
`;
const limits = { maxOldGenerationSizeMb: 8 };

const events = [[], []];
let exited = 0;
for (let i = 0; i < 2; i++) {
  const w = new Worker(hog, { eval: true, resourceLimits: limits });
  w.on('message', (m) => events[i].push(m));
  w.on('error', common.mustCall((err) => {
    events[i].push('error');
    assert.ok(err instanceof Error);
    assert.strictEqual(err.code, 'ERR_WORKER_OUT_OF_MEMORY');
    assert.strictEqual(err.message, 'Worker terminated due to reaching memory limit: JS heap out of memory');
  }));
  w.on('exit', common.mustCall((code) => {
    events[i].push(`exit ${code}`);
    if (++exited === 2) afterBoth();
  }));
}

// A well-behaved worker doing steady work while the others run out of memory.
const bystander = new Worker(`
  const { parentPort } = require('worker_threads');
  parentPort.on('message', (n) => {
    let sum = 0;
    for (let i = 0; i < n; i++) sum += i;
    parentPort.postMessage(sum);
  });
`, { eval: true });
let rounds = 0;
bystander.on('message', common.mustCallAtLeast((sum) => {
  assert.strictEqual(sum, 1000 * 999 / 2);
  rounds++;
  if (exited < 2) bystander.postMessage(1000);
  else bystander.terminate();
}));
bystander.postMessage(1000);
bystander.on('error', common.mustNotCall());

function afterBoth() {
  for (const e of events) {
    // 'started' may or may not have been delivered before the thread died; the tail is fixed.
    assert.deepStrictEqual(e.filter((x) => x !== 'started'), ['error', 'exit 1']);
  }
  const next = new Worker('require("worker_threads").parentPort.postMessage(new Array(1000).fill(1).length)',
                          { eval: true });
  next.on('message', common.mustCall((m) => assert.strictEqual(m, 1000)));
  next.on('exit', common.mustCall((code) => {
    assert.strictEqual(code, 0);
    assert.ok(rounds >= 1);
  }));
}
