// Checks two workers talking directly over a MessageChannel whose ports were transferred to each of them.
'use strict';
const common = require('../common');
const assert = require('assert');
const { Worker, MessageChannel } = require('worker_threads');

const { port1, port2 } = new MessageChannel();
// The pinger sends even numbers and stops after sending 10; the ponger answers each with n + 1.
const pinger = new Worker(`
  const { workerData: { port } } = require('worker_threads');
  port.on('message', (m) => {
    const next = m + 1;
    port.postMessage(next);
    if (next === 10) port.close();
  });
  port.postMessage(0);
`, { eval: true, workerData: { port: port1 }, transferList: [port1] });
const ponger = new Worker(`
  const { workerData: { port }, parentPort } = require('worker_threads');
  const seen = [];
  port.on('message', (m) => {
    seen.push(m);
    if (m < 10) port.postMessage(m + 1);
  });
  // The pinger's close() closes this end too.
  port.on('close', () => parentPort.postMessage(seen));
`, { eval: true, workerData: { port: port2 }, transferList: [port2] });
ponger.on('message', common.mustCall((seen) => {
  assert.deepStrictEqual(seen, [0, 2, 4, 6, 8, 10]);
}));
for (const w of [pinger, ponger]) w.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
