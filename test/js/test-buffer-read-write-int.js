'use strict';
// Integer reads and writes on Buffer: 8/16/32-bit, variable width (1-6 bytes) and 64-bit BigInt, both
// byte orders, the lowercase `Uint` aliases, return values, and range checking of values and offsets.
require('../common');
const assert = require('assert');

const buf = Buffer.from([0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0xff, 0x80, 0x00, 0x7f]);

assert.strictEqual(buf.readUInt8(0), 1);
assert.strictEqual(buf.readUInt8(8), 255);
assert.strictEqual(buf.readInt8(8), -1);
assert.strictEqual(buf.readInt8(9), -128);
assert.strictEqual(buf.readUInt16LE(0), 0x0201);
assert.strictEqual(buf.readUInt16BE(0), 0x0102);
assert.strictEqual(buf.readInt16LE(8), -32513);
assert.strictEqual(buf.readInt16BE(8), -128);
assert.strictEqual(buf.readUInt32LE(0), 0x04030201);
assert.strictEqual(buf.readUInt32BE(0), 0x01020304);
assert.strictEqual(buf.readUInt32BE(8), 0xff80007f);
assert.strictEqual(buf.readInt32BE(8), -8388481);
assert.strictEqual(buf.readInt32LE(8), 0x7f0080ff);
assert.strictEqual(buf.readUIntLE(0, 3), 0x030201);
assert.strictEqual(buf.readUIntBE(0, 6), 0x010203040506);
assert.strictEqual(buf.readUIntLE(0, 6), 0x060504030201);
assert.strictEqual(buf.readIntBE(8, 3), -32768);
assert.strictEqual(buf.readIntLE(6, 6), 0x7f0080ff0807);
assert.strictEqual(buf.readIntBE(8, 4), -8388481);
assert.strictEqual(buf.readIntLE(8, 1), -1);
assert.strictEqual(buf.readIntBE(7, 5), 0x08ff80007f);
assert.strictEqual(buf.readBigUInt64LE(0), 0x0807060504030201n);
assert.strictEqual(buf.readBigUInt64BE(4), 0x05060708ff80007fn);
assert.strictEqual(buf.readBigInt64BE(4), 0x05060708ff80007fn);
assert.strictEqual(Buffer.alloc(8, 0xff).readBigInt64LE(), -1n);
assert.strictEqual(Buffer.alloc(8, 0xff).readBigUInt64LE(), 0xffffffffffffffffn);
assert.strictEqual(Buffer.from('0000000000000080', 'hex').readBigInt64LE(), -(2n ** 63n));
// Default offset is 0, and the lowercase aliases are the same functions.
assert.strictEqual(buf.readUInt16BE(), 0x0102);
assert.strictEqual(Buffer.prototype.readUint32LE, Buffer.prototype.readUInt32LE);
assert.strictEqual(Buffer.prototype.writeUintBE, Buffer.prototype.writeUIntBE);
assert.strictEqual(Buffer.prototype.readBigUint64LE, Buffer.prototype.readBigUInt64LE);

// Writes return the offset after the value.
const w = Buffer.alloc(12);
assert.strictEqual(w.writeUInt8(0xab, 0), 1);
assert.strictEqual(w.writeInt8(-2, 1), 2);
assert.strictEqual(w.writeUInt16LE(0x1234, 2), 4);
assert.strictEqual(w.writeInt16BE(-2, 4), 6);
assert.strictEqual(w.writeUInt32BE(0xdeadbeef, 6), 10);
assert.strictEqual(w.writeInt16LE(-32768, 10), 12);
assert.strictEqual(w.toString('hex'), 'abfe3412fffedeadbeef0080');
assert.strictEqual(w.writeInt32LE(-1, 0), 4);
assert.strictEqual(w.writeUInt32LE(1, 4), 8);
assert.strictEqual(w.toString('hex').slice(0, 16), 'ffffffff01000000');
assert.strictEqual(w.writeUIntBE(0x010203040506, 0, 6), 6);
assert.strictEqual(w.writeIntLE(-2, 6, 6), 12);
assert.strictEqual(w.toString('hex'), '010203040506feffffffffff');
assert.strictEqual(w.writeUIntLE(0xabcdef, 1, 3), 4);
assert.strictEqual(w.writeIntBE(-0x800000, 9, 3), 12);
assert.strictEqual(w.toString('hex'), '01efcdab0506feffff800000');
assert.strictEqual(w.writeBigInt64BE(-2n, 0), 8);
assert.strictEqual(w.writeBigUInt64LE(0x0102030405060708n, 4), 12);
assert.strictEqual(w.toString('hex'), 'ffffffff0807060504030201');
// Fractions are truncated like typed-array stores.
assert.strictEqual(w.writeUInt16BE(258.9, 0), 2);
assert.strictEqual(w.readUInt16BE(0), 258);

// Every width round-trips at its limits.
const rt = Buffer.alloc(8);
for (let n = 1; n <= 6; n++) {
  const umax = 2 ** (8 * n) - 1;
  const smin = -(2 ** (8 * n - 1));
  const smax = 2 ** (8 * n - 1) - 1;
  for (const v of [0, 1, umax, Math.floor(umax / 3)]) {
    rt.writeUIntLE(v, 1, n);
    assert.strictEqual(rt.readUIntLE(1, n), v);
    rt.writeUIntBE(v, 2, n);
    assert.strictEqual(rt.readUIntBE(2, n), v);
  }
  for (const v of [smin, -1, 0, smax]) {
    rt.writeIntLE(v, 0, n);
    assert.strictEqual(rt.readIntLE(0, n), v);
    rt.writeIntBE(v, 2, n);
    assert.strictEqual(rt.readIntBE(2, n), v);
  }
}

// Range errors for values.
assert.throws(() => w.writeUInt8(256), {
  code: 'ERR_OUT_OF_RANGE', name: 'RangeError',
  message: 'The value of "value" is out of range. It must be >= 0 and <= 255. Received 256',
});
assert.throws(() => w.writeInt16LE(32768), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "value" is out of range. It must be >= -32768 and <= 32767. Received 32768',
});
assert.throws(() => w.writeUInt32BE(-1), {
  message: 'The value of "value" is out of range. It must be >= 0 and <= 4294967295. Received -1',
});
assert.throws(() => w.writeUIntLE(2 ** 48, 0, 6), {
  message: 'The value of "value" is out of range. It must be >= 0 and < 2 ** 48. Received 281_474_976_710_656',
});
assert.throws(() => w.writeIntBE(2 ** 39, 0, 5), {
  message: 'The value of "value" is out of range. It must be >= -(2 ** 39) and < 2 ** 39. ' +
           'Received 549_755_813_888',
});
assert.throws(() => w.writeBigUInt64LE(-1n), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "value" is out of range. It must be >= 0n and < 2n ** 64n. Received -1n',
});
assert.throws(() => w.writeBigInt64BE(2n ** 63n), {
  message: 'The value of "value" is out of range. It must be >= -(2n ** 63n) and < 2n ** 63n. ' +
           'Received 9_223_372_036_854_775_808n',
});
assert.throws(() => w.writeBigInt64LE(1), TypeError);

// Range errors for offsets.
assert.throws(() => buf.readUInt32LE(9), {
  code: 'ERR_OUT_OF_RANGE', name: 'RangeError',
  message: 'The value of "offset" is out of range. It must be >= 0 and <= 8. Received 9',
});
assert.throws(() => buf.readInt8(-1), {
  message: 'The value of "offset" is out of range. It must be >= 0 and <= 11. Received -1',
});
assert.throws(() => buf.readUInt16BE(1.5), {
  message: 'The value of "offset" is out of range. It must be an integer. Received 1.5',
});
assert.throws(() => buf.readUInt8('1'), {
  code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError',
  message: 'The "offset" argument must be of type number. Received type string (\'1\')',
});
assert.throws(() => buf.readUIntLE(0), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "byteLength" argument must be of type number. Received undefined',
});
assert.throws(() => buf.readIntBE(0, 7), {
  message: 'The value of "byteLength" is out of range. It must be >= 1 and <= 6. Received 7',
});
assert.throws(() => buf.readUIntBE(), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => Buffer.alloc(3).readUInt32LE(0), {
  code: 'ERR_BUFFER_OUT_OF_BOUNDS', name: 'RangeError',
  message: 'Attempt to access memory outside buffer bounds',
});
assert.throws(() => Buffer.alloc(7).readBigInt64LE(), { code: 'ERR_BUFFER_OUT_OF_BOUNDS' });
assert.throws(() => Buffer.alloc(4).writeUInt32BE(1, 1), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "offset" is out of range. It must be >= 0 and <= 0. Received 1',
});
assert.throws(() => Buffer.alloc(4).writeUInt16LE(1, NaN), {
  message: 'The value of "offset" is out of range. It must be an integer. Received NaN',
});
