// DOMException: name/message/code accessors (legacy numeric codes for the old names, 0 otherwise),
// the options-object form with `cause`, the constants, and Error-like behaviour.
'use strict';
require('../common');
const assert = require('assert');

const e = new DOMException('could not clone', 'DataCloneError');
assert.strictEqual(e.name, 'DataCloneError');
assert.strictEqual(e.message, 'could not clone');
assert.strictEqual(e.code, 25);
assert.ok(e instanceof Error);
assert.ok(e instanceof DOMException);
assert.strictEqual(String(e), 'DataCloneError: could not clone');
assert.strictEqual(e.stack.split('\n')[0], 'DataCloneError: could not clone');
assert.deepStrictEqual(Object.keys(e), []);
assert.strictEqual(Object.prototype.toString.call(e), '[object DOMException]');

const d = new DOMException();
assert.deepStrictEqual([d.name, d.message, d.code], ['Error', '', 0]);

const codes = {
  IndexSizeError: 1, HierarchyRequestError: 3, InvalidCharacterError: 5, NotFoundError: 8,
  NotSupportedError: 9, InvalidStateError: 11, SyntaxError: 12, InvalidAccessError: 15,
  SecurityError: 18, NetworkError: 19, AbortError: 20, QuotaExceededError: 22, TimeoutError: 23,
  DataCloneError: 25, EncodingError: 0, NotAllowedError: 0, Custom: 0,
};
for (const [name, code] of Object.entries(codes)) {
  assert.strictEqual(new DOMException('', name).code, code, name);
}
assert.strictEqual(DOMException.ABORT_ERR, 20);
assert.strictEqual(DOMException.prototype.DATA_CLONE_ERR, 25);
assert.strictEqual(DOMException.INVALID_STATE_ERR, 11);

const withCause = new DOMException('stopped', { name: 'AbortError', cause: 'why' });
assert.strictEqual(withCause.name, 'AbortError');
assert.strictEqual(withCause.code, 20);
assert.strictEqual(withCause.cause, 'why');

assert.throws(() => DOMException('x'), TypeError);
const nameGetter = Object.getOwnPropertyDescriptor(DOMException.prototype, 'name').get;
assert.throws(() => nameGetter.call({}), { code: 'ERR_INVALID_THIS', name: 'TypeError' });
