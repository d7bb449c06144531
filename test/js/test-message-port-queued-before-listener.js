// Checks that messages sent before any listener exists are queued and delivered, in order, once a listener is attached later.
'use strict';
const common = require('../common');
const assert = require('assert');
const { MessageChannel } = require('worker_threads');

{
  const { port1, port2 } = new MessageChannel();
  port1.postMessage('early 1');
  port1.postMessage('early 2');
  setTimeout(common.mustCall(() => {
    const got = [];
    port2.on('message', common.mustCall((m) => {
      got.push(m);
      if (got.length === 3) {
        assert.deepStrictEqual(got, ['early 1', 'early 2', 'late']);
        port2.close();
      }
    }, 3));
    port1.postMessage('late');
  }), 20);
}

{
  // Same with onmessage.
  const { port1, port2 } = new MessageChannel();
  port1.postMessage('queued for onmessage');
  setTimeout(common.mustCall(() => {
    port2.onmessage = common.mustCall((e) => {
      assert.strictEqual(e.data, 'queued for onmessage');
      port2.close();
    });
  }), 20);
}

{
  // Removing the last listener pauses the port again: messages wait for the next listener.
  const { port1, port2 } = new MessageChannel();
  const first = common.mustCall((m) => {
    assert.strictEqual(m, 'to first');
    port2.off('message', first);
    port1.postMessage('to second');
    setTimeout(common.mustCall(() => {
      port2.on('message', common.mustCall((m2) => {
        assert.strictEqual(m2, 'to second');
        port2.close();
      }));
    }), 20);
  });
  port2.on('message', first);
  port1.postMessage('to first');
}

{
  // Messages a worker posts on a transferred MessagePort wait on the main thread's end until a listener exists.
  // (Contrast: a Worker object emits its 'message' events right away; see test-worker-message-not-queued.js.)
  const { Worker } = require('worker_threads');
  const { port1, port2 } = new MessageChannel();
  const w = new Worker(`
    const { workerData: { port } } = require('worker_threads');
    port.postMessage('w1');
    port.postMessage('w2');
  `, { eval: true, workerData: { port: port1 }, transferList: [port1] });
  w.on('exit', common.mustCall((code) => {
    assert.strictEqual(code, 0);
    // The worker is gone; its messages are still waiting in port2.
    const got = [];
    port2.on('message', common.mustCall((m) => {
      got.push(m);
      if (got.length === 2) {
        assert.deepStrictEqual(got, ['w1', 'w2']);
        port2.close();
      }
    }, 2));
  }));
}
