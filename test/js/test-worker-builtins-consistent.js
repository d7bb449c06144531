// Built-in modules behave the same in every worker of a process, however many came before it on the same
// thread (workers share compiled built-ins, and successive workers of a thread share its engine context):
// the same results, the same function sources (toString) and the same stack frames (file:line:column) from
// inside built-ins, as on the main thread. Later workers also call built-in functions no earlier one called.
'use strict';
const assert = require('assert');
const { Worker, isMainThread, parentPort, workerData } = require('worker_threads');

function frames(fn) {
  try {
    fn();
  } catch (err) {
    return `${err.name}: ${err.message} @ ${String(err.stack).split('\n').slice(1, 3).map((l) => l.trim()).join(' < ')}`;
  }
  return 'no error';
}

function commonProbe() {
  const events = require('events');
  const path = require('path');
  const emitter = new events.EventEmitter();
  let seen = 0;
  emitter.on('x', (n) => { seen += n; });
  emitter.emit('x', 2);
  return [
    seen,
    path.join('/a', 'b', '../c'),
    events.EventEmitter.prototype.emit.toString().length,
    String(events.once).slice(0, 40),
    frames(() => path.join(1)),
    frames(() => new events.EventEmitter().emit('error', 7)),
  ];
}

// Functions of the same modules that commonProbe never calls.
function laterProbe() {
  const events = require('events');
  const path = require('path');
  const emitter = new events.EventEmitter();
  const listener = () => {};
  emitter.prependListener('y', listener);
  emitter.prependOnceListener('y', () => {});
  return [
    emitter.rawListeners('y').length,
    events.getEventListeners(emitter, 'y').length,
    path.relative('/a/b/c', '/a/d'),
    JSON.stringify(path.parse('/x/y.tar.gz')),
    path.isAbsolute('z'),
    String(emitter.eventNames()),
    frames(() => emitter.setMaxListeners(-1)),
    frames(() => path.relative(null, 'a')),
    events.EventEmitter.prototype.prependListener.toString().length,
  ];
}

const probes = { commonProbe, laterProbe };

if (!isMainThread) {
  parentPort.postMessage(JSON.stringify(probes[workerData]()));
} else {
  const expected = { commonProbe: JSON.stringify(commonProbe()), laterProbe: JSON.stringify(laterProbe()) };
  const run = (probe) => new Promise((resolve, reject) => {
    const w = new Worker(__filename, { workerData: probe });
    w.once('message', resolve);
    w.once('error', reject);
  });
  (async () => {
    const order = ['commonProbe', 'commonProbe', 'commonProbe', 'commonProbe', 'commonProbe', 'commonProbe',
                   'laterProbe', 'commonProbe', 'laterProbe', 'laterProbe'];
    for (let i = 0; i < order.length; i++) {
      assert.strictEqual(await run(order[i]), expected[order[i]], `worker ${i} (${order[i]})`);
    }
    console.log('ok');
  })();
}
