'use strict';
// Float and double reads/writes on Buffer in both byte orders: exact bit patterns, special values
// (NaN, infinities, -0, subnormals), float32 rounding, value coercion and bounds errors.
require('../common');
const assert = require('assert');

const b = Buffer.alloc(8);

assert.strictEqual(b.writeFloatBE(1.5, 0), 4);
assert.strictEqual(b.toString('hex', 0, 4), '3fc00000');
assert.strictEqual(b.writeFloatLE(1.5, 4), 8);
assert.strictEqual(b.toString('hex', 4, 8), '0000c03f');
assert.strictEqual(b.readFloatBE(0), 1.5);
assert.strictEqual(b.readFloatLE(4), 1.5);

assert.strictEqual(b.writeDoubleBE(Math.PI), 8);
assert.strictEqual(b.toString('hex'), '400921fb54442d18');
assert.strictEqual(b.readDoubleBE(), Math.PI);
b.writeDoubleLE(-Math.PI);
assert.strictEqual(b.toString('hex'), '182d4454fb2109c0');
assert.strictEqual(b.readDoubleLE(0), -Math.PI);

// float32 rounding.
b.writeFloatLE(0.1);
assert.strictEqual(b.readFloatLE(), 0.10000000149011612);
b.writeFloatBE(16777217);
assert.strictEqual(b.readFloatBE(), 16777216);
b.writeFloatBE(1e40);
assert.strictEqual(b.readFloatBE(), Infinity);

// Special values.
const cases = [
  [Infinity, '7f800000', '7ff0000000000000'],
  [-Infinity, 'ff800000', 'fff0000000000000'],
  [-0, '80000000', '8000000000000000'],
  [0, '00000000', '0000000000000000'],
  [NaN, '7fc00000', '7ff8000000000000'],
  [5e-324, '00000000', '0000000000000001'],
  [1.401298464324817e-45, '00000001', '36a0000000000000'],
  [3.4028234663852886e38, '7f7fffff', '47efffffe0000000'],
];
for (const [value, f32, f64] of cases) {
  b.fill(0);
  b.writeFloatBE(value);
  assert.strictEqual(b.toString('hex', 0, 4), f32, `float ${value}`);
  b.writeDoubleBE(value);
  assert.strictEqual(b.toString('hex'), f64, `double ${value}`);
  assert.ok(Object.is(b.readDoubleBE(), value), `double round trip ${value}`);
}
assert.ok(Object.is(Buffer.from('80000000', 'hex').readFloatBE(), -0));
assert.ok(Number.isNaN(Buffer.from('7fc00000', 'hex').readFloatBE()));
assert.ok(Number.isNaN(Buffer.from('ffffffffffffffff', 'hex').readDoubleLE()));
assert.strictEqual(Buffer.from('0000000000000001', 'hex').readDoubleBE(), 5e-324);

// Values are coerced with unary plus; no range check for floats.
b.writeDoubleLE('2.5');
assert.strictEqual(b.readDoubleLE(), 2.5);
b.writeFloatLE(undefined);
assert.ok(Number.isNaN(b.readFloatLE()));
b.writeDoubleBE({ valueOf() { return 7; } });
assert.strictEqual(b.readDoubleBE(), 7);

// Offsets.
const odd = Buffer.alloc(11);
odd.writeDoubleLE(1.25, 3);
assert.strictEqual(odd.readDoubleLE(3), 1.25);
assert.throws(() => odd.readDoubleLE(4), {
  code: 'ERR_OUT_OF_RANGE', name: 'RangeError',
  message: 'The value of "offset" is out of range. It must be >= 0 and <= 3. Received 4',
});
assert.throws(() => odd.writeFloatBE(1, 8), {
  message: 'The value of "offset" is out of range. It must be >= 0 and <= 7. Received 8',
});
assert.throws(() => odd.readFloatLE('0'), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
assert.throws(() => Buffer.alloc(2).readFloatLE(), { code: 'ERR_BUFFER_OUT_OF_BOUNDS' });
assert.throws(() => odd.writeDoubleBE(1, 0.5), {
  message: 'The value of "offset" is out of range. It must be an integer. Received 0.5',
});
