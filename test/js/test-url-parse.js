'use strict';
// WHATWG URL parsing: a table of inputs (absolute and relative to a base) with the components Node
// produces for them, or `failure: true` when the constructor must throw ERR_INVALID_URL. Covers special
// and non-special schemes, IPv4/IPv6 hosts, IDNA, percent-encoding sets, dot segments, file URLs,
// opaque paths and relative resolution.
require('../common');
const assert = require('assert');

const props = ['href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname', 'port',
               'pathname', 'search', 'hash'];

const table = [
  { input: "http://example.com", href: "http://example.com/", origin: "http://example.com", protocol: "http:", username: "", password: "", host: "example.com", hostname: "example.com", port: "", pathname: "/", search: "", hash: "" },
  { input: "HTTP://EXAMPLE.COM:80/A/B?C=D#E", href: "http://example.com/A/B?C=D#E", origin: "http://example.com", protocol: "http:", username: "", password: "", host: "example.com", hostname: "example.com", port: "", pathname: "/A/B", search: "?C=D", hash: "#E" },
  { input: "https://user:pass@host.com:8443/p/a/t/h?query=string#hash", href: "https://user:pass@host.com:8443/p/a/t/h?query=string#hash", origin: "https://host.com:8443", protocol: "https:", username: "user", password: "pass", host: "host.com:8443", hostname: "host.com", port: "8443", pathname: "/p/a/t/h", search: "?query=string", hash: "#hash" },
  { input: "https://host.com:443/", href: "https://host.com/", origin: "https://host.com", protocol: "https:", username: "", password: "", host: "host.com", hostname: "host.com", port: "", pathname: "/", search: "", hash: "" },
  { input: "http://host.com:0080/", href: "http://host.com/", origin: "http://host.com", protocol: "http:", username: "", password: "", host: "host.com", hostname: "host.com", port: "", pathname: "/", search: "", hash: "" },
  { input: "ws://h:80/", href: "ws://h/", origin: "ws://h", protocol: "ws:", username: "", password: "", host: "h", hostname: "h", port: "", pathname: "/", search: "", hash: "" },
  { input: "wss://h:443/x", href: "wss://h/x", origin: "wss://h", protocol: "wss:", username: "", password: "", host: "h", hostname: "h", port: "", pathname: "/x", search: "", hash: "" },
  { input: "ftp://h:21/f", href: "ftp://h/f", origin: "ftp://h", protocol: "ftp:", username: "", password: "", host: "h", hostname: "h", port: "", pathname: "/f", search: "", hash: "" },
  { input: "ftp://h:22/f", href: "ftp://h:22/f", origin: "ftp://h:22", protocol: "ftp:", username: "", password: "", host: "h:22", hostname: "h", port: "22", pathname: "/f", search: "", hash: "" },
  { input: "http://h/a/./b/../c/./../d", href: "http://h/a/d", origin: "http://h", protocol: "http:", username: "", password: "", host: "h", hostname: "h", port: "", pathname: "/a/d", search: "", hash: "" },
  { input: "http://h/a/%2e/b/%2E%2e/c", href: "http://h/a/c", origin: "http://h", protocol: "http:", username: "", password: "", host: "h", hostname: "h", port: "", pathname: "/a/c", search: "", hash: "" },
  { input: "http://h/..", href: "http://h/", origin: "http://h", protocol: "http:", username: "", password: "", host: "h", hostname: "h", port: "", pathname: "/", search: "", hash: "" },
  { input: "http://h/a/b/..", href: "http://h/a/", origin: "http://h", protocol: "http:", username: "", password: "", host: "h", hostname: "h", port: "", pathname: "/a/", search: "", hash: "" },
  { input: "http://h/a b/c\"d<e>f`g{h}i", href: "http://h/a%20b/c%22d%3Ce%3Ef%60g%7Bh%7Di", origin: "http://h", protocol: "http:", username: "", password: "", host: "h", hostname: "h", port: "", pathname: "/a%20b/c%22d%3Ce%3Ef%60g%7Bh%7Di", search: "", hash: "" },
  { input: "http://h/?q=a b\"c<d>e'f#g h`i", href: "http://h/?q=a%20b%22c%3Cd%3Ee%27f#g%20h%60i", origin: "http://h", protocol: "http:", username: "", password: "", host: "h", hostname: "h", port: "", pathname: "/", search: "?q=a%20b%22c%3Cd%3Ee%27f", hash: "#g%20h%60i" },
  { input: "foo://h/?q=a'b", href: "foo://h/?q=a'b", origin: "null", protocol: "foo:", username: "", password: "", host: "h", hostname: "h", port: "", pathname: "/", search: "?q=a'b", hash: "" },
  { input: "http://h/\u00fc/\u20ac?\u00fc=\u20ac#\u00fc", href: "http://h/%C3%BC/%E2%82%AC?%C3%BC=%E2%82%AC#%C3%BC", origin: "http://h", protocol: "http:", username: "", password: "", host: "h", hostname: "h", port: "", pathname: "/%C3%BC/%E2%82%AC", search: "?%C3%BC=%E2%82%AC", hash: "#%C3%BC" },
  { input: "http://h/\ud83d\ude00", href: "http://h/%F0%9F%98%80", origin: "http://h", protocol: "http:", username: "", password: "", host: "h", hostname: "h", port: "", pathname: "/%F0%9F%98%80", search: "", hash: "" },
  { input: "http://\u00c4\u00d6\u00dc.de/", href: "http://xn--4ca0bs.de/", origin: "http://xn--4ca0bs.de", protocol: "http:", username: "", password: "", host: "xn--4ca0bs.de", hostname: "xn--4ca0bs.de", port: "", pathname: "/", search: "", hash: "" },
  { input: "http://fa\u00df.de/", href: "http://xn--fa-hia.de/", origin: "http://xn--fa-hia.de", protocol: "http:", username: "", password: "", host: "xn--fa-hia.de", hostname: "xn--fa-hia.de", port: "", pathname: "/", search: "", hash: "" },
  { input: "http://xn--nxasmq6b.com/", href: "http://xn--nxasmq6b.com/", origin: "http://xn--nxasmq6b.com", protocol: "http:", username: "", password: "", host: "xn--nxasmq6b.com", hostname: "xn--nxasmq6b.com", port: "", pathname: "/", search: "", hash: "" },
  { input: "http://\uff25\uff38\uff21\uff2d\uff30\uff2c\uff25.com/", href: "http://example.com/", origin: "http://example.com", protocol: "http:", username: "", password: "", host: "example.com", hostname: "example.com", port: "", pathname: "/", search: "", hash: "" },
  { input: "http://a%2Eb.com/", href: "http://a.b.com/", origin: "http://a.b.com", protocol: "http:", username: "", password: "", host: "a.b.com", hostname: "a.b.com", port: "", pathname: "/", search: "", hash: "" },
  { input: "http://%41.com/", href: "http://a.com/", origin: "http://a.com", protocol: "http:", username: "", password: "", host: "a.com", hostname: "a.com", port: "", pathname: "/", search: "", hash: "" },
  { input: "http://127.0.0.1/", href: "http://127.0.0.1/", origin: "http://127.0.0.1", protocol: "http:", username: "", password: "", host: "127.0.0.1", hostname: "127.0.0.1", port: "", pathname: "/", search: "", hash: "" },
  { input: "http://0x7f.0.0.1/", href: "http://127.0.0.1/", origin: "http://127.0.0.1", protocol: "http:", username: "", password: "", host: "127.0.0.1", hostname: "127.0.0.1", port: "", pathname: "/", search: "", hash: "" },
  { input: "http://0177.0.0.1/", href: "http://127.0.0.1/", origin: "http://127.0.0.1", protocol: "http:", username: "", password: "", host: "127.0.0.1", hostname: "127.0.0.1", port: "", pathname: "/", search: "", hash: "" },
  { input: "http://2130706433/", href: "http://127.0.0.1/", origin: "http://127.0.0.1", protocol: "http:", username: "", password: "", host: "127.0.0.1", hostname: "127.0.0.1", port: "", pathname: "/", search: "", hash: "" },
  { input: "http://127.1/", href: "http://127.0.0.1/", origin: "http://127.0.0.1", protocol: "http:", username: "", password: "", host: "127.0.0.1", hostname: "127.0.0.1", port: "", pathname: "/", search: "", hash: "" },
  { input: "http://1.2.3.4.5/", failure: true },
  { input: "http://256.0.0.1/", failure: true },
  { input: "http://4294967295/", href: "http://255.255.255.255/", origin: "http://255.255.255.255", protocol: "http:", username: "", password: "", host: "255.255.255.255", hostname: "255.255.255.255", port: "", pathname: "/", search: "", hash: "" },
  { input: "http://4294967296/", failure: true },
  { input: "http://1.2.3.09/", failure: true },
  { input: "http://[::1]/", href: "http://[::1]/", origin: "http://[::1]", protocol: "http:", username: "", password: "", host: "[::1]", hostname: "[::1]", port: "", pathname: "/", search: "", hash: "" },
  { input: "http://[0:0:0:0:0:0:0:1]:8080/", href: "http://[::1]:8080/", origin: "http://[::1]:8080", protocol: "http:", username: "", password: "", host: "[::1]:8080", hostname: "[::1]", port: "8080", pathname: "/", search: "", hash: "" },
  { input: "http://[2001:db8::1:0:0:1]/", href: "http://[2001:db8::1:0:0:1]/", origin: "http://[2001:db8::1:0:0:1]", protocol: "http:", username: "", password: "", host: "[2001:db8::1:0:0:1]", hostname: "[2001:db8::1:0:0:1]", port: "", pathname: "/", search: "", hash: "" },
  { input: "http://[::ffff:192.168.0.1]/", href: "http://[::ffff:c0a8:1]/", origin: "http://[::ffff:c0a8:1]", protocol: "http:", username: "", password: "", host: "[::ffff:c0a8:1]", hostname: "[::ffff:c0a8:1]", port: "", pathname: "/", search: "", hash: "" },
  { input: "http://[1::2::3]/", failure: true },
  { input: "http://[::1/", failure: true },
  { input: "http://a b/", failure: true },
  { input: "http://a<b/", failure: true },
  { input: "http://a^b/", failure: true },
  { input: "http://a|b/", failure: true },
  { input: "http:///x", href: "http://x/", origin: "http://x", protocol: "http:", username: "", password: "", host: "x", hostname: "x", port: "", pathname: "/", search: "", hash: "" },
  { input: "http://", failure: true },
  { input: "http://@h/", href: "http://h/", origin: "http://h", protocol: "http:", username: "", password: "", host: "h", hostname: "h", port: "", pathname: "/", search: "", hash: "" },
  { input: "http://u@/", failure: true },
  { input: "http://h:65535/", href: "http://h:65535/", origin: "http://h:65535", protocol: "http:", username: "", password: "", host: "h:65535", hostname: "h", port: "65535", pathname: "/", search: "", hash: "" },
  { input: "http://h:65536/", failure: true },
  { input: "http://h:8a/", failure: true },
  { input: "http://h:/", href: "http://h/", origin: "http://h", protocol: "http:", username: "", password: "", host: "h", hostname: "h", port: "", pathname: "/", search: "", hash: "" },
  { input: "  http://h/  ", href: "http://h/", origin: "http://h", protocol: "http:", username: "", password: "", host: "h", hostname: "h", port: "", pathname: "/", search: "", hash: "" },
  { input: "http://h/\ta\nb\rc", href: "http://h/abc", origin: "http://h", protocol: "http:", username: "", password: "", host: "h", hostname: "h", port: "", pathname: "/abc", search: "", hash: "" },
  { input: "\u0000http://h/\u001f", href: "http://h/", origin: "http://h", protocol: "http:", username: "", password: "", host: "h", hostname: "h", port: "", pathname: "/", search: "", hash: "" },
  { input: "file:///etc/passwd", href: "file:///etc/passwd", origin: "null", protocol: "file:", username: "", password: "", host: "", hostname: "", port: "", pathname: "/etc/passwd", search: "", hash: "" },
  { input: "file://localhost/etc/x", href: "file:///etc/x", origin: "null", protocol: "file:", username: "", password: "", host: "", hostname: "", port: "", pathname: "/etc/x", search: "", hash: "" },
  { input: "file://server/share/x", href: "file://server/share/x", origin: "null", protocol: "file:", username: "", password: "", host: "server", hostname: "server", port: "", pathname: "/share/x", search: "", hash: "" },
  { input: "file:///C:/Windows/../x", href: "file:///C:/x", origin: "null", protocol: "file:", username: "", password: "", host: "", hostname: "", port: "", pathname: "/C:/x", search: "", hash: "" },
  { input: "file:///C|/x", href: "file:///C:/x", origin: "null", protocol: "file:", username: "", password: "", host: "", hostname: "", port: "", pathname: "/C:/x", search: "", hash: "" },
  { input: "file:/x/y", href: "file:///x/y", origin: "null", protocol: "file:", username: "", password: "", host: "", hostname: "", port: "", pathname: "/x/y", search: "", hash: "" },
  { input: "file:c:\\a\\b", href: "file:///c:/a/b", origin: "null", protocol: "file:", username: "", password: "", host: "", hostname: "", port: "", pathname: "/c:/a/b", search: "", hash: "" },
  { input: "file:..", href: "file:///", origin: "null", protocol: "file:", username: "", password: "", host: "", hostname: "", port: "", pathname: "/", search: "", hash: "" },
  { input: "mailto:someone@example.com", href: "mailto:someone@example.com", origin: "null", protocol: "mailto:", username: "", password: "", host: "", hostname: "", port: "", pathname: "someone@example.com", search: "", hash: "" },
  { input: "data:text/plain,hello world", href: "data:text/plain,hello world", origin: "null", protocol: "data:", username: "", password: "", host: "", hostname: "", port: "", pathname: "text/plain,hello world", search: "", hash: "" },
  { input: "javascript:alert(1)", href: "javascript:alert(1)", origin: "null", protocol: "javascript:", username: "", password: "", host: "", hostname: "", port: "", pathname: "alert(1)", search: "", hash: "" },
  { input: "urn:isbn:0451450523", href: "urn:isbn:0451450523", origin: "null", protocol: "urn:", username: "", password: "", host: "", hostname: "", port: "", pathname: "isbn:0451450523", search: "", hash: "" },
  { input: "about:blank", href: "about:blank", origin: "null", protocol: "about:", username: "", password: "", host: "", hostname: "", port: "", pathname: "blank", search: "", hash: "" },
  { input: "foo://host/path", href: "foo://host/path", origin: "null", protocol: "foo:", username: "", password: "", host: "host", hostname: "host", port: "", pathname: "/path", search: "", hash: "" },
  { input: "foo:/path", href: "foo:/path", origin: "null", protocol: "foo:", username: "", password: "", host: "", hostname: "", port: "", pathname: "/path", search: "", hash: "" },
  { input: "foo:path", href: "foo:path", origin: "null", protocol: "foo:", username: "", password: "", host: "", hostname: "", port: "", pathname: "path", search: "", hash: "" },
  { input: "foo://", href: "foo://", origin: "null", protocol: "foo:", username: "", password: "", host: "", hostname: "", port: "", pathname: "", search: "", hash: "" },
  { input: "foo:///x", href: "foo:///x", origin: "null", protocol: "foo:", username: "", password: "", host: "", hostname: "", port: "", pathname: "/x", search: "", hash: "" },
  { input: "foo://h:99/p", href: "foo://h:99/p", origin: "null", protocol: "foo:", username: "", password: "", host: "h:99", hostname: "h", port: "99", pathname: "/p", search: "", hash: "" },
  { input: "foo://[::1]/", href: "foo://[::1]/", origin: "null", protocol: "foo:", username: "", password: "", host: "[::1]", hostname: "[::1]", port: "", pathname: "/", search: "", hash: "" },
  { input: "foo://a b/", failure: true },
  { input: "foo://%zz/", href: "foo://%zz/", origin: "null", protocol: "foo:", username: "", password: "", host: "%zz", hostname: "%zz", port: "", pathname: "/", search: "", hash: "" },
  { input: "foo://H/", href: "foo://H/", origin: "null", protocol: "foo:", username: "", password: "", host: "H", hostname: "H", port: "", pathname: "/", search: "", hash: "" },
  { input: "sc://\u00f1.com/", href: "sc://%C3%B1.com/", origin: "null", protocol: "sc:", username: "", password: "", host: "%C3%B1.com", hostname: "%C3%B1.com", port: "", pathname: "/", search: "", hash: "" },
  { input: "a+b.c-d://x/", href: "a+b.c-d://x/", origin: "null", protocol: "a+b.c-d:", username: "", password: "", host: "x", hostname: "x", port: "", pathname: "/", search: "", hash: "" },
  { input: "1http://x/", failure: true },
  { input: "http:\\\\h\\a\\b", href: "http://h/a/b", origin: "http://h", protocol: "http:", username: "", password: "", host: "h", hostname: "h", port: "", pathname: "/a/b", search: "", hash: "" },
  { input: "http:/h/x", href: "http://h/x", origin: "http://h", protocol: "http:", username: "", password: "", host: "h", hostname: "h", port: "", pathname: "/x", search: "", hash: "" },
  { input: "http:h/x", href: "http://h/x", origin: "http://h", protocol: "http:", username: "", password: "", host: "h", hostname: "h", port: "", pathname: "/x", search: "", hash: "" },
  { input: "blob:https://a.com/uuid", href: "blob:https://a.com/uuid", origin: "https://a.com", protocol: "blob:", username: "", password: "", host: "", hostname: "", port: "", pathname: "https://a.com/uuid", search: "", hash: "" },
  { input: "blob:foo://a/uuid", href: "blob:foo://a/uuid", origin: "null", protocol: "blob:", username: "", password: "", host: "", hostname: "", port: "", pathname: "foo://a/uuid", search: "", hash: "" },
  { input: "not a url", failure: true },
  { input: "", failure: true },
  { input: "//h/p", failure: true },
  { input: "/path", failure: true },
  { input: "g", base: "http://a/b/c/d;p?q", href: "http://a/b/c/g", origin: "http://a", protocol: "http:", username: "", password: "", host: "a", hostname: "a", port: "", pathname: "/b/c/g", search: "", hash: "" },
  { input: "./g", base: "http://a/b/c/d;p?q", href: "http://a/b/c/g", origin: "http://a", protocol: "http:", username: "", password: "", host: "a", hostname: "a", port: "", pathname: "/b/c/g", search: "", hash: "" },
  { input: "g/", base: "http://a/b/c/d;p?q", href: "http://a/b/c/g/", origin: "http://a", protocol: "http:", username: "", password: "", host: "a", hostname: "a", port: "", pathname: "/b/c/g/", search: "", hash: "" },
  { input: "/g", base: "http://a/b/c/d;p?q", href: "http://a/g", origin: "http://a", protocol: "http:", username: "", password: "", host: "a", hostname: "a", port: "", pathname: "/g", search: "", hash: "" },
  { input: "//g", base: "http://a/b/c/d;p?q", href: "http://g/", origin: "http://g", protocol: "http:", username: "", password: "", host: "g", hostname: "g", port: "", pathname: "/", search: "", hash: "" },
  { input: "?y", base: "http://a/b/c/d;p?q", href: "http://a/b/c/d;p?y", origin: "http://a", protocol: "http:", username: "", password: "", host: "a", hostname: "a", port: "", pathname: "/b/c/d;p", search: "?y", hash: "" },
  { input: "g?y", base: "http://a/b/c/d;p?q", href: "http://a/b/c/g?y", origin: "http://a", protocol: "http:", username: "", password: "", host: "a", hostname: "a", port: "", pathname: "/b/c/g", search: "?y", hash: "" },
  { input: "#s", base: "http://a/b/c/d;p?q", href: "http://a/b/c/d;p?q#s", origin: "http://a", protocol: "http:", username: "", password: "", host: "a", hostname: "a", port: "", pathname: "/b/c/d;p", search: "?q", hash: "#s" },
  { input: "g#s", base: "http://a/b/c/d;p?q", href: "http://a/b/c/g#s", origin: "http://a", protocol: "http:", username: "", password: "", host: "a", hostname: "a", port: "", pathname: "/b/c/g", search: "", hash: "#s" },
  { input: "", base: "http://a/b/c/d;p?q", href: "http://a/b/c/d;p?q", origin: "http://a", protocol: "http:", username: "", password: "", host: "a", hostname: "a", port: "", pathname: "/b/c/d;p", search: "?q", hash: "" },
  { input: ".", base: "http://a/b/c/d;p?q", href: "http://a/b/c/", origin: "http://a", protocol: "http:", username: "", password: "", host: "a", hostname: "a", port: "", pathname: "/b/c/", search: "", hash: "" },
  { input: "..", base: "http://a/b/c/d;p?q", href: "http://a/b/", origin: "http://a", protocol: "http:", username: "", password: "", host: "a", hostname: "a", port: "", pathname: "/b/", search: "", hash: "" },
  { input: "../g", base: "http://a/b/c/d;p?q", href: "http://a/b/g", origin: "http://a", protocol: "http:", username: "", password: "", host: "a", hostname: "a", port: "", pathname: "/b/g", search: "", hash: "" },
  { input: "../../../g", base: "http://a/b/c/d;p?q", href: "http://a/g", origin: "http://a", protocol: "http:", username: "", password: "", host: "a", hostname: "a", port: "", pathname: "/g", search: "", hash: "" },
  { input: "http:g", base: "http://a/b/c/d;p?q", href: "http://a/b/c/g", origin: "http://a", protocol: "http:", username: "", password: "", host: "a", hostname: "a", port: "", pathname: "/b/c/g", search: "", hash: "" },
  { input: "https:g", base: "http://a/b/c/d;p?q", href: "https://g/", origin: "https://g", protocol: "https:", username: "", password: "", host: "g", hostname: "g", port: "", pathname: "/", search: "", hash: "" },
  { input: "\\x", base: "http://a/b/c", href: "http://a/x", origin: "http://a", protocol: "http:", username: "", password: "", host: "a", hostname: "a", port: "", pathname: "/x", search: "", hash: "" },
  { input: "x", base: "file:///C:/dir/file", href: "file:///C:/dir/x", origin: "null", protocol: "file:", username: "", password: "", host: "", hostname: "", port: "", pathname: "/C:/dir/x", search: "", hash: "" },
  { input: "/x", base: "file:///C:/dir/file", href: "file:///C:/x", origin: "null", protocol: "file:", username: "", password: "", host: "", hostname: "", port: "", pathname: "/C:/x", search: "", hash: "" },
  { input: "x", base: "foo:opaque", failure: true },
  { input: "#frag", base: "foo:opaque", href: "foo:opaque#frag", origin: "null", protocol: "foo:", username: "", password: "", host: "", hostname: "", port: "", pathname: "opaque", search: "", hash: "#frag" },
  { input: "x", base: "not a url", failure: true },
];

assert.ok(table.length >= 60);
for (const row of table) {
  const args = 'base' in row ? [row.input, row.base] : [row.input];
  const label = JSON.stringify(args);
  if (row.failure) {
    assert.throws(() => new URL(...args), (err) => {
      assert.strictEqual(err.name, 'TypeError', label);
      assert.strictEqual(err.code, 'ERR_INVALID_URL', label);
      assert.strictEqual(err.message, 'Invalid URL', label);
      assert.strictEqual(err.input, row.input, label);
      return true;
    }, label);
    assert.strictEqual(URL.canParse(...args), false, label);
    continue;
  }
  const url = new URL(...args);
  for (const prop of props) assert.strictEqual(url[prop], row[prop], `${label} ${prop}`);
  assert.strictEqual(String(url), row.href, label);
  assert.strictEqual(url.toJSON(), row.href, label);
  assert.strictEqual(JSON.stringify({ url }), JSON.stringify({ url: row.href }), label);
  assert.strictEqual(URL.canParse(...args), true, label);
  // Serializing and parsing again is stable.
  assert.strictEqual(new URL(url.href).href, row.href, label);
}

// The base is parsed first; a bad base fails even for an absolute-looking relative input.
assert.throws(() => new URL('/x', 'not a url'), { code: 'ERR_INVALID_URL', input: '/x', base: 'not a url' });
assert.throws(() => new URL(), { code: 'ERR_MISSING_ARGS', name: 'TypeError' });
assert.throws(() => URL.canParse(), { code: 'ERR_MISSING_ARGS' });
// A URL object works as a base and as input (stringified).
const base = new URL('http://a/b/c');
assert.strictEqual(new URL('d', base).href, 'http://a/b/d');
assert.strictEqual(new URL(base).href, 'http://a/b/c');
assert.strictEqual(Object.prototype.toString.call(base), '[object URL]');
