// Checks transferring MessagePorts: a port inside the value arrives usable; transferred ports appear in event.ports.
'use strict';
const common = require('../common');
const assert = require('assert');
const { MessageChannel, MessagePort } = require('worker_threads');

const { port1, port2 } = new MessageChannel();
const inner = new MessageChannel();
const extra = new MessageChannel();

port2.addEventListener('message', common.mustCall((event) => {
  const { data, ports } = event;
  assert.ok(data.port instanceof MessagePort);
  assert.notStrictEqual(data.port, inner.port1);
  assert.ok(Array.isArray(ports));
  assert.strictEqual(ports.length, 2);
  // The port inside the value is the same object as its entry in event.ports.
  assert.strictEqual(ports[0], data.port);
  assert.ok(ports[1] instanceof MessagePort);
  // The transferred port is still entangled with the other end of its channel.
  data.port.on('message', common.mustCall((m) => {
    assert.strictEqual(m, 'through the transferred port');
    data.port.postMessage('and back');
  }));
  inner.port2.on('message', common.mustCall((m) => {
    assert.strictEqual(m, 'and back');
    data.port.close();
    ports[1].close();
  }));
  inner.port2.postMessage('through the transferred port');
  port2.close();
}));
port1.postMessage({ port: inner.port1 }, [inner.port1, extra.port1]);

// A port sent to a worker via workerData and transferList works the same way.
const { Worker } = require('worker_threads');
const ch = new MessageChannel();
const w = new Worker(`
  const { workerData } = require('worker_threads');
  workerData.port.postMessage('hello from worker port');
  workerData.port.close();
`, { eval: true, workerData: { port: ch.port1 }, transferList: [ch.port1] });
ch.port2.on('message', common.mustCall((m) => {
  assert.strictEqual(m, 'hello from worker port');
}));
ch.port2.on('close', common.mustCall());
w.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
