'use strict';
// Structured-clone costs for two typical payloads:
//   structured_clone_1k_ms   structuredClone() of an array of 1,000 small records (nested object, array,
//                            strings, numbers, booleans) on the main thread; median over CLONE_BATCHES batches,
//                            each batch sized to last at least CLONE_MIN_MS
//   post_1mib_string_ms      sender-side cost of one postMessage() of a 1 MiB one-byte string to a worker:
//                            the synchronous time of the call (serialisation + enqueue), not delivery.
//                            CLONE_SENDS calls are made back to back, then we wait until the worker has
//                            them all, so queued strings never pile up; median over CLONE_BATCHES batches.
// Strings are flattened (JSON round trip) first: a rope from 'x'.repeat() would add flattening to the cost.
// Env: CLONE_BATCHES (9), CLONE_MIN_MS (30), CLONE_SENDS (16)
const { now, envNum, median, round, startWorker, nextMessage, emit, main } = require('./common');

const BATCHES = envNum('CLONE_BATCHES', 9);
const MIN_MS = envNum('CLONE_MIN_MS', 30);
const SENDS = envNum('CLONE_SENDS', 16);

const records = [];
for (let i = 0; i < 1000; i++) {
  records.push({
    id: i, name: 'user' + i, email: `user${i}@example.com`, active: i % 3 !== 0, score: i * 0.75,
    tags: ['t' + (i % 5), 't' + (i % 13)], address: { city: 'City' + (i % 40), zip: 20000 + i },
  });
}
const string1MiB = JSON.parse(JSON.stringify('y'.repeat(1024 * 1024)));

// The sink acknowledges once it has received the announced number of messages.
const SINK = `
const { parentPort } = require('worker_threads');
let left = 0;
parentPort.on('message', (m) => {
  if (typeof m === 'number') { left = m; parentPort.postMessage('armed'); return; }
  if (--left === 0) parentPort.postMessage('done');
});
parentPort.postMessage('ready');`;

// Median per-call time (ms) of fn over BATCHES batches; the iteration count per batch is found by doubling
// until a batch lasts MIN_MS, so timer resolution never dominates.
function timeSync(fn) {
  let iters = 1;
  for (;;) {
    const t = now();
    for (let i = 0; i < iters; i++) fn();
    if (now() - t >= MIN_MS || iters >= 1 << 20) break;
    iters *= 2;
  }
  const per = [];
  for (let b = 0; b < BATCHES; b++) {
    const t = now();
    for (let i = 0; i < iters; i++) fn();
    per.push((now() - t) / iters);
  }
  return median(per);
}

main(async () => {
  const copy = structuredClone(records);
  if (copy.length !== 1000 || copy[999].address.zip !== 20999) throw new Error('structuredClone gave a wrong copy');
  const cloneMs = timeSync(() => structuredClone(records));

  const sink = await startWorker(SINK);
  const sends = [];
  for (let b = 0; b < BATCHES + 1; b++) { // batch 0 is warm-up
    sink.postMessage(SENDS);
    await nextMessage(sink); // 'armed'
    const done = nextMessage(sink);
    const t = now();
    for (let i = 0; i < SENDS; i++) sink.postMessage(string1MiB);
    const per = (now() - t) / SENDS;
    await done;
    if (b > 0) sends.push(per);
  }
  await sink.terminate();

  emit('clone', {
    structured_clone_1k_ms: round(cloneMs, 4),
    post_1mib_string_ms: round(median(sends), 4),
  }, { batches: BATCHES, sends_per_batch: SENDS });
});
