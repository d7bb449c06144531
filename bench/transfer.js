'use strict';
// Moving a 64 MiB ArrayBuffer from the main thread to a worker, measured one way: the main thread stamps the
// process-wide monotonic clock just before postMessage(), the worker stamps it when its 'message' handler
// runs (i.e. after deserialisation) and reports the difference. So "one way" = serialise + queue + wake the
// worker + deserialise, with no return trip folded in (the return trip is not timed).
//   transfer_one_way_ms   postMessage(msg, [buf]): ownership moves, no copy should happen; the buffer is
//                         transferred back untimed so it can be reused
//   clone_one_way_ms      postMessage(msg) without a transfer list: the bytes are copied; the worker replies
//                         with a small ack only
// For context, "extra" has the in-thread memcpy time of the same size (Uint8Array.set), the floor for a clone.
// Env: XFER_MB (64), XFER_REPS_TRANSFER (20), XFER_REPS_CLONE (8)
const { now, hrNs, envNum, median, round, startWorker, nextMessage, emit, main } = require('./common');

const SIZE = Math.round(envNum('XFER_MB', 64) * 1024 * 1024);
const REPS_T = envNum('XFER_REPS_TRANSFER', 20);
const REPS_C = envNum('XFER_REPS_CLONE', 8);
const SRC = `
const { parentPort } = require('worker_threads');
parentPort.on('message', (m) => {
  const arrived = Number(process.hrtime.bigint());
  const oneWayNs = arrived - m.t0;
  const size = m.buf.byteLength;
  const last = size ? new Uint8Array(m.buf)[size - 1] : -1; // touch the data so a lazy copy cannot cheat
  if (m.transfer) parentPort.postMessage({ oneWayNs, size, last, buf: m.buf }, [m.buf]);
  else parentPort.postMessage({ oneWayNs, size, last });
});
parentPort.postMessage('ready');`;

function check(reply, want) {
  if (reply.size !== want || reply.last !== 7) throw new Error(`worker saw ${reply.size} bytes, last byte ${reply.last}`);
}

main(async () => {
  const w = await startWorker(SRC);
  let buf = new ArrayBuffer(SIZE);
  new Uint8Array(buf).fill(7); // commit the pages, so the first copy does not pay for page faults

  const transfer = [];
  for (let i = 0; i < REPS_T + 2; i++) { // the first 2 are warm-up
    const got = nextMessage(w);
    const msg = { transfer: true, t0: 0, buf };
    msg.t0 = hrNs();
    w.postMessage(msg, [buf]);
    if (buf.byteLength !== 0) throw new Error('buffer was not detached by the transfer');
    const reply = await got;
    check(reply, SIZE);
    buf = reply.buf;
    if (i >= 2) transfer.push(reply.oneWayNs / 1e6);
  }

  const clone = [];
  for (let i = 0; i < REPS_C + 1; i++) {
    const got = nextMessage(w);
    const msg = { transfer: false, t0: 0, buf };
    msg.t0 = hrNs();
    w.postMessage(msg);
    const reply = await got;
    check(reply, SIZE);
    if (i >= 1) clone.push(reply.oneWayNs / 1e6);
  }
  await w.terminate();

  const dst = new Uint8Array(SIZE);
  dst.fill(1);
  const src = new Uint8Array(buf);
  const copy = [];
  for (let i = 0; i < 5; i++) { const t = now(); dst.set(src); copy.push(now() - t); }

  emit('transfer', {
    transfer_one_way_ms: round(median(transfer), 4),
    clone_one_way_ms: round(median(clone), 3),
  }, { bytes: SIZE, reps_transfer: REPS_T, reps_clone: REPS_C, inthread_memcpy_ms: round(median(copy), 3),
    transfer_min_ms: round(Math.min(...transfer), 4), clone_min_ms: round(Math.min(...clone), 3) });
});
