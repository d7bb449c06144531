// 200 workers alive at once: all come online, all answer a message, all exit 0.
'use strict';
const assert = require('assert');
const { Worker } = require('worker_threads');
const count = require('./scale')(200);

const workers = [];
let online = 0;
let answered = 0;
let exited = 0;
for (let i = 0; i < count; i++) {
  const w = new Worker(`
    const { parentPort } = require('worker_threads');
    parentPort.once('message', (n) => parentPort.postMessage(n * 2));
  `, { eval: true });
  w.on('online', () => {
    if (++online === count) for (const [j, worker] of workers.entries()) worker.postMessage(j);
  });
  w.on('message', (m) => {
    assert.strictEqual(m, i * 2);
    answered++;
  });
  w.on('error', (e) => { throw e; });
  w.on('exit', (code) => {
    assert.strictEqual(code, 0);
    if (++exited === count) {
      assert.strictEqual(answered, count);
      console.log(`${count} workers alive at once: all answered and exited`);
    }
  });
  workers.push(w);
}
