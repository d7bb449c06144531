// The message of the error a worker reports for a promise rejected with a non-Error: Node writes the reason
// with V8's side-effect-free ToString ("#<Object>", "[object Array]", a function's source, "name: message"
// for an object whose toString is Error.prototype.toString), never running user code such as a toString
// method or a proxy trap. A reason with an own `stack` is reported as it is.
'use strict';
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const cases = [
  ["'rej'", 'rej'],
  ['42', '42'],
  ['10n', '10'],
  ["Symbol('s')", 'Symbol(s)'],
  ['null', 'null'],
  ['undefined', 'undefined'],
  ['{ x: 1 }', '#<Object>'],
  ['[1, 2]', '[object Array]'],
  ['new Map()', '#<Map>'],
  ['new (class Foo {})()', '#<Foo>'],
  ['new Date(0)', '[object Date]'],
  ['/ab/g', '[object RegExp]'],
  ['Object.create(null)', '[object Object]'],
  ["({ toString() { throw new Error('ran'); } })", '[object Object]'],
  ["({ [Symbol.toStringTag]: 'Tagged', toString: null })", '[object Tagged]'],
  ["Object.assign(Object.create(Error.prototype), { name: 'N', message: 'M' })", 'N: M'],
  ["new Proxy({}, { get() { throw new Error('trap ran'); } })", '#<Object>'],  // described by its target
  ['function f() { return 1; }', 'function f() { return 1; }'],
];

function reasonText(source) {
  return new Promise((resolve) => {
    const worker = new Worker(`Promise.reject(${source});`, { eval: true });
    worker.on('error', common.mustCall((error) => {
      assert.strictEqual(error.code, 'ERR_UNHANDLED_REJECTION');
      const match = /The promise rejected with the reason "([^]*)"\.$/.exec(error.message);
      resolve(match ? match[1] : error.message);
    }));
  });
}

(async () => {
  for (const [source, expected] of cases) assert.strictEqual(await reasonText(source), expected, source);
})().then(common.mustCall());

// Error-like (an own `stack`) is reported unwrapped; an object that merely inherits from Error.prototype is not.
const errorLike = new Worker(`Promise.reject({ stack: 'S', message: 'M' });`, { eval: true });
errorLike.on('error', common.mustCall((error) => {
  assert.strictEqual(error.code, undefined);
  assert.strictEqual(error.message, 'M');
}));
