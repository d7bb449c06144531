// Checks that resourceLimits.maxOldGenerationSizeMb counts what V8 counts: the elements of a growing array
// and the characters of long strings end the worker with ERR_WORKER_OUT_OF_MEMORY (SpiderMonkey keeps them
// outside its GC heap, so loom once let such a worker grow to many gigabytes), while ArrayBuffers, typed
// arrays and Buffers, whose contents V8 keeps outside its heap, may exceed the limit.
'use strict';
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

function expectOutOfMemory(source) {
  return new Promise((resolve) => {
    const worker = new Worker(source, { eval: true, resourceLimits: { maxOldGenerationSizeMb: 32 } });
    worker.on('error', common.mustCall((err) => {
      assert.strictEqual(err.code, 'ERR_WORKER_OUT_OF_MEMORY');
    }));
    worker.on('exit', common.mustCall((code) => {
      assert.strictEqual(code, 1);
      resolve();
    }));
  });
}

(async () => {
  // One growing array of numbers (and a few objects): its elements are the memory.
  await expectOutOfMemory('const a = []; for (let i = 0; ; i++) a.push(i % 100 ? i + 0.5 : { i });');
  // Many distinct long strings.
  await expectOutOfMemory("const kept = []; for (let i = 0; ; i++) kept.push('x'.repeat(100000) + i);");
  // Objects each holding a 100-element array.
  await expectOutOfMemory('const h = []; for (;;) h.push({ data: new Array(100).fill(h.length) });');

  // 3 x 64 MiB of binary data under a 16 MiB limit is fine, then plenty of ordinary garbage is collected.
  const worker = new Worker(`
    const { parentPort } = require('worker_threads');
    const held = [new ArrayBuffer(64 * 1024 * 1024), new Uint8Array(64 * 1024 * 1024),
                  Buffer.alloc(64 * 1024 * 1024)];
    let sum = 0;
    for (let i = 0; i < 200; i++) sum += new Array(10000).fill(i).length;
    parentPort.postMessage(held.reduce((n, b) => n + b.byteLength, 0) + sum);
  `, { eval: true, resourceLimits: { maxOldGenerationSizeMb: 16 } });
  worker.on('message', common.mustCall((n) => assert.strictEqual(n, 3 * 64 * 1024 * 1024 + 200 * 10000)));
  worker.on('error', common.mustNotCall());
  worker.on('exit', common.mustCall((code) => {
    assert.strictEqual(code, 0);
    // Three 32 MiB workers ran out of memory one after another, and 192 MiB of binary data came and went:
    // the process never needed more than a few hundred MiB (a limit that did not count the arrays' elements
    // let the first worker alone reach well over a gigabyte). Measured: about 130 MiB (350-400 MiB under the
    // sanitizers); the TSan preset turns RSS checks off (LOOM_RSS_CHECK=0), its allocator never shrinks.
    const peakMiB = process.resourceUsage().maxRSS / 1024;
    if (process.env.LOOM_RSS_CHECK !== '0') assert.ok(peakMiB < 768, `peak RSS ${peakMiB.toFixed(0)} MiB`);
  }));
})().then(common.mustCall());
