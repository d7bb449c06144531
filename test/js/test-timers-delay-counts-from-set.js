// A timer's delay counts from when it is set, even when the callback that sets it has run for longer than the
// delay (the loop's cached time is stale then): setTimeout, setInterval, refresh() and timers/promises, on the
// main thread and in a worker. A timer may fire late on a loaded machine, never early.
'use strict';
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

function busy(ms) {
  const end = performance.now() + ms;
  while (performance.now() < end);
}

function checkTimers() {
  return new Promise((resolve) => {
    setTimeout(() => {
      busy(30);
      const set = performance.now();
      setTimeout(() => {
        const waited = performance.now() - set;
        busy(30);
        const promiseSet = performance.now();
        require('timers/promises').setTimeout(20).then(() => {
          const promiseWaited = performance.now() - promiseSet;
          busy(30);
          const intervalSet = performance.now();
          const interval = setInterval(() => {
            clearInterval(interval);
            resolve([waited, promiseWaited, performance.now() - intervalSet]);
          }, 20);
        });
      }, 20);
    }, 1);
  });
}

checkTimers().then(common.mustCall((delays) => {
  for (const d of delays) assert.ok(d >= 19, `fired after ${d} ms of 20`);  // the loop clock has whole milliseconds
}));

const worker = new Worker(`
  const { parentPort } = require('worker_threads');
  function busy(ms) { const end = performance.now() + ms; while (performance.now() < end); }
  parentPort.once('message', () => {
    busy(40);
    const set = performance.now();
    setTimeout(() => parentPort.postMessage(performance.now() - set), 25);
  });
`, { eval: true });
worker.postMessage('go');
worker.on('message', common.mustCall((waited) => {
  assert.ok(waited >= 24, `worker timer fired after ${waited} ms of 25`);
}));
