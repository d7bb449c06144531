// Checks small MessagePort behaviours against Node: postMessage returns true while the port is open and
// undefined once it is closed; on* handlers read back any value assigned (null for undefined); an Error's
// `cause` is cloned only when it is an own data property (an accessor is never called); receiveMessageOnPort
// accepts an open BroadcastChannel.
'use strict';
require('../common');
const assert = require('assert');
const { MessageChannel, BroadcastChannel, receiveMessageOnPort } = require('worker_threads');

const { port1, port2 } = new MessageChannel();
assert.strictEqual(port2.postMessage('x'), true);
port1.close();
assert.strictEqual(port1.postMessage('y'), undefined);

const { port1: a, port2: b } = new MessageChannel();
a.onmessage = 5;
assert.strictEqual(a.onmessage, 5);
a.onmessageerror = 'text';
assert.strictEqual(a.onmessageerror, 'text');
a.onmessage = undefined;
assert.strictEqual(a.onmessage, null);
const handler = () => {};
a.onmessage = handler;
assert.strictEqual(a.onmessage, handler);
a.onmessage = null;
assert.strictEqual(a.onmessage, null);
a.close();
b.close();

let calls = 0;
const error = new Error('outer');
Object.defineProperty(error, 'cause', { get() { calls++; return 'from getter'; }, enumerable: true,
                                        configurable: true });
const copy = structuredClone(error);
assert.strictEqual(copy.cause, undefined);
assert.strictEqual(Object.hasOwn(copy, 'cause'), false);
assert.strictEqual(calls, 0);
assert.strictEqual(structuredClone(new Error('x', { cause: 'data' })).cause, 'data');

const channel = new BroadcastChannel('small-behaviours');
assert.strictEqual(receiveMessageOnPort(channel), undefined);
channel.close();
assert.throws(() => receiveMessageOnPort(channel), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
