'use strict';
// The WHATWG Encoding API (TextEncoder, TextDecoder), atob/btoa, and named string<->bytes helpers that
// other built-ins use (url, fs, streams...). The byte-level work is in internal/buffer/codecs; this file
// adds the Encoding Standard's rules on top: encoding labels, BOM handling, streaming state, fatal mode,
// and Node's exact errors.
//
// Helper naming: for text encodings `<enc>Encode(string) -> Uint8Array` and
// `<enc>Decode(u8, start, end) -> string`; for the binary-to-text encodings (base64, base64url, hex)
// it is the other way round, as usual: `base64Encode(u8, start, end) -> string`,
// `base64Decode(string) -> Uint8Array`.
//
// TextDecoder supports utf-8, utf-16le, utf-16be and the windows-1252 labels (which Node 20 decodes as
// plain latin1, one code point per byte, and so does this).

const codecs = require('internal/buffer/codecs');

const { utf8Encode, utf8Decode, utf8EncodeInto, utf8IncompleteTail, isUtf8 } = codecs;

let errorCodes;
function errors() {
  if (errorCodes === undefined) errorCodes = require('internal/errors').codes;
  return errorCodes;
}

let DOMExceptionCtor;
function domException(message, name) {
  if (DOMExceptionCtor === undefined) DOMExceptionCtor = require('internal/dom_exception');
  return new DOMExceptionCtor(message, name);
}

// Node throws these from native code with fixed texts (no "Received ..." suffix), and the text differs
// per decoder; reproduce them as TypeErrors carrying the code.
function fixedArgTypeError(message) {
  const err = new TypeError(message);
  err.code = 'ERR_INVALID_ARG_TYPE';
  return err;
}

let inspectFn;
function fallbackInspect() {
  if (inspectFn === undefined) inspectFn = require('util').inspect;
  return inspectFn;
}

const kInspect = Symbol.for('nodejs.util.inspect.custom');

// ---------------------------------------------------------------------------------------------------
// Named helpers

const emptyBytes = () => new Uint8Array(0);

function latin1Encode(str) { return codecs.encode(str, 'latin1'); }
function latin1Decode(u8, start = 0, end = u8.length) { return codecs.decode(u8, 'latin1', start, end); }
function asciiEncode(str) { return codecs.encode(str, 'ascii'); }
function asciiDecode(u8, start = 0, end = u8.length) { return codecs.decode(u8, 'ascii', start, end); }
function utf16leEncode(str) { return codecs.encode(str, 'utf16le'); }
function utf16leDecode(u8, start = 0, end = u8.length) { return codecs.decode(u8, 'utf16le', start, end); }
function base64Encode(u8, start = 0, end = u8.length) { return codecs.decode(u8, 'base64', start, end); }
function base64Decode(str) { return str.length === 0 ? emptyBytes() : codecs.encode(str, 'base64'); }
function base64urlEncode(u8, start = 0, end = u8.length) { return codecs.decode(u8, 'base64url', start, end); }
function base64urlDecode(str) { return str.length === 0 ? emptyBytes() : codecs.encode(str, 'base64url'); }
function hexEncode(u8, start = 0, end = u8.length) { return codecs.decode(u8, 'hex', start, end); }
function hexDecode(str) { return codecs.encode(str, 'hex'); }

// ---------------------------------------------------------------------------------------------------
// Encoding labels (Encoding Standard names, limited to the encodings loom decodes)

const kLabels = { __proto__: null };
function addLabels(name, labels) {
  for (let i = 0; i < labels.length; i++) kLabels[labels[i]] = name;
}
addLabels('utf-8', ['unicode-1-1-utf-8', 'unicode11utf8', 'unicode20utf8', 'utf-8', 'utf8',
  'x-unicode20utf8']);
addLabels('utf-16le', ['csunicode', 'iso-10646-ucs-2', 'ucs-2', 'unicode', 'unicodefeff', 'utf-16',
  'utf-16le']);
addLabels('utf-16be', ['unicodefffe', 'utf-16be']);
addLabels('windows-1252', ['ansi_x3.4-1968', 'ascii', 'cp1252', 'cp819', 'csisolatin1', 'ibm819',
  'iso-8859-1', 'iso-ir-100', 'iso8859-1', 'iso88591', 'iso_8859-1', 'iso_8859-1:1987', 'l1', 'latin1',
  'us-ascii', 'windows-1252', 'x-cp1252']);

// Labels match after trimming ASCII whitespace, ASCII case-insensitively.
function getEncodingFromLabel(label) {
  const direct = kLabels[label];
  if (direct !== undefined) return direct;
  const trimmed = label.replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, '')
    .replace(/[A-Z]+/g, (m) => m.toLowerCase());
  return kLabels[trimmed];
}

// ---------------------------------------------------------------------------------------------------
// TextEncoder

class TextEncoder {
  // Brand only: TextEncoder has no state, but methods must reject foreign receivers like Node.
  #brand = true;

  static #check(self) {
    if (self === null || typeof self !== 'object' || !(#brand in self)) {
      throw new (errors().ERR_INVALID_THIS)('TextEncoder');
    }
  }

  get encoding() {
    TextEncoder.#check(this);
    return 'utf-8';
  }

  encode(input = '') {
    TextEncoder.#check(this);
    return utf8Encode(`${input}`);
  }

  encodeInto(src, dest) {
    TextEncoder.#check(this);
    if (typeof src !== 'string') throw new (errors().ERR_INVALID_ARG_TYPE)('src', 'string', src);
    if (!(dest instanceof Uint8Array)) {
      throw new (errors().ERR_INVALID_ARG_TYPE)('dest', 'Uint8Array', dest);
    }
    const result = { read: 0, written: 0 };
    result.written = utf8EncodeInto(src, dest, 0, dest.length, result);
    return result;
  }

  [kInspect](depth, options) {
    TextEncoder.#check(this);
    if (typeof depth === 'number' && depth < 0) return this;
    // Node prints a plain object here (no class name).
    return (arguments[2] || fallbackInspect())({ encoding: this.encoding }, options);
  }
}

Object.defineProperties(TextEncoder.prototype, {
  encode: { enumerable: true },
  encodeInto: { enumerable: true },
  encoding: { enumerable: true },
  [Symbol.toStringTag]: { value: 'TextEncoder', configurable: true },
});

// ---------------------------------------------------------------------------------------------------
// TextDecoder

function concatBytes(a, b) {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

// The bytes of an ArrayBuffer / SharedArrayBuffer / view, or undefined for anything else.
function bytesOf(input) {
  if (ArrayBuffer.isView(input)) return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  if (input instanceof ArrayBuffer ||
      (typeof SharedArrayBuffer === 'function' && input instanceof SharedArrayBuffer)) {
    return new Uint8Array(input);
  }
  return undefined;
}

// Matches a UTF-16 code unit that is a surrogate without its partner (no `u` flag: units, not chars).
const kLoneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

function invalidDataError(encoding) {
  return new (errors().ERR_ENCODING_INVALID_ENCODED_DATA)(encoding, undefined);
}

// windows-1252 differs from latin1 only in 0x80..0x9F.
const kWin1252High = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039,
  0x0152, 0x008d, 0x017d, 0x008f, 0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
  0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
];

function windows1252Decode(bytes) {
  const s = codecs.decode(bytes, 'latin1', 0, bytes.length);
  return /[\x80-\x9f]/.test(s) ?
    s.replace(/[\x80-\x9f]/g, (c) => String.fromCharCode(kWin1252High[c.charCodeAt(0) - 0x80])) : s;
}

class TextDecoder {
  #encoding;
  #fatal;
  #ignoreBOM;
  #pending = null;   // bytes held back between streaming calls
  #bomSeen = false;  // whether the start of the current stream has been decoded already
  // Node 20 decodes the windows-1252 labels as plain latin1 until the decoder is first used with
  // `stream: true`; from then on it applies the real windows-1252 table. Mirror that.
  #latin1Only = true;

  constructor(encoding = 'utf-8', options = undefined) {
    encoding = `${encoding}`;
    if (options !== undefined && options !== null &&
        typeof options !== 'object' && typeof options !== 'function') {
      throw new (errors().ERR_INVALID_ARG_TYPE)('options', 'object', options);
    }
    const name = getEncodingFromLabel(encoding);
    if (name === undefined) throw new (errors().ERR_ENCODING_NOT_SUPPORTED)(encoding);
    this.#encoding = name;
    this.#fatal = options != null && Boolean(options.fatal);
    this.#ignoreBOM = options != null && Boolean(options.ignoreBOM);
  }

  static #check(self) {
    if (self === null || typeof self !== 'object' || !(#encoding in self)) {
      throw new (errors().ERR_INVALID_THIS)('TextDecoder');
    }
  }

  get encoding() {
    TextDecoder.#check(this);
    return this.#encoding;
  }

  get fatal() {
    TextDecoder.#check(this);
    return this.#fatal;
  }

  get ignoreBOM() {
    TextDecoder.#check(this);
    return this.#ignoreBOM;
  }

  decode(input = undefined, options = undefined) {
    TextDecoder.#check(this);
    let bytes;
    if (input === undefined) {
      bytes = new Uint8Array(0);
    } else {
      bytes = bytesOf(input);
      if (bytes === undefined) {
        switch (this.#encoding) {
          case 'utf-8':
            throw fixedArgTypeError('The "list" argument must be an instance of SharedArrayBuffer, ' +
                                    'ArrayBuffer or ArrayBufferView.');
          case 'windows-1252':
            throw fixedArgTypeError('The "input" argument must be an instance of ArrayBuffer, ' +
                                    'SharedArrayBuffer, or ArrayBufferView.');
          default:
            throw fixedArgTypeError('The "input" argument must be an instance of SharedArrayBuffer, ' +
                                    'ArrayBuffer or ArrayBufferView.');
        }
      }
    }
    const stream = options !== undefined && options !== null && Boolean(options.stream);
    switch (this.#encoding) {
      case 'utf-8': return this.#decodeUtf8(bytes, stream);
      case 'windows-1252':
        if (stream) this.#latin1Only = false;
        return this.#latin1Only ? codecs.decode(bytes, 'latin1', 0, bytes.length) : windows1252Decode(bytes);
      default: return this.#decodeUtf16(bytes, stream, this.#encoding === 'utf-16be');
    }
  }

  #reset() {
    this.#pending = null;
    this.#bomSeen = false;
  }

  #decodeUtf8(bytes, stream) {
    // Prepending the held-back bytes makes each call equivalent to decoding the stream so far.
    if (this.#pending !== null) bytes = concatBytes(this.#pending, bytes);
    let end = bytes.length;
    if (stream) {
      const hold = utf8IncompleteTail(bytes, 0, end);
      end -= hold;
      this.#pending = hold > 0 ? bytes.slice(end) : null;
    } else {
      this.#pending = null;
    }
    if (this.#fatal && !isUtf8(bytes, 0, end)) {
      this.#reset();
      throw invalidDataError('utf-8');
    }
    let start = 0;
    if (end > 0 && !this.#bomSeen) {
      this.#bomSeen = true;
      if (!this.#ignoreBOM && end >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
        start = 3;
      }
    }
    const out = utf8Decode(bytes, start, end);
    if (!stream) this.#bomSeen = false;
    return out;
  }

  #decodeUtf16(bytes, stream, bigEndian) {
    if (this.#pending !== null) bytes = concatBytes(this.#pending, bytes);
    const len = bytes.length;
    let end = len - (len & 1);
    // While streaming, hold back an odd byte and a trailing high surrogate that may still get its pair.
    if (stream && end >= 2) {
      const last = bigEndian ? (bytes[end - 2] << 8) | bytes[end - 1] : bytes[end - 2] | (bytes[end - 1] << 8);
      if (last >= 0xd800 && last <= 0xdbff) end -= 2;
    }
    const tail = stream ? len - end : 0;
    this.#pending = tail > 0 ? bytes.slice(end) : null;
    if (!stream) end = len;  // an odd final byte is decoded (as U+FFFD) below

    let start = 0;
    if (end > 0 && !this.#bomSeen) {
      this.#bomSeen = true;
      if (!this.#ignoreBOM && end >= 2 &&
          ((!bigEndian && bytes[0] === 0xff && bytes[1] === 0xfe) ||
           (bigEndian && bytes[0] === 0xfe && bytes[1] === 0xff))) {
        start = 2;
      }
    }
    const units = (end - start) >>> 1;
    const odd = ((end - start) & 1) === 1;
    let out;
    if (bigEndian) {
      const swapped = new Uint8Array(units * 2);
      for (let i = 0, p = start; i < units; i++, p += 2) {
        swapped[2 * i] = bytes[p + 1];
        swapped[2 * i + 1] = bytes[p];
      }
      out = codecs.decode(swapped, 'utf16le', 0, swapped.length);
    } else {
      out = codecs.decode(bytes, 'utf16le', start, start + units * 2);
    }
    // Unpaired surrogates become U+FFFD (or an error when fatal).
    const fixed = out.replace(kLoneSurrogate, '\ufffd');
    if (fixed !== out) {
      if (this.#fatal) {
        this.#reset();
        throw invalidDataError(this.#encoding);
      }
      out = fixed;
    }
    if (odd) {
      if (this.#fatal) {
        this.#reset();
        throw invalidDataError(this.#encoding);
      }
      out += '\ufffd';
    }
    if (!stream) this.#bomSeen = false;
    return out;
  }

  [kInspect](depth, options) {
    TextDecoder.#check(this);
    if (typeof depth === 'number' && depth < 0) return this;
    const obj = { encoding: this.#encoding, fatal: this.#fatal, ignoreBOM: this.#ignoreBOM };
    return `TextDecoder ${(arguments[2] || fallbackInspect())(obj, options)}`;
  }
}

Object.defineProperties(TextDecoder.prototype, {
  decode: { enumerable: true },
  encoding: { enumerable: true },
  fatal: { enumerable: true },
  ignoreBOM: { enumerable: true },
  [Symbol.toStringTag]: { value: 'TextDecoder', configurable: true },
});

// ---------------------------------------------------------------------------------------------------
// atob / btoa (HTML's forgiving-base64, with Node's choice of messages)

const kNotBase64 = /[^A-Za-z0-9+/]/;

function atob(input) {
  if (arguments.length === 0) throw new (errors().ERR_MISSING_ARGS)('input');
  input = `${input}`;
  let data = input.replace(/[\t\n\f\r ]+/g, '');
  let padding = 0;
  while (padding < 2 && data.length > 0 && data.charCodeAt(data.length - 1) === 0x3d) {
    data = data.slice(0, -1);
    padding++;
  }
  if (kNotBase64.test(data)) throw domException('Invalid character', 'InvalidCharacterError');
  if (data.length % 4 === 1) {
    throw domException('The string to be decoded is not correctly encoded.', 'InvalidCharacterError');
  }
  if (padding > 0 && (data.length + padding) % 4 !== 0) {
    throw domException('Invalid character', 'InvalidCharacterError');
  }
  const bytes = codecs.encode(data, 'base64');
  return codecs.decode(bytes, 'latin1', 0, bytes.length);
}

function btoa(input) {
  if (arguments.length === 0) throw new (errors().ERR_MISSING_ARGS)('input');
  input = `${input}`;
  for (let i = 0; i < input.length; i++) {
    if (input.charCodeAt(i) > 0xff) throw domException('Invalid character', 'InvalidCharacterError');
  }
  const bytes = codecs.encode(input, 'latin1');
  return codecs.decode(bytes, 'base64', 0, bytes.length);
}

module.exports = {
  TextEncoder,
  TextDecoder,
  atob,
  btoa,
  getEncodingFromLabel,
  utf8Encode,
  utf8Decode,
  latin1Encode,
  latin1Decode,
  asciiEncode,
  asciiDecode,
  utf16leEncode,
  utf16leDecode,
  base64Encode,
  base64Decode,
  base64urlEncode,
  base64urlDecode,
  hexEncode,
  hexDecode,
};
