// Checks the forms a transfer list may take: an array, { transfer: [...] }, any iterable (Set, generator).
'use strict';
const common = require('../common');
const assert = require('assert');
const { MessageChannel } = require('worker_threads');

const { port1, port2 } = new MessageChannel();
const received = [];
port2.on('message', common.mustCall((m) => {
  received.push(m);
  if (received.length === 4) port2.close();
}, 4));

const a = new ArrayBuffer(4);
const b = new ArrayBuffer(5);
const c = new ArrayBuffer(6);
const d = new ArrayBuffer(7);
port1.postMessage({ which: 'array', buf: a }, [a]);
port1.postMessage({ which: 'options', buf: b }, { transfer: [b] });
port1.postMessage({ which: 'set', buf: c }, new Set([c]));
port1.postMessage({ which: 'generator', buf: d }, (function* () { yield d; })());
// All four were detached synchronously.
for (const buf of [a, b, c, d]) assert.strictEqual(buf.byteLength, 0);

process.on('exit', () => {
  assert.deepStrictEqual(received.map((m) => [m.which, m.buf.byteLength]),
                         [['array', 4], ['options', 5], ['set', 6], ['generator', 7]]);
});
