// process is an EventEmitter: on/once/off/emit/listenerCount work for custom events.
'use strict';
const assert = require('assert');
const calls = [];
const onFn = (x) => calls.push(['on', x]);
const onceFn = (x) => calls.push(['once', x]);
assert.strictEqual(process.on('loom-test', onFn), process);
assert.strictEqual(process.once('loom-test', onceFn), process);
assert.strictEqual(process.listenerCount('loom-test'), 2);
assert.strictEqual(process.emit('loom-test', 1), true);
assert.strictEqual(process.emit('loom-test', 2), true);
assert.strictEqual(process.off('loom-test', onFn), process);
assert.strictEqual(process.emit('loom-test', 3), false);
assert.deepStrictEqual(calls, [['on', 1], ['once', 1], ['on', 2]]);
assert.strictEqual(process.listenerCount('loom-test'), 0);
assert.strictEqual(process.off, process.removeListener);
assert.ok(process instanceof require('events'));
