'use strict';
// URL setters (protocol, username, password, host, hostname, port, pathname, search, hash, href): each
// row is [url, property, value, resulting href] with the results Node gives, including the values that
// are ignored (the URL stays unchanged) and the href setter throwing for an invalid URL.
require('../common');
const assert = require('assert');

const table = [
  ["http://a/b", "protocol", "https", "https://a/b"],
  ["http://a/b", "protocol", "foo", "http://a/b"],
  ["foo://a/b", "protocol", "http", "foo://a/b"],
  ["foo://a/b", "protocol", "bar:x", "bar://a/b"],
  ["http://a:443/", "protocol", "https", "https://a/"],
  ["http://u@a/", "protocol", "file", "http://u@a/"],
  ["file:///x", "protocol", "http", "file:///x"],
  ["http://a/", "protocol", "1x", "http://a/"],
  ["http://a/", "username", "us er:@", "http://us%20er%3A%40@a/"],
  ["http://a/", "password", "p@ss:/", "http://:p%40ss%3A%2F@a/"],
  ["file:///x", "username", "u", "file:///x"],
  ["mailto:x", "username", "u", "mailto:x"],
  ["http://a:8/p", "host", "b:9", "http://b:9/p"],
  ["http://a:8/p", "host", "b", "http://b:8/p"],
  ["http://a/p", "host", "\u00c4\u00d6.com", "http://xn--4ca0b.com/p"],
  ["http://a/p", "host", "", "http://a/p"],
  ["http://a/p", "host", "a b", "http://a/p"],
  ["http://a/p", "host", "[::1]:99", "http://[::1]:99/p"],
  ["http://a/p", "host", "b/c?d#e", "http://b/p"],
  ["foo://a/p", "host", "", "foo:///p"],
  ["mailto:x", "host", "h", "mailto:x"],
  ["file:///p", "host", "srv", "file://srv/p"],
  ["file://srv/p", "host", "localhost", "file:///p"],
  ["http://a:8/p", "hostname", "b:9", "http://a:8/p"],
  ["http://a:8/p", "hostname", "b", "http://b:8/p"],
  ["http://a/p", "hostname", "0x7f.1", "http://127.0.0.1/p"],
  ["http://a:8/", "port", "9", "http://a:9/"],
  ["http://a:8/", "port", "", "http://a/"],
  ["http://a:8/", "port", "80", "http://a/"],
  ["http://a:8/", "port", "99999", "http://a:8/"],
  ["http://a:8/", "port", "12abc", "http://a:12/"],
  ["http://a:8/", "port", "abc", "http://a:8/"],
  ["http://a/", "port", 8080, "http://a:8080/"],
  ["file:///x", "port", "8", "file:///x"],
  ["http://a/p", "pathname", "/x/../y z", "http://a/y%20z"],
  ["http://a/p", "pathname", "no-slash", "http://a/no-slash"],
  ["http://a/p", "pathname", "", "http://a/"],
  ["foo://a/p", "pathname", "", "foo://a"],
  ["mailto:x", "pathname", "/y", "mailto:x"],
  ["http://a/p", "pathname", "?#", "http://a/%3F%23"],
  ["file:///p", "pathname", "C|/x", "file:///C:/x"],
  ["http://a/p?q", "search", "x=1 2", "http://a/p?x=1%202"],
  ["http://a/p?q", "search", "?y", "http://a/p?y"],
  ["http://a/p?q", "search", "", "http://a/p"],
  ["http://a/p?q", "search", "#h", "http://a/p?%23h"],
  ["foo://a/?q", "search", "'", "foo://a/?'"],
  ["http://a/?q", "search", "'", "http://a/?%27"],
  ["http://a/p#h", "hash", "x y", "http://a/p#x%20y"],
  ["http://a/p#h", "hash", "#z", "http://a/p#z"],
  ["http://a/p#h", "hash", "", "http://a/p"],
  ["http://a/p", "hash", "`\"<>", "http://a/p#%60%22%3C%3E"],
  ["http://a/p", "href", "https://b/q", "https://b/q"],
  ["http://a/p", "href", "relative", "throws ERR_INVALID_URL"],
];

for (const [href, prop, value, expected] of table) {
  const url = new URL(href);
  const label = `${href} .${prop} = ${JSON.stringify(value)}`;
  if (expected.startsWith('throws ')) {
    assert.throws(() => { url[prop] = value; }, { code: expected.slice(7), name: 'TypeError' }, label);
    assert.strictEqual(url.href, new URL(href).href, label);
    continue;
  }
  url[prop] = value;
  assert.strictEqual(url.href, expected, label);
  // The components agree with a fresh parse of the new href.
  const fresh = new URL(url.href);
  for (const p of ['protocol', 'username', 'password', 'host', 'port', 'pathname', 'search', 'hash']) {
    assert.strictEqual(url[p], fresh[p], `${label} ${p}`);
  }
}

// origin is read-only.
const url = new URL('http://a/');
assert.throws(() => { 'use strict'; url.origin = 'http://b'; }, TypeError);
assert.strictEqual(url.origin, 'http://a');
