// terminate() at random moments: before 'online', while the script loads, mid-flood of messages in either
// direction, mid-transfer of ArrayBuffers and ports, blocked in Atomics.wait, and with nested workers. Every
// worker ends with 'exit' (code 0 or 1), nothing crashes or hangs, and the process exits 0.
'use strict';
const assert = require('assert');
const { Worker } = require('worker_threads');
const rounds = require('./scale')(200);

const scripts = [
  // busy flood to the parent
  'const { parentPort } = require("worker_threads"); for (;;) parentPort.postMessage({ n: 1, s: "x".repeat(64) });',
  // transfers ArrayBuffers and ports to the parent
  `const { parentPort } = require("worker_threads");
   for (;;) { const ab = new ArrayBuffer(4096); const { port1 } = new MessageChannel();
              parentPort.postMessage({ ab, port1 }, [ab, port1]); }`,
  // receives a flood
  'require("worker_threads").parentPort.on("message", () => {});',
  // blocked in Atomics.wait
  'const a = new Int32Array(new SharedArrayBuffer(4)); Atomics.wait(a, 0, 0);',
  // nested workers
  `const { Worker } = require("worker_threads");
   new Worker("setInterval(() => {}, 1000)", { eval: true });
   new Worker("for (;;);", { eval: true });
   setInterval(() => {}, 1000);`,
  // a big script that takes a while to load
  'const x = [' + '1,'.repeat(200000) + ']; setInterval(() => {}, 1000);',
];

let started = 0;
let finished = 0;
function round() {
  const i = started++;
  const script = scripts[i % scripts.length];
  const w = new Worker(script, { eval: true });
  w.on('message', () => {});
  w.on('error', (e) => { throw e; });
  const delay = Math.floor(Math.random() * 4);  // 0: before 'online'; otherwise a few ms in
  const stop = () => {
    if (i % scripts.length === 2) {
      for (let k = 0; k < 100; k++) w.postMessage({ k });
    }
    w.terminate().then((code) => assert.ok(code === 1 || code === 0 || code === undefined, `code ${code}`));
  };
  if (delay === 0) stop();
  else setTimeout(stop, delay);
  w.on('exit', (code) => {
    assert.ok(code === 1 || code === 0, `exit code ${code}`);
    if (++finished === rounds) console.log(`${rounds} workers terminated at random moments`);
    else if (started < rounds) round();
  });
}
// Two workers in flight at a time.
round();
round();
