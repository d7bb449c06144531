'use strict';
// Global atob/btoa (also exported by `buffer`): forgiving-base64 decoding with ASCII whitespace
// removal and padding rules, latin1 results, and InvalidCharacterError DOMExceptions with Node's two
// messages.
require('../common');
const assert = require('assert');
const buffer = require('buffer');

assert.strictEqual(typeof buffer.atob, 'function');
assert.strictEqual(typeof buffer.btoa, 'function');
assert.strictEqual(atob.length, 1);
assert.strictEqual(btoa.length, 1);

assert.strictEqual(btoa('hello'), 'aGVsbG8=');
assert.strictEqual(btoa(''), '');
assert.strictEqual(btoa('\u00ff\u0080\u0000'), '/4AA');
assert.strictEqual(btoa(null), 'bnVsbA==');
assert.strictEqual(btoa(12), 'MTI=');
assert.strictEqual(buffer.btoa('a'), 'YQ==');

assert.strictEqual(atob('aGVsbG8='), 'hello');
assert.strictEqual(atob('aGVsbG8'), 'hello');
assert.strictEqual(atob(' aGV sbG8 \t\n\f\r'), 'hello');
assert.strictEqual(atob('QQ = ='), 'A');
assert.strictEqual(atob(''), '');
assert.strictEqual(atob('/4AA'), '\u00ff\u0080\u0000');
assert.strictEqual(atob(null), '\u009e\u00e9e');
assert.strictEqual(atob({ toString() { return 'QUI='; } }), 'AB');
assert.strictEqual(buffer.atob('YQ'), 'a');

function invalid(input, message) {
  assert.throws(() => atob(input), (err) => {
    assert.ok(err instanceof DOMException);
    assert.strictEqual(err.name, 'InvalidCharacterError');
    assert.strictEqual(err.code, 5);
    assert.strictEqual(err.message, message);
    return true;
  }, JSON.stringify(input));
}
const badChar = 'Invalid character';
const badLength = 'The string to be decoded is not correctly encoded.';
invalid('a*bc', badChar);
invalid('QQ=', badChar);
invalid('QQ===', badChar);
invalid('Q=Q=', badChar);
invalid('====', badChar);
invalid('QQ-_', badChar);          // base64url characters are not allowed
invalid('QQ\vQQ', badChar);        // \v is not ASCII whitespace
invalid('\u0100', badChar);
invalid('Q', badLength);
invalid('QQQQQ', badLength);
invalid('QQQQQ==', badLength);
invalid(undefined, badLength);     // "undefined" has 9 characters

assert.throws(() => btoa('\u0100'), (err) => {
  assert.ok(err instanceof DOMException);
  assert.strictEqual(err.name, 'InvalidCharacterError');
  assert.strictEqual(err.message, 'Invalid character');
  return true;
});
assert.throws(() => btoa('\ud83d\ude00'), { name: 'InvalidCharacterError' });

assert.throws(() => atob(), {
  code: 'ERR_MISSING_ARGS', name: 'TypeError', message: 'The "input" argument must be specified',
});
assert.throws(() => btoa(), { code: 'ERR_MISSING_ARGS' });

// Round trip of every byte value.
let all = '';
for (let i = 0; i < 256; i++) all += String.fromCharCode(i);
assert.strictEqual(atob(btoa(all)), all);
assert.strictEqual(btoa(all), Buffer.from(all, 'latin1').toString('base64'));
