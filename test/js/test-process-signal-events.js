// Signal events on the main thread: a listener receives the signal's name and number instead of the process
// ending; several listeners all run; a signal that cannot be caught throws from process.on(); the handle does
// not keep the process alive.
'use strict';
const common = require('../common');
const assert = require('assert');

assert.throws(() => process.on('SIGKILL', () => {}), { code: 'EINVAL', syscall: 'uv_signal_start',
                                                       message: 'uv_signal_start EINVAL' });
assert.strictEqual(process.listenerCount('SIGKILL'), 0);

const seen = [];
process.on('SIGUSR2', common.mustCall((name, number) => seen.push(`first ${name} ${number}`)));
process.once('SIGUSR2', common.mustCall((name) => {
  seen.push(`second ${name}`);
  setImmediate(common.mustCall(() => {
    assert.deepStrictEqual(seen, ['first SIGUSR2 12', 'second SIGUSR2']);
    process.removeAllListeners('SIGUSR2');
  }));
}));
process.kill(process.pid, 'SIGUSR2');
