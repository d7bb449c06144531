// Checks that an ArrayBuffer in a transfer list is detached synchronously (byteLength 0, views emptied) and arrives intact, to a port and to a worker.
'use strict';
const common = require('../common');
const assert = require('assert');
const { MessageChannel, Worker } = require('worker_threads');

{
  const { port1, port2 } = new MessageChannel();
  const ab = new ArrayBuffer(16);
  const u8 = new Uint8Array(ab);
  const f64 = new Float64Array(ab, 8, 1);
  u8[0] = 7;
  f64[0] = 1.25;
  port2.on('message', common.mustCall((m) => {
    assert.ok(m.u8 instanceof Uint8Array);
    assert.strictEqual(m.u8.byteLength, 16);
    assert.strictEqual(m.u8[0], 7);
    assert.strictEqual(m.f64[0], 1.25);
    // Both views share the one received buffer.
    assert.strictEqual(m.u8.buffer, m.f64.buffer);
    port2.close();
  }));
  port1.postMessage({ u8, f64 }, [ab]);
  assert.strictEqual(ab.byteLength, 0);
  assert.strictEqual(u8.length, 0);
  assert.strictEqual(u8.byteLength, 0);
  assert.strictEqual(f64.length, 0);
  // A detached buffer cannot be cloned again.
  assert.throws(() => port1.postMessage(ab), { name: 'DataCloneError' });
}

{
  // Transfer to a worker: the worker gets ownership and sends it back transferred again.
  const ab = new Uint8Array([1, 2, 3, 4]).buffer;
  const w = new Worker(`
    const { parentPort } = require('worker_threads');
    parentPort.once('message', (buf) => {
      const v = new Uint8Array(buf);
      v[0] = 100;
      parentPort.postMessage(buf, [buf]);
      parentPort.postMessage(buf.byteLength);
    });
  `, { eval: true });
  w.postMessage(ab, [ab]);
  assert.strictEqual(ab.byteLength, 0);
  const got = [];
  w.on('message', (m) => got.push(m));
  w.on('exit', common.mustCall((code) => {
    assert.strictEqual(code, 0);
    assert.deepStrictEqual([...new Uint8Array(got[0])], [100, 2, 3, 4]);
    // In the worker, the buffer was detached right after its own postMessage.
    assert.strictEqual(got[1], 0);
  }));
}

{
  // Without a transfer list the buffer is copied and stays usable.
  const { port1, port2 } = new MessageChannel();
  const ab = new Uint8Array([9]).buffer;
  port2.on('message', common.mustCall((m) => {
    assert.strictEqual(new Uint8Array(m)[0], 9);
    new Uint8Array(m)[0] = 1;
    assert.strictEqual(new Uint8Array(ab)[0], 9);
    port2.close();
  }));
  port1.postMessage(ab);
  assert.strictEqual(ab.byteLength, 1);
}
