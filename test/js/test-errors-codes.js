// Node-style coded errors seen through public APIs: the "Received ..." description of each kind of
// value, and the shape of the error (name, own enumerable code, toString and first stack line).
'use strict';
require('../common');
const assert = require('assert');
const EventEmitter = require('events');

function errorFrom(fn) {
  try {
    fn();
  } catch (err) {
    return err;
  }
  throw new Error('expected an error');
}

const received = (value) => {
  const err = errorFrom(() => new EventEmitter().on('x', value));
  assert.strictEqual(err.code, 'ERR_INVALID_ARG_TYPE');
  const prefix = 'The "listener" argument must be of type function. Received ';
  assert.ok(err.message.startsWith(prefix), err.message);
  return err.message.slice(prefix.length);
};

class Foo {}
assert.strictEqual(received(1), 'type number (1)');
assert.strictEqual(received(NaN), 'type number (NaN)');
assert.strictEqual(received(-0), 'type number (-0)');
assert.strictEqual(received(10n), 'type bigint (10n)');
assert.strictEqual(received(true), 'type boolean (true)');
assert.strictEqual(received(Symbol('s')), 'type symbol (Symbol(s))');
assert.strictEqual(received(null), 'null');
assert.strictEqual(received(undefined), 'undefined');
assert.strictEqual(received('abc'), "type string ('abc')");
assert.strictEqual(received("it's"), 'type string ("it\'s")');
assert.strictEqual(received('x'.repeat(28)), `type string ('${'x'.repeat(28)}')`);
assert.strictEqual(received('abcdefghijklmnopqrstuvwxyz0123'), "type string ('abcdefghijklmnopqrstuvwxy...')");
assert.strictEqual(received(new Foo()), 'an instance of Foo');
assert.strictEqual(received({}), 'an instance of Object');
assert.strictEqual(received([1, 2]), 'an instance of Array');
assert.strictEqual(received(new Map()), 'an instance of Map');
assert.strictEqual(received(Object.create(null)), '[Object: null prototype] {}');

// The shape of a coded error.
const err = errorFrom(() => new EventEmitter().on('x', 1));
assert.ok(err instanceof TypeError);
assert.strictEqual(err.constructor, TypeError);
assert.strictEqual(err.name, 'TypeError');
assert.deepStrictEqual(Object.keys(err), ['code']);
assert.strictEqual(Object.prototype.hasOwnProperty.call(err, 'name'), false);
assert.strictEqual(err.toString(),
                   'TypeError [ERR_INVALID_ARG_TYPE]: The "listener" argument must be of type function. ' +
                   'Received type number (1)');
assert.strictEqual(err.stack.split('\n')[0], err.toString());
assert.strictEqual(Error.prototype.toString.call(err),
                   'TypeError: The "listener" argument must be of type function. Received type number (1)');

// Large integers get numeric separators in ERR_OUT_OF_RANGE.
const range = errorFrom(() => new EventEmitter().setMaxListeners(-(2 ** 40)));
assert.ok(range instanceof RangeError);
assert.strictEqual(range.code, 'ERR_OUT_OF_RANGE');
assert.strictEqual(range.message, 'The value of "setMaxListeners" is out of range. It must be >= 0. ' +
                   'Received -1_099_511_627_776');
assert.strictEqual(range.stack.split('\n')[0], `RangeError [ERR_OUT_OF_RANGE]: ${range.message}`);

// A few more codes and their classes.
const cases = [
  [() => new EventTarget().addEventListener('x'), TypeError, 'ERR_MISSING_ARGS',
   'The "type" and "listener" arguments must be specified'],
  [() => new AbortSignal(), TypeError, 'ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor'],
  [() => EventTarget.prototype.dispatchEvent.call(1, new Event('x')), TypeError, 'ERR_INVALID_THIS',
   'Value of "this" must be of type EventTarget'],
  [() => new EventEmitter().emit('error', 'oops'), Error, 'ERR_UNHANDLED_ERROR', "Unhandled error. ('oops')"],
  [() => assert.throws(() => { throw new Error('x'); }, {}), TypeError, 'ERR_INVALID_ARG_VALUE',
   "The argument 'error' may not be an empty object. Received {}"],
  [() => AbortSignal.any([1]), TypeError, 'ERR_INVALID_ARG_TYPE',
   'The "signals[0]" argument must be an instance of AbortSignal. Received type number (1)'],
];
for (const [fn, Class, code, message] of cases) {
  const e = errorFrom(fn);
  assert.ok(e instanceof Class, code);
  assert.strictEqual(e.name, Class.name);
  assert.strictEqual(e.code, code);
  assert.strictEqual(e.message, message);
  assert.strictEqual(e.toString(), `${Class.name} [${code}]: ${message}`);
}
