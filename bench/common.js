'use strict';
// Small helpers shared by the benchmark scripts in this folder. Every script must run unchanged under
// node and under loom, so this file uses only APIs both provide (performance.now, process.hrtime.bigint,
// worker_threads with eval: true) and nothing node-only. Each script prints exactly one JSON line on stdout
// through emit(); compare.js and smoke.sh read that line.
const { Worker } = require('worker_threads');

// Milliseconds, fine-grained, for durations measured on one thread.
const now = () => performance.now();

// Nanoseconds as a Number from the process-wide monotonic clock. Unlike performance.now(), whose origin
// differs per worker in node, this clock is the same on every thread, so a stamp taken on one thread can be
// subtracted from a stamp taken on another: that is how the one-way latencies are measured. Number() loses
// a few ns of precision once the clock passes 2^53 ns (about 104 days of uptime), which is far below what
// we measure.
const hrNs = () => Number(process.hrtime.bigint());

// A positive number from the environment, or the default (so smoke.sh can shrink every count).
function envNum(name, dflt) {
  const v = process.env[name];
  if (v === undefined || v === '') return dflt;
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${name} must be a positive number, got ${v}`);
  return n;
}

function median(values) {
  const s = Array.from(values).sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

const round = (x, digits = 3) => {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
};

// Start a worker from source text and resolve once it has posted its first message ('ready'), so that
// start-up cost never leaks into the measurement that follows.
function startWorker(src, options) {
  return new Promise((resolve, reject) => {
    const w = new Worker(src, Object.assign({ eval: true }, options));
    w.once('error', reject);
    w.once('message', () => { w.off('error', reject); resolve(w); });
  });
}

// Resolve with the next message from w.
const nextMessage = (w) => new Promise((resolve) => w.once('message', resolve));

// Print the result line. runtime/version let a reader of raw output tell node from loom.
function emit(bench, metrics, extra) {
  const line = Object.assign({
    bench,
    runtime: (process.release && process.release.name) || 'unknown',
    version: process.version,
  }, metrics, extra ? { extra } : {});
  console.log(JSON.stringify(line));
}

// Run an async main; any failure becomes a message on stderr and exit code 1, which compare.js and
// smoke.sh both treat as a failed run.
function main(fn) {
  fn().catch((e) => {
    console.error(e && e.stack ? e.stack : e);
    process.exit(1);
  });
}

module.exports = { now, hrNs, envNum, median, round, startWorker, nextMessage, emit, main };
