// One message of 1 GiB each way: an ArrayBuffer copied to a worker and back (the engine serialises it
// into a buffer and the receiver gets its own copy), then the same memory transferred there and back (no
// copy: the sender's buffer is detached). Every page is marked, and the receiver checks every mark, so a
// truncated, shifted or partly zeroed copy fails. The size scales with LOOM_STRESS_SCALE.
'use strict';
const assert = require('assert');
const { Worker } = require('worker_threads');

const MiB = 1024 * 1024;
const BYTES = require('./scale')(1024) * MiB;
const PAGE = 4096;

function mark(bytes, salt) {
  for (let i = 0; i < bytes.length; i += PAGE) bytes[i] = (i / PAGE + salt) & 0xff;
}

const worker = new Worker(`
  const assert = require('assert');
  const { parentPort } = require('worker_threads');
  const PAGE = ${PAGE};
  parentPort.on('message', ({ buffer, salt, transfer }) => {
    const bytes = new Uint8Array(buffer);
    let bad = 0;
    for (let i = 0; i < bytes.length; i += PAGE) if (bytes[i] !== ((i / PAGE + salt) & 0xff)) bad++;
    for (let i = 0; i < bytes.length; i += PAGE) bytes[i] = (i / PAGE + salt + 1) & 0xff;  // answer
    parentPort.postMessage({ buffer, bad, length: buffer.byteLength }, transfer ? [buffer] : []);
  });
`, { eval: true });

function roundTrip(buffer, salt, transfer) {
  return new Promise((resolve) => {
    worker.once('message', resolve);
    worker.postMessage({ buffer, salt, transfer }, transfer ? [buffer] : []);
  });
}

(async () => {
  const buffer = new ArrayBuffer(BYTES);
  const bytes = new Uint8Array(buffer);
  mark(bytes, 3);

  // Copied both ways: the sender keeps its buffer, unchanged.
  let reply = await roundTrip(buffer, 3, false);
  assert.strictEqual(reply.bad, 0);
  assert.strictEqual(reply.length, BYTES);
  assert.strictEqual(buffer.byteLength, BYTES);
  const copy = new Uint8Array(reply.buffer);
  for (let i = 0; i < BYTES; i += PAGE) {
    assert.strictEqual(copy[i], (i / PAGE + 4) & 0xff);
    assert.strictEqual(bytes[i], (i / PAGE + 3) & 0xff);
  }
  reply = null;

  // Transferred both ways: the same memory goes and comes back; the sender's buffer is detached meanwhile.
  reply = await roundTrip(buffer, 3, true);
  assert.strictEqual(buffer.byteLength, 0);
  assert.strictEqual(reply.bad, 0);
  assert.strictEqual(reply.buffer.byteLength, BYTES);
  const back = new Uint8Array(reply.buffer);
  for (let i = 0; i < BYTES; i += PAGE) assert.strictEqual(back[i], (i / PAGE + 4) & 0xff);
  console.log(`1 GiB-scale message: ${BYTES / MiB} MiB copied and transferred both ways`);
  await worker.terminate();
})();
