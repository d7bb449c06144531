'use strict';
// The legacy url API: url.parse() (with and without query parsing and slashesDenoteHost), the Url
// object's fields, url.format() from objects, strings and WHATWG URLs, and url.resolve().
require('../common');
const assert = require('assert');
const url = require('url');

process.on('warning', () => {});  // url.parse() may emit DEP0170 for invalid ports

const parseTable = [
  ["http://user:pass@Host.COM:8080/p/a/t/h?query=string#hash", {"protocol":"http:","slashes":true,"auth":"user:pass","host":"host.com:8080","port":"8080","hostname":"host.com","hash":"#hash","search":"?query=string","query":"query=string","pathname":"/p/a/t/h","path":"/p/a/t/h?query=string","href":"http://user:pass@host.com:8080/p/a/t/h?query=string#hash"}],
  ["HTTP://EXAMPLE.com", {"protocol":"http:","slashes":true,"auth":null,"host":"example.com","port":null,"hostname":"example.com","hash":null,"search":null,"query":null,"pathname":"/","path":"/","href":"http://example.com/"}],
  ["//x/y", {"protocol":null,"slashes":null,"auth":null,"host":null,"port":null,"hostname":null,"hash":null,"search":null,"query":null,"pathname":"//x/y","path":"//x/y","href":"//x/y"}],
  ["/a b?c d#e f", {"protocol":null,"slashes":null,"auth":null,"host":null,"port":null,"hostname":null,"hash":"#e%20f","search":"?c%20d","query":"c%20d","pathname":"/a%20b","path":"/a%20b?c%20d","href":"/a%20b?c%20d#e%20f"}],
  ["x/y?z", {"protocol":null,"slashes":null,"auth":null,"host":null,"port":null,"hostname":null,"hash":null,"search":"?z","query":"z","pathname":"x/y","path":"x/y?z","href":"x/y?z"}],
  ["mailto:a@b.c", {"protocol":"mailto:","slashes":null,"auth":"a","host":"b.c","port":null,"hostname":"b.c","hash":null,"search":null,"query":null,"pathname":null,"path":null,"href":"mailto:a@b.c"}],
  ["javascript:alert(1)", {"protocol":"javascript:","slashes":null,"auth":null,"host":null,"port":null,"hostname":null,"hash":null,"search":null,"query":null,"pathname":"alert(1)","path":"alert(1)","href":"javascript:alert(1)"}],
  ["http://[::1]:80/x", {"protocol":"http:","slashes":true,"auth":null,"host":"[::1]:80","port":"80","hostname":"::1","hash":null,"search":null,"query":null,"pathname":"/x","path":"/x","href":"http://[::1]:80/x"}],
  ["http://a b/", {"protocol":"http:","slashes":true,"auth":null,"host":"a","port":null,"hostname":"a","hash":null,"search":null,"query":null,"pathname":"%20b/","path":"%20b/","href":"http://a/%20b/"}],
  ["http://x.com\\y?a\\b", {"protocol":"http:","slashes":true,"auth":null,"host":"x.com","port":null,"hostname":"x.com","hash":null,"search":"?a%5Cb","query":"a%5Cb","pathname":"/y","path":"/y?a%5Cb","href":"http://x.com/y?a%5Cb"}],
  ["file:///C:/x", {"protocol":"file:","slashes":true,"auth":null,"host":"","port":null,"hostname":"","hash":null,"search":null,"query":null,"pathname":"/C:/x","path":"/C:/x","href":"file:///C:/x"}],
  ["http://ÄÖ.com/", {"protocol":"http:","slashes":true,"auth":null,"host":"xn--4ca0b.com","port":null,"hostname":"xn--4ca0b.com","hash":null,"search":null,"query":null,"pathname":"/","path":"/","href":"http://xn--4ca0b.com/"}],
  ["http://a@b@c/", {"protocol":"http:","slashes":true,"auth":"a@b","host":"c","port":null,"hostname":"c","hash":null,"search":null,"query":null,"pathname":"/","path":"/","href":"http://a%40b@c/"}],
  ["?q=1", {"protocol":null,"slashes":null,"auth":null,"host":null,"port":null,"hostname":null,"hash":null,"search":"?q=1","query":"q=1","pathname":null,"path":"?q=1","href":"?q=1"}],
  ["#h", {"protocol":null,"slashes":null,"auth":null,"host":null,"port":null,"hostname":null,"hash":"#h","search":null,"query":null,"pathname":null,"path":null,"href":"#h"}],
  ["", {"protocol":null,"slashes":null,"auth":null,"host":null,"port":null,"hostname":null,"hash":null,"search":null,"query":null,"pathname":null,"path":null,"href":""}],
  ["  http://x  ", {"protocol":"http:","slashes":true,"auth":null,"host":"x","port":null,"hostname":"x","hash":null,"search":null,"query":null,"pathname":"/","path":"/","href":"http://x/"}],
  ["foo://h/x", {"protocol":"foo:","slashes":true,"auth":null,"host":"h","port":null,"hostname":"h","hash":null,"search":null,"query":null,"pathname":"/x","path":"/x","href":"foo://h/x"}],
  ["a:b", {"protocol":"a:","slashes":null,"auth":null,"host":"b","port":null,"hostname":"b","hash":null,"search":null,"query":null,"pathname":null,"path":null,"href":"a:b"}],
  ["http://h/\"<>`{|}^", {"protocol":"http:","slashes":true,"auth":null,"host":"h","port":null,"hostname":"h","hash":null,"search":null,"query":null,"pathname":"/%22%3C%3E%60%7B%7C%7D%5E","path":"/%22%3C%3E%60%7B%7C%7D%5E","href":"http://h/%22%3C%3E%60%7B%7C%7D%5E"}],
];
for (const [input, expected] of parseTable) {
  const parsed = url.parse(input);
  assert.ok(parsed instanceof url.Url, input);
  assert.deepStrictEqual({ ...parsed }, expected, input);
  assert.strictEqual(url.format(input), expected.href, input);
}

const withQuery = url.parse('http://h/p?a=1&a=2&b=%20x+y&c', true);
assert.strictEqual(Object.getPrototypeOf(withQuery.query), null);
assert.deepStrictEqual({ ...withQuery.query }, { a: ['1', '2'], b: ' x y', c: '' });
assert.deepStrictEqual({ ...url.parse('http://h/', true).query }, {});
assert.strictEqual(url.parse('//host/path', false, true).host, 'host');
assert.strictEqual(url.parse('//host/path').host, null);
assert.throws(() => url.parse(5), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "url" argument must be of type string. Received type number (5)',
});
assert.throws(() => url.parse('http://[::1/'), { code: 'ERR_INVALID_URL' });
assert.throws(() => url.parse('http://%zz@h/'), URIError);

const resolveTable = [
  ["http://a/b/c/d;p?q", "g", "http://a/b/c/g"],
  ["http://a/b/c/d;p?q", "../g", "http://a/b/g"],
  ["http://a/b/c/d;p?q", "../../../g", "http://a/g"],
  ["http://a/b/c/d;p?q", "?y", "http://a/b/c/d;p?y"],
  ["http://a/b/c/d;p?q", "#s", "http://a/b/c/d;p?q#s"],
  ["http://a/b/c/d;p?q", "", "http://a/b/c/d;p?q"],
  ["http://a/b/c/d;p?q", "https:g", "https://g/"],
  ["http://a/b/c/d;p?q", "mailto:x@y", "mailto:x@y"],
  ["/one/two/three", "four", "/one/two/four"],
  ["http://example.com/", "/one", "http://example.com/one"],
  ["http://example.com/one", "/two", "http://example.com/two"],
  ["http://a/", ".", "http://a/"],
  ["http://a/b/", "..", "http://a/"],
];
for (const [from, to, expected] of resolveTable) {
  assert.strictEqual(url.resolve(from, to), expected, `${from} + ${to}`);
}

const formatTable = [
  [{"protocol":"https","hostname":"example.com","pathname":"/some/path","query":{"page":1,"format":"json","tags":["a","b c"]}}, "https://example.com/some/path?page=1&format=json&tags=a&tags=b%20c"],
  [{"protocol":"http:","host":"h:8","pathname":"x#y?z","search":"a=1","hash":"frag"}, "http://h:8/x%23y%3Fz?a=1#frag"],
  [{"protocol":"mailto","auth":"a b:c@","hostname":"h"}, "mailto:a%20b:c%40@h"],
  [{"protocol":"file","pathname":"/tmp/x"}, "file:///tmp/x"],
  [{"hostname":"::1","port":80,"pathname":"/"}, "[::1]:80/"],
  [{"protocol":"foo","slashes":true,"host":"h"}, "foo://h"],
];
for (const [object, expected] of formatTable) {
  assert.strictEqual(url.format(object), expected, JSON.stringify(object));
}
const whatwg = new URL('http://user:pw@xn--nxasmq6b.com:81/p?q=1#frag');
assert.strictEqual(url.format(whatwg), whatwg.href);
assert.strictEqual(url.format(whatwg, { auth: false, search: false, fragment: false, unicode: true }),
                   'http://\u03b2\u03cc\u03bb\u03bf\u03c3.com:81/p');
assert.throws(() => url.format(5), { code: 'ERR_INVALID_ARG_TYPE' });
