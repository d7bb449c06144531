// Checks that workers started one after another share nothing: each sees a fresh global, fresh built-in
// prototypes, its own process.env copy, argv, execArgv, workerData and threadId, an empty require cache and
// no listeners or timers left by the one before, whatever the one before changed. (loom runs a new worker on
// the thread, and in the engine context, of a worker that ended cleanly; only a fresh global is acceptable.)
'use strict';
const common = require('../common');
const assert = require('assert');
const path = require('path');
const { Worker } = require('worker_threads');

const ROUNDS = 12;
const source = `
  const assert = require('assert');
  const { parentPort, workerData, threadId } = require('worker_threads');
  const seen = {
    global: typeof globalThis.leftOver,
    proto: typeof Array.prototype.leftOver,
    objectKeys: Object.keys.name,
    env: process.env.LOOM_TEST_LEFT_OVER,
    argv: process.argv.slice(2),
    execArgv: process.execArgv,
    argv0: process.argv0,
    cached: Object.keys(require.cache).filter((f) => f.endsWith('left-over-module.js')).length,
    processListeners: process.listenerCount('message'),
    exitCode: process.exitCode,
    round: workerData.round,
    threadId,
  };
  // Leave as much behind as a script can: the next worker must see none of it.
  globalThis.leftOver = 1;
  Array.prototype.leftOver = 1;
  Object.keys = function patched() { return []; };
  process.env.LOOM_TEST_LEFT_OVER = 'yes';
  process.on('message', () => {});
  require(${JSON.stringify(path.join(__dirname, '..', 'fixtures', 'workers', 'left-over-module.js'))});
  setTimeout(() => {}, 100000).unref();
  parentPort.postMessage(seen);
`;

const threadIds = new Set();
function round(i) {
  if (i === ROUNDS) {
    assert.strictEqual(threadIds.size, ROUNDS);
    return;
  }
  const worker = new Worker(source, { eval: true, workerData: { round: i }, argv: [`a${i}`],
                                      execArgv: [] });
  worker.on('message', common.mustCall((seen) => {
    assert.ok(!threadIds.has(seen.threadId));
    threadIds.add(seen.threadId);
    assert.deepStrictEqual(seen, {
      global: 'undefined',
      proto: 'undefined',
      objectKeys: 'keys',
      env: undefined,
      argv: [`a${i}`],
      execArgv: [],
      argv0: process.argv0,
      cached: 0,
      processListeners: 0,
      exitCode: undefined,
      round: i,
      threadId: worker.threadId,
    });
  }));
  worker.on('exit', common.mustCall((code) => {
    assert.strictEqual(code, 0);
    round(i + 1);
  }));
}
round(0);
