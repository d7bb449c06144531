// Checks that workers started one after another share nothing: each sees a fresh global, fresh built-in
// prototypes and RegExp statics, its own process.env copy, argv, execArgv, workerData and threadId, an empty
// require cache and no listeners or timers left by the one before, whatever the one before changed; and that
// nothing a finished worker left (a FinalizationRegistry whose targets die later) ever runs again. (loom runs
// a new worker on the thread, engine context and heap zone of a worker that ended cleanly; only a fresh global
// is acceptable.)
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
    regexpMatch: RegExp.$1,
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
  /(left-over)/.exec('a left-over match');
  // A cleanup callback that would count on shared memory if it ever ran: the registry stays reachable until
  // the worker ends, and its targets die with it.
  const cleanups = new Int32Array(workerData.cleanups);
  globalThis.registry = new FinalizationRegistry(() => Atomics.add(cleanups, 0, 1));
  for (let i = 0; i < 100; i++) globalThis.registry.register({ garbage: new Array(100).fill(i) }, i);
  process.env.LOOM_TEST_LEFT_OVER = 'yes';
  process.on('message', () => {});
  require(${JSON.stringify(path.join(__dirname, '..', 'fixtures', 'workers', 'left-over-module.js'))});
  setTimeout(() => {}, 100000).unref();
  parentPort.postMessage(seen);
`;

const cleanups = new SharedArrayBuffer(4);
const threadIds = new Set();
function round(i) {
  if (i === ROUNDS) {
    assert.strictEqual(threadIds.size, ROUNDS);
    assert.strictEqual(Atomics.load(new Int32Array(cleanups), 0), 0);
    return;
  }
  const worker = new Worker(source, { eval: true, workerData: { round: i, cleanups }, argv: [`a${i}`],
                                      execArgv: [] });
  worker.on('message', common.mustCall((seen) => {
    assert.ok(!threadIds.has(seen.threadId));
    threadIds.add(seen.threadId);
    assert.deepStrictEqual(seen, {
      global: 'undefined',
      proto: 'undefined',
      objectKeys: 'keys',
      regexpMatch: '',
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
