// Checks that large messages round-trip to a worker intact: a 64 MiB string (copied both ways), a 256 MiB
// ArrayBuffer (transferred both ways, so the sender's copy is detached), and a copied 64 MiB typed array.
// Sizes scale with LOOM_STRESS_SCALE (sanitizer builds run with 0.1).
'use strict';
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const scale = Number(process.env.LOOM_STRESS_SCALE || 1);
const MiB = 1024 * 1024;
const STRING_BYTES = Math.max(1, Math.round(64 * scale)) * MiB;
const BUFFER_BYTES = Math.max(1, Math.round(256 * scale)) * MiB;
const COPY_BYTES = Math.max(1, Math.round(64 * scale)) * MiB;
const STRIDE = 4096;  // one marked byte per page keeps the checks cheap yet catches misplaced pages

const worker = new Worker(`
  const { parentPort } = require('worker_threads');
  parentPort.on('message', (m) => {
    if (m.buffer) parentPort.postMessage(m, [m.buffer]);  // hand the same memory back
    else parentPort.postMessage(m);
    if (m.last) parentPort.close();
  });
`, { eval: true });

// A string that is not a plain repetition, so a truncated or shifted copy cannot pass.
const head = 'loom-'.repeat(Math.floor(STRING_BYTES * 0.75 / 5));
const str = head + 'é'.repeat(STRING_BYTES - head.length - 3) + 'end';
assert.strictEqual(str.length, STRING_BYTES);
const buffer = new ArrayBuffer(BUFFER_BYTES);
{
  const bytes = new Uint8Array(buffer);
  for (let i = 0; i < bytes.length; i += STRIDE) bytes[i] = (i / STRIDE) & 0xff;
  bytes[bytes.length - 1] = 0xa5;
}
const copied = new Float64Array(COPY_BYTES / 8);
for (let i = 0; i < copied.length; i += STRIDE) copied[i] = i + 0.5;

worker.postMessage({ kind: 'string', str });
worker.postMessage({ kind: 'buffer', buffer }, [buffer]);
assert.strictEqual(buffer.byteLength, 0);  // transferred, not copied
worker.postMessage({ kind: 'copy', copied, last: true });
assert.strictEqual(copied.length, COPY_BYTES / 8);  // copied: the original is still usable

const seen = [];
worker.on('message', common.mustCall((m) => {
  seen.push(m.kind);
  if (m.kind === 'string') {
    assert.strictEqual(m.str.length, str.length);
    assert.ok(m.str === str, 'string differs');
  } else if (m.kind === 'buffer') {
    assert.ok(m.buffer instanceof ArrayBuffer);
    assert.strictEqual(m.buffer.byteLength, BUFFER_BYTES);
    const bytes = new Uint8Array(m.buffer);
    for (let i = 0; i < bytes.length; i += STRIDE) {
      if (bytes[i] !== ((i / STRIDE) & 0xff)) assert.fail(`byte ${i} is ${bytes[i]}`);
    }
    assert.strictEqual(bytes[bytes.length - 1], 0xa5);
  } else {
    assert.ok(m.copied instanceof Float64Array);
    assert.strictEqual(m.copied.length, copied.length);
    for (let i = 0; i < copied.length; i += STRIDE) {
      if (m.copied[i] !== i + 0.5) assert.fail(`element ${i} is ${m.copied[i]}`);
    }
  }
}, 3));
worker.on('error', common.mustNotCall());
worker.on('exit', common.mustCall((code) => {
  assert.strictEqual(code, 0);
  assert.deepStrictEqual(seen, ['string', 'buffer', 'copy']);
}));
