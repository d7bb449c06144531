// --expose-gc is a process-wide flag: gc() exists on the main thread and in every worker, including one
// started with an empty execArgv, and it collects (a WeakRef to dropped garbage is cleared).
// flags: --expose-gc
'use strict';
const assert = require('assert');
const { Worker } = require('worker_threads');

assert.strictEqual(typeof gc, 'function');

const code = `
const { parentPort } = require('worker_threads');
let ref = new WeakRef({ big: new Array(1000).fill(1) });
setTimeout(() => {
  gc();
  parentPort.postMessage({ type: typeof gc, cleared: ref.deref() === undefined });
}, 0);`;

let done = 0;
for (const execArgv of [undefined, []]) {
  const w = new Worker(code, { eval: true, execArgv });
  w.on('message', (m) => {
    assert.deepStrictEqual(m, { type: 'function', cleared: true });
    done++;
  });
}
process.on('exit', () => assert.strictEqual(done, 2));
