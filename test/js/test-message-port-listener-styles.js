// Checks onmessage vs on('message') vs addEventListener vs once: registration order, MessageEvent (data, ports, target) vs plain data.
'use strict';
const common = require('../common');
const assert = require('assert');
const { MessageChannel } = require('worker_threads');

const { port1, port2 } = new MessageChannel();
const log = [];
assert.strictEqual(port2.onmessage, null);
port2.onmessage = common.mustCall(function(event) {
  assert.ok(event instanceof MessageEvent);
  assert.ok(event instanceof Event);
  assert.strictEqual(event.type, 'message');
  assert.strictEqual(event.target, port2);
  assert.strictEqual(event.currentTarget, port2);
  assert.deepStrictEqual(event.ports, []);
  log.push(['onmessage', event.data]);
}, 3);
assert.strictEqual(typeof port2.onmessage, 'function');
port2.on('message', common.mustCall(function(data) {
  // EventEmitter-style listeners get the data itself.
  assert.strictEqual(typeof data, 'string');
  log.push(['on', data]);
}, 3));
port2.addEventListener('message', common.mustCall(function(event) {
  assert.ok(event instanceof MessageEvent);
  log.push(['addEventListener', event.data]);
}, 3));
port2.once('message', common.mustCall((data) => log.push(['once', data])));

port1.postMessage('m1');
port1.postMessage('m2');
port1.postMessage('stop');
port2.on('message', (data) => { if (data === 'stop') port2.close(); });

process.on('exit', () => {
  assert.deepStrictEqual(log.filter((e) => e[1] !== 'stop'), [
    ['onmessage', 'm1'], ['on', 'm1'], ['addEventListener', 'm1'], ['once', 'm1'],
    ['onmessage', 'm2'], ['on', 'm2'], ['addEventListener', 'm2'],
  ]);
});
