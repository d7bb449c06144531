// Checks a MessageChannel's two entangled ports: messages go both ways, are cloned, and arrive asynchronously.
'use strict';
const common = require('../common');
const assert = require('assert');
const { MessageChannel, MessagePort } = require('worker_threads');

const channel = new MessageChannel();
const { port1, port2 } = channel;
assert.ok(port1 instanceof MessagePort);
assert.ok(port2 instanceof MessagePort);
assert.notStrictEqual(port1, port2);
assert.deepStrictEqual(Object.keys(channel).sort(), ['port1', 'port2']);

const sent = { text: 'hello', list: [1, 2, 3] };
let delivered = false;
port2.on('message', common.mustCall((msg) => {
  delivered = true;
  assert.deepStrictEqual(msg, { text: 'hello', list: [1, 2, 3] });
  assert.notStrictEqual(msg, sent);
  port2.postMessage('reply');
}));
port1.on('message', common.mustCall((msg) => {
  assert.strictEqual(msg, 'reply');
  port1.close();
}));
port1.postMessage(sent);
// Mutating after postMessage does not affect the message: it was cloned at post time.
sent.text = 'changed';
sent.list.push(4);
assert.strictEqual(delivered, false);
