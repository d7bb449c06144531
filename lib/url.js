'use strict';
// The `url` module: the WHATWG URL API (implemented in internal/url) plus Node's legacy API:
// url.parse() into a `Url` object, url.format(), url.resolve() and url.resolveObject(). The legacy
// functions reproduce Node's (non-standard, lenient) results; new code should use URL.

const {
  URL,
  URLSearchParams,
  domainToASCII,
  domainToUnicode,
  fileURLToPath,
  pathToFileURL,
  urlToHttpOptions,
  isURL,
} = require('internal/url');

let errorCodes;
function errors() {
  if (errorCodes === undefined) errorCodes = require('internal/errors').codes;
  return errorCodes;
}

// ---------------------------------------------------------------------------------------------------
// A small querystring (parse/stringify) for parse(url, true) and format({ query })

function hexValue(c) {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x41 && c <= 0x46) return c - 0x37;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  return -1;
}

// decodeURIComponent, falling back (on malformed input) to a byte-wise decode keeping the low byte of
// each code unit, as Node's querystring.unescape does.
function qsUnescape(s) {
  try {
    return decodeURIComponent(s);
  } catch {
    const bytes = new Uint8Array(s.length);
    let j = 0;
    for (let i = 0; i < s.length; i++) {
      let c = s.charCodeAt(i);
      if (c === 0x25 && i < s.length - 2) {
        const hi = hexValue(s.charCodeAt(i + 1));
        const lo = hexValue(s.charCodeAt(i + 2));
        if (hi >= 0 && lo >= 0) {
          c = (hi << 4) | lo;
          i += 2;
        }
      }
      bytes[j++] = c & 0xff;
    }
    return require('internal/buffer/codecs').utf8Decode(bytes, 0, j);
  }
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
  // The host ends at the first of '#', '/', '?'; other non-host characters end it too, unless an
  // '@' comes after them (then they were part of the auth).
  let hostEnd = -1;
  let atSign = -1;
  let nonHost = -1;
  for (let i = 0; i < rest.length; i++) {
    const ch = rest[i];
    if (kHostEnd.includes(ch)) {
      if (nonHost === -1) nonHost = i;
      hostEnd = i;
      break;
    }
    if (ch === '@') {
      atSign = i;
      nonHost = -1;
    } else if (kNonHost.includes(ch) && nonHost === -1) {
      nonHost = i;
    }
  }
  let start = 0;
  if (atSign !== -1) {
    this.auth = decodeURIComponent(rest.slice(0, atSign));
    start = atSign + 1;
  }
  let host;
  if (nonHost === -1) {
    host = rest.slice(start);
    rest = '';
  } else {
    host = rest.slice(start, nonHost);
    rest = rest.slice(nonHost);
  }

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
      this.hostname = domainToASCII(hostname);
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

Url.prototype.resolve = function resolve(relative) {
  return this.resolveObject(urlParse(relative, false, true)).format();
};

Url.prototype.resolveObject = function resolveObject(relative) {
  if (typeof relative === 'string') {
    const rel = new Url();
    rel.parse(relative, false, true);
    relative = rel;
  }
  const result = new Url();
  for (const key of Object.keys(this)) result[key] = this[key];
  // The fragment always comes from the relative URL, even when it is empty.
  result.hash = relative.hash;

  if (relative.href === '') {
    result.href = result.format();
    return result;
  }

  // A relative URL with only slashes and no protocol ('//host/path').
  if (relative.slashes && !relative.protocol) {
    for (const key of Object.keys(relative)) {
      if (key !== 'protocol') result[key] = relative[key];
    }
    if (slashedProtocols.has(result.protocol) && result.hostname && !result.pathname) {
      result.path = result.pathname = '/';
    }
    result.href = result.format();
    return result;
  }

  if (relative.protocol && relative.protocol !== result.protocol) {
    // A different protocol: only non-slashed protocols can still be relative to this one.
    if (!slashedProtocols.has(relative.protocol)) {
      for (const key of Object.keys(relative)) result[key] = relative[key];
      result.href = result.format();
      return result;
    }
    result.protocol = relative.protocol;
    if (!relative.host && !/^file:?$/.test(relative.protocol) && !hostlessProtocols.has(relative.protocol)) {
      const relPath = (relative.pathname || '').split('/');
      while (relPath.length && !(relative.host = relPath.shift()));
      if (!relative.host) relative.host = '';
      if (!relative.hostname) relative.hostname = '';
      if (relPath[0] !== '') relPath.unshift('');
      if (relPath.length < 2) relPath.unshift('');
      result.pathname = relPath.join('/');
    } else {
      result.pathname = relative.pathname;
    }
    result.search = relative.search;
    result.query = relative.query;
    result.host = relative.host || '';
    result.auth = relative.auth;
    result.hostname = relative.hostname || relative.host;
    result.port = relative.port;
    if (result.pathname || result.search) result.path = (result.pathname || '') + (result.search || '');
    result.slashes = result.slashes || relative.slashes;
    result.href = result.format();
    return result;
  }

  const isSourceAbs = result.pathname && result.pathname.charAt(0) === '/';
  const isRelAbs = relative.host || (relative.pathname && relative.pathname.charAt(0) === '/');
  let mustEndAbs = isRelAbs || isSourceAbs || (result.host && relative.pathname);
  const removeAllDots = mustEndAbs;
  let srcPath = (result.pathname && result.pathname.split('/')) || [];
  const relPath = (relative.pathname && relative.pathname.split('/')) || [];
  const noLeadingSlashes = result.protocol && !slashedProtocols.has(result.protocol);

  // For non-slashed protocols ('mailto:' ...) the host is treated as the first path segment.
  if (noLeadingSlashes) {
    result.hostname = '';
    result.port = null;
    if (result.host) {
      if (srcPath[0] === '') srcPath[0] = result.host;
      else srcPath.unshift(result.host);
    }
    result.host = '';
    if (relative.protocol) {
      relative.hostname = null;
      relative.port = null;
      if (relative.host) {
        if (relPath[0] === '') relPath[0] = relative.host;
        else relPath.unshift(relative.host);
      }
      relative.host = null;
    }
    mustEndAbs = mustEndAbs && (relPath[0] === '' || srcPath[0] === '');
  }

  if (isRelAbs) {
    // An absolute path (or a new host) in the relative URL replaces the source's.
    if (relative.host || relative.host === '') {
      if (result.host !== relative.host) result.auth = null;
      result.host = relative.host;
      result.port = relative.port;
    }
    if (relative.hostname || relative.hostname === '') {
      if (result.hostname !== relative.hostname) result.auth = null;
      result.hostname = relative.hostname;
    }
    result.search = relative.search;
    result.query = relative.query;
    srcPath = relPath;
  } else if (relPath.length) {
    // A relative path: drop the source's last segment and append.
    srcPath.pop();
    srcPath = srcPath.concat(relPath);
    result.search = relative.search;
    result.query = relative.query;
  } else if (relative.search !== null && relative.search !== undefined) {
    // Only a query: keep the source path.
    if (noLeadingSlashes) {
      result.hostname = result.host = srcPath.shift();
      const authInHost = result.host && result.host.indexOf('@') > 0 ? result.host.split('@') : false;
      if (authInHost) {
        result.auth = authInHost.shift();
        result.host = result.hostname = authInHost.shift();
      }
    }
    result.search = relative.search;
    result.query = relative.query;
    if (result.pathname !== null || result.search !== null) {
      result.path = (result.pathname ? result.pathname : '') + (result.search ? result.search : '');
    }
    result.href = result.format();
    return result;
  }

  if (!srcPath.length) {
    // No path at all: keep what was there.
    result.pathname = null;
    result.path = result.search ? `/${result.search}` : null;
    result.href = result.format();
    return result;
  }

  // Resolve '.' and '..' segments. A trailing '.' or '..' means the result is a directory.
  let last = srcPath.slice(-1)[0];
  const hasTrailingSlash = (((result.host || relative.host || srcPath.length > 1) &&
                             (last === '.' || last === '..')) || last === '');
  let up = 0;
  for (let i = srcPath.length - 1; i >= 0; i--) {
    last = srcPath[i];
    if (last === '.') {
      srcPath.splice(i, 1);
    } else if (last === '..') {
      srcPath.splice(i, 1);
      up++;
    } else if (up) {
      srcPath.splice(i, 1);
      up--;
    }
  }
  // A relative path keeps the '..' it could not resolve.
  if (!mustEndAbs && !removeAllDots) {
    while (up--) srcPath.unshift('..');
  }
  if (mustEndAbs && srcPath[0] !== '' && (!srcPath[0] || srcPath[0].charAt(0) !== '/')) srcPath.unshift('');
  if (hasTrailingSlash && srcPath.join('/').slice(-1) !== '/') srcPath.push('');

  const isAbsolute = srcPath[0] === '' || (srcPath[0] && srcPath[0].charAt(0) === '/');
  if (noLeadingSlashes) {
    result.hostname = result.host = isAbsolute ? '' : srcPath.length ? srcPath.shift() : '';
    const authInHost = result.host && result.host.indexOf('@') > 0 ? result.host.split('@') : false;
    if (authInHost) {
      result.auth = authInHost.shift();
      result.host = result.hostname = authInHost.shift();
    }
  }
  mustEndAbs = mustEndAbs || (result.host && srcPath.length);
  if (mustEndAbs && !isAbsolute) srcPath.unshift('');
  if (srcPath.length > 0) {
    result.pathname = srcPath.join('/');
  } else {
    result.pathname = null;
    result.path = null;
  }
  if (result.pathname !== null || result.search !== null) {
    result.path = (result.pathname ? result.pathname : '') + (result.search ? result.search : '');
  }
  result.auth = relative.auth || result.auth;
  result.slashes = result.slashes || relative.slashes;
  result.href = result.format();
  return result;
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
    return formatWhatwg(urlObject, fragment, unicode, search, auth);
  }
  return Url.prototype.format.call(urlObject);
}

// url.format(URL, options): the href with optional parts left out and the host optionally in Unicode.
function formatWhatwg(url, fragment, unicode, search, auth) {
  const u = new URL(url.href);
  let out = `${u.protocol}`;
  if (u.host !== '' || u.href.startsWith(`${u.protocol}//`)) {
    out += '//';
    if (auth && (u.username || u.password)) {
      out += u.username;
      if (u.password) out += `:${u.password}`;
      out += '@';
    }
    out += unicode ? domainToUnicode(u.hostname) || u.hostname : u.hostname;
    if (u.port) out += `:${u.port}`;
  }
  out += u.href.slice(u.href.indexOf(u.pathname, u.protocol.length + (u.host ? 2 + u.host.length : 0)),
                      u.href.length - u.hash.length - u.search.length).length ? u.pathname : '';
  if (search) out += u.search || (u.href.includes('?') && !u.hash.includes('?') ? '?' : '');
  if (fragment) out += u.hash || (u.href.endsWith('#') ? '#' : '');
  return out;
}

function urlResolve(source, relative) {
  return urlParse(source, false, true).resolve(relative);
}

function urlResolveObject(source, relative) {
  if (!source) return relative;
  return urlParse(source, false, true).resolveObject(relative);
}

module.exports = {
  // Legacy API
  Url,
  parse: urlParse,
  resolve: urlResolve,
  resolveObject: urlResolveObject,
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
