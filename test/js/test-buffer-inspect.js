'use strict';
// util.inspect() of Buffers: hex bytes, the INSPECT_MAX_BYTES cut-off ("... N more bytes"), extra own
// properties after the bytes, nesting, and the INSPECT_MAX_BYTES setter's validation.
require('../common');
const assert = require('assert');
const util = require('util');
const buffer = require('buffer');

assert.strictEqual(util.inspect(Buffer.from('hi')), '<Buffer 68 69>');
assert.strictEqual(util.inspect(Buffer.alloc(0)), '<Buffer >');
assert.strictEqual(util.inspect(Buffer.from([0, 15, 16, 255])), '<Buffer 00 0f 10 ff>');
assert.strictEqual(util.inspect(Buffer.alloc(51, 1)),
                   `<Buffer ${Array(50).fill('01').join(' ')} ... 1 more byte>`);
assert.strictEqual(util.inspect(Buffer.alloc(60)),
                   `<Buffer ${Array(50).fill('00').join(' ')} ... 10 more bytes>`);
assert.strictEqual(util.inspect({ a: Buffer.from('x') }), '{ a: <Buffer 78> }');
assert.strictEqual(util.inspect([Buffer.from('ab')]), '[ <Buffer 61 62> ]');
assert.strictEqual(util.inspect({ a: { b: { c: Buffer.from('x') } } }), '{ a: { b: { c: <Buffer 78> } } }');
assert.strictEqual(Buffer.from('hi').inspect(), '<Buffer 68 69>');
assert.strictEqual(Buffer.prototype.inspect, Buffer.prototype[Symbol.for('nodejs.util.inspect.custom')]);

// Own non-index properties follow the bytes.
const extra = Buffer.from('a');
extra.x = 1;
extra.name = 'n';
assert.strictEqual(util.inspect(extra), "<Buffer 61, x: 1, name: 'n'>");
const emptyExtra = Buffer.alloc(0);
emptyExtra.k = [1, 2];
assert.strictEqual(util.inspect(emptyExtra), '<Buffer k: [ 1, 2 ]>');

// The cut-off is configurable.
assert.strictEqual(buffer.INSPECT_MAX_BYTES, 50);
buffer.INSPECT_MAX_BYTES = 2;
assert.strictEqual(util.inspect(Buffer.from([1, 2, 3, 4])), '<Buffer 01 02 ... 2 more bytes>');
buffer.INSPECT_MAX_BYTES = 0;
assert.strictEqual(util.inspect(Buffer.from([1])), '<Buffer  ... 1 more byte>');
buffer.INSPECT_MAX_BYTES = 50;
assert.throws(() => { buffer.INSPECT_MAX_BYTES = -1; }, {
  code: 'ERR_OUT_OF_RANGE', name: 'RangeError',
  message: 'The value of "INSPECT_MAX_BYTES" is out of range. It must be >= 0. Received -1',
});
assert.throws(() => { buffer.INSPECT_MAX_BYTES = '1'; }, { code: 'ERR_INVALID_ARG_TYPE' });
assert.strictEqual(buffer.INSPECT_MAX_BYTES, 50);
