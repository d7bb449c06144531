'use strict';
// Round-trip latency over a worker's parentPort with one message in flight: the main thread posts a small
// object, the worker echoes it back, and the next one is posted from the reply handler. Each round trip
// includes two structured clones and two cross-thread wake-ups, so it measures the whole messaging path.
//   rtt_object_us       median round trip in microseconds (median resists the odd GC or scheduler pause)
//   idle_cpu_ms_per_s   then, with the worker still there and nothing sent: the process's CPU time per second
//                       of waiting (loom spins briefly for hot messages; this shows that it stops)
// The mean (total time / PP_N) is reported in "extra" as well. compare.js also runs this script under loom
// with LOOM_SPIN_US=0 (no spinning), as its own line.
// Env: PP_N (20000 round trips), PP_WARMUP (2000), PP_IDLE_MS (1000)
const { now, envNum, median, round, startWorker, emit, main } = require('./common');

const N = envNum('PP_N', 20000);
const WARMUP = envNum('PP_WARMUP', 2000);
const IDLE_MS = envNum('PP_IDLE_MS', 1000);
const ECHO = `
const { parentPort } = require('worker_threads');
parentPort.on('message', (m) => parentPort.postMessage(m));
parentPort.postMessage('ready');`;
const PAYLOAD = { id: 1, op: 'ping', tags: ['a', 'b'], nested: { x: 1.5, ok: true } };

function p90(a) {
  const s = Array.from(a).sort((x, y) => x - y);
  return s[Math.floor(s.length * 0.9)];
}

// n sequential round trips; resolves with per-trip times (ms) and the total.
function rounds(w, n) {
  return new Promise((resolve) => {
    const lat = new Float64Array(n);
    let i = 0;
    const start = now();
    let t = start;
    function onReply() {
      const t2 = now();
      lat[i++] = t2 - t;
      if (i === n) { w.off('message', onReply); resolve({ lat, total: t2 - start }); return; }
      t = t2;
      w.postMessage(PAYLOAD);
    }
    w.on('message', onReply);
    w.postMessage(PAYLOAD);
  });
}

main(async () => {
  const w = await startWorker(ECHO);
  await rounds(w, WARMUP); // JIT and allocator warm-up on both threads
  const { lat, total } = await rounds(w, N);
  // What the exchange leaves running once it stops: CPU time of the whole process while both threads wait
  // for a message that does not come (a runtime that spins for hot messages must stop doing so).
  const before = process.cpuUsage();
  const t0 = now();
  await new Promise((resolve) => setTimeout(resolve, IDLE_MS));
  const used = process.cpuUsage(before);
  const idleCpuMsPerS = (used.user + used.system) / 1000 / ((now() - t0) / 1000);
  await w.terminate();
  emit('pingpong', {
    rtt_object_us: round(median(lat) * 1000),
    idle_cpu_ms_per_s: round(idleCpuMsPerS, 2),
  }, { n: N, mean_us: round(total * 1000 / N), p90_us: round(p90(lat) * 1000) });
});
