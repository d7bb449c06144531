'use strict';
// The WHATWG URL Standard for loom: the URL parser and serializer (special and non-special schemes,
// IPv4/IPv6/opaque/domain hosts, percent-encode sets, '.'/'..' path handling, relative resolution,
// state-override parsing for the setters), the URL and URLSearchParams classes with Node's API surface
// and inspect output, and the file-URL helpers (fileURLToPath, pathToFileURL, urlToHttpOptions).
//
// Host names go through an approximation of UTS #46 processing: per-code-point lowercasing, the
// "ignored" code points removed, NFKC, a few validity checks, and Punycode for non-ASCII labels. Full
// UTS #46 mapping tables, CheckBidi and CheckJoiners' contextual rules are not implemented.

const { utf8Encode, utf8Decode } = require('internal/buffer/codecs');

let errorCodes;
function errors() {
  if (errorCodes === undefined) errorCodes = require('internal/errors').codes;
  return errorCodes;
}

const kInspect = Symbol.for('nodejs.util.inspect.custom');

let inspectFn;
function fallbackInspect() {
  if (inspectFn === undefined) inspectFn = require('util').inspect;
  return inspectFn;
}

// ---------------------------------------------------------------------------------------------------
// Percent-encoding

// A percent-encode set is a 128-entry table of ASCII code units to escape; non-ASCII always is.
function makeSet(base, extra) {
  const set = new Uint8Array(128);
  if (base) set.set(base);
  for (let i = 0; i < extra.length; i++) set[extra.charCodeAt(i)] = 1;
  return set;
}
const C0_CONTROL_SET = new Uint8Array(128);
for (let i = 0; i < 0x20; i++) C0_CONTROL_SET[i] = 1;
C0_CONTROL_SET[0x7f] = 1;
const FRAGMENT_SET = makeSet(C0_CONTROL_SET, ' "<>`');
const QUERY_SET = makeSet(C0_CONTROL_SET, ' "#<>');
const SPECIAL_QUERY_SET = makeSet(QUERY_SET, "'");
const PATH_SET = makeSet(QUERY_SET, '?`{}');
const USERINFO_SET = makeSet(PATH_SET, '/:;=@[\\]^|');
// application/x-www-form-urlencoded: everything but alphanumerics and *-._ (space becomes '+').
const FORM_SET = new Uint8Array(128).fill(1);
for (let i = 0; i < 128; i++) {
  if ((i >= 0x30 && i <= 0x39) || (i >= 0x41 && i <= 0x5a) || (i >= 0x61 && i <= 0x7a)) FORM_SET[i] = 0;
}
FORM_SET[0x2a] = FORM_SET[0x2d] = FORM_SET[0x2e] = FORM_SET[0x5f] = 0;

const kHexTable = [];
for (let i = 0; i < 256; i++) kHexTable.push(`%${i < 16 ? '0' : ''}${i.toString(16).toUpperCase()}`);

// UTF-8 percent-encoding of one code point (lone surrogates are encoded as U+FFFD).
function encodeCodePoint(cp) {
  if (cp < 0x80) return kHexTable[cp];
  if (cp < 0x800) return kHexTable[0xc0 | (cp >> 6)] + kHexTable[0x80 | (cp & 0x3f)];
  if (cp < 0x10000) {
    return kHexTable[0xe0 | (cp >> 12)] + kHexTable[0x80 | ((cp >> 6) & 0x3f)] + kHexTable[0x80 | (cp & 0x3f)];
  }
  return kHexTable[0xf0 | (cp >> 18)] + kHexTable[0x80 | ((cp >> 12) & 0x3f)] +
    kHexTable[0x80 | ((cp >> 6) & 0x3f)] + kHexTable[0x80 | (cp & 0x3f)];
}

// Percent-encodes `str` with `set`, copying runs of safe characters in one slice.
function percentEncode(str, set, spaceAsPlus = false) {
  let out = '';
  let runStart = 0;
  const len = str.length;
  for (let i = 0; i < len; i++) {
    const c = str.charCodeAt(i);
    if (c < 0x80 && set[c] === 0) continue;
    if (i > runStart) out += str.slice(runStart, i);
    if (c < 0x80) {
      out += spaceAsPlus && c === 0x20 ? '+' : kHexTable[c];
    } else {
      let cp = c;
      if (c >= 0xd800 && c <= 0xdfff) {
        const d = i + 1 < len ? str.charCodeAt(i + 1) : 0;
        if (c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff) {
          cp = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
          i++;
        } else {
          cp = 0xfffd;
        }
      }
      out += encodeCodePoint(cp);
    }
    runStart = i + 1;
  }
  if (runStart === 0) return str;
  return out + str.slice(runStart);
}

function hexValue(c) {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x41 && c <= 0x46) return c - 0x37;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  return -1;
}

// Percent-decodes the UTF-8 bytes of `str` and decodes the result as UTF-8 (with U+FFFD for bad bytes).
function percentDecodeString(str) {
  if (str.indexOf('%') === -1) return toUSVString(str);
  const bytes = utf8Encode(str);
  const out = new Uint8Array(bytes.length);
  let j = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 0x25 && i + 2 < bytes.length) {
      const hi = hexValue(bytes[i + 1]);
      const lo = hexValue(bytes[i + 2]);
      if (hi >= 0 && lo >= 0) {
        out[j++] = (hi << 4) | lo;
        i += 2;
        continue;
      }
    }
    out[j++] = b;
  }
  return utf8Decode(out, 0, j);
}

const kLoneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
function toUSVString(value) {
  const str = `${value}`;
  // Fast path: no surrogates at all.
  if (!/[\ud800-\udfff]/.test(str)) return str;
  return str.replace(kLoneSurrogate, '\ufffd');
}

// ---------------------------------------------------------------------------------------------------
// Punycode (RFC 3492)

const PUNY_BASE = 36;
const PUNY_TMIN = 1;
const PUNY_TMAX = 26;
const PUNY_SKEW = 38;
const PUNY_DAMP = 700;
const PUNY_INITIAL_BIAS = 72;
const PUNY_INITIAL_N = 128;
const PUNY_MAX = 0x7fffffff;

function punyAdapt(delta, numPoints, firstTime) {
  delta = firstTime ? Math.floor(delta / PUNY_DAMP) : delta >> 1;
  delta += Math.floor(delta / numPoints);
  let k = 0;
  while (delta > (((PUNY_BASE - PUNY_TMIN) * PUNY_TMAX) >> 1)) {
    delta = Math.floor(delta / (PUNY_BASE - PUNY_TMIN));
    k += PUNY_BASE;
  }
  return k + Math.floor(((PUNY_BASE - PUNY_TMIN + 1) * delta) / (delta + PUNY_SKEW));
}

function punyDigit(d) {
  return String.fromCharCode(d < 26 ? 0x61 + d : 0x30 + d - 26);
}

// Encodes a label (a string of code points) to Punycode, without the 'xn--' prefix; null on overflow.
function punycodeEncode(label) {
  const cps = Array.from(label, (ch) => ch.codePointAt(0));
  let out = '';
  for (const cp of cps) if (cp < 0x80) out += String.fromCharCode(cp);
  const basic = out.length;
  let handled = basic;
  if (basic > 0) out += '-';
  let n = PUNY_INITIAL_N;
  let delta = 0;
  let bias = PUNY_INITIAL_BIAS;
  while (handled < cps.length) {
    let m = PUNY_MAX;
    for (const cp of cps) if (cp >= n && cp < m) m = cp;
    if (m - n > Math.floor((PUNY_MAX - delta) / (handled + 1))) return null;
    delta += (m - n) * (handled + 1);
    n = m;
    for (const cp of cps) {
      if (cp < n && ++delta > PUNY_MAX) return null;
      if (cp === n) {
        let q = delta;
        for (let k = PUNY_BASE; ; k += PUNY_BASE) {
          const t = k <= bias ? PUNY_TMIN : k >= bias + PUNY_TMAX ? PUNY_TMAX : k - bias;
          if (q < t) break;
          out += punyDigit(t + ((q - t) % (PUNY_BASE - t)));
          q = Math.floor((q - t) / (PUNY_BASE - t));
        }
        out += punyDigit(q);
        bias = punyAdapt(delta, handled + 1, handled === basic);
        delta = 0;
        handled++;
      }
    }
    delta++;
    n++;
  }
  return out;
}

// Decodes Punycode (without 'xn--'); null when malformed.
function punycodeDecode(input) {
  const output = [];
  const delimiter = input.lastIndexOf('-');
  const basic = delimiter < 0 ? 0 : delimiter;
  for (let j = 0; j < basic; j++) {
    const c = input.charCodeAt(j);
    if (c >= 0x80) return null;
    output.push(c);
  }
  let n = PUNY_INITIAL_N;
  let bias = PUNY_INITIAL_BIAS;
  let i = 0;
  for (let idx = delimiter < 0 ? 0 : delimiter + 1; idx < input.length;) {
    const oldi = i;
    let w = 1;
    for (let k = PUNY_BASE; ; k += PUNY_BASE) {
      if (idx >= input.length) return null;
      const c = input.charCodeAt(idx++);
      let digit;
      if (c >= 0x30 && c <= 0x39) digit = c - 22;
      else if (c >= 0x41 && c <= 0x5a) digit = c - 0x41;
      else if (c >= 0x61 && c <= 0x7a) digit = c - 0x61;
      else return null;
      if (digit > Math.floor((PUNY_MAX - i) / w)) return null;
      i += digit * w;
      const t = k <= bias ? PUNY_TMIN : k >= bias + PUNY_TMAX ? PUNY_TMAX : k - bias;
      if (digit < t) break;
      if (w > Math.floor(PUNY_MAX / (PUNY_BASE - t))) return null;
      w *= PUNY_BASE - t;
    }
    const size = output.length + 1;
    bias = punyAdapt(i - oldi, size, oldi === 0);
    if (Math.floor(i / size) > PUNY_MAX - n) return null;
    n += Math.floor(i / size);
    i %= size;
    if (n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff)) return null;
    output.splice(i, 0, n);
    i++;
  }
  return String.fromCodePoint(...output);
}

// ---------------------------------------------------------------------------------------------------
// Domain to ASCII (approximate UTS #46, non-transitional)

// Code points UTS #46 maps to nothing.
const kIgnored = /[\u00ad\u034f\u180b-\u180d\u200b\u2060\ufe00-\ufe0f\ufeff]/g;
const kDots = /[\u3002\uff0e\uff61]/g;
const kNonAscii = /[^\x00-\x7f]/;
// Code points that make a label invalid after mapping: controls, format characters (this also
// rejects ZWJ/ZWNJ, whose contextual rules are not implemented), surrogates, private use, unassigned,
// line/paragraph separators, spaces, U+FFFD.
const kDisallowed = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}\ufffd]/u;
const kLeadingMark = /^\p{M}/u;
const FORBIDDEN_HOST = /[\x00\t\n\r #/:<>?@[\\\]^|]/;
const FORBIDDEN_DOMAIN = /[\x00-\x20#%/:<>?@[\\\]^|\x7f]/;

function lowerEach(str) {
  let out = '';
  for (const ch of str) out += ch === '\u1e9e' ? 'ss' : ch.toLowerCase();
  return out;
}

// Approximate UTS #46 mapping; null when a code point is disallowed because its compatibility
// decomposition contains a full stop (e.g. U+2488 DIGIT ONE FULL STOP).
function uts46Map(domain) {
  let s = domain.replace(kIgnored, '').replace(kDots, '.');
  s = lowerEach(s);
  if (typeof s.normalize === 'function') {
    for (const ch of s) {
      if (ch.charCodeAt(0) >= 0x80 && ch.normalize('NFKC').indexOf('.') !== -1) return null;
    }
    s = lowerEach(s.normalize('NFKC')).normalize('NFC');
  }
  return s.replace(kIgnored, '');
}

// Bidi classes (RFC 5893) approximated from scripts and general categories.
const kRtlLetter = /[\p{Script=Hebrew}\p{Script=Samaritan}\p{Script=Mandaic}\p{Script=Nko}\p{Script=Adlam}\p{Script=Mende_Kikakui}\p{Script=Imperial_Aramaic}\p{Script=Phoenician}\p{Script=Kharoshthi}\p{Script=Old_South_Arabian}\p{Script=Avestan}\p{Script=Old_Turkic}]/u;
const kArabicLetter = /[\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Hanifi_Rohingya}]/u;
const kArabicNumber = /[\u0600-\u0605\u0660-\u0669\u066b\u066c\u06dd\u0890\u0891\u08e2\u{10d30}-\u{10d39}\u{10e60}-\u{10e7e}]/u;
const kNonSpacingMark = /[\p{Mn}\p{Me}]/u;
const kNeutral = /[\p{P}\p{S}\p{Z}]/u;

function bidiClass(ch) {
  const cp = ch.codePointAt(0);
  if (cp >= 0x30 && cp <= 0x39) return 'EN';
  if (cp < 0x80) {
    if (isAlpha(cp)) return 'L';
    if (cp === 0x2b || cp === 0x2d) return 'ES';
    if (cp === 0x2c || cp === 0x2e || cp === 0x2f || cp === 0x3a) return 'CS';
    if (cp === 0x23 || cp === 0x24 || cp === 0x25) return 'ET';
    if (cp < 0x20 || cp === 0x7f) return 'BN';
    return 'ON';
  }
  if (kNonSpacingMark.test(ch)) return 'NSM';
  if (kArabicNumber.test(ch)) return 'AN';
  if (cp >= 0x6f0 && cp <= 0x6f9) return 'EN';
  if (kArabicLetter.test(ch)) return 'AL';
  if (kRtlLetter.test(ch)) return 'R';
  if (kNeutral.test(ch)) return 'ON';
  return 'L';
}

function isRtlClass(c) {
  return c === 'R' || c === 'AL' || c === 'AN';
}

// Bidi check for one label, matching what Node (Ada) enforces (checked against Node over all labels
// of up to four characters from each bidi class) rather than RFC 5893 as written. Only labels with an
// R, AL or AN character are checked. A label starting with L may have those only as its last
// (non-mark) character; any other label must contain no L, must end in R, AL, EN or AN, and must not
// mix EN and AN.
function validBidiLabel(label) {
  const classes = Array.from(label, bidiClass);
  if (!classes.some(isRtlClass)) return true;
  let last = classes.length - 1;
  while (last > 0 && classes[last] === 'NSM') last--;
  if (classes[0] === 'L') {
    for (let i = 0; i < last; i++) if (isRtlClass(classes[i])) return false;
    return true;
  }
  let en = false;
  let an = false;
  for (const c of classes) {
    if (c === 'L') return false;
    if (c === 'EN') en = true;
    if (c === 'AN') an = true;
  }
  if (en && an) return false;
  const end = classes[last];
  return end === 'R' || end === 'AL' || end === 'EN' || end === 'AN';
}

function validUnicodeLabel(label) {
  if (kDisallowed.test(label) || kLeadingMark.test(label)) return false;
  return true;
}

// Returns the ASCII form of a domain, or null when it is not a valid domain.
function domainToASCIIInternal(domain) {
  let mapped;
  if (kNonAscii.test(domain)) {
    mapped = uts46Map(domain);
    if (mapped === null) return null;
  } else {
    mapped = domain.toLowerCase();
  }
  const labels = mapped.split('.');
  const unicodeLabels = [];
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i];
    let unicode = label;
    if (label.startsWith('xn--')) {
      // Already Punycode: must be ASCII, decode, and be something mapping would have produced.
      if (kNonAscii.test(label)) return null;
      const decoded = punycodeDecode(label.slice(4));
      if (decoded === null || decoded.length === 0) return null;
      if (!validUnicodeLabel(decoded) || /[A-Z]/.test(decoded)) return null;
      if (kNonAscii.test(decoded) && uts46Map(decoded) !== decoded) return null;
      unicode = decoded;
    } else if (kNonAscii.test(label)) {
      if (!validUnicodeLabel(label)) return null;
      const encoded = punycodeEncode(label);
      if (encoded === null) return null;
      labels[i] = `xn--${encoded}`;
    }
    if (kNonAscii.test(unicode)) unicodeLabels.push(unicode);
  }
  for (const label of unicodeLabels) if (!validBidiLabel(label)) return null;
  const result = labels.join('.');
  if (result.length === 0 || FORBIDDEN_DOMAIN.test(result)) return null;
  return result;
}

function domainToUnicodeInternal(domain) {
  const ascii = domainToASCIIInternal(domain);
  if (ascii === null) return null;
  return ascii.split('.').map((label) => {
    if (!label.startsWith('xn--')) return label;
    const decoded = punycodeDecode(label.slice(4));
    return decoded === null ? label : decoded;
  }).join('.');
}

// ---------------------------------------------------------------------------------------------------
// IPv4 / IPv6

// One dotted part: decimal, 0x-hex or 0-octal. Returns NaN when it is not a number.
function parseIPv4Number(part) {
  if (part.length === 0) return NaN;
  let radix = 10;
  if (part.length >= 2 && part.charCodeAt(0) === 0x30 && (part.charCodeAt(1) | 0x20) === 0x78) {
    part = part.slice(2);
    radix = 16;
  } else if (part.length >= 2 && part.charCodeAt(0) === 0x30) {
    part = part.slice(1);
    radix = 8;
  }
  if (part.length === 0) return 0;
  const valid = radix === 10 ? /^[0-9]+$/ : radix === 16 ? /^[0-9a-fA-F]+$/ : /^[0-7]+$/;
  if (!valid.test(part)) return NaN;
  return parseInt(part, radix);
}

function endsInNumber(host) {
  const parts = host.split('.');
  if (parts[parts.length - 1] === '') {
    if (parts.length === 1) return false;
    parts.pop();
  }
  const last = parts[parts.length - 1];
  if (last.length > 0 && /^[0-9]+$/.test(last)) return true;
  return !Number.isNaN(parseIPv4Number(last));
}

// Returns the dotted-decimal serialization, or null.
function parseIPv4(host) {
  const parts = host.split('.');
  if (parts[parts.length - 1] === '' && parts.length > 1) parts.pop();
  if (parts.length > 4) return null;
  const numbers = [];
  for (const part of parts) {
    const n = parseIPv4Number(part);
    if (Number.isNaN(n)) return null;
    numbers.push(n);
  }
  for (let i = 0; i < numbers.length - 1; i++) if (numbers[i] > 255) return null;
  const last = numbers[numbers.length - 1];
  if (last >= 256 ** (5 - numbers.length)) return null;
  let ipv4 = last;
  for (let i = 0; i < numbers.length - 1; i++) ipv4 += numbers[i] * 256 ** (3 - i);
  const out = [];
  for (let i = 0; i < 4; i++) {
    out.unshift(String(ipv4 % 256));
    ipv4 = Math.floor(ipv4 / 256);
  }
  return out.join('.');
}

// Returns 8 pieces, or null.
function parseIPv6(input) {
  const address = [0, 0, 0, 0, 0, 0, 0, 0];
  let pieceIndex = 0;
  let compress = null;
  let p = 0;
  const len = input.length;
  const at = (i) => (i < len ? input.charCodeAt(i) : -1);
  const isDigit = (c) => c >= 0x30 && c <= 0x39;
  if (at(p) === 0x3a) {
    if (at(p + 1) !== 0x3a) return null;
    p += 2;
    pieceIndex++;
    compress = pieceIndex;
  }
  while (at(p) !== -1) {
    if (pieceIndex === 8) return null;
    if (at(p) === 0x3a) {
      if (compress !== null) return null;
      p++;
      pieceIndex++;
      compress = pieceIndex;
      continue;
    }
    let value = 0;
    let length = 0;
    while (length < 4 && hexValue(at(p)) >= 0) {
      value = value * 16 + hexValue(at(p));
      p++;
      length++;
    }
    if (at(p) === 0x2e) {
      // Embedded IPv4 in the last 32 bits.
      if (length === 0) return null;
      p -= length;
      if (pieceIndex > 6) return null;
      let numbersSeen = 0;
      while (at(p) !== -1) {
        let ipv4Piece = null;
        if (numbersSeen > 0) {
          if (at(p) === 0x2e && numbersSeen < 4) p++;
          else return null;
        }
        if (!isDigit(at(p))) return null;
        while (isDigit(at(p))) {
          const number = at(p) - 0x30;
          if (ipv4Piece === null) ipv4Piece = number;
          else if (ipv4Piece === 0) return null;
          else ipv4Piece = ipv4Piece * 10 + number;
          if (ipv4Piece > 255) return null;
          p++;
        }
        address[pieceIndex] = address[pieceIndex] * 0x100 + ipv4Piece;
        numbersSeen++;
        if (numbersSeen === 2 || numbersSeen === 4) pieceIndex++;
      }
      if (numbersSeen !== 4) return null;
      break;
    } else if (at(p) === 0x3a) {
      p++;
      if (at(p) === -1) return null;
    } else if (at(p) !== -1) {
      return null;
    }
    address[pieceIndex] = value;
    pieceIndex++;
  }
  if (compress !== null) {
    let swaps = pieceIndex - compress;
    pieceIndex = 7;
    while (pieceIndex !== 0 && swaps > 0) {
      const t = address[pieceIndex];
      address[pieceIndex] = address[compress + swaps - 1];
      address[compress + swaps - 1] = t;
      pieceIndex--;
      swaps--;
    }
  } else if (pieceIndex !== 8) {
    return null;
  }
  return address;
}

function serializeIPv6(address) {
  // Compress the first longest run of two or more zero pieces.
  let bestStart = -1;
  let bestLen = 1;
  for (let i = 0; i < 8;) {
    if (address[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && address[j] === 0) j++;
    if (j - i > bestLen) {
      bestStart = i;
      bestLen = j - i;
    }
    i = j;
  }
  let out = '';
  let ignore0 = false;
  for (let i = 0; i < 8; i++) {
    if (ignore0 && address[i] === 0) continue;
    ignore0 = false;
    if (i === bestStart) {
      out += i === 0 ? '::' : ':';
      ignore0 = true;
      continue;
    }
    out += address[i].toString(16);
    if (i !== 7) out += ':';
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Host parser

const FAILURE = null;

function parseHost(input, isOpaque) {
  if (input.charCodeAt(0) === 0x5b) {  // '['
    if (input.charCodeAt(input.length - 1) !== 0x5d) return FAILURE;
    const address = parseIPv6(input.slice(1, -1));
    return address === null ? FAILURE : `[${serializeIPv6(address)}]`;
  }
  if (isOpaque) {
    if (FORBIDDEN_HOST.test(input)) return FAILURE;
    return percentEncode(input, C0_CONTROL_SET);
  }
  const domain = percentDecodeString(input);
  const ascii = domainToASCIIInternal(domain);
  if (ascii === null) return FAILURE;
  if (endsInNumber(ascii)) return parseIPv4(ascii);
  return ascii;
}

// ---------------------------------------------------------------------------------------------------
// URL records and the basic URL parser

const kSpecialPorts = { __proto__: null, 'ftp': 21, 'file': null, 'http': 80, 'https': 443, 'ws': 80, 'wss': 443 };

function isSpecialScheme(scheme) {
  return scheme in kSpecialPorts;
}

function defaultPort(scheme) {
  const port = kSpecialPorts[scheme];
  return port === undefined ? null : port;
}

function newRecord() {
  return {
    scheme: '', username: '', password: '', host: null, port: null,
    path: [],  // array of segments, or a string for an opaque path
    query: null, fragment: null,
  };
}

const isAlpha = (c) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const isDigitCode = (c) => c >= 0x30 && c <= 0x39;

function isWindowsDriveLetter(s, normalizedOnly = false) {
  return s.length === 2 && isAlpha(s.charCodeAt(0)) &&
    (s.charCodeAt(1) === 0x3a || (!normalizedOnly && s.charCodeAt(1) === 0x7c));
}

function startsWithWindowsDriveLetter(input, p) {
  if (input.length - p < 2) return false;
  if (!isAlpha(input.charCodeAt(p))) return false;
  const c1 = input.charCodeAt(p + 1);
  if (c1 !== 0x3a && c1 !== 0x7c) return false;
  if (input.length - p === 2) return true;
  const c2 = input.charCodeAt(p + 2);
  return c2 === 0x2f || c2 === 0x5c || c2 === 0x3f || c2 === 0x23;
}

function shortenPath(url) {
  const path = url.path;
  // Node (Ada) keeps any lone first segment that starts with a drive letter ('c:', but also 'c:x').
  if (url.scheme === 'file' && path.length === 1 && path[0].length >= 2 &&
      isAlpha(path[0].charCodeAt(0)) && path[0].charCodeAt(1) === 0x3a) {
    return;
  }
  path.pop();
}

function isSingleDot(s) {
  return s === '.' || s.toLowerCase() === '%2e';
}

function isDoubleDot(s) {
  switch (s.length) {
    case 2: return s === '..';
    case 4: { const l = s.toLowerCase(); return l === '.%2e' || l === '%2e.'; }
    case 6: return s.toLowerCase() === '%2e%2e';
    default: return false;
  }
}

function includesCredentials(url) {
  return url.username !== '' || url.password !== '';
}

function cannotHaveUsernamePasswordPort(url) {
  return url.host === null || url.host === '' || url.scheme === 'file';
}

// Parser states.
const SCHEME_START = 1;
const SCHEME = 2;
const NO_SCHEME = 3;
const SPECIAL_RELATIVE_OR_AUTHORITY = 4;
const PATH_OR_AUTHORITY = 5;
const RELATIVE = 6;
const RELATIVE_SLASH = 7;
const SPECIAL_AUTHORITY_SLASHES = 8;
const SPECIAL_AUTHORITY_IGNORE_SLASHES = 9;
const AUTHORITY = 10;
const HOST = 11;
const HOSTNAME = 12;
const PORT = 13;
const FILE = 14;
const FILE_SLASH = 15;
const FILE_HOST = 16;
const PATH_START = 17;
const PATH = 18;
const OPAQUE_PATH = 19;
const QUERY = 20;
const FRAGMENT = 21;

const EOF = -1;

// The basic URL parser. Without `url` it returns a new record or null on failure. With `url` and
// `stateOverride` (setters) it modifies `url` in place and returns false when the input was rejected.
function basicParse(input, base, url, stateOverride) {
  if (!url) {
    url = newRecord();
    input = input.replace(/^[\x00-\x20]+|[\x00-\x20]+$/g, '');
  }
  if (/[\t\n\r]/.test(input)) input = input.replace(/[\t\n\r]/g, '');

  let state = stateOverride || SCHEME_START;
  let buffer = '';
  let atSignSeen = false;
  let insideBrackets = false;
  let passwordTokenSeen = false;
  const len = input.length;

  for (let p = 0; ; p++) {
    const c = p < len ? input.charCodeAt(p) : EOF;
    switch (state) {
      case SCHEME_START:
        if (isAlpha(c)) {
          buffer += String.fromCharCode(c | 0x20);
          state = SCHEME;
        } else if (!stateOverride) {
          state = NO_SCHEME;
          p--;
        } else {
          return false;
        }
        break;

      case SCHEME:
        if (isAlpha(c) || isDigitCode(c) || c === 0x2b || c === 0x2d || c === 0x2e) {
          buffer += String.fromCharCode(c >= 0x41 && c <= 0x5a ? c | 0x20 : c);
        } else if (c === 0x3a) {
          if (stateOverride) {
            const urlSpecial = isSpecialScheme(url.scheme);
            const bufSpecial = isSpecialScheme(buffer);
            if (urlSpecial !== bufSpecial) return false;
            if ((includesCredentials(url) || url.port !== null) && buffer === 'file') return false;
            if (url.scheme === 'file' && url.host === '') return false;
          }
          url.scheme = buffer;
          if (stateOverride) {
            if (url.port === defaultPort(url.scheme)) url.port = null;
            return true;
          }
          buffer = '';
          if (url.scheme === 'file') {
            state = FILE;
          } else if (isSpecialScheme(url.scheme) && base && base.scheme === url.scheme) {
            state = SPECIAL_RELATIVE_OR_AUTHORITY;
          } else if (isSpecialScheme(url.scheme)) {
            state = SPECIAL_AUTHORITY_SLASHES;
          } else if (p + 1 < len && input.charCodeAt(p + 1) === 0x2f) {
            state = PATH_OR_AUTHORITY;
            p++;
          } else {
            url.path = '';
            state = OPAQUE_PATH;
          }
        } else if (!stateOverride) {
          buffer = '';
          state = NO_SCHEME;
          p = -1;
        } else {
          return false;
        }
        break;

      case NO_SCHEME:
        if (!base || (typeof base.path === 'string' && c !== 0x23)) return null;
        if (typeof base.path === 'string' && c === 0x23) {
          url.scheme = base.scheme;
          url.path = base.path;
          url.query = base.query;
          url.fragment = '';
          state = FRAGMENT;
        } else if (base.scheme !== 'file') {
          state = RELATIVE;
          p--;
        } else {
          state = FILE;
          p--;
        }
        break;

      case SPECIAL_RELATIVE_OR_AUTHORITY:
        if (c === 0x2f && p + 1 < len && input.charCodeAt(p + 1) === 0x2f) {
          state = SPECIAL_AUTHORITY_IGNORE_SLASHES;
          p++;
        } else {
          state = RELATIVE;
          p--;
        }
        break;

      case PATH_OR_AUTHORITY:
        if (c === 0x2f) {
          state = AUTHORITY;
        } else {
          state = PATH;
          p--;
        }
        break;

      case RELATIVE:
        url.scheme = base.scheme;
        if (c === 0x2f) {
          state = RELATIVE_SLASH;
        } else if (isSpecialScheme(url.scheme) && c === 0x5c) {
          state = RELATIVE_SLASH;
        } else {
          url.username = base.username;
          url.password = base.password;
          url.host = base.host;
          url.port = base.port;
          url.path = base.path.slice();
          url.query = base.query;
          if (c === 0x3f) {
            url.query = '';
            state = QUERY;
          } else if (c === 0x23) {
            url.fragment = '';
            state = FRAGMENT;
          } else if (c !== EOF) {
            url.query = null;
            shortenPath(url);
            state = PATH;
            p--;
          }
        }
        break;

      case RELATIVE_SLASH:
        if (isSpecialScheme(url.scheme) && (c === 0x2f || c === 0x5c)) {
          state = SPECIAL_AUTHORITY_IGNORE_SLASHES;
        } else if (c === 0x2f) {
          state = AUTHORITY;
        } else {
          url.username = base.username;
          url.password = base.password;
          url.host = base.host;
          url.port = base.port;
          state = PATH;
          p--;
        }
        break;

      case SPECIAL_AUTHORITY_SLASHES:
        if (c === 0x2f && p + 1 < len && input.charCodeAt(p + 1) === 0x2f) {
          state = SPECIAL_AUTHORITY_IGNORE_SLASHES;
          p++;
        } else {
          state = SPECIAL_AUTHORITY_IGNORE_SLASHES;
          p--;
        }
        break;

      case SPECIAL_AUTHORITY_IGNORE_SLASHES:
        if (c !== 0x2f && c !== 0x5c) {
          state = AUTHORITY;
          p--;
        }
        break;

      case AUTHORITY:
        if (c === 0x40) {  // '@'
          if (atSignSeen) buffer = `%40${buffer}`;
          atSignSeen = true;
          // Split the buffered userinfo at the first ':' into username and password.
          const colon = passwordTokenSeen ? -1 : buffer.indexOf(':');
          if (colon === -1) {
            if (passwordTokenSeen) url.password += percentEncode(buffer, USERINFO_SET);
            else url.username += percentEncode(buffer, USERINFO_SET);
          } else {
            passwordTokenSeen = true;
            url.username += percentEncode(buffer.slice(0, colon), USERINFO_SET);
            url.password += percentEncode(buffer.slice(colon + 1), USERINFO_SET);
          }
          buffer = '';
        } else if (c === EOF || c === 0x2f || c === 0x3f || c === 0x23 ||
                   (isSpecialScheme(url.scheme) && c === 0x5c)) {
          if (atSignSeen && buffer === '') return null;
          p -= buffer.length + 1;
          buffer = '';
          state = HOST;
        } else {
          buffer += input[p];
        }
        break;

      case HOST:
      case HOSTNAME:
        if (stateOverride && url.scheme === 'file') {
          p--;
          state = FILE_HOST;
        } else if (c === 0x3a && !insideBrackets) {
          if (buffer === '') return stateOverride ? false : null;
          if (stateOverride === HOSTNAME) return false;
          const host = parseHost(buffer, !isSpecialScheme(url.scheme));
          if (host === FAILURE) return stateOverride ? false : null;
          url.host = host;
          buffer = '';
          state = PORT;
        } else if (c === EOF || c === 0x2f || c === 0x3f || c === 0x23 ||
                   (isSpecialScheme(url.scheme) && c === 0x5c)) {
          p--;
          if (isSpecialScheme(url.scheme) && buffer === '') return stateOverride ? false : null;
          if (stateOverride && buffer === '' &&
              (includesCredentials(url) || url.port !== null || url.host === null)) {
            // (The host === null case is Node's: a URL without authority does not gain an empty one.)
            return false;
          }
          const host = parseHost(buffer, !isSpecialScheme(url.scheme));
          if (host === FAILURE) return stateOverride ? false : null;
          url.host = host;
          buffer = '';
          state = PATH_START;
          if (stateOverride) return true;
        } else {
          if (c === 0x5b) insideBrackets = true;
          if (c === 0x5d) insideBrackets = false;
          buffer += input[p];
        }
        break;

      case PORT:
        if (isDigitCode(c)) {
          buffer += input[p];
        } else if (c === EOF || c === 0x2f || c === 0x3f || c === 0x23 ||
                   (isSpecialScheme(url.scheme) && c === 0x5c) || stateOverride) {
          if (buffer !== '') {
            const port = parseInt(buffer, 10);
            if (port > 65535) return stateOverride ? false : null;
            url.port = port === defaultPort(url.scheme) ? null : port;
            buffer = '';
          } else if (stateOverride) {
            // Node (Ada): 'host:' alone keeps the port, 'host:/x' or 'host:abc' clears it.
            if (c === EOF) return false;
            url.port = null;
            return true;
          }
          if (stateOverride) return true;
          state = PATH_START;
          p--;
        } else {
          return stateOverride ? false : null;
        }
        break;

      case FILE:
        url.scheme = 'file';
        url.host = '';
        if (c === 0x2f || c === 0x5c) {
          state = FILE_SLASH;
        } else if (base && base.scheme === 'file') {
          url.host = base.host;
          url.path = base.path.slice();
          url.query = base.query;
          if (c === 0x3f) {
            url.query = '';
            state = QUERY;
          } else if (c === 0x23) {
            url.fragment = '';
            state = FRAGMENT;
          } else if (c !== EOF) {
            url.query = null;
            if (!startsWithWindowsDriveLetter(input, p)) shortenPath(url);
            else url.path = [];
            state = PATH;
            p--;
          }
        } else {
          state = PATH;
          p--;
        }
        break;

      case FILE_SLASH:
        if (c === 0x2f || c === 0x5c) {
          state = FILE_HOST;
        } else {
          if (base && base.scheme === 'file') {
            url.host = base.host;
            if (!startsWithWindowsDriveLetter(input, p) && base.path.length > 0 &&
                isWindowsDriveLetter(base.path[0], true)) {
              url.path.push(base.path[0]);
            }
          }
          state = PATH;
          p--;
        }
        break;

      case FILE_HOST:
        if (c === EOF || c === 0x2f || c === 0x5c || c === 0x3f || c === 0x23) {
          p--;
          if (!stateOverride && isWindowsDriveLetter(buffer)) {
            // The buffer is kept and becomes the first path segment.
            state = PATH;
          } else if (buffer === '') {
            url.host = '';
            if (stateOverride) return true;
            state = PATH_START;
          } else {
            let host = parseHost(buffer, !isSpecialScheme(url.scheme));
            if (host === FAILURE) return stateOverride ? false : null;
            if (host === 'localhost') host = '';
            url.host = host;
            if (stateOverride) return true;
            buffer = '';
            state = PATH_START;
          }
        } else {
          buffer += input[p];
        }
        break;

      case PATH_START:
        if (isSpecialScheme(url.scheme)) {
          state = PATH;
          if (c !== 0x2f && c !== 0x5c) p--;
        } else if (!stateOverride && c === 0x3f) {
          url.query = '';
          state = QUERY;
        } else if (!stateOverride && c === 0x23) {
          url.fragment = '';
          state = FRAGMENT;
        } else if (c !== EOF) {
          state = PATH;
          if (c !== 0x2f) p--;
        } else if (stateOverride && url.host === null) {
          url.path.push('');
        }
        break;

      case PATH: {
        const special = isSpecialScheme(url.scheme);
        if (c === EOF || c === 0x2f || (special && c === 0x5c) ||
            (!stateOverride && (c === 0x3f || c === 0x23))) {
          const slash = c === 0x2f || (special && c === 0x5c);
          if (isDoubleDot(buffer)) {
            const wasEmpty = url.path.length === 0;
            shortenPath(url);
            if (!slash) {
              if (!(wasEmpty && !special)) {
                url.path.push('');
              } else if (url.host === null) {
                // Node (Ada) leaves an already-empty non-special path empty ('foo://h/..' ->
                // 'foo://h'); without a host such a URL ('foo:') then behaves as an opaque path.
                url.path = '';
              }
            }
          } else if (isSingleDot(buffer) && !slash) {
            url.path.push('');
          } else if (!isSingleDot(buffer)) {
            if (url.scheme === 'file' && url.path.length === 0 && isWindowsDriveLetter(buffer)) {
              buffer = `${buffer[0]}:`;
            }
            url.path.push(buffer);
          }
          buffer = '';
          if (c === 0x3f) {
            url.query = '';
            state = QUERY;
          } else if (c === 0x23) {
            url.fragment = '';
            state = FRAGMENT;
          }
        } else {
          // Take the rest of the segment in one go.
          let end = p + 1;
          while (end < len) {
            const d = input.charCodeAt(end);
            if (d === 0x2f || (special && d === 0x5c) || (!stateOverride && (d === 0x3f || d === 0x23))) break;
            end++;
          }
          buffer += percentEncode(input.slice(p, end), PATH_SET);
          p = end - 1;
        }
        break;
      }

      case OPAQUE_PATH:
        if (c === 0x3f) {
          url.query = '';
          state = QUERY;
        } else if (c === 0x23) {
          url.fragment = '';
          state = FRAGMENT;
        } else if (c !== EOF) {
          let end = p + 1;
          while (end < len) {
            const d = input.charCodeAt(end);
            if (d === 0x3f || d === 0x23) break;
            end++;
          }
          url.path += percentEncode(input.slice(p, end), C0_CONTROL_SET);
          p = end - 1;
        }
        break;

      case QUERY: {
        // The query runs to '#' (or the end when setting `search`).
        let end = p;
        if (stateOverride) {
          end = len;
        } else {
          while (end < len && input.charCodeAt(end) !== 0x23) end++;
        }
        const set = isSpecialScheme(url.scheme) ? SPECIAL_QUERY_SET : QUERY_SET;
        url.query += percentEncode(input.slice(p, end), set);
        p = end;
        if (p < len) {
          url.fragment = '';
          state = FRAGMENT;
        } else {
          return url;
        }
        break;
      }

      case FRAGMENT:
        if (c !== EOF) url.fragment += percentEncode(input.slice(p), FRAGMENT_SET);
        return stateOverride ? true : url;
    }
    // The spec's loop: stop once the pointer (possibly moved back by a state) is at EOF.
    if (p >= len) break;
  }
  return stateOverride ? true : url;
}

function serializePath(url) {
  if (typeof url.path === 'string') return url.path;
  let out = '';
  for (let i = 0; i < url.path.length; i++) out += `/${url.path[i]}`;
  return out;
}

function serializeURL(url, excludeFragment = false) {
  let out = `${url.scheme}:`;
  if (url.host !== null) {
    out += '//';
    if (url.username !== '' || url.password !== '') {
      out += url.username;
      if (url.password !== '') out += `:${url.password}`;
      out += '@';
    }
    out += url.host;
    if (url.port !== null) out += `:${url.port}`;
  } else if (typeof url.path !== 'string' && url.path.length > 1 && url.path[0] === '') {
    out += '/.';
  }
  out += serializePath(url);
  if (url.query !== null) out += `?${url.query}`;
  if (!excludeFragment && url.fragment !== null) out += `#${url.fragment}`;
  return out;
}

function serializeOrigin(url) {
  switch (url.scheme) {
    case 'blob': {
      const inner = typeof url.path === 'string' ? basicParse(url.path, null) : null;
      if (inner && (inner.scheme === 'http' || inner.scheme === 'https')) return serializeOrigin(inner);
      return 'null';
    }
    case 'ftp':
    case 'http':
    case 'https':
    case 'ws':
    case 'wss':
      return `${url.scheme}://${url.host}${url.port !== null ? `:${url.port}` : ''}`;
    default:
      return 'null';
  }
}

// When an opaque path loses its query and fragment, trailing spaces would become ambiguous.
function stripTrailingSpacesFromOpaquePath(url) {
  if (typeof url.path !== 'string') return;
  if (url.fragment !== null || url.query !== null) return;
  url.path = url.path.replace(/ +$/, '');
}

// ---------------------------------------------------------------------------------------------------
// application/x-www-form-urlencoded

// Whether raw form text contains a '%' followed by two hex digits ('+' characters in between are
// skipped, as Node's scanner does).
function hasPercentEscape(raw) {
  let state = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c === 0x2b) continue;
    if (c === 0x25) {
      state = 1;
    } else if (state > 0) {
      if (hexValue(c) >= 0) {
        if (++state === 3) return true;
      } else {
        state = 0;
      }
    }
  }
  return false;
}

// Node decodes a name or value with decodeURIComponent and, when that throws (bad escape or bad
// UTF-8), falls back to a byte-wise decode that keeps only the low byte of each code unit. The
// fallback is lossy for literal non-ASCII characters; reproduce it for identical results.
function decodeFormComponent(text) {
  try {
    return decodeURIComponent(text);
  } catch {
    const bytes = new Uint8Array(text.length);
    let j = 0;
    for (let i = 0; i < text.length; i++) {
      let c = text.charCodeAt(i);
      if (c === 0x25 && i < text.length - 2) {
        const hi = hexValue(text.charCodeAt(i + 1));
        const lo = hexValue(text.charCodeAt(i + 2));
        if (hi >= 0 && lo >= 0) {
          c = (hi << 4) | lo;
          i += 2;
        }
      }
      bytes[j++] = c & 0xff;
    }
    return utf8Decode(bytes, 0, j);
  }
}

// Parses application/x-www-form-urlencoded text into a flat [name, value, name, value, ...] list.
function parseUrlencoded(input) {
  const list = [];
  if (input.length === 0) return list;
  const seqs = input.split('&');
  for (let i = 0; i < seqs.length; i++) {
    const seq = seqs[i];
    if (seq.length === 0) continue;
    const eq = seq.indexOf('=');
    const rawName = eq === -1 ? seq : seq.slice(0, eq);
    const rawValue = eq === -1 ? '' : seq.slice(eq + 1);
    list.push(decodeFormPart(rawName), decodeFormPart(rawValue));
  }
  return list;
}

function decodeFormPart(raw) {
  const text = raw.indexOf('+') === -1 ? raw : raw.replace(/\+/g, ' ');
  return hasPercentEscape(raw) ? decodeFormComponent(text) : text;
}

function serializeUrlencoded(list) {
  let out = '';
  for (let i = 0; i < list.length; i += 2) {
    if (i !== 0) out += '&';
    out += `${percentEncode(list[i], FORM_SET, true)}=${percentEncode(list[i + 1], FORM_SET, true)}`;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------
// URLSearchParams

let getParamsList;
let setParamsList;
let getURLRecord;

function missingArgs(...names) {
  return new (errors().ERR_MISSING_ARGS)(...names);
}

class URLSearchParams {
  #list = [];
  #url = null;  // the URL whose query this object mirrors, if any

  static {
    getParamsList = (params) => params.#list;
    setParamsList = (params, list) => { params.#list = list; };
  }

  constructor(init = undefined) {
    if (init === undefined || init === null) {
      // empty
    } else if (typeof init === 'object' || typeof init === 'function') {
      const method = init[Symbol.iterator];
      if (method === this[Symbol.iterator] && #list in init) {
        this.#list = init.#list.slice();
      } else if (method != null) {
        // Sequence of [name, value] pairs.
        if (typeof method !== 'function') throw new (errors().ERR_ARG_NOT_ITERABLE)('Query pairs');
        const list = [];
        for (const pair of { [Symbol.iterator]() { return method.call(init); } }) {
          if ((typeof pair !== 'object' && typeof pair !== 'function') || pair === null ||
              typeof pair[Symbol.iterator] !== 'function') {
            throw new (errors().ERR_INVALID_TUPLE)('Each query pair', '[name, value]');
          }
          const items = [];
          for (const element of pair) items.push(element);
          if (items.length !== 2) throw new (errors().ERR_INVALID_TUPLE)('Each query pair', '[name, value]');
          list.push(toUSVString(items[0]), toUSVString(items[1]));
        }
        this.#list = list;
      } else {
        // Record: own enumerable string keys. Keys that become equal as USV strings keep the first
        // position and the last value.
        const list = [];
        const seen = new Map();
        for (const key of Reflect.ownKeys(init)) {
          // Symbol keys are not skipped: converting them throws, as in Node.
          if (!Object.prototype.propertyIsEnumerable.call(init, key)) continue;
          const name = toUSVString(key);
          const value = toUSVString(init[key]);
          if (seen.has(name)) {
            list[seen.get(name) + 1] = value;
          } else {
            seen.set(name, list.length);
            list.push(name, value);
          }
        }
        this.#list = list;
      }
    } else {
      let str = toUSVString(init);
      if (str.charCodeAt(0) === 0x3f) str = str.slice(1);
      this.#list = parseUrlencoded(str);
    }
  }

  static #check(self) {
    if (self === null || typeof self !== 'object' || !(#list in self)) {
      throw new (errors().ERR_INVALID_THIS)('URLSearchParams');
    }
  }

  // Called after every change so the owning URL's query follows.
  #update() {
    if (this.#url === null) return;
    const record = getURLRecord(this.#url);
    const serialized = serializeUrlencoded(this.#list);
    record.query = serialized === '' ? null : serialized;
    if (serialized === '') stripTrailingSpacesFromOpaquePath(record);
  }

  static _attach(params, url) {
    params.#url = url;
  }

  get size() {
    URLSearchParams.#check(this);
    return this.#list.length / 2;
  }

  append(name, value) {
    URLSearchParams.#check(this);
    if (arguments.length < 2) throw missingArgs('name', 'value');
    this.#list.push(toUSVString(name), toUSVString(value));
    this.#update();
  }

  delete(name, value = undefined) {
    URLSearchParams.#check(this);
    if (arguments.length < 1) throw missingArgs('name');
    const list = this.#list;
    name = toUSVString(name);
    if (value !== undefined) {
      value = `${value}`;
      for (let i = 0; i < list.length;) {
        if (list[i] === name && list[i + 1] === value) list.splice(i, 2);
        else i += 2;
      }
    } else {
      for (let i = 0; i < list.length;) {
        if (list[i] === name) list.splice(i, 2);
        else i += 2;
      }
    }
    this.#update();
  }

  get(name) {
    URLSearchParams.#check(this);
    if (arguments.length < 1) throw missingArgs('name');
    const list = this.#list;
    name = toUSVString(name);
    for (let i = 0; i < list.length; i += 2) if (list[i] === name) return list[i + 1];
    return null;
  }

  getAll(name) {
    URLSearchParams.#check(this);
    if (arguments.length < 1) throw missingArgs('name');
    const list = this.#list;
    const values = [];
    name = toUSVString(name);
    for (let i = 0; i < list.length; i += 2) if (list[i] === name) values.push(list[i + 1]);
    return values;
  }

  has(name, value = undefined) {
    URLSearchParams.#check(this);
    if (arguments.length < 1) throw missingArgs('name');
    const list = this.#list;
    name = toUSVString(name);
    if (value !== undefined) value = `${value}`;
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === name && (value === undefined || list[i + 1] === value)) return true;
    }
    return false;
  }

  set(name, value) {
    URLSearchParams.#check(this);
    if (arguments.length < 2) throw missingArgs('name', 'value');
    const list = this.#list;
    name = toUSVString(name);
    value = `${value}`;
    // Replace the first match in place and drop the others.
    let found = false;
    for (let i = 0; i < list.length;) {
      if (list[i] === name) {
        if (!found) {
          list[i + 1] = value;
          found = true;
          i += 2;
        } else {
          list.splice(i, 2);
        }
      } else {
        i += 2;
      }
    }
    if (!found) list.push(name, value);
    this.#update();
  }

  sort() {
    URLSearchParams.#check(this);
    const list = this.#list;
    const pairs = [];
    for (let i = 0; i < list.length; i += 2) pairs.push([list[i], list[i + 1]]);
    // Stable, by UTF-16 code units (JS string comparison).
    pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    for (let i = 0; i < pairs.length; i++) {
      list[2 * i] = pairs[i][0];
      list[2 * i + 1] = pairs[i][1];
    }
    this.#update();
  }

  entries() {
    URLSearchParams.#check(this);
    return new URLSearchParamsIterator(this, 'key+value');
  }

  forEach(callback, thisArg = undefined) {
    URLSearchParams.#check(this);
    if (typeof callback !== 'function') {
      throw new (errors().ERR_INVALID_ARG_TYPE)('callback', 'function', callback);
    }
    // Re-read the list each round: the callback may change it.
    let list = this.#list;
    for (let i = 0; i < list.length; i += 2) {
      callback.call(thisArg, list[i + 1], list[i], this);
      list = this.#list;
    }
  }

  keys() {
    URLSearchParams.#check(this);
    return new URLSearchParamsIterator(this, 'key');
  }

  values() {
    URLSearchParams.#check(this);
    return new URLSearchParamsIterator(this, 'value');
  }

  toString() {
    URLSearchParams.#check(this);
    return serializeUrlencoded(this.#list);
  }

  [kInspect](recurseTimes, ctx) {
    let inspect = arguments[2];
    URLSearchParams.#check(this);
    if (typeof recurseTimes === 'number' && recurseTimes < 0) {
      return ctx && typeof ctx.stylize === 'function' ? ctx.stylize('[Object]', 'special') : '[Object]';
    }
    inspect = inspect || fallbackInspect();
    const innerOpts = { ...ctx };
    if (recurseTimes !== null && recurseTimes !== undefined) innerOpts.depth = recurseTimes - 1;
    const list = this.#list;
    const output = [];
    for (let i = 0; i < list.length; i += 2) {
      output.push(`${inspect(list[i], innerOpts)} => ${inspect(list[i + 1], innerOpts)}`);
    }
    const name = this.constructor && typeof this.constructor.name === 'string' ?
      this.constructor.name : 'URLSearchParams';
    const separator = ', ';
    let length = -separator.length;
    for (const item of output) length += stripVTControl(item).length + separator.length;
    const breakLength = ctx && typeof ctx.breakLength === 'number' ? ctx.breakLength : 80;
    if (length > breakLength) return `${name} {\n  ${output.join(',\n  ')} }`;
    if (output.length) return `${name} { ${output.join(separator)} }`;
    return `${name} {}`;
  }
}

URLSearchParams.prototype[Symbol.iterator] = URLSearchParams.prototype.entries;

function stripVTControl(str) {
  // eslint-disable-next-line no-control-regex
  return str.replace(/\u001b\[[0-9;]*m/g, '');
}

const kAttach = URLSearchParams._attach;
delete URLSearchParams._attach;

const IteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));

class URLSearchParamsIterator {
  #target;
  #kind;
  #index = 0;

  constructor(target, kind) {
    this.#target = target;
    this.#kind = kind;
  }

  next() {
    if (this === null || typeof this !== 'object' || !(#target in this)) {
      throw new (errors().ERR_INVALID_THIS)('URLSearchParamsIterator');
    }
    const list = getParamsList(this.#target);
    const index = this.#index;
    if (index >= list.length) return { value: undefined, done: true };
    this.#index = index + 2;
    const name = list[index];
    const value = list[index + 1];
    return {
      value: this.#kind === 'key' ? name : this.#kind === 'value' ? value : [name, value],
      done: false,
    };
  }

  [kInspect](recurseTimes, ctx) {
    if (this === null || typeof this !== 'object' || !(#target in this)) {
      throw new (errors().ERR_INVALID_THIS)('URLSearchParamsIterator');
    }
    const inspect = arguments[2] || fallbackInspect();
    const innerOpts = { ...ctx };
    if (recurseTimes !== null && recurseTimes !== undefined) innerOpts.depth = recurseTimes - 1;
    const list = getParamsList(this.#target);
    const output = [];
    for (let i = this.#index; i < list.length; i += 2) {
      if (this.#kind === 'key') output.push(list[i]);
      else if (this.#kind === 'value') output.push(list[i + 1]);
      else output.push([list[i], list[i + 1]]);
    }
    const breakLn = inspect(output, innerOpts).includes('\n');
    const items = output.map((item) => inspect(item, innerOpts));
    const body = breakLn ? `\n  ${items.join(',\n  ')}` : ` ${items.join(', ')}`;
    return `URLSearchParams Iterator {${body} }`;
  }
}

delete URLSearchParamsIterator.prototype.constructor;
Object.setPrototypeOf(URLSearchParamsIterator.prototype, IteratorPrototype);
Object.defineProperty(URLSearchParamsIterator.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'URLSearchParams Iterator', writable: false, enumerable: false, configurable: true,
});
Object.defineProperty(URLSearchParamsIterator.prototype, 'next', { __proto__: null, enumerable: true });
Object.defineProperty(URLSearchParamsIterator.prototype, kInspect, { __proto__: null, enumerable: false });

// ---------------------------------------------------------------------------------------------------
// URL

function invalidURL(input, base) {
  const err = base === undefined ?
    new (errors().ERR_INVALID_URL)(input) : new (errors().ERR_INVALID_URL)(input, base);
  // Node sets these even when the error implementation does not.
  if (err.input === undefined) err.input = input;
  if (base !== undefined && err.base === undefined) err.base = base;
  return err;
}

function parseWithBase(input, base) {
  let baseRecord = null;
  if (base !== undefined) {
    baseRecord = basicParse(base, null);
    if (baseRecord === null) return null;
  }
  return basicParse(input, baseRecord);
}

class URL {
  #context;
  #searchParams;

  static {
    getURLRecord = (url) => url.#context;
  }

  constructor(input, base = undefined) {
    if (arguments.length === 0) throw missingArgs('url');
    input = toUSVString(input);
    if (base !== undefined) base = toUSVString(base);
    const record = parseWithBase(input, base);
    if (record === null) throw invalidURL(input, base);
    this.#context = record;
    this.#searchParams = new URLSearchParams(record.query || '');
    kAttach(this.#searchParams, this);
  }

  static #check(self) {
    if (self === null || typeof self !== 'object' || !(#context in self)) {
      throw new (errors().ERR_INVALID_THIS)('URL');
    }
  }

  static canParse(url, base = undefined) {
    if (arguments.length === 0) throw missingArgs('url');
    url = `${url}`;
    if (base !== undefined) base = `${base}`;
    return parseWithBase(url, base) !== null;
  }

  static parse(input, base = undefined) {
    if (arguments.length === 0) throw missingArgs('url');
    try {
      return new URL(input, base);
    } catch {
      return null;
    }
  }

  static createObjectURL(obj) {
    // Blob URLs need Blob, which loom does not provide yet; reject like Node does for non-Blobs.
    throw new (errors().ERR_INVALID_ARG_TYPE)('obj', 'Blob', obj);
  }

  static revokeObjectURL(url) {
    if (arguments.length === 0) throw missingArgs('url');
    // No Blob registry: nothing to revoke.
  }

  #refreshSearchParams() {
    setParamsList(this.#searchParams, parseUrlencoded(this.#context.query || ''));
  }

  toString() {
    URL.#check(this);
    return serializeURL(this.#context);
  }

  get href() {
    URL.#check(this);
    return serializeURL(this.#context);
  }

  set href(value) {
    URL.#check(this);
    value = `${value}`;
    const record = basicParse(value, null);
    if (record === null) throw invalidURL(value);
    this.#context = record;
    this.#refreshSearchParams();
  }

  get origin() {
    URL.#check(this);
    return serializeOrigin(this.#context);
  }

  get protocol() {
    URL.#check(this);
    return `${this.#context.scheme}:`;
  }

  set protocol(value) {
    URL.#check(this);
    basicParse(`${value}:`, null, this.#context, SCHEME_START);
  }

  get username() {
    URL.#check(this);
    return this.#context.username;
  }

  set username(value) {
    URL.#check(this);
    value = `${value}`;
    if (cannotHaveUsernamePasswordPort(this.#context)) return;
    this.#context.username = percentEncode(value, USERINFO_SET);
  }

  get password() {
    URL.#check(this);
    return this.#context.password;
  }

  set password(value) {
    URL.#check(this);
    value = `${value}`;
    if (cannotHaveUsernamePasswordPort(this.#context)) return;
    this.#context.password = percentEncode(value, USERINFO_SET);
  }

  get host() {
    URL.#check(this);
    const url = this.#context;
    // (An empty host with a port, which only Node's host setter can produce, reads as ''.)
    if (url.host === null || url.host === '') return '';
    return url.port === null ? url.host : `${url.host}:${url.port}`;
  }

  set host(value) {
    URL.#check(this);
    value = `${value}`;
    this.#setHost(value, false);
  }

  get hostname() {
    URL.#check(this);
    const host = this.#context.host;
    return host === null ? '' : host;
  }

  set hostname(value) {
    URL.#check(this);
    value = `${value}`;
    this.#setHost(value, true);
  }

  get port() {
    URL.#check(this);
    const port = this.#context.port;
    return port === null ? '' : String(port);
  }

  set port(value) {
    URL.#check(this);
    value = `${value}`;
    this.#setPort(value);
  }

  get pathname() {
    URL.#check(this);
    return serializePath(this.#context);
  }

  set pathname(value) {
    URL.#check(this);
    value = `${value}`;
    if (typeof this.#context.path === 'string') return;
    const url = this.#context;
    url.path = [];
    basicParse(value, null, url, PATH_START);
    if (url.host === null && url.path.length > 1 && url.path[0] === '') {
      // Node (Ada) drops the query and fragment when the new path needs the '/.' prefix.
      url.query = null;
      url.fragment = null;
      setParamsList(this.#searchParams, []);
    }
  }

  get search() {
    URL.#check(this);
    const query = this.#context.query;
    return query === null || query === '' ? '' : `?${query}`;
  }

  set search(value) {
    URL.#check(this);
    value = `${value}`;
    const url = this.#context;
    if (value === '') {
      url.query = null;
      setParamsList(this.#searchParams, []);
      stripTrailingSpacesFromOpaquePath(url);
      return;
    }
    const input = value.charCodeAt(0) === 0x3f ? value.slice(1) : value;
    url.query = '';
    basicParse(input, null, url, QUERY);
    this.#refreshSearchParams();
  }

  get searchParams() {
    URL.#check(this);
    return this.#searchParams;
  }

  get hash() {
    URL.#check(this);
    const fragment = this.#context.fragment;
    return fragment === null || fragment === '' ? '' : `#${fragment}`;
  }

  set hash(value) {
    URL.#check(this);
    value = `${value}`;
    const url = this.#context;
    if (value === '') {
      url.fragment = null;
      stripTrailingSpacesFromOpaquePath(url);
      return;
    }
    const input = value.charCodeAt(0) === 0x23 ? value.slice(1) : value;
    url.fragment = '';
    basicParse(input, null, url, FRAGMENT);
  }

  toJSON() {
    URL.#check(this);
    return serializeURL(this.#context);
  }

  // Node's (Ada's) port rules, which differ slightly from the spec's port state: values that start
  // with a control/space or contain no digit at all are ignored; otherwise the leading digits are
  // taken, and no leading digit at all clears the port.
  #setPort(value) {
    const url = this.#context;
    if (cannotHaveUsernamePasswordPort(url)) return;
    value = value.replace(/[\t\n\r]/g, '');
    if (value === '') {
      url.port = null;
      return;
    }
    if (value.charCodeAt(0) <= 0x20 || !/[0-9]/.test(value)) return;
    const digits = /^[0-9]*/.exec(value)[0];
    if (digits === '') {
      url.port = null;
      return;
    }
    const port = parseInt(digits, 10);
    if (port > 65535) return;
    url.port = port === defaultPort(url.scheme) ? null : port;
  }

  // The host/hostname setters, following Node (Ada): the value is cut at '#', the host ends at ':',
  // '/', '?' (or '\\' for special schemes); with `host`, text after ':' goes through the port rules
  // (judged against the URL as it was), and nothing changes when the host itself is invalid.
  #setHost(value, hostnameOnly) {
    const url = this.#context;
    if (typeof url.path === 'string') return;
    if (url.scheme === 'file') {
      basicParse(value, null, url, hostnameOnly ? HOSTNAME : HOST);
      return;
    }
    let input = value;
    const hash = input.indexOf('#');
    if (hash !== -1) input = input.slice(0, hash);
    input = input.replace(/[\t\n\r]/g, '');
    const special = isSpecialScheme(url.scheme);
    let end = input.length;
    let colon = false;
    let insideBrackets = false;
    for (let i = 0; i < input.length; i++) {
      const c = input.charCodeAt(i);
      if (c === 0x5b) {
        insideBrackets = true;
      } else if (c === 0x5d) {
        insideBrackets = false;
      } else if (c === 0x3a && !insideBrackets) {
        end = i;
        colon = true;
        break;
      } else if (c === 0x2f || c === 0x3f || (special && c === 0x5c)) {
        end = i;
        break;
      }
    }
    if (colon && hostnameOnly) return;
    const hostInput = input.slice(0, end);
    if (hostInput === '') {
      if (special || url.host === null) return;
      if (colon) {
        // Node (Ada) accepts ':port' on non-special URLs: empty host, port from the rest.
        if (end + 1 < input.length) this.#setPort(input.slice(end + 1));
        url.host = '';
        return;
      }
      if (includesCredentials(url) || url.port !== null) return;
      url.host = '';
      return;
    }
    const host = parseHost(hostInput, !special);
    if (host === FAILURE) return;
    if (colon && end + 1 < input.length) this.#setPort(input.slice(end + 1));
    url.host = host;
  }

  [kInspect](depth, opts) {
    URL.#check(this);
    if (typeof depth === 'number' && depth < 0) return this;
    const inspect = arguments[2] || fallbackInspect();
    const proto = Object.getPrototypeOf(this);
    const ctor = proto && typeof proto.constructor === 'function' ? proto.constructor : URL;
    const obj = {
      href: this.href,
      origin: this.origin,
      protocol: this.protocol,
      username: this.username,
      password: this.password,
      host: this.host,
      hostname: this.hostname,
      port: this.port,
      pathname: this.pathname,
      search: this.search,
      searchParams: this.searchParams,
      hash: this.hash,
    };
    return `${ctor.name} ${inspect(obj, opts)}`;
  }
}

// Node makes the accessors and methods enumerable and tags the classes.
function makeEnumerable(proto, names) {
  for (let i = 0; i < names.length; i++) Object.defineProperty(proto, names[i], { enumerable: true });
}
makeEnumerable(URL.prototype, ['toString', 'href', 'origin', 'protocol', 'username', 'password', 'host',
  'hostname', 'port', 'pathname', 'search', 'searchParams', 'hash', 'toJSON']);
makeEnumerable(URL, ['canParse', 'parse', 'createObjectURL', 'revokeObjectURL']);
Object.defineProperty(URL.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'URL', writable: false, enumerable: false, configurable: true,
});
Object.defineProperty(URL.prototype, kInspect, { __proto__: null, enumerable: false });

makeEnumerable(URLSearchParams.prototype, ['size', 'append', 'delete', 'get', 'getAll', 'has', 'set',
  'sort', 'entries', 'forEach', 'keys', 'values', 'toString']);
Object.defineProperty(URLSearchParams.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'URLSearchParams', writable: false, enumerable: false, configurable: true,
});
Object.defineProperty(URLSearchParams.prototype, Symbol.iterator, { __proto__: null, enumerable: false });
Object.defineProperty(URLSearchParams.prototype, kInspect, { __proto__: null, enumerable: false });

// ---------------------------------------------------------------------------------------------------
// File URLs and helpers

// Duck-typed like Node, so URL objects from another realm or implementation also work.
function isURL(self) {
  return Boolean(self && typeof self.href === 'string' && typeof self.protocol === 'string' &&
                 self.auth === undefined && self.path === undefined);
}

function platformName() {
  return typeof process === 'object' && process && process.platform ? process.platform : 'linux';
}

function getPathFromURLPosix(url) {
  if (url.hostname !== '') throw new (errors().ERR_INVALID_FILE_URL_HOST)(platformName());
  const pathname = url.pathname;
  for (let n = 0; n < pathname.length; n++) {
    if (pathname[n] === '%') {
      const third = pathname.codePointAt(n + 2) | 0x20;
      if (pathname[n + 1] === '2' && third === 102) {  // %2F or %2f
        throw new (errors().ERR_INVALID_FILE_URL_PATH)('must not include encoded / characters');
      }
    }
  }
  return decodeURIComponent(pathname);
}

function getPathFromURLWin32(url) {
  const hostname = url.hostname;
  let pathname = url.pathname;
  for (let n = 0; n < pathname.length; n++) {
    if (pathname[n] === '%') {
      const third = pathname.codePointAt(n + 2) | 0x20;
      if ((pathname[n + 1] === '2' && third === 102) ||   // %2F
          (pathname[n + 1] === '5' && third === 99)) {    // %5C
        throw new (errors().ERR_INVALID_FILE_URL_PATH)('must not include encoded \\ or / characters');
      }
    }
  }
  pathname = pathname.replace(/\//g, '\\');
  pathname = decodeURIComponent(pathname);
  if (hostname !== '') {
    // UNC path: \\server\share\...
    return `\\\\${domainToUnicode(hostname)}${pathname}`;
  }
  const letter = pathname.codePointAt(1) | 0x20;
  const sep = pathname[2];
  if (letter < 0x61 || letter > 0x7a || sep !== ':') {
    throw new (errors().ERR_INVALID_FILE_URL_PATH)('must be absolute');
  }
  return pathname.slice(1);
}

function fileURLToPath(path, options = undefined) {
  const windows = options != null && options.windows !== undefined ? options.windows : false;
  if (typeof path === 'string') path = new URL(path);
  else if (!isURL(path)) throw new (errors().ERR_INVALID_ARG_TYPE)('path', ['string', 'URL'], path);
  if (path.protocol !== 'file:') throw new (errors().ERR_INVALID_URL_SCHEME)('file');
  return windows ? getPathFromURLWin32(path) : getPathFromURLPosix(path);
}

// What pathToFileURL escapes in a path, as Node does: controls, non-ASCII, and  "#%<>?[\]^`{|}~
// (so the result never has a query or fragment and survives the URL parser unchanged).
const FILE_PATH_SET = makeSet(C0_CONTROL_SET, ' "#%<>?[\\]^`{|}~');

function pathToFileURL(filepath, options) {
  const windows = options != null && options.windows !== undefined ? Boolean(options.windows) : false;
  const pathModule = require('path');
  if (typeof filepath !== 'string') throw new (errors().ERR_INVALID_ARG_TYPE)('path', 'string', filepath);
  if (windows && filepath.startsWith('\\\\')) {
    // UNC path: \\server\share\resource
    const outURL = new URL('file://');
    const hostnameEndIndex = filepath.indexOf('\\', 2);
    if (hostnameEndIndex === -1) {
      throw new (errors().ERR_INVALID_ARG_VALUE)('path', filepath,
                                                 'Missing UNC resource path');
    }
    if (hostnameEndIndex === 2) {
      throw new (errors().ERR_INVALID_ARG_VALUE)('path', filepath, 'Empty UNC servername');
    }
    outURL.hostname = domainToASCII(filepath.slice(2, hostnameEndIndex));
    outURL.pathname = percentEncode(filepath.slice(hostnameEndIndex).replace(/\\/g, '/'), FILE_PATH_SET);
    return outURL;
  }
  let resolved = windows ? pathModule.win32.resolve(filepath) : pathModule.posix.resolve(filepath);
  // resolve() drops a trailing separator; a directory URL keeps it. (Like Node, the check uses the
  // host's separator, '/', even for Windows paths.)
  const last = filepath.charCodeAt(filepath.length - 1);
  if ((last === 0x2f || (windows && last === 0x5c)) && resolved[resolved.length - 1] !== '/') {
    resolved += '/';
  }
  if (windows) resolved = resolved.replace(/\\/g, '/');
  return new URL(`file://${percentEncode(resolved, FILE_PATH_SET)}`);
}

function urlToHttpOptions(url) {
  const { hostname, pathname, port, username, password, search } = url;
  const options = {
    __proto__: null,
    ...url,  // keeps properties a caller added to the URL object
    protocol: url.protocol,
    hostname: hostname && hostname[0] === '[' ? hostname.slice(1, -1) : hostname,
    hash: url.hash,
    search,
    pathname,
    path: `${pathname || ''}${search || ''}`,
    href: url.href,
  };
  if (port !== '') options.port = Number(port);
  if (username || password) options.auth = `${decodeURIComponent(username)}:${decodeURIComponent(password)}`;
  return options;
}

function domainToASCII(domain) {
  if (arguments.length < 1) throw missingArgs('domain');
  const host = parseHost(toUSVString(domain), false);
  return host === FAILURE ? '' : host;
}

function domainToUnicode(domain) {
  if (arguments.length < 1) throw missingArgs('domain');
  domain = toUSVString(domain);
  const host = parseHost(domain, false);
  if (host === FAILURE) return '';
  if (host.charCodeAt(0) === 0x5b || !/(^|\.)xn--/.test(host)) return host;
  const unicode = domainToUnicodeInternal(host);
  return unicode === null ? '' : unicode;
}

// url.format(URL, options): the href without the parts the options turn off, the host optionally in
// Unicode.
function formatURL(href, fragment, unicode, search, auth) {
  const record = basicParse(href, null);
  if (record === null) return href;
  if (!fragment) record.fragment = null;
  if (!search) record.query = null;
  if (!auth) {
    record.username = '';
    record.password = '';
  }
  if (unicode && record.host !== null && record.host !== '' && record.host.charCodeAt(0) !== 0x5b) {
    const unicodeHost = domainToUnicodeInternal(record.host);
    if (unicodeHost !== null) record.host = unicodeHost;
  }
  return serializeURL(record);
}

module.exports = {
  formatURL,
  URL,
  URLSearchParams,
  fileURLToPath,
  pathToFileURL,
  urlToHttpOptions,
  domainToASCII,
  domainToUnicode,
  isURL,
  toUSVString,
  // Internal pieces other built-ins may reuse.
  decodeFormComponent,
  // IDNA ToASCII of a domain alone (no percent-decoding, no IPv4 handling); '' when invalid.
  idnaToASCII: (domain) => domainToASCIIInternal(domain) || '',
  percentEncode,
  percentDecodeString,
  punycodeEncode,
  punycodeDecode,
  parseUrlencoded,
  serializeUrlencoded,
};
