// Checks BroadcastChannel basics on one thread: name, not delivered to the sender, delivered to same-name peers, close(), post after close throws InvalidStateError.
'use strict';
const common = require('../common');
const assert = require('assert');
const { BroadcastChannel } = require('worker_threads');

const a = new BroadcastChannel('same');
const b = new BroadcastChannel('same');
const c = new BroadcastChannel('same');
const other = new BroadcastChannel('different');
assert.strictEqual(a.name, 'same');
assert.strictEqual(other.name, 'different');
assert.ok(a instanceof EventTarget);
assert.strictEqual(a.onmessage, null);

a.onmessage = common.mustNotCall('the sender does not receive its own message');
other.onmessage = common.mustNotCall('a different name does not receive');
c.close(); // closed before the post: receives nothing
c.onmessage = common.mustNotCall('a closed channel does not receive');
b.addEventListener('message', common.mustCall((event) => {
  assert.ok(event instanceof MessageEvent);
  assert.deepStrictEqual(event.data, { n: 1, list: [1, 2] });
  assert.strictEqual(event.target, b);
  a.close();
  b.close();
  other.close();
  // Closing twice is fine.
  a.close();
  assert.throws(() => a.postMessage('after close'), (err) => {
    assert.ok(err instanceof DOMException);
    assert.strictEqual(err.name, 'InvalidStateError');
    assert.strictEqual(err.code, 11);
    assert.strictEqual(err.message, 'BroadcastChannel is closed.');
    return true;
  });
}));
a.postMessage({ n: 1, list: [1, 2] });

// Unclonable data throws DataCloneError synchronously.
const d = new BroadcastChannel('unclonable');
assert.throws(() => d.postMessage(() => {}), { name: 'DataCloneError', code: 25 });
d.close();

// ref()/unref() exist; an unref'd channel with a listener does not keep the process alive.
const e = new BroadcastChannel('idle');
e.onmessage = common.mustNotCall();
assert.strictEqual(e.unref(), e);
