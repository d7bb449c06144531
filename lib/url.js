'use strict';
// The `url` module: the WHATWG URL API (implemented in internal/url) plus Node's legacy API:
// url.parse() into a `Url` object and url.format(), which reproduce Node's (non-standard, lenient) results,
// and url.resolve(), which resolves through the WHATWG parser. New code should use URL.

const {
  URL,
  URLSearchParams,
  domainToASCII,
  domainToUnicode,
  fileURLToPath,
  pathToFileURL,
  urlToHttpOptions,
  isURL,
  idnaToASCII,
  formatURL,
} = require('internal/url');

let errorCodes;
function errors() {
  if (errorCodes === undefined) errorCodes = require('internal/errors').codes;
  return errorCodes;
}

// ---------------------------------------------------------------------------------------------------
// A small querystring (parse/stringify) for parse(url, true) and format({ query })

// Node's querystring.unescape: decodeURIComponent with a lenient byte-wise fallback (shared with
// URLSearchParams, which decodes the same way).
function qsUnescape(s) {
  return require('internal/url').decodeFormComponent(s);
}

function qsParse(qs) {
  const obj = { __proto__: null };
  if (typeof qs !== 'string' || qs.length === 0) return obj;
  const pairs = qs.split('&');
  let keys = 0;
  for (const pair of pairs) {
    if (pair.length === 0) continue;
    if (keys >= 1000) break;  // querystring's default maxKeys
    const eq = pair.indexOf('=');
    let key = eq === -1 ? pair : pair.slice(0, eq);
    let value = eq === -1 ? '' : pair.slice(eq + 1);
    key = key.replace(/\+/g, ' ');
    value = value.replace(/\+/g, ' ');
    if (key.indexOf('%') !== -1) key = qsUnescape(key);
    if (value.indexOf('%') !== -1) value = qsUnescape(value);
    if (!(key in obj)) {
      obj[key] = value;
      keys++;
    } else if (Array.isArray(obj[key])) {
      obj[key].push(value);
    } else {
      obj[key] = [obj[key], value];
    }
  }
  return obj;
}

// querystring.escape: everything but A-Z a-z 0-9 - . _ ~ ! * ' ( ) is percent-encoded as UTF-8.
const kQsSafe = /^[A-Za-z0-9\-._~!*'()]*$/;
function qsEscape(str) {
  if (kQsSafe.test(str)) return str;
  let out = '';
  for (let i = 0; i < str.length; i++) {
    const ch = str[i];
    if (kQsSafe.test(ch)) {
      out += ch;
      continue;
    }
    const c = str.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < str.length) {
      const d = str.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        out += encodeURIComponent(str.slice(i, i + 2));
        i++;
        continue;
      }
    }
    if (c >= 0xd800 && c <= 0xdfff) throw new (errors().ERR_INVALID_URI)();
    out += encodeURIComponent(ch);
  }
  return out;
}

function qsPrimitive(v) {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return `${v}`;
  if (typeof v === 'bigint') return `${v}`;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return '';
}

function qsStringify(obj) {
  if (obj === null || typeof obj !== 'object') return '';
  const parts = [];
  for (const key of Object.keys(obj)) {
    const value = obj[key];
    const k = `${qsEscape(qsPrimitive(key))}=`;
    if (Array.isArray(value)) {
      for (const item of value) parts.push(k + qsEscape(qsPrimitive(item)));
    } else {
      parts.push(k + qsEscape(qsPrimitive(value)));
    }
  }
  return parts.join('&');
}

// ---------------------------------------------------------------------------------------------------
// Legacy Url

function Url() {
  this.protocol = null;
  this.slashes = null;
  this.auth = null;
  this.host = null;
  this.port = null;
  this.hostname = null;
  this.hash = null;
  this.search = null;
  this.query = null;
  this.pathname = null;
  this.path = null;
  this.href = null;
}

// Protocols that never have a host, and those that always get '//' when formatted.
const hostlessProtocols = new Set(['javascript', 'javascript:']);
const slashedProtocols = new Set(['http', 'http:', 'https', 'https:', 'ftp', 'ftp:', 'gopher', 'gopher:',
  'file', 'file:', 'ws', 'ws:', 'wss', 'wss:']);

const kProtocol = /^[a-z0-9.+-]+:/i;
const kSimplePath = /^(\/\/?(?!\/)[^?\s]*)(\?[^\s]*)?$/;
const kAuthHost = /^\/\/[^@/]+@[^@/]+/;
const kPort = /:[0-9]*$/;
// Characters that end the host part, and those that cannot be in it at all.
const kHostEnd = '#/?';
const kNonHost = '\t\n\r "%\';<>\\^`{|}';
// Escaped everywhere after the host (unless the protocol is javascript:).
const kAutoEscape = /[\t\n\r "'<>\\^`{|}]/g;
const kAutoEscapeMap = {
  '\t': '%09', '\n': '%0A', '\r': '%0D', ' ': '%20', '"': '%22', "'": '%27', '<': '%3C', '>': '%3E',
  '\\': '%5C', '^': '%5E', '`': '%60', '{': '%7B', '|': '%7C', '}': '%7D',
};
const kForbiddenHost = /[\0\t\n\r #%/:<>?@[\\\]^|]/;
const kForbiddenHostIPv6 = /[\0\t\n\r #%/<>?@\\^|]/;

let dep0170Emitted = false;
function warnInvalidPort(url) {
  if (dep0170Emitted) return;
  dep0170Emitted = true;
  if (typeof process === 'object' && process && typeof process.emitWarning === 'function') {
    process.emitWarning(`The URL ${url} is invalid. Future versions of Node.js will throw an error.`,
                        'DeprecationWarning', 'DEP0170');
  }
}

// Trims whitespace (anything <= ' ', U+00A0, U+FEFF) and turns '\' into '/' before the query/hash.
// Returns [text, sawHash, sawAt].
function prepareInput(url) {
  const isWs = (c) => c < 33 || c === 0xa0 || c === 0xfeff;
  let start = 0;
  let end = url.length;
  while (start < end && isWs(url.charCodeAt(start))) start++;
  while (end > start && isWs(url.charCodeAt(end - 1))) end--;
  let text = url.slice(start, end);
  let split = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x3f || c === 0x23) {
      split = i;
      break;
    }
  }
  const head = text.slice(0, split);
  const hasAt = head.indexOf('@') !== -1;
  const hasHash = text.indexOf('#') !== -1;
  if (head.indexOf('\\') !== -1) text = head.replace(/\\/g, '/') + text.slice(split);
  return [text, hasHash, hasAt];
}

Url.prototype.parse = function parse(url, parseQueryString, slashesDenoteHost) {
  if (typeof url !== 'string') throw new (errors().ERR_INVALID_ARG_TYPE)('url', 'string', url);
  let [rest, hasHash, hasAt] = prepareInput(url);

  if (!slashesDenoteHost && !hasHash && !hasAt) {
    // Plain paths need no further analysis.
    const simple = kSimplePath.exec(rest);
    if (simple) {
      this.path = rest;
      this.href = rest;
      this.pathname = simple[1];
      if (simple[2]) {
        this.search = simple[2];
        this.query = parseQueryString ? qsParse(this.search.slice(1)) : this.search.slice(1);
      } else if (parseQueryString) {
        this.search = null;
        this.query = { __proto__: null };
      }
      return this;
    }
  }

  let proto = kProtocol.exec(rest);
  let lowerProto;
  if (proto) {
    proto = proto[0];
    lowerProto = proto.toLowerCase();
    this.protocol = lowerProto;
    rest = rest.slice(proto.length);
  }

  let slashes;
  if (slashesDenoteHost || proto || kAuthHost.test(rest)) {
    slashes = rest.charCodeAt(0) === 0x2f && rest.charCodeAt(1) === 0x2f;
    if (slashes && !(proto && hostlessProtocols.has(lowerProto))) {
      rest = rest.slice(2);
      this.slashes = true;
    }
  }

  // (The original-case protocol is tested here, as in Node: 'HTTP:x' has a host, 'http:x' does not.)
  if (!hostlessProtocols.has(lowerProto) && (slashes || (proto && !slashedProtocols.has(proto)))) {
    rest = this._parseAuthority(rest, url);
  }

  if (!hostlessProtocols.has(lowerProto)) rest = rest.replace(kAutoEscape, (c) => kAutoEscapeMap[c]);

  const hashIdx = rest.indexOf('#');
  const beforeHash = hashIdx === -1 ? rest : rest.slice(0, hashIdx);
  const questionIdx = beforeHash.indexOf('?');
  if (hashIdx !== -1) this.hash = rest.slice(hashIdx);
  if (questionIdx !== -1) {
    this.search = beforeHash.slice(questionIdx);
    this.query = beforeHash.slice(questionIdx + 1);
    if (parseQueryString) this.query = qsParse(this.query);
  } else if (parseQueryString) {
    this.search = null;
    this.query = { __proto__: null };
  }
  const pathEnd = questionIdx !== -1 ? questionIdx : hashIdx;
  if (pathEnd === -1) {
    if (rest.length > 0) this.pathname = rest;
  } else if (pathEnd > 0) {
    this.pathname = rest.slice(0, pathEnd);
  }
  if (slashedProtocols.has(lowerProto) && this.hostname && !this.pathname) this.pathname = '/';
  if (this.pathname || this.search) this.path = (this.pathname || '') + (this.search || '');
  this.href = this.format();
  return this;
};

// Takes "[auth@]host[:port]" off the front of `rest` and returns what follows.
Url.prototype._parseAuthority = function _parseAuthority(rest, url) {
  // The authority runs to the first '#', '/' or '?'. Inside it, the last '@' ends the auth; after
  // that, the first character that cannot be in a host name ends the host.
  let end = rest.length;
  for (let i = 0; i < rest.length; i++) {
    if (kHostEnd.includes(rest[i])) {
      end = i;
      break;
    }
  }
  const at = rest.lastIndexOf('@', end - 1);
  let start = 0;
  if (at !== -1) {
    this.auth = decodeURIComponent(rest.slice(0, at));
    start = at + 1;
  }
  let stop = end;
  for (let i = start; i < end; i++) {
    if (kNonHost.includes(rest[i])) {
      stop = i;
      break;
    }
  }
  let host = rest.slice(start, stop);
  rest = rest.slice(stop);

  // Port.
  const port = kPort.exec(host);
  if (port) {
    if (port[0] !== ':') this.port = port[0].slice(1);
    host = host.slice(0, host.length - port[0].length);
  }
  if (host) this.hostname = host;
  if (typeof this.hostname !== 'string') this.hostname = '';
  let hostname = this.hostname;
  const ipv6 = hostname.charCodeAt(0) === 0x5b && hostname.charCodeAt(hostname.length - 1) === 0x5d;

  if (!ipv6) {
    // Anything after a '/', '\', '#', '?' or ':' left in the host name moves to the path.
    for (let i = 0; i < hostname.length; i++) {
      const c = hostname.charCodeAt(i);
      if (c === 0x2f || c === 0x5c || c === 0x23 || c === 0x3f || c === 0x3a) {
        if (c === 0x3a) warnInvalidPort(url);
        this.hostname = hostname.slice(0, i);
        rest = `/${hostname.slice(i)}${rest}`;
        break;
      }
    }
  }
  this.hostname = this.hostname.length > 255 ? '' : this.hostname.toLowerCase();
  hostname = this.hostname;
  if (hostname !== '') {
    if (ipv6) {
      if (kForbiddenHostIPv6.test(hostname)) throw new (errors().ERR_INVALID_URL)(url);
    } else {
      this.hostname = idnaToASCII(hostname);
      // An empty or suspicious result can only come from IDNA processing: refuse rather than guess.
      if (this.hostname === '' || kForbiddenHost.test(this.hostname)) throw new (errors().ERR_INVALID_URL)(url);
    }
  }
  this.host = (this.hostname || '') + (this.port ? `:${this.port}` : '');
  if (ipv6) {
    this.hostname = this.hostname.slice(1, -1);
    if (rest[0] !== '/') rest = `/${rest}`;
  }
  return rest;
};

// Characters left as they are in the auth part when formatting.
const kAuthSafe = /^[A-Za-z0-9!$&'()*+,\-.:;=_~]*$/;
function encodeAuth(auth) {
  if (kAuthSafe.test(auth)) return auth;
  let out = '';
  for (const ch of auth) out += kAuthSafe.test(ch) ? ch : encodeURIComponent(ch);
  return out;
}

Url.prototype.format = function format() {
  let auth = this.auth || '';
  if (auth) auth = `${encodeAuth(auth)}@`;
  let protocol = this.protocol || '';
  let pathname = this.pathname || '';
  let hash = this.hash || '';
  let host = '';
  let query = '';
  if (this.host) {
    host = auth + this.host;
  } else if (this.hostname) {
    const h = this.hostname;
    const bracket = h.includes(':') && !(h.charCodeAt(0) === 0x5b && h.charCodeAt(h.length - 1) === 0x5d);
    host = auth + (bracket ? `[${h}]` : h);
    if (this.port) host += `:${this.port}`;
  }
  if (this.query !== null && typeof this.query === 'object') query = qsStringify(this.query);
  let search = this.search || (query && `?${query}`) || '';
  if (protocol && protocol.charCodeAt(protocol.length - 1) !== 0x3a) protocol += ':';

  pathname = pathname.replace(/[#?]/g, (c) => (c === '#' ? '%23' : '%3F'));

  // Only the slashed protocols get '//' (others only when they had it).
  if (this.slashes || slashedProtocols.has(protocol)) {
    if (this.slashes || host) {
      if (pathname && pathname.charCodeAt(0) !== 0x2f) pathname = `/${pathname}`;
      host = `//${host}`;
    } else if (protocol.length >= 4 && protocol.slice(0, 4) === 'file') {
      host = '//';
    }
  }
  search = search.replace(/#/g, '%23');
  if (hash && hash.charCodeAt(0) !== 0x23) hash = `#${hash}`;
  if (search && search.charCodeAt(0) !== 0x3f) search = `?${search}`;
  return protocol + host + pathname + search + hash;
};

Url.prototype.parseHost = function parseHost() {
  let host = this.host;
  const port = kPort.exec(host);
  if (port) {
    if (port[0] !== ':') this.port = port[0].slice(1);
    host = host.slice(0, host.length - port[0].length);
  }
  if (host) this.hostname = host;
};

function urlParse(url, parseQueryString, slashesDenoteHost) {
  if (url instanceof Url) return url;
  const urlObject = new Url();
  urlObject.parse(url, parseQueryString, slashesDenoteHost);
  return urlObject;
}

function urlFormat(urlObject, options) {
  if (typeof urlObject === 'string') {
    urlObject = urlParse(urlObject);
  } else if (typeof urlObject !== 'object' || urlObject === null) {
    throw new (errors().ERR_INVALID_ARG_TYPE)('urlObject', ['Object', 'string'], urlObject);
  } else if (isURL(urlObject)) {
    let fragment = true;
    let unicode = false;
    let search = true;
    let auth = true;
    if (options) {
      if (typeof options !== 'object') {
        throw new (errors().ERR_INVALID_ARG_TYPE)('options', 'object', options);
      }
      if (options.fragment != null) fragment = Boolean(options.fragment);
      if (options.unicode != null) unicode = Boolean(options.unicode);
      if (options.search != null) search = Boolean(options.search);
      if (options.auth != null) auth = Boolean(options.auth);
    }
    return formatURL(urlObject.href, fragment, unicode, search, auth);
  }
  return Url.prototype.format.call(urlObject);
}

// url.resolve(from, to): resolves `to` against `from` the way a browser resolves a link, using the WHATWG
// parser. A `from` that is not an absolute URL is resolved against a placeholder scheme and the result is
// returned without it, so relative paths stay relative. (Node's legacy resolver differs on a few inputs
// the WHATWG standard treats differently, such as relative paths that climb above their root.)
function urlResolve(source, relative) {
  const { URL } = require('internal/url');
  const placeholder = 'loom-resolve:';
  const resolved = new URL(relative, new URL(source, `${placeholder}/`));
  if (resolved.protocol === placeholder) {
    const { pathname, search, hash } = resolved;
    const relativeSource = !source.startsWith('/');
    return (relativeSource ? pathname.slice(1) : pathname) + search + hash;
  }
  return resolved.href;
}

module.exports = {
  // Legacy API
  Url,
  parse: urlParse,
  resolve: urlResolve,
  format: urlFormat,

  // WHATWG API
  URL,
  URLSearchParams,
  domainToASCII,
  domainToUnicode,

  // Utilities
  pathToFileURL,
  fileURLToPath,
  urlToHttpOptions,
};
