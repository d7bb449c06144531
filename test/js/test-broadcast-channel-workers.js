// Checks BroadcastChannel across the main thread and two workers: every other subscriber of the name receives, the sender does not.
'use strict';
const common = require('../common');
const assert = require('assert');
const { Worker, BroadcastChannel } = require('worker_threads');

const src = `
  const { BroadcastChannel, parentPort, workerData } = require('worker_threads');
  const bc = new BroadcastChannel('loom-test-channel');
  const seen = [];
  bc.onmessage = (event) => {
    seen.push(event.data);
    if (event.data === 'hello from main') bc.postMessage('ack from ' + workerData);
    // Messages from different senders are not ordered relative to each other, so wait for both the
    // main thread's 'finish' and the other worker's ack.
    if (seen.includes('finish') && seen.includes('ack from ' + (workerData === 'A' ? 'B' : 'A'))) {
      bc.close();
      parentPort.postMessage(seen.sort());
    }
  };
  parentPort.postMessage('ready');
`;
const main = new BroadcastChannel('loom-test-channel');
const unrelated = new BroadcastChannel('some-other-name');
unrelated.onmessage = common.mustNotCall();
unrelated.unref();

const workers = ['A', 'B'].map((name) => new Worker(src, { eval: true, workerData: name }));
let ready = 0;
const acks = [];
main.onmessage = common.mustCall((event) => {
  assert.strictEqual(event.target, main);
  acks.push(event.data);
  if (acks.length === 2) {
    assert.deepStrictEqual(acks.sort(), ['ack from A', 'ack from B']);
    main.postMessage('finish');
    main.close();
  }
}, 2);
for (const w of workers) {
  w.once('message', common.mustCall((m) => {
    assert.strictEqual(m, 'ready');
    if (++ready === 2) main.postMessage('hello from main');
    // The second message is the worker's report of what it saw.
    w.once('message', common.mustCall((seen) => {
      const other = w === workers[0] ? 'B' : 'A';
      // Its own ack is not delivered back to itself; the other worker's ack is.
      assert.deepStrictEqual(seen, [`ack from ${other}`, 'finish', 'hello from main']);
    }));
  }));
  w.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
}
