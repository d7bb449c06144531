// process.kill(pid, signal): Node's argument checks and errors, signal 0 probes a process, and it works in a
// worker too (the signal goes to the whole process, as in Node).
'use strict';
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

assert.strictEqual(process.kill(process.pid, 0), true);
assert.strictEqual(process.kill(String(process.pid), 0), true);
assert.throws(() => process.kill(2 ** 22 + 12345, 0), (e) => {
  // No such process (pid_max is at most 2^22): ESRCH, described like Node's ErrnoException.
  assert.strictEqual(e.message, 'kill ESRCH');
  assert.deepStrictEqual([e.code, e.errno, e.syscall], ['ESRCH', -3, 'kill']);
  assert.deepStrictEqual(Object.keys(e), ['errno', 'code', 'syscall']);
  return true;
});
assert.throws(() => process.kill(process.pid, 99), { code: 'EINVAL', message: 'kill EINVAL', syscall: 'kill' });
assert.throws(() => process.kill(process.pid, 'SIGNOPE'),
              { name: 'TypeError', code: 'ERR_UNKNOWN_SIGNAL', message: 'Unknown signal: SIGNOPE' });
assert.throws(() => process.kill(process.pid, {}), { code: 'ERR_UNKNOWN_SIGNAL', message: 'Unknown signal: {}' });
for (const [pid, received] of [['abc', "type string ('abc')"], [1.5, 'type number (1.5)']]) {
  assert.throws(() => process.kill(pid), {
    name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
    message: `The "pid" argument must be of type number. Received ${received}`,
  });
}

new Worker(`require('worker_threads').parentPort.postMessage(process.kill(${process.pid}, 0))`, { eval: true })
  .on('message', common.mustCall((result) => assert.strictEqual(result, true)));
