// The global console has what V8 adds to Node's (profile, profileEnd, timeStamp: nothing to do without an
// inspector; context(): a console whose output goes nowhere; createTask(): a task that runs its function),
// and console.clear() does nothing when stdout is not a terminal. Spreading the events module works
// (reading EventEmitterAsyncResource no longer needs async_hooks).
'use strict';
require('../common');
const assert = require('assert');
const { Console } = require('console');

for (const name of ['profile', 'profileEnd', 'timeStamp', 'context', 'createTask', 'clear']) {
  assert.strictEqual(typeof console[name], 'function', name);
}
console.profile('p');
console.profileEnd('p');
console.timeStamp('t');
console.clear();  // stdout is a file or pipe under the test runner: nothing is written (checked by the .out)
const context = console.context('c');
assert.deepStrictEqual(Object.keys(context), ['dir', 'dirXml', 'table', 'groupEnd', 'clear', 'count', 'countReset',
                                              'profile', 'profileEnd', 'timeLog', 'debug', 'error', 'info', 'log',
                                              'warn', 'trace', 'group', 'groupCollapsed', 'assert', 'time',
                                              'timeEnd', 'timeStamp']);
context.log('not printed');
assert.strictEqual(console.createTask('task').run(() => 42), 42);
assert.strictEqual(typeof new Console(process.stdout).clear, 'function');
assert.strictEqual(new Console(process.stdout).profile, undefined);

const events = { ...require('events') };
assert.strictEqual(typeof events.EventEmitterAsyncResource, 'function');
console.log('done');
