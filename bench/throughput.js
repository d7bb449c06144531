'use strict';
// One-way message throughput, main thread -> worker. The worker counts what it receives and acknowledges
// every TP_BATCH messages; the main thread keeps at most TP_INFLIGHT batches unacknowledged, so the queue
// stays bounded (an unbounded burst would mostly measure memory growth) while both threads stay busy.
//   msgs_per_s_number   payload is the number 42
//   msgs_per_s_object   payload is a small object { id, op, key, value }
// Rate = TP_M / (time from the first post until the ack covering the last message).
// Env: TP_M (300000 messages per payload), TP_BATCH (5000), TP_INFLIGHT (4), TP_WARMUP (50000)
const { now, envNum, round, startWorker, emit, main } = require('./common');

const M = envNum('TP_M', 300000);
const BATCH = envNum('TP_BATCH', 5000);
const INFLIGHT = envNum('TP_INFLIGHT', 4);
const WARMUP = envNum('TP_WARMUP', 50000);
// Control messages are strings starting with '#', never confused with the payloads below.
const SINK = `
const { parentPort } = require('worker_threads');
let count = 0, every = 1;
parentPort.on('message', (m) => {
  if (typeof m === 'string' && m[0] === '#') { count = 0; every = +m.slice(1); parentPort.postMessage(-1); return; }
  if (++count % every === 0) parentPort.postMessage(count);
});
parentPort.postMessage('ready');`;
const PAYLOADS = {
  number: 42,
  object: { id: 1, op: 'put', key: 'k1', value: 3.14 },
};

function reset(w, every) {
  return new Promise((resolve) => { w.once('message', resolve); w.postMessage('#' + every); });
}

// Send m messages in batches with a bounded window; resolve with the elapsed ms.
async function run(w, payload, m) {
  const batch = Math.min(BATCH, m);
  await reset(w, batch);
  return new Promise((resolve) => {
    let sent = 0;
    const t0 = now();
    const sendBatch = () => {
      const end = Math.min(m, sent + batch);
      for (; sent < end; sent++) w.postMessage(payload);
    };
    function onAck(count) {
      if (count >= m) { w.off('message', onAck); resolve(now() - t0); return; }
      if (sent < m) sendBatch();
    }
    w.on('message', onAck);
    for (let k = 0; k < INFLIGHT; k++) sendBatch();
  });
}

main(async () => {
  const w = await startWorker(SINK);
  const metrics = {};
  for (const [name, payload] of Object.entries(PAYLOADS)) {
    await run(w, payload, Math.min(M, WARMUP));
    const ms = await run(w, payload, M);
    metrics['msgs_per_s_' + name] = Math.round(M / (ms / 1000));
  }
  await w.terminate();
  emit('throughput', metrics, { m: M, batch: BATCH, inflight: INFLIGHT });
});
