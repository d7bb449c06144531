'use strict';
// Argument validation in the buffer module: error classes, codes and exact messages for bad sizes,
// encodings, sources, offsets and lengths.
require('../common');
const assert = require('assert');
const { Buffer, kMaxLength } = require('buffer');

function check(fn, name, code, message) {
  assert.throws(fn, (err) => {
    assert.strictEqual(err.name, name);
    assert.strictEqual(err.code, code);
    assert.strictEqual(err.message, message);
    return true;
  });
}

const fromTypes = 'The first argument must be of type string or an instance of Buffer, ArrayBuffer, or Array ' +
                  'or an Array-like Object.';
check(() => Buffer.from(5), 'TypeError', 'ERR_INVALID_ARG_TYPE', `${fromTypes} Received type number (5)`);
check(() => Buffer.from(null), 'TypeError', 'ERR_INVALID_ARG_TYPE', `${fromTypes} Received null`);
check(() => Buffer.from(), 'TypeError', 'ERR_INVALID_ARG_TYPE', `${fromTypes} Received undefined`);
check(() => Buffer.from(Symbol('s')), 'TypeError', 'ERR_INVALID_ARG_TYPE',
      `${fromTypes} Received type symbol (Symbol(s))`);
check(() => Buffer.from('x', 'bogus'), 'TypeError', 'ERR_UNKNOWN_ENCODING', 'Unknown encoding: bogus');
check(() => Buffer.from(new ArrayBuffer(4), 5), 'RangeError', 'ERR_BUFFER_OUT_OF_BOUNDS',
      '"offset" is outside of buffer bounds');
check(() => Buffer.from(new ArrayBuffer(4), 1, 4), 'RangeError', 'ERR_BUFFER_OUT_OF_BOUNDS',
      '"length" is outside of buffer bounds');

check(() => Buffer.alloc(-1), 'RangeError', 'ERR_OUT_OF_RANGE',
      `The value of "size" is out of range. It must be >= 0 && <= ${kMaxLength}. Received -1`);
check(() => Buffer.alloc(NaN), 'RangeError', 'ERR_OUT_OF_RANGE',
      `The value of "size" is out of range. It must be >= 0 && <= ${kMaxLength}. Received NaN`);
check(() => Buffer.allocUnsafe('1'), 'TypeError', 'ERR_INVALID_ARG_TYPE',
      'The "size" argument must be of type number. Received type string (\'1\')');
check(() => Buffer.allocUnsafeSlow({}), 'TypeError', 'ERR_INVALID_ARG_TYPE',
      'The "size" argument must be of type number. Received an instance of Object');
check(() => Buffer.alloc(2, 'zz', 'hex'), 'TypeError', 'ERR_INVALID_ARG_VALUE',
      "The argument 'value' is invalid. Received 'zz'");
check(() => Buffer.alloc(2, 'a', 'bogus'), 'TypeError', 'ERR_UNKNOWN_ENCODING', 'Unknown encoding: bogus');
check(() => Buffer.alloc(2, 'a', 5), 'TypeError', 'ERR_INVALID_ARG_TYPE',
      'The "encoding" argument must be of type string. Received type number (5)');

const buf = Buffer.from('abcdef');
check(() => buf.toString('bogus'), 'TypeError', 'ERR_UNKNOWN_ENCODING', 'Unknown encoding: bogus');
check(() => buf.toString(null), 'TypeError', 'ERR_UNKNOWN_ENCODING', 'Unknown encoding: null');
check(() => buf.write('x', 7), 'RangeError', 'ERR_OUT_OF_RANGE',
      'The value of "offset" is out of range. It must be >= 0 && <= 6. Received 7');
check(() => buf.write('x', 1.5), 'RangeError', 'ERR_OUT_OF_RANGE',
      'The value of "offset" is out of range. It must be an integer. Received 1.5');
check(() => buf.write('x', 1, -1), 'RangeError', 'ERR_OUT_OF_RANGE',
      'The value of "length" is out of range. It must be >= 0 && <= 6. Received -1');
check(() => buf.write('x', 'bogus'), 'TypeError', 'ERR_UNKNOWN_ENCODING', 'Unknown encoding: bogus');
assert.throws(() => buf.write(5), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE' });
check(() => buf.fill('x', -1), 'RangeError', 'ERR_OUT_OF_RANGE',
      `The value of "offset" is out of range. It must be >= 0 && <= ${kMaxLength}. Received -1`);
check(() => buf.fill('x', 0, 7), 'RangeError', 'ERR_OUT_OF_RANGE',
      'The value of "end" is out of range. It must be >= 0 && <= 6. Received 7');
check(() => buf.fill(Buffer.alloc(0)), 'TypeError', 'ERR_INVALID_ARG_VALUE',
      "The argument 'value' is invalid. Received <Buffer >");

check(() => Buffer.concat('x'), 'TypeError', 'ERR_INVALID_ARG_TYPE',
      'The "list" argument must be an instance of Array. Received type string (\'x\')');
check(() => Buffer.concat([buf, 'x']), 'TypeError', 'ERR_INVALID_ARG_TYPE',
      'The "list[1]" argument must be an instance of Buffer or Uint8Array. Received type string (\'x\')');
check(() => Buffer.concat([buf], -1), 'RangeError', 'ERR_OUT_OF_RANGE',
      `The value of "length" is out of range. It must be >= 0 && <= ${kMaxLength}. Received -1`);
check(() => Buffer.compare(buf, 'x'), 'TypeError', 'ERR_INVALID_ARG_TYPE',
      'The "buf2" argument must be an instance of Buffer or Uint8Array. Received type string (\'x\')');
check(() => buf.compare([]), 'TypeError', 'ERR_INVALID_ARG_TYPE',
      'The "target" argument must be an instance of Buffer or Uint8Array. Received an instance of Array');
check(() => buf.compare(buf, 0, 7), 'RangeError', 'ERR_OUT_OF_RANGE',
      'The value of "targetEnd" is out of range. It must be >= 0 && <= 6. Received 7');
check(() => buf.equals('abcdef'), 'TypeError', 'ERR_INVALID_ARG_TYPE',
      'The "otherBuffer" argument must be an instance of Buffer or Uint8Array. Received type string (\'abcdef\')');
check(() => buf.copy({}), 'TypeError', 'ERR_INVALID_ARG_TYPE',
      'The "target" argument must be an instance of Buffer or Uint8Array. Received an instance of Object');
check(() => buf.copy(Buffer.alloc(2), -1), 'RangeError', 'ERR_OUT_OF_RANGE',
      'The value of "targetStart" is out of range. It must be >= 0. Received -1');
check(() => buf.copy(Buffer.alloc(2), 0, 7), 'RangeError', 'ERR_OUT_OF_RANGE',
      'The value of "sourceStart" is out of range. It must be >= 0 && <= 6. Received 7');
check(() => buf.indexOf({}), 'TypeError', 'ERR_INVALID_ARG_TYPE',
      'The "value" argument must be one of type number or string or an instance of Buffer or Uint8Array. ' +
      'Received an instance of Object');
check(() => buf.indexOf('a', 0, 'bogus'), 'TypeError', 'ERR_UNKNOWN_ENCODING', 'Unknown encoding: bogus');
check(() => Buffer.byteLength(5), 'TypeError', 'ERR_INVALID_ARG_TYPE',
      'The "string" argument must be of type string or an instance of Buffer or ArrayBuffer. ' +
      'Received type number (5)');
check(() => Buffer.copyBytesFrom([1]), 'TypeError', 'ERR_INVALID_ARG_TYPE',
      'The "view" argument must be an instance of TypedArray. Received an instance of Array');
check(() => buf.latin1Slice(2, 10), 'RangeError', 'ERR_OUT_OF_RANGE', 'Index out of range');
