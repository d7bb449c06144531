// Checks cloning of Error objects (structuredClone and postMessage): built-in type by name, message, stack, cause kept; other own properties dropped.
'use strict';
const common = require('../common');
const assert = require('assert');
const { MessageChannel } = require('worker_threads');

function check(original, clone, expectedProto) {
  assert.notStrictEqual(clone, original);
  assert.strictEqual(Object.getPrototypeOf(clone), expectedProto);
  assert.ok(clone instanceof Error);
  assert.strictEqual(clone.message, original.message);
  assert.strictEqual(clone.stack, original.stack);
}

for (const Ctor of [Error, EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError]) {
  const e = new Ctor(`a ${Ctor.name}`);
  const c = structuredClone(e);
  check(e, c, Ctor.prototype);
  assert.strictEqual(c.name, Ctor.name);
}

// cause survives, recursively cloned.
const withCause = new Error('outer', { cause: new RangeError('inner') });
const c1 = structuredClone(withCause);
check(withCause, c1, Error.prototype);
assert.ok(c1.cause instanceof RangeError);
assert.strictEqual(c1.cause.message, 'inner');
assert.notStrictEqual(c1.cause, withCause.cause);
// A non-error cause is cloned as a value.
assert.deepStrictEqual(structuredClone(new Error('x', { cause: { why: 1 } })).cause, { why: 1 });

// Subclasses become the built-in matching their name: a subclass of Error arrives as Error,
// of TypeError as TypeError; own properties such as `code` are not kept.
class MyError extends Error {}
class MyTypeError extends TypeError {
  constructor(m) { super(m); this.extra = 1; this.code = 'E_X'; }
}
const sub = new MyError('sub');
const subClone = structuredClone(sub);
check(sub, subClone, Error.prototype);
assert.strictEqual(subClone.name, 'Error');
const sub2 = new MyTypeError('sub2');
const sub2Clone = structuredClone(sub2);
check(sub2, sub2Clone, TypeError.prototype);
assert.strictEqual(sub2Clone.extra, undefined);
assert.strictEqual(sub2Clone.code, undefined);

// A custom name that is not a built-in one gives a plain Error named 'Error'.
const named = new Error('named');
named.name = 'Custom';
const namedClone = structuredClone(named);
assert.strictEqual(Object.getPrototypeOf(namedClone), Error.prototype);
assert.strictEqual(namedClone.name, 'Error');

// The same through a MessagePort.
const { port1, port2 } = new MessageChannel();
const sent = new TypeError('over the port', { cause: 'because' });
port2.on('message', common.mustCall((m) => {
  check(sent, m.err, TypeError.prototype);
  assert.strictEqual(m.err.cause, 'because');
  port2.close();
}));
port1.postMessage({ err: sent });
