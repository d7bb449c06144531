'use strict';
// Buffer.from() with every encoding and source kind, toString() back, byteLength/isEncoding, and the
// lenient decoders (base64 skips junk and stops at '=', hex stops at the first bad pair, ascii clears
// the high bit, utf8 replaces invalid sequences with U+FFFD like WHATWG).
require('../common');
const assert = require('assert');
const { Buffer } = require('buffer');

const hex = (b) => b.toString('hex');

// Strings in each encoding.
assert.strictEqual(hex(Buffer.from('héllo €')), '68c3a96c6c6f20e282ac');
assert.strictEqual(hex(Buffer.from('héllo', 'utf-8')), '68c3a96c6c6f');
assert.strictEqual(hex(Buffer.from('\ud83d\ude00')), 'f09f9880');
assert.strictEqual(hex(Buffer.from('a\ud83db')), '61efbfbd62');          // lone surrogate
assert.strictEqual(hex(Buffer.from('héllo', 'latin1')), '68e96c6c6f');
assert.strictEqual(hex(Buffer.from('\u0100\u01ff', 'binary')), '00ff');     // low byte
assert.strictEqual(hex(Buffer.from('\u00ff\u0141', 'ascii')), 'ff41');
assert.strictEqual(hex(Buffer.from('ab€', 'ucs2')), '61006200ac20');
assert.strictEqual(hex(Buffer.from('ab', 'UTF-16LE')), '61006200');
assert.strictEqual(hex(Buffer.from('00ff7F', 'hex')), '00ff7f');
assert.strictEqual(hex(Buffer.from('abzz12', 'hex')), 'ab');
assert.strictEqual(hex(Buffer.from('abc', 'hex')), 'ab');
assert.strictEqual(hex(Buffer.from('z1', 'hex')), '');
assert.strictEqual(hex(Buffer.from('aGVsbG8=', 'base64')), '68656c6c6f');
assert.strictEqual(hex(Buffer.from('aGVs bG8', 'base64')), '68656c6c6f');
assert.strictEqual(hex(Buffer.from('aGVs\nbG8*', 'base64')), '68656c6c6f');
assert.strictEqual(hex(Buffer.from('QQ==QUJD', 'base64')), '41');         // stops at '='
assert.strictEqual(hex(Buffer.from('_-8', 'base64')), 'ffef');            // url alphabet accepted
assert.strictEqual(hex(Buffer.from('_-8', 'base64url')), 'ffef');
assert.strictEqual(hex(Buffer.from('Q', 'base64')), '');
assert.strictEqual(Buffer.from('', 'hex').length, 0);
assert.strictEqual(hex(Buffer.from('x', '')), '78');                    // '' means utf8
assert.strictEqual(hex(Buffer.from('x', null)), '78');

// Back to strings.
const bytes = Buffer.from([0x68, 0xc3, 0xa9, 0xff, 0x80, 0x00, 0x7f]);
assert.strictEqual(bytes.toString(), 'h\u00e9\ufffd\ufffd\u0000\u007f');
assert.strictEqual(bytes.toString('latin1'), 'h\u00c3\u00a9\u00ff\u0080\u0000\u007f');
assert.strictEqual(bytes.toString('ascii'), 'hC)\u007f\u0000\u0000\u007f');
assert.strictEqual(bytes.toString('hex'), '68c3a9ff80007f');
assert.strictEqual(bytes.toString('base64'), 'aMOp/4AAfw==');
assert.strictEqual(bytes.toString('base64url'), 'aMOp_4AAfw');
assert.strictEqual(bytes.toString('ucs2'), '\uc368\uffa9\u0080');  // odd last byte dropped
assert.strictEqual(bytes.toString('utf8', 1, 3), '\u00e9');
assert.strictEqual(bytes.toString('utf8', 1, 2), '\ufffd');
assert.strictEqual(bytes.toString(undefined, -5, 100), bytes.toString());
assert.strictEqual(bytes.toString('hex', 5, 2), '');

// WHATWG replacement rules for bad UTF-8: one U+FFFD per maximal invalid subpart.
const bad = Buffer.from([0xe2, 0x82, 0x41, 0xf0, 0x9f, 0x98, 0xed, 0xa0, 0x80, 0xc0, 0xaf, 0xf4, 0x90]);
assert.strictEqual(bad.toString(), '\ufffdA\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd');

// Large round trips use the chunked string builders.
const big = 'x€\ud83d\ude00'.repeat(5000);
assert.strictEqual(Buffer.from(big).toString(), big);
assert.strictEqual(Buffer.from(Buffer.from(big).toString('base64'), 'base64').toString(), big);
assert.strictEqual(Buffer.from(Buffer.from(big).toString('hex'), 'hex').toString(), big);
assert.strictEqual(Buffer.from(big, 'ucs2').toString('ucs2'), big);

// byteLength and isEncoding.
assert.strictEqual(Buffer.byteLength('héllo €'), 10);
assert.strictEqual(Buffer.byteLength('\ud83d\ude00\ud83d'), 7);
assert.strictEqual(Buffer.byteLength('abcd', 'hex'), 2);
assert.strictEqual(Buffer.byteLength('aGVsbG8=', 'base64'), 5);
assert.strictEqual(Buffer.byteLength('aGVsbG8', 'base64url'), 5);
assert.strictEqual(Buffer.byteLength('ab', 'ucs2'), 4);
assert.strictEqual(Buffer.byteLength('\u00e9', 'latin1'), 1);
assert.strictEqual(Buffer.byteLength('\u00e9', 'no-such-encoding'), 2);
assert.strictEqual(Buffer.byteLength(new ArrayBuffer(7)), 7);
assert.strictEqual(Buffer.byteLength(new Uint16Array(3)), 6);
for (const enc of ['utf8', 'UTF-8', 'hex', 'base64', 'base64url', 'ascii', 'latin1', 'binary', 'ucs2', 'ucs-2',
                   'utf16le', 'utf-16le', 'Utf16LE']) {
  assert.strictEqual(Buffer.isEncoding(enc), true, enc);
}
for (const enc of ['', 'utf16', 'utf-16', 'latin-1', 'base-64', null, undefined, 1, {}]) {
  assert.strictEqual(Buffer.isEncoding(enc), false, String(enc));
}

// write() never splits a character and reports bytes written.
const w = Buffer.alloc(5, 0x2e);
assert.strictEqual(w.write('a€'), 4);
assert.strictEqual(hex(w), '61e282ac2e');
assert.strictEqual(Buffer.alloc(3).write('a€'), 1);
assert.strictEqual(Buffer.alloc(4).write('\ud83d\ude00'), 4);
assert.strictEqual(Buffer.alloc(3).write('\ud83d\ude00'), 0);
assert.strictEqual(Buffer.alloc(3).write('abc', 'ucs2'), 2);
assert.strictEqual(Buffer.alloc(4).write('abzz', 'hex'), 1);
const w2 = Buffer.alloc(6);
assert.strictEqual(w2.write('xyz', 2, 'latin1'), 3);
assert.strictEqual(w2.write('QUJD', 1, 2, 'base64'), 2);
assert.strictEqual(hex(w2), '004142797a00');

// Non-string sources.
assert.strictEqual(hex(Buffer.from([1, 256, -1, 1.9, '7', null])), '0100ff010700');
assert.strictEqual(hex(Buffer.from({ length: 3, 0: 5, 2: 9 })), '050009');
assert.strictEqual(hex(Buffer.from(new Uint16Array([1, 0x1ff]))), '01ff');
assert.strictEqual(hex(Buffer.from({ type: 'Buffer', data: [4, 2] })), '0402');
assert.strictEqual(hex(Buffer.from(new String('hi'))), '6869');
assert.strictEqual(hex(Buffer.from({ [Symbol.toPrimitive]() { return 'yo'; } })), '796f');
assert.strictEqual(hex(Buffer.from(Buffer.from('abc').toJSON())), '616263');

// ArrayBuffer sources share memory.
const ab = new ArrayBuffer(8);
const view = Buffer.from(ab, 2, 4);
assert.strictEqual(view.length, 4);
assert.strictEqual(view.byteOffset, 2);
assert.strictEqual(view.buffer, ab);
new Uint8Array(ab)[3] = 0x77;
assert.strictEqual(view[1], 0x77);
assert.strictEqual(Buffer.from(ab, 6).length, 2);
assert.strictEqual(Buffer.from(ab, '2', '3').length, 3);
assert.strictEqual(Buffer.from(ab, NaN, -1).length, 0);

// Buffer and Uint8Array sources are copied.
const src = Buffer.from('abc');
const cp = Buffer.from(src);
cp[0] = 0x7a;
assert.strictEqual(src.toString(), 'abc');
assert.strictEqual(Buffer.from(new Uint8Array([1, 2])).toString('hex'), '0102');

// Results are Buffers.
for (const b of [Buffer.from('x'), Buffer.alloc(1), Buffer.allocUnsafe(1), Buffer.allocUnsafeSlow(1),
                 Buffer.from('x').subarray(0), Buffer.from('x').slice(0), Buffer.of(1, 2)]) {
  assert.ok(Buffer.isBuffer(b));
  assert.ok(b instanceof Uint8Array);
  assert.strictEqual(b.constructor, Buffer);
}
assert.strictEqual(Buffer.isBuffer(new Uint8Array(1)), false);
assert.strictEqual(Object.getPrototypeOf(Buffer.prototype), Uint8Array.prototype);
assert.strictEqual(hex(Buffer.of(1, 255, 256)), '01ff00');
