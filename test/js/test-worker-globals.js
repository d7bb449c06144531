// Checks the worker-related globals: MessageChannel, MessagePort, MessageEvent, BroadcastChannel, structuredClone.
'use strict';
require('../common');
const assert = require('assert');
const wt = require('worker_threads');

assert.strictEqual(globalThis.MessageChannel, wt.MessageChannel);
assert.strictEqual(globalThis.MessagePort, wt.MessagePort);
assert.strictEqual(globalThis.BroadcastChannel, wt.BroadcastChannel);
assert.strictEqual(typeof globalThis.MessageEvent, 'function');
assert.strictEqual(typeof globalThis.structuredClone, 'function');

const { port1, port2 } = new MessageChannel();
assert.ok(port1 instanceof MessagePort);
assert.ok(port2 instanceof MessagePort);
assert.ok(port1 instanceof EventTarget);
port1.close();

const ev = new MessageEvent('message', { data: 42 });
assert.ok(ev instanceof Event);
assert.strictEqual(ev.type, 'message');
assert.strictEqual(ev.data, 42);
assert.deepStrictEqual(ev.ports, []);

assert.deepStrictEqual(structuredClone({ a: [1, 2] }), { a: [1, 2] });
