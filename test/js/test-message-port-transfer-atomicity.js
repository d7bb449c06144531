// Checks that a failing postMessage/structuredClone is all-or-nothing: no buffer detached, no port moved, nothing delivered.
'use strict';
const common = require('../common');
const assert = require('assert');
const { MessageChannel } = require('worker_threads');

const { port1, port2 } = new MessageChannel();
const received = [];
port2.on('message', (m) => {
  received.push(m);
  if (m === 'end') port2.close();
});

const closed = new MessageChannel();
closed.port1.close();

const failures = [
  (ab, ab2) => port1.postMessage(ab, [ab, ab2, ab]),                       // duplicate
  (ab, ab2) => port1.postMessage(ab, [ab, ab2, {}]),                       // invalid object at the end
  (ab, ab2) => port1.postMessage(ab, [ab, ab2, new SharedArrayBuffer(1)]), // SAB
  (ab, ab2) => port1.postMessage({ ab, f() {} }, [ab, ab2]),               // unclonable value
  (ab, ab2, mc) => port1.postMessage({ ab, p: mc.port1 }, [ab, ab2]),      // port missing from the list
  (ab, ab2, mc) => port1.postMessage({ ab }, [ab, ab2, mc.port1, port1]),  // source port
  (ab, ab2, mc) => port1.postMessage({ ab }, [ab, mc.port1, closed.port1]),// closed port
  (ab, ab2) => structuredClone({ ab, s: Symbol('x') }, { transfer: [ab, ab2] }),
  (ab, ab2) => structuredClone(ab, { transfer: [ab, ab2, ab2] }),
];
for (const fail of failures) {
  const ab = new ArrayBuffer(8);
  const ab2 = new ArrayBuffer(4);
  const mc = new MessageChannel();
  assert.throws(() => fail(ab, ab2, mc));
  assert.strictEqual(ab.byteLength, 8, `${fail}`);
  assert.strictEqual(ab2.byteLength, 4, `${fail}`);
  // mc.port1 was not moved: it is still connected to mc.port2.
  mc.port2.on('message', common.mustCall((m) => {
    assert.strictEqual(m, 'port1 still here');
    mc.port2.close();
  }));
  mc.port1.postMessage('port1 still here');
}
port1.postMessage('end');
process.on('exit', () => assert.deepStrictEqual(received, ['end']));
