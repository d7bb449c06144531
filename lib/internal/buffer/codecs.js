'use strict';
// Byte-level string codecs shared by Buffer, TextEncoder/TextDecoder and atob/btoa.
// Everything that turns a JS string into bytes or bytes into a string lives here, behind a small
// interface, so the C++ side can later swap any of it for native code without touching callers:
//
//   normalizeEncoding(enc)                  -> 'utf8' | 'utf16le' | 'latin1' | 'ascii' | 'base64' |
//                                              'base64url' | 'hex', or undefined when unknown
//   byteLength(string, enc)                 -> bytes `encode` would produce (base64: an upper bound,
//                                              computed the way Node does)
//   encode(string, enc)                     -> new Uint8Array
//   decode(u8, enc, start, end)             -> string
//   write(u8, string, offset, length, enc)  -> bytes written into u8[offset, offset + length)
//
// `enc` is always a canonical name here; callers normalize and validate first. Semantics follow Node's
// Buffer exactly (utf8 replacement rules per WHATWG, base64 that skips junk and stops at '=', hex that
// stops at the first bad pair, writes that never split a character), including quirks such as base64
// and hex only looking at the low byte of each UTF-16 code unit.
//
// Strings are built a chunk at a time: code units go into a reused Uint16Array and become a string
// with one String.fromCharCode.apply per ~8k units, which is far cheaper than per-char concatenation.

const CHUNK = 8192;
const scratch = new Uint16Array(CHUNK + 4);  // +4: room for a surrogate pair or hex pair past CHUNK
const fromCharCode = String.fromCharCode;

// Turns scratch[0, n) into a string.
function scratchString(n) {
  if (n === 0) return '';
  return fromCharCode.apply(null, n === scratch.length ? scratch : scratch.subarray(0, n));
}

const kCanonical = {
  __proto__: null,
  utf8: 'utf8', 'utf-8': 'utf8',
  ucs2: 'utf16le', 'ucs-2': 'utf16le', utf16le: 'utf16le', 'utf-16le': 'utf16le',
  latin1: 'latin1', binary: 'latin1',
  ascii: 'ascii',
  base64: 'base64', base64url: 'base64url',
  hex: 'hex',
};

function normalizeEncoding(enc) {
  if (typeof enc !== 'string') return undefined;
  const hit = kCanonical[enc];
  if (hit !== undefined) return hit;
  return kCanonical[enc.toLowerCase()];
}

// ---------------------------------------------------------------------------------------------------
// UTF-8

// Bytes needed for `str` in UTF-8; lone surrogates count as U+FFFD (3 bytes) like Node.
function utf8Length(str) {
  const len = str.length;
  let n = len;
  for (let i = 0; i < len; i++) {
    const c = str.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) { n += 1; continue; }
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < len) {
      const d = str.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) { n += 2; i++; continue; }  // 2 units -> 4 bytes
    }
    n += 2;
  }
  return n;
}

// Characters consumed by the last utf8WriteRaw call (TextEncoder.encodeInto needs it).
let lastRead = 0;

// Encodes str into u8[pos, limit), never splitting a character. Returns the end position.
function utf8WriteRaw(str, u8, pos, limit) {
  const len = str.length;
  let i = 0;
  while (i < len) {
    let c = str.charCodeAt(i);
    if (c < 0x80) {
      if (pos >= limit) break;
      u8[pos++] = c;
      i++;
      // Tight loop for runs of ASCII, the overwhelmingly common case.
      while (i < len && pos < limit && (c = str.charCodeAt(i)) < 0x80) { u8[pos++] = c; i++; }
      continue;
    }
    if (c < 0x800) {
      if (pos + 2 > limit) break;
      u8[pos++] = 0xc0 | (c >> 6);
      u8[pos++] = 0x80 | (c & 0x3f);
      i++;
      continue;
    }
    if (c >= 0xd800 && c <= 0xdfff) {
      if (c <= 0xdbff && i + 1 < len) {
        const d = str.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          if (pos + 4 > limit) break;
          const cp = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
          u8[pos++] = 0xf0 | (cp >> 18);
          u8[pos++] = 0x80 | ((cp >> 12) & 0x3f);
          u8[pos++] = 0x80 | ((cp >> 6) & 0x3f);
          u8[pos++] = 0x80 | (cp & 0x3f);
          i += 2;
          continue;
        }
      }
      c = 0xfffd;  // lone surrogate
    }
    if (pos + 3 > limit) break;
    u8[pos++] = 0xe0 | (c >> 12);
    u8[pos++] = 0x80 | ((c >> 6) & 0x3f);
    u8[pos++] = 0x80 | (c & 0x3f);
    i++;
  }
  lastRead = i;
  return pos;
}

function utf8Encode(str) {
  // Pure-ASCII strings are common and need no length pass beyond this scan's cost.
  const u8 = new Uint8Array(utf8Length(str));
  utf8WriteRaw(str, u8, 0, u8.length);
  return u8;
}

// Writes at most `length` bytes at `offset`; `result.read` (when given) receives the UTF-16 units read.
function utf8EncodeInto(str, u8, offset, length, result) {
  const end = utf8WriteRaw(str, u8, offset, offset + length);
  if (result !== undefined) result.read = lastRead;
  return end - offset;
}

// WHATWG UTF-8 decode of u8[start, end): each maximal invalid subpart becomes one U+FFFD.
function utf8Decode(u8, start = 0, end = u8.length) {
  let i = start;
  // All-ASCII prefix can go straight from the bytes.
  while (i < end && u8[i] < 0x80) i++;
  if (i === end && end - start <= CHUNK) {
    return start === end ? '' : fromCharCode.apply(null, u8.subarray(start, end));
  }
  i = start;
  let out = '';
  let n = 0;
  while (i < end) {
    if (n >= CHUNK) { out += scratchString(n); n = 0; }
    const b = u8[i];
    if (b < 0x80) {
      scratch[n++] = b;
      i++;
      continue;
    }
    let need, lower = 0x80, upper = 0xbf, cp;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1; cp = b & 0x1f;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2; cp = b & 0x0f;
      if (b === 0xe0) lower = 0xa0;
      else if (b === 0xed) upper = 0x9f;  // excludes surrogates
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3; cp = b & 0x07;
      if (b === 0xf0) lower = 0x90;
      else if (b === 0xf4) upper = 0x8f;  // caps at U+10FFFF
    } else {
      scratch[n++] = 0xfffd;
      i++;
      continue;
    }
    let j = i + 1;
    let ok = true;
    for (let k = 0; k < need; k++) {
      if (j >= end) { ok = false; break; }
      const c = u8[j];
      if (c < lower || c > upper) { ok = false; break; }
      lower = 0x80; upper = 0xbf;
      cp = (cp << 6) | (c & 0x3f);
      j++;
    }
    i = j;  // on failure the offending byte (if any) is looked at again
    if (!ok) {
      scratch[n++] = 0xfffd;
    } else if (cp >= 0x10000) {
      cp -= 0x10000;
      scratch[n++] = 0xd800 | (cp >> 10);
      scratch[n++] = 0xdc00 | (cp & 0x3ff);
    } else {
      scratch[n++] = cp;
    }
  }
  return out + scratchString(n);
}

// How many trailing bytes of u8[start, end) form an incomplete-but-so-far-valid UTF-8 sequence.
// Streaming decoders hold those back until more input arrives.
function utf8IncompleteTail(u8, start, end) {
  for (let back = 1; back <= 3 && end - back >= start; back++) {
    const b = u8[end - back];
    if (b < 0x80) return 0;
    if (b < 0xc0) continue;  // continuation byte: keep looking for the lead
    let need;
    let lower = 0x80, upper = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) { need = 2; if (b === 0xe0) lower = 0xa0; else if (b === 0xed) upper = 0x9f; }
    else if (b >= 0xf0 && b <= 0xf4) { need = 3; if (b === 0xf0) lower = 0x90; else if (b === 0xf4) upper = 0x8f; }
    else return 0;
    if (back > need) return 0;  // complete (or over-long run): nothing to hold
    for (let k = end - back + 1; k < end; k++) {
      const c = u8[k];
      if (c < lower || c > upper) return 0;
      lower = 0x80; upper = 0xbf;
    }
    return back;
  }
  return 0;
}

// True when u8[start, end) is well-formed UTF-8 (used for fatal decoding and buffer.isUtf8).
function isUtf8(u8, start = 0, end = u8.length) {
  let i = start;
  while (i < end) {
    const b = u8[i];
    if (b < 0x80) { i++; continue; }
    let need, lower = 0x80, upper = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) { need = 2; if (b === 0xe0) lower = 0xa0; else if (b === 0xed) upper = 0x9f; }
    else if (b >= 0xf0 && b <= 0xf4) { need = 3; if (b === 0xf0) lower = 0x90; else if (b === 0xf4) upper = 0x8f; }
    else return false;
    if (i + need >= end) return false;  // truncated sequence
    for (let k = 1; k <= need; k++) {
      const c = u8[i + k];
      if (c < lower || c > upper) return false;
      lower = 0x80; upper = 0xbf;
    }
    i += need + 1;
  }
  return true;
}

function isAscii(u8, start = 0, end = u8.length) {
  for (let i = start; i < end; i++) if (u8[i] >= 0x80) return false;
  return true;
}

// ---------------------------------------------------------------------------------------------------
// Single-byte encodings

function latin1Decode(u8, start, end) {
  let out = '';
  for (let i = start; i < end; i += CHUNK) {
    const j = Math.min(i + CHUNK, end);
    out += fromCharCode.apply(null, u8.subarray(i, j));
  }
  return out;
}

function asciiDecode(u8, start, end) {
  let out = '';
  for (let i = start; i < end; i += CHUNK) {
    const j = Math.min(i + CHUNK, end);
    let high = false;
    for (let k = i; k < j; k++) if (u8[k] >= 0x80) { high = true; break; }
    if (!high) {
      out += fromCharCode.apply(null, u8.subarray(i, j));
    } else {
      // Node clears the top bit of every byte.
      let n = 0;
      for (let k = i; k < j; k++) scratch[n++] = u8[k] & 0x7f;
      out += scratchString(n);
    }
  }
  return out;
}

// latin1 and ascii both store the low byte of each code unit.
function latin1WriteRaw(str, u8, pos, length) {
  const n = Math.min(str.length, length);
  for (let i = 0; i < n; i++) u8[pos + i] = str.charCodeAt(i);
  return n;
}

// ---------------------------------------------------------------------------------------------------
// UTF-16LE

const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

function utf16leDecode(u8, start, end) {
  const units = (end - start) >>> 1;
  let out = '';
  if (littleEndian && ((u8.byteOffset + start) & 1) === 0) {
    // Aligned: view the bytes as code units directly.
    const u16 = new Uint16Array(u8.buffer, u8.byteOffset + start, units);
    for (let i = 0; i < units; i += CHUNK) {
      out += fromCharCode.apply(null, u16.subarray(i, Math.min(i + CHUNK, units)));
    }
    return out;
  }
  let n = 0;
  for (let i = 0, p = start; i < units; i++, p += 2) {
    if (n === CHUNK) { out += scratchString(n); n = 0; }
    scratch[n++] = u8[p] | (u8[p + 1] << 8);
  }
  return out + scratchString(n);
}

function utf16leWriteRaw(str, u8, pos, length) {
  const n = Math.min(str.length, length >>> 1);
  for (let i = 0; i < n; i++) {
    const c = str.charCodeAt(i);
    u8[pos++] = c & 0xff;
    u8[pos++] = c >>> 8;
  }
  return n * 2;
}

// ---------------------------------------------------------------------------------------------------
// hex

const kHexDigits = '0123456789abcdef';
const hexCodes = new Uint16Array(16);
for (let i = 0; i < 16; i++) hexCodes[i] = kHexDigits.charCodeAt(i);
// Value of each byte as a hex digit, 255 when it is not one (indexed by the code unit's low byte).
const hexValue = new Uint8Array(256).fill(255);
for (let i = 0; i < 10; i++) hexValue[0x30 + i] = i;
for (let i = 0; i < 6; i++) { hexValue[0x41 + i] = 10 + i; hexValue[0x61 + i] = 10 + i; }

function bytesToHex(u8, start, end) {
  let out = '';
  let n = 0;
  for (let i = start; i < end; i++) {
    if (n >= CHUNK) { out += scratchString(n); n = 0; }
    const b = u8[i];
    scratch[n++] = hexCodes[b >>> 4];
    scratch[n++] = hexCodes[b & 15];
  }
  return out + scratchString(n);
}

// Stops at the first pair that is not two hex digits, like Node.
function hexWriteRaw(str, u8, pos, length) {
  const n = Math.min(str.length >>> 1, length);
  for (let i = 0; i < n; i++) {
    const hi = hexValue[str.charCodeAt(2 * i) & 0xff];
    const lo = hexValue[str.charCodeAt(2 * i + 1) & 0xff];
    if (hi === 255 || lo === 255) return i;
    u8[pos + i] = (hi << 4) | lo;
  }
  return n;
}

// ---------------------------------------------------------------------------------------------------
// base64 / base64url

const kB64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const kB64Url = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const b64Codes = new Uint16Array(64);
const b64UrlCodes = new Uint16Array(64);
for (let i = 0; i < 64; i++) { b64Codes[i] = kB64.charCodeAt(i); b64UrlCodes[i] = kB64Url.charCodeAt(i); }
// Decoding accepts both alphabets at once, as Node does. 255 = not a base64 character.
const b64Value = new Uint8Array(256).fill(255);
for (let i = 0; i < 64; i++) { b64Value[b64Codes[i]] = i; b64Value[b64UrlCodes[i]] = i; }

function bytesToBase64(u8, start, end, url) {
  const codes = url ? b64UrlCodes : b64Codes;
  let out = '';
  let n = 0;
  let i = start;
  const full = start + Math.floor((end - start) / 3) * 3;
  for (; i < full; i += 3) {
    if (n >= CHUNK) { out += scratchString(n); n = 0; }
    const v = (u8[i] << 16) | (u8[i + 1] << 8) | u8[i + 2];
    scratch[n++] = codes[v >>> 18];
    scratch[n++] = codes[(v >>> 12) & 63];
    scratch[n++] = codes[(v >>> 6) & 63];
    scratch[n++] = codes[v & 63];
  }
  const rest = end - i;
  if (rest > 0) {
    if (n >= CHUNK) { out += scratchString(n); n = 0; }
    const v = (u8[i] << 16) | (rest === 2 ? u8[i + 1] << 8 : 0);
    scratch[n++] = codes[v >>> 18];
    scratch[n++] = codes[(v >>> 12) & 63];
    if (rest === 2) scratch[n++] = codes[(v >>> 6) & 63];
    if (!url) {
      if (rest === 1) scratch[n++] = 0x3d;
      scratch[n++] = 0x3d;
    }
  }
  return out + scratchString(n);
}

// Node's size estimate: 3/4 of the length, less trailing '=' padding.
function base64ByteLength(str) {
  let len = str.length;
  if (len > 0 && str.charCodeAt(len - 1) === 0x3d) len--;
  if (len > 1 && str.charCodeAt(len - 1) === 0x3d) len--;
  return (len * 3) >>> 2;
}

// Characters outside the alphabet are skipped; '=' ends the data. A trailing group of 2 or 3
// characters still yields 1 or 2 bytes.
function base64WriteRaw(str, u8, pos, length) {
  const start = pos;
  const limit = pos + length;
  const len = str.length;
  let acc = 0;
  let k = 0;
  for (let i = 0; i < len; i++) {
    const c = str.charCodeAt(i) & 0xff;
    const v = b64Value[c];
    if (v === 255) {
      if (c === 0x3d) break;
      continue;
    }
    acc = (acc << 6) | v;
    if (++k === 4) {
      if (limit - pos < 3) {
        if (pos < limit) u8[pos++] = acc >>> 16;
        if (pos < limit) u8[pos++] = (acc >>> 8) & 0xff;
        return pos - start;
      }
      u8[pos++] = acc >>> 16;
      u8[pos++] = (acc >>> 8) & 0xff;
      u8[pos++] = acc & 0xff;
      acc = 0;
      k = 0;
    }
  }
  if (k === 2) {
    if (pos < limit) u8[pos++] = (acc >>> 4) & 0xff;
  } else if (k === 3) {
    if (pos < limit) u8[pos++] = (acc >>> 10) & 0xff;
    if (pos < limit) u8[pos++] = (acc >>> 2) & 0xff;
  }
  return pos - start;
}

// ---------------------------------------------------------------------------------------------------
// Generic interface

function byteLength(str, enc) {
  switch (enc) {
    case 'utf8': return utf8Length(str);
    case 'utf16le': return str.length * 2;
    case 'latin1':
    case 'ascii': return str.length;
    case 'hex': return str.length >>> 1;
    case 'base64':
    case 'base64url': return base64ByteLength(str);
  }
  throw new TypeError(`codecs: unknown encoding ${enc}`);
}

function write(u8, str, offset, length, enc) {
  switch (enc) {
    case 'utf8': return utf8WriteRaw(str, u8, offset, offset + length) - offset;
    case 'utf16le': return utf16leWriteRaw(str, u8, offset, length);
    case 'latin1':
    case 'ascii': return latin1WriteRaw(str, u8, offset, length);
    case 'hex': return hexWriteRaw(str, u8, offset, length);
    case 'base64':
    case 'base64url': return base64WriteRaw(str, u8, offset, length);
  }
  throw new TypeError(`codecs: unknown encoding ${enc}`);
}

function encode(str, enc) {
  if (enc === 'utf8') return utf8Encode(str);
  const u8 = new Uint8Array(byteLength(str, enc));
  const n = write(u8, str, 0, u8.length, enc);
  return n === u8.length ? u8 : u8.slice(0, n);
}

function decode(u8, enc, start = 0, end = u8.length) {
  if (end <= start) return '';
  switch (enc) {
    case 'utf8': return utf8Decode(u8, start, end);
    case 'utf16le': return utf16leDecode(u8, start, end);
    case 'latin1': return latin1Decode(u8, start, end);
    case 'ascii': return asciiDecode(u8, start, end);
    case 'hex': return bytesToHex(u8, start, end);
    case 'base64': return bytesToBase64(u8, start, end, false);
    case 'base64url': return bytesToBase64(u8, start, end, true);
  }
  throw new TypeError(`codecs: unknown encoding ${enc}`);
}

module.exports = {
  normalizeEncoding,
  byteLength,
  encode,
  decode,
  write,
  // Direct entry points for hot callers that already know the encoding.
  utf8Length,
  utf8Encode,
  utf8EncodeInto,
  utf8Decode,
  utf8IncompleteTail,
  latin1Decode,
  asciiDecode,
  utf16leDecode,
  bytesToHex,
  bytesToBase64,
  base64ByteLength,
  isUtf8,
  isAscii,
};
