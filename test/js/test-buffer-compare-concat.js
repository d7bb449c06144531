'use strict';
// Buffer comparison and copying helpers: compare/equals/Buffer.compare, concat, copy, fill,
// indexOf/lastIndexOf/includes, slice/subarray (shared memory), swap16/32/64, toJSON, alloc variants.
require('../common');
const assert = require('assert');
const { Buffer, constants, kMaxLength } = require('buffer');

const a = Buffer.from('abc');
const b = Buffer.from('abd');
assert.strictEqual(Buffer.compare(a, b), -1);
assert.strictEqual(Buffer.compare(b, a), 1);
assert.strictEqual(Buffer.compare(a, Buffer.from('abc')), 0);
assert.strictEqual(Buffer.compare(Buffer.from('ab'), a), -1);
assert.strictEqual(a.compare(b), -1);
assert.strictEqual(a.compare(b, 0, 2, 0, 2), 0);
assert.strictEqual(a.compare(b, 2, 3, 2, 3), -1);
assert.strictEqual(a.compare(b, 1, 1), 1);
assert.strictEqual(a.compare(b, 0, 3, 1, 1), -1);
assert.strictEqual(a.compare(new Uint8Array([0x61, 0x62, 0x63])), 0);
assert.deepStrictEqual([Buffer.from('b'), Buffer.from('a'), Buffer.from('ab')].sort(Buffer.compare).map(String),
                       ['a', 'ab', 'b']);
assert.strictEqual(a.equals(Buffer.from('abc')), true);
assert.strictEqual(a.equals(b), false);
assert.strictEqual(a.equals(new Uint8Array([0x61, 0x62, 0x63])), true);

// concat
assert.strictEqual(Buffer.concat([a, b]).toString(), 'abcabd');
assert.strictEqual(Buffer.concat([a, new Uint8Array([0x7a])]).toString(), 'abcz');
assert.strictEqual(Buffer.concat([a, b], 4).toString(), 'abca');
assert.strictEqual(Buffer.concat([a], 5).toString('hex'), '6162630000');
assert.strictEqual(Buffer.concat([]).length, 0);
assert.ok(Buffer.isBuffer(Buffer.concat([])));

// copy
const target = Buffer.alloc(6, 0x2e);
assert.strictEqual(a.copy(target, 1), 3);
assert.strictEqual(target.toString(), '.abc..');
assert.strictEqual(b.copy(target, 4, 1), 2);
assert.strictEqual(target.toString(), '.abcbd');
assert.strictEqual(b.copy(target, 0, 2, 3), 1);
assert.strictEqual(target.toString(), 'dabcbd');
assert.strictEqual(a.copy(target, 10), 0);
assert.strictEqual(a.copy(target, 0, 3), 0);
const overlap = Buffer.from('abcdef');
overlap.copy(overlap, 2, 0, 4);
assert.strictEqual(overlap.toString(), 'ababcd');

// fill
assert.strictEqual(Buffer.alloc(5, 'ab').toString(), 'ababa');
assert.strictEqual(Buffer.alloc(4, '€').toString('hex'), 'e282ace2');
assert.strictEqual(Buffer.alloc(3, 0x101).toString('hex'), '010101');
assert.strictEqual(Buffer.alloc(4, 'YWI=', 'base64').toString(), 'abab');
assert.strictEqual(Buffer.alloc(3, Buffer.from([1, 2])).toString('hex'), '010201');
assert.strictEqual(Buffer.alloc(3, '').toString('hex'), '000000');
const f = Buffer.alloc(6);
assert.strictEqual(f.fill('x', 1, 3), f);
assert.strictEqual(f.toString('hex'), '007878000000');
f.fill('7a7b', 2, 'hex');
assert.strictEqual(f.toString('hex'), '00787a7b7a7b');
f.fill(0);
f.fill(true, 4);
assert.strictEqual(f.toString('hex'), '000000000101');

// indexOf / lastIndexOf / includes
const h = Buffer.from('this is a buffer with a needle in it, a needle');
assert.strictEqual(h.indexOf('needle'), 24);
assert.strictEqual(h.indexOf('needle', 25), 40);
assert.strictEqual(h.indexOf('needle', -6), 40);
assert.strictEqual(h.indexOf('nope'), -1);
assert.strictEqual(h.indexOf(Buffer.from('a b')), 8);
assert.strictEqual(h.indexOf(0x62), 10);
assert.strictEqual(h.indexOf(0x162), 10);
assert.strictEqual(h.indexOf(''), 0);
assert.strictEqual(h.indexOf('', 100), h.length);
assert.strictEqual(h.indexOf('6e6565646c65', 'hex'), 24);
assert.strictEqual(h.indexOf('bmVlZGxl', 0, 'base64'), 24);
assert.strictEqual(h.lastIndexOf('needle'), 40);
assert.strictEqual(h.lastIndexOf('needle', 39), 24);
assert.strictEqual(h.lastIndexOf('needle', -100), -1);
assert.strictEqual(h.lastIndexOf(0x74), 35);
assert.strictEqual(h.includes('with'), true);
assert.strictEqual(h.includes('with', 20), false);
const u16 = Buffer.from('abcabc', 'ucs2');
assert.strictEqual(u16.indexOf('bc', 0, 'ucs2'), 2);
assert.strictEqual(u16.lastIndexOf('bc', undefined, 'utf16le'), 8);
assert.strictEqual(u16.indexOf('\u6200', 'ucs2'), -1);  // only even positions match

// slice and subarray share memory and clamp their bounds.
const s = Buffer.from('0123456789');
const view = s.slice(2, 5);
assert.strictEqual(view.toString(), '234');
view[0] = 0x78;
assert.strictEqual(s.toString(), '01x3456789');
assert.strictEqual(s.subarray(-3).toString(), '789');
assert.strictEqual(s.subarray(8, 100).toString(), '89');
assert.strictEqual(s.slice(5, 2).length, 0);
assert.strictEqual(s.slice('3', '5').toString(), '34');
assert.strictEqual(s.subarray(1, 3).buffer, s.buffer);

// swap
assert.strictEqual(Buffer.from('01020304', 'hex').swap16().toString('hex'), '02010403');
assert.strictEqual(Buffer.from('0102030405060708', 'hex').swap32().toString('hex'), '0403020108070605');
assert.strictEqual(Buffer.from('0102030405060708', 'hex').swap64().toString('hex'), '0807060504030201');
assert.throws(() => Buffer.alloc(3).swap16(), {
  code: 'ERR_INVALID_BUFFER_SIZE', name: 'RangeError', message: 'Buffer size must be a multiple of 16-bits',
});
assert.throws(() => Buffer.alloc(6).swap32(), { message: 'Buffer size must be a multiple of 32-bits' });
assert.throws(() => Buffer.alloc(4).swap64(), { message: 'Buffer size must be a multiple of 64-bits' });

// toJSON
assert.deepStrictEqual(Buffer.from([1, 2]).toJSON(), { type: 'Buffer', data: [1, 2] });
assert.strictEqual(JSON.stringify(Buffer.alloc(0)), '{"type":"Buffer","data":[]}');

// alloc variants and module constants.
assert.strictEqual(Buffer.alloc(3).toString('hex'), '000000');
assert.strictEqual(Buffer.allocUnsafe(10).length, 10);
assert.strictEqual(Buffer.allocUnsafeSlow(10).length, 10);
assert.strictEqual(Buffer.alloc(0).length, 0);
assert.strictEqual(typeof Buffer.poolSize, 'number');
assert.strictEqual(constants.MAX_LENGTH, kMaxLength);
assert.strictEqual(typeof constants.MAX_STRING_LENGTH, 'number');
