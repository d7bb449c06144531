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
  // A worker's messages posted before the parent attaches a listener are not lost.
  const { Worker } = require('worker_threads');
  const w = new Worker(`
    const { parentPort } = require('worker_threads');
    parentPort.postMessage('w1');
    parentPort.postMessage('w2');
    parentPort.once('message', () => parentPort.close());
  `, { eval: true });
  w.once('online', common.mustCall(() => {
    setTimeout(common.mustCall(() => {
      const got = [];
      w.on('message', (m) => {
        got.push(m);
        if (got.length === 2) {
          assert.deepStrictEqual(got, ['w1', 'w2']);
          w.postMessage('done');
        }
      });
    }), 50);
  }));
  w.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
}
