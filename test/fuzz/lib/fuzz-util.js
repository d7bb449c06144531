'use strict';
// Helpers shared by the JS fuzz targets: a reader that turns fuzzer bytes into choices, numbers and strings,
// and the exception used to report a violated property (deliberately not a TypeError/RangeError and without a
// `code`, so the harness always treats it as a finding).

class FuzzFinding extends Error {
  constructor(message) {
    super(message);
    this.name = 'FuzzFinding';
  }
}

function check(condition, message) {
  if (!condition) throw new FuzzFinding(typeof message === 'function' ? message() : message);
}

// Consumes bytes from the front; running out yields zeros, so every input is valid.
class ByteReader {
  constructor(buf) {
    this.buf = buf;
    this.pos = 0;
  }
  get remaining() { return this.buf.length - this.pos; }
  byte() { return this.pos < this.buf.length ? this.buf[this.pos++] : 0; }
  choose(list) { return list[this.byte() % list.length]; }
  // Like choose, over functions: only the chosen one runs (and consumes bytes or allocates).
  pick(makers) { return makers[this.byte() % makers.length](); }
  bool() { return (this.byte() & 1) === 1; }
  uint32() { return ((this.byte() << 24) | (this.byte() << 16) | (this.byte() << 8) | this.byte()) >>> 0; }
  int32() { return this.uint32() | 0; }
  // Small integers are far more interesting than uniform 32-bit ones.
  smallInt() {
    const b = this.byte();
    if (b < 200) return b - 100;
    return this.choose([0, -1, 2 ** 31 - 1, -(2 ** 31), 2 ** 32, 2 ** 53, -(2 ** 53), 1e21, 0.5, -0.5]);
  }
  double() {
    const special = this.byte();
    if (special < 32) {
      return [NaN, Infinity, -Infinity, -0, 0, Number.MIN_VALUE, Number.MAX_VALUE, Number.EPSILON,
              2 ** 53, -(2 ** 53) - 1, 1e21, 1e-7, 123.456, 0.1][special % 14];
    }
    const bytes = new Uint8Array(8);
    for (let i = 0; i < 8; i++) bytes[i] = this.byte();
    return new Float64Array(bytes.buffer)[0];
  }
  bytes(n) {
    const end = Math.min(this.buf.length, this.pos + n);
    const out = this.buf.subarray(this.pos, end);
    this.pos = end;
    return out;
  }
  rest() { return this.bytes(this.remaining); }
  // A length-prefixed Latin-1 string (one byte per character).
  latin1() { return this.bytes(this.byte()).toString('latin1'); }
}

// Turns bytes into UTF-16 code units two at a time (lone surrogates included).
function codeUnits(bytes) {
  let s = '';
  for (let i = 0; i + 1 < bytes.length; i += 2) s += String.fromCharCode(bytes[i] | (bytes[i + 1] << 8));
  return s;
}

// The string with lone surrogates replaced by U+FFFD: what a UTF-8 round trip gives.
function wellFormed(s) {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = i + 1 < s.length ? s.charCodeAt(i + 1) : 0;
      if (d >= 0xdc00 && d <= 0xdfff) { out += s[i] + s[i + 1]; i++; continue; }
      out += '\ufffd';
    } else if (c >= 0xdc00 && c <= 0xdfff) {
      out += '\ufffd';
    } else {
      out += s[i];
    }
  }
  return out;
}

// Known, already reported runtime bugs a run can steer around (LOOM_FUZZ_AVOID=name,name) so that fuzzing can
// get past them while they are open. Names: see README.md.
const avoid = new Set((process.env.LOOM_FUZZ_AVOID || '').split(',').filter(Boolean));

function bucket(n) { return n <= 0 ? 0 : 32 - Math.clz32(n); }

const show = (buf) => (buf.length > 64 ? `${buf.subarray(0, 64).toString('hex')}...(${buf.length})`
                                        : buf.toString('hex'));

module.exports = { FuzzFinding, check, ByteReader, codeUnits, wellFormed, bucket, show, avoid };
