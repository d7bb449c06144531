'use strict';
// Fuzz target: Buffer's string encodings (utf8, utf16le/ucs2, latin1/binary, ascii, base64, base64url, hex).
// The first input byte picks a check, the rest drives it. Each check is a property Node satisfies (the driver
// verifies that under node): lossless encodings round-trip, decoding arbitrary text never throws and is
// stable, byteLength agrees with the real encoded length, write/fill/copy/indexOf stay inside their bounds and
// agree with plain byte-by-byte reference code. A violated property throws a FuzzFinding.
const { Buffer } = require('buffer');
const { check, ByteReader, codeUnits, wellFormed, bucket, show } = require('../lib/fuzz-util');

const LOSSLESS = ['hex', 'base64', 'base64url', 'latin1', 'binary', 'utf16le', 'ucs2', 'utf-16le', 'ucs-2'];
const ALL = ['utf8', 'utf-8', 'UTF8', 'utf16le', 'ucs2', 'UCS-2', 'latin1', 'binary', 'Latin1', 'ascii',
             'base64', 'BASE64', 'base64url', 'hex', 'HEX'];
const SIMPLE_LENGTH = new Set(['utf8', 'utf-8', 'UTF8', 'utf16le', 'ucs2', 'UCS-2', 'latin1', 'binary', 'Latin1',
                               'ascii']);

const norm = (enc) => {
  const e = enc.toLowerCase();
  if (e === 'utf-8') return 'utf8';
  if (e === 'ucs2' || e === 'ucs-2' || e === 'utf-16le') return 'utf16le';
  if (e === 'binary') return 'latin1';
  return e;
};

// Reference encoders, byte by byte, for the strings that come out of a Buffer.
function refEncodeForString(s, enc) {
  switch (norm(enc)) {
    case 'latin1': case 'ascii': {
      const out = Buffer.alloc(s.length);
      for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i) & 0xff;  // code units, not code points
      return out;
    }
    case 'utf16le': {
      const out = Buffer.alloc(s.length * 2);
      for (let i = 0; i < s.length; i++) out.writeUInt16LE(s.charCodeAt(i), i * 2);
      return out;
    }
    default: return null;
  }
}

// Node's hex decoder: pairs of hex digits up to the first pair that is not one. Characters beyond Latin-1
// count by their low byte (Node narrows the string first).
function refHexDecode(s) {
  const out = [];
  const digit = (i) => parseInt(String.fromCharCode(s.charCodeAt(i) & 0xff), 16);
  for (let i = 0; i + 1 < s.length; i += 2) {
    const hi = digit(i);
    const lo = digit(i + 1);
    if (Number.isNaN(hi) || Number.isNaN(lo)) break;
    out.push(hi * 16 + lo);
  }
  return Buffer.from(out);
}

const checks = [
  // 0. bytes -> string -> bytes through every lossless encoding.
  function roundTrip(r, cover) {
    const enc = r.choose(LOSSLESS);
    let bytes = Buffer.from(r.rest());
    if (norm(enc) === 'utf16le') bytes = bytes.subarray(0, bytes.length & ~1);
    const text = bytes.toString(enc);
    const back = Buffer.from(text, enc);
    check(back.equals(bytes), () => `${enc} round trip of ${show(bytes)} gave ${show(back)}`);
    check(Buffer.byteLength(text, enc) === bytes.length,
          () => `byteLength(${enc}) ${Buffer.byteLength(text, enc)} != ${bytes.length}`);
    if (bytes.length > 2) {
      const start = 1;
      const end = bytes.length - 1;
      check(bytes.toString(enc, start, end) === bytes.subarray(start, end).toString(enc),
            () => `${enc} toString(start, end) differs from subarray().toString()`);
    }
    cover(`roundtrip:${norm(enc)}:${bucket(bytes.length)}`);
  },
  // 1. UTF-8 decoding of arbitrary bytes gives a well-formed string that re-encodes to itself, and agrees
  //    with TextDecoder (which keeps a BOM when told to).
  function utf8Decode(r, cover) {
    const bytes = Buffer.from(r.rest());
    const text = bytes.toString('utf8');
    check(wellFormed(text) === text, () => `utf8 decode of ${show(bytes)} has a lone surrogate`);
    const again = Buffer.from(text, 'utf8');
    check(again.toString('utf8') === text, () => `utf8 re-encode of the decode of ${show(bytes)} differs`);
    check(Buffer.byteLength(text, 'utf8') === again.length, () => 'utf8 byteLength differs from the encoding');
    const viaDecoder = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    check(viaDecoder === text, () => `TextDecoder and toString disagree on ${show(bytes)}`);
    check(new TextEncoder().encode(text).length === again.length, () => 'TextEncoder length differs');
    cover(`utf8:${again.length === bytes.length}:${bucket(bytes.length)}`);
  },
  // 2. Arbitrary UTF-16 (lone surrogates included) encoded with every encoding.
  function encodeString(r, cover) {
    const enc = r.choose(ALL);
    const text = codeUnits(r.rest());
    const bytes = Buffer.from(text, enc);
    const ref = refEncodeForString(text, enc);
    if (ref) check(bytes.equals(ref), () => `Buffer.from(string, ${enc}) differs from the reference`);
    if (norm(enc) === 'utf8') {
      check(bytes.toString('utf8') === wellFormed(text), () => 'utf8 encode/decode is not the well-formed string');
    }
    if (norm(enc) === 'utf16le') check(bytes.toString(enc) === text, () => 'utf16le string round trip differs');
    if (SIMPLE_LENGTH.has(enc)) {
      check(Buffer.byteLength(text, enc) === bytes.length,
            () => `byteLength(${enc}) ${Buffer.byteLength(text, enc)} != ${bytes.length}`);
    }
    cover(`encode:${norm(enc)}:${bucket(bytes.length)}`);
  },
  // 3. Decoding arbitrary text as base64/base64url/hex never throws, is stable, and base64 accepts both
  //    alphabets either way.
  function decodeText(r, cover) {
    const enc = r.choose(['base64', 'base64url', 'hex']);
    const utf8 = r.bool();
    const raw = r.rest();
    const text = utf8 ? raw.toString('utf8') : raw.toString('latin1');
    const decoded = Buffer.from(text, enc);
    const stable = Buffer.from(decoded.toString(enc), enc);
    check(stable.equals(decoded), () => `${enc} decode is not stable for ${JSON.stringify(text)}`);
    if (enc === 'hex') {
      check(decoded.equals(refHexDecode(text)), () => `hex decode of ${JSON.stringify(text)} differs from reference`);
    } else {
      const other = Buffer.from(text, enc === 'base64' ? 'base64url' : 'base64');
      check(other.equals(decoded), () => `base64 and base64url decode ${JSON.stringify(text)} differently`);
      check(decoded.length <= Math.ceil(text.length * 3 / 4), () => 'base64 decoded more bytes than possible');
    }
    cover(`decode:${enc}:${bucket(decoded.length)}:${bucket(text.length)}`);
  },
  // 4. buf.write(string, offset, length, encoding) writes only inside [offset, offset + returned).
  function write(r, cover) {
    const size = r.byte();
    const offset = r.smallInt();
    const length = r.smallInt();
    const enc = r.choose(ALL);
    const text = codeUnits(r.rest());
    const buf = Buffer.alloc(size, 0xee);
    let written;
    try {
      written = r.remaining % 2 ? buf.write(text, offset, enc) : buf.write(text, offset, length, enc);
    } catch (err) {
      check(buf.every((b) => b === 0xee), 'a throwing write changed the buffer');
      throw err;
    }
    check(Number.isInteger(written) && written >= 0 && written <= size, () => `write returned ${written}`);
    const start = offset;
    for (let i = 0; i < size; i++) {
      if (i < start || i >= start + written) check(buf[i] === 0xee, () => `write touched byte ${i} outside its range`);
    }
    cover(`write:${norm(enc)}:${bucket(written)}`);
  },
  // 5. indexOf/lastIndexOf/includes agree with each other and point at real matches.
  function search(r, cover) {
    const enc = r.choose(ALL);
    const offset = r.smallInt();
    const needleText = r.latin1();
    const hay = Buffer.from(r.rest());
    const needle = Buffer.from(needleText, enc);
    const first = hay.indexOf(needleText, offset, enc);
    const last = hay.lastIndexOf(needleText, offset, enc);
    check(hay.includes(needleText, offset, enc) === (first !== -1), 'includes disagrees with indexOf');
    for (const [name, at] of [['indexOf', first], ['lastIndexOf', last]]) {
      check(Number.isInteger(at) && at >= -1 && at <= hay.length, () => `${name} returned ${at}`);
      if (at >= 0 && needle.length > 0) {
        check(hay.subarray(at, at + needle.length).equals(needle), () => `${name} ${at} is not a match`);
      }
    }
    // (Node searches UTF-16 needles at even positions only, so the plain reference skips that encoding.)
    if (needle.length > 0 && Number.isInteger(offset) && offset >= 0 && offset < 2 ** 31 &&
        norm(enc) !== 'utf16le') {
      // Reference: the first match at or after offset.
      let ref = -1;
      for (let i = offset; i + needle.length <= hay.length; i++) {
        if (hay.subarray(i, i + needle.length).equals(needle)) { ref = i; break; }
      }
      check(first === ref, () => `indexOf ${first}, reference ${ref}`);
    }
    cover(`search:${norm(enc)}:${first === -1}:${last === -1}:${bucket(needle.length)}`);
  },
  // 6. Buffer.alloc(size, fill, encoding) and buf.fill(value, offset, end, encoding) repeat the encoded fill.
  function fill(r, cover) {
    const size = r.byte();
    const enc = r.choose(ALL);
    const useFill = r.bool();
    const offset = r.byte() % (size + 2);
    const end = r.byte() % (size + 2);
    const text = r.rest().toString('latin1');
    const pattern = Buffer.from(text, enc);
    let buf;
    if (useFill) {
      buf = Buffer.alloc(size, 0x11);
      buf.fill(text, offset, end, enc);
    } else {
      buf = Buffer.alloc(size, text, enc);
    }
    check(buf.length === size, 'fill changed the length');
    const from = useFill ? offset : 0;
    const to = useFill ? end : size;
    if (pattern.length > 0 && from < to && to <= size) {
      for (let i = from; i < to; i++) {
        check(buf[i] === pattern[(i - from) % pattern.length], () => `fill byte ${i} is wrong`);
      }
    }
    if (useFill) {
      for (let i = 0; i < size; i++) {
        if (i < from || i >= to) check(buf[i] === 0x11, () => `fill touched byte ${i} outside its range`);
      }
    }
    cover(`fill:${useFill}:${norm(enc)}:${bucket(pattern.length)}`);
  },
  // 7. copy/compare/concat against byte-by-byte references.
  function copyCompare(r, cover) {
    const a = Buffer.from(r.bytes(r.byte()));
    const targetStart = r.smallInt();
    const sourceStart = r.smallInt();
    const sourceEnd = r.smallInt();
    const b = Buffer.from(r.rest());
    const target = Buffer.from(b);
    const copied = a.copy(target, targetStart, sourceStart, sourceEnd);
    check(Number.isInteger(copied) && copied >= 0, () => `copy returned ${copied}`);
    check(target.length === b.length, 'copy changed the target length');
    // Node truncates fractional positions; the reference only covers plain integer ones.
    const plain = [targetStart, sourceStart, sourceEnd].every((v) => Number.isInteger(v) && Math.abs(v) < 2 ** 31);
    const ts = Math.max(0, targetStart);
    for (let i = 0; plain && i < target.length; i++) {
      if (i < ts || i >= ts + copied) check(target[i] === b[i], () => `copy touched byte ${i}`);
      else check(target[i] === a[Math.max(0, sourceStart) + i - ts], () => `copy wrote a wrong byte at ${i}`);
    }
    let ref = 0;
    for (let i = 0; i < Math.min(a.length, b.length) && ref === 0; i++) ref = Math.sign(a[i] - b[i]);
    if (ref === 0) ref = Math.sign(a.length - b.length);
    check(Buffer.compare(a, b) === ref, () => `compare ${Buffer.compare(a, b)} != ${ref}`);
    check(a.equals(b) === (ref === 0), 'equals disagrees with compare');
    const joined = Buffer.concat([a, b]);
    check(joined.length === a.length + b.length && joined.subarray(0, a.length).equals(a) &&
          joined.subarray(a.length).equals(b), 'concat is wrong');
    cover(`copy:${bucket(copied)}:${ref}`);
  },
];

module.exports = {
  fuzz(buf, cover) {
    const r = new ByteReader(buf);
    const which = r.byte() % checks.length;
    cover(`check:${which}`);
    checks[which](r, cover);
  },
};
