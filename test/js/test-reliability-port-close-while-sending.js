// Checks closing one end of a channel while the other end is sending in a loop: the closing side sees
// messages in order and none after its 'close' event, both sides get 'close', the sender's further posts are
// silent no-ops, and every thread winds down. Covered: a worker flooding the parent, the parent flooding a
// worker, and a single thread. (Whether messages already queued when close() is called are still delivered
// differs between Node and loom: see test-reliability-port-close-from-listener.js.)
'use strict';
const common = require('../common');
const assert = require('assert');
const { Worker, MessageChannel } = require('worker_threads');

const scale = Number(process.env.LOOM_STRESS_SCALE || 1);
const BURST = Math.max(100, Math.round(20000 * scale));

// 1. A worker posts bursts until its port reports 'close'; the parent closes after 100 messages.
{
  const { port1, port2 } = new MessageChannel();
  const worker = new Worker(`
    const { workerData: { port } } = require('worker_threads');
    let closed = false, sent = 0;
    port.on('close', () => { closed = true; });
    (function burst() {
      if (closed) { require('worker_threads').parentPort.postMessage({ sent }); return; }
      for (let i = 0; i < 100; i++) port.postMessage(sent++);
      setImmediate(burst);
    })();
  `, { eval: true, workerData: { port: port2 }, transferList: [port2] });
  let received = 0;
  let closeEvent = false;
  port1.on('message', (n) => {
    assert.ok(!closeEvent, 'message delivered after the close event');
    assert.strictEqual(n, received++);  // in order, none skipped
    if (received === 100) port1.close();
  });
  port1.on('close', common.mustCall(() => { closeEvent = true; }));
  worker.on('message', common.mustCall(({ sent }) => assert.ok(sent >= received)));
  worker.on('error', common.mustNotCall());
  worker.on('exit', common.mustCall((code) => {
    assert.strictEqual(code, 0);
    assert.ok(received >= 100);
  }));
}

// 2. The parent posts synchronous bursts to a worker that closes its end after its 10th message.
{
  const { port1, port2 } = new MessageChannel();
  const worker = new Worker(`
    const { parentPort, workerData: { port } } = require('worker_threads');
    let got = 0, inOrder = true, afterCloseEvent = 0, closeEvent = false;
    port.on('message', (n) => {
      if (closeEvent) afterCloseEvent++;
      if (n !== got) inOrder = false;
      if (++got === 10) port.close();
    });
    port.on('close', () => {
      closeEvent = true;
      setTimeout(() => parentPort.postMessage({ got, inOrder, afterCloseEvent }), 20);
    });
  `, { eval: true, workerData: { port: port2 }, transferList: [port2] });
  let parentSawClose = false;
  let next = 0;  // numbered across bursts, so order can be checked however many arrive
  port1.on('close', common.mustCall(() => { parentSawClose = true; }));
  (function burst() {
    if (parentSawClose) return;
    for (let i = 0; i < BURST; i++) port1.postMessage(next++);  // never throws, even once the peer is gone
    setImmediate(burst);
  })();
  worker.on('message', common.mustCall((m) => {
    assert.ok(m.got >= 10, `got ${m.got}`);
    assert.strictEqual(m.inOrder, true);
    assert.strictEqual(m.afterCloseEvent, 0);
  }));
  worker.on('error', common.mustNotCall());
  worker.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
}

// 3. One thread: the receiver closes on the 3rd message of a synchronous burst.
{
  const { port1, port2 } = new MessageChannel();
  let got = 0;
  let closeEvent = false;
  port2.on('message', common.mustCallAtLeast((n) => {
    assert.ok(!closeEvent, 'message delivered after the close event');
    assert.strictEqual(n, got);
    if (++got === 3) port2.close();
  }, 3));
  port2.on('close', common.mustCall(() => { closeEvent = true; }));
  port1.on('close', common.mustCall(() => {
    // Both ends are closed: posting is still harmless.
    port1.postMessage('late');
    port2.postMessage('late');
  }));
  for (let i = 0; i < BURST; i++) port1.postMessage(i);
}
