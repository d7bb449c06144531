'use strict';
// url.fileURLToPath / url.pathToFileURL (POSIX and the `windows` option), url.urlToHttpOptions and
// url.domainToASCII / url.domainToUnicode.
require('../common');
const assert = require('assert');
const path = require('path');
const url = require('url');
const { fileURLToPath, pathToFileURL } = url;

// fileURLToPath
assert.strictEqual(fileURLToPath('file:///a%20b/c%E2%82%AC'), '/a b/c€');
assert.strictEqual(fileURLToPath(new URL('file:///tmp/x.txt')), '/tmp/x.txt');
assert.strictEqual(fileURLToPath('file://localhost/etc/hosts'), '/etc/hosts');
assert.strictEqual(fileURLToPath('file:///a/%3F%23'), '/a/?#');
assert.throws(() => fileURLToPath('http://example.com/'), {
  code: 'ERR_INVALID_URL_SCHEME', name: 'TypeError', message: 'The URL must be of scheme file',
});
assert.throws(() => fileURLToPath('file://host/a'), {
  code: 'ERR_INVALID_FILE_URL_HOST', name: 'TypeError',
  message: `File URL host must be "localhost" or empty on ${process.platform}`,
});
assert.throws(() => fileURLToPath('file:///a%2Fb'), {
  code: 'ERR_INVALID_FILE_URL_PATH', message: 'File URL path must not include encoded / characters',
});
assert.throws(() => fileURLToPath('file:///a%2fb'), { code: 'ERR_INVALID_FILE_URL_PATH' });
assert.throws(() => fileURLToPath(5), {
  code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError',
  message: 'The "path" argument must be of type string or an instance of URL. Received type number (5)',
});
assert.throws(() => fileURLToPath('not a url'), { code: 'ERR_INVALID_URL' });
assert.throws(() => fileURLToPath('file:///a%'), URIError);
assert.strictEqual(fileURLToPath('file:///C:/a/b', { windows: true }), 'C:\\a\\b');
assert.strictEqual(fileURLToPath('file://server/share/f', { windows: true }), '\\\\server\\share\\f');

// pathToFileURL
assert.strictEqual(pathToFileURL('/a b/c').href, 'file:///a%20b/c');
assert.strictEqual(pathToFileURL('/dir/').href, 'file:///dir/');
assert.strictEqual(pathToFileURL('/a?b#c%d\\e\nf\tg').href, 'file:///a%3Fb%23c%25d%5Ce%0Af%09g');
assert.strictEqual(pathToFileURL('/"<>[]^`{|}~€').href, 'file:///%22%3C%3E%5B%5D%5E%60%7B%7C%7D%7E%E2%82%AC');
assert.strictEqual(pathToFileURL('/!$&\'()*+,;=:@').href, "file:///!$&'()*+,;=:@");
assert.strictEqual(pathToFileURL('rel/x').href, url.pathToFileURL(path.resolve('rel/x')).href);
assert.ok(pathToFileURL('rel/').href.endsWith('/rel/'));
assert.ok(pathToFileURL('x') instanceof URL);
assert.strictEqual(pathToFileURL('C:\\a b\\c', { windows: true }).href, 'file:///C:/a%20b/c');
assert.strictEqual(pathToFileURL('\\\\srv\\share\\x', { windows: true }).href, 'file://srv/share/x');
assert.throws(() => pathToFileURL(5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "path" argument must be of type string. Received type number (5)',
});
// Round trips.
for (const p of ['/', '/a/b', '/with space/and%percent', '/q?h#', '/ünï/€/😀', '/a\\b']) {
  assert.strictEqual(fileURLToPath(pathToFileURL(p)), p);
}

// urlToHttpOptions
const opts = url.urlToHttpOptions(new URL('https://user:p%20w@[::1]:8080/p/a?q=1#h'));
assert.strictEqual(Object.getPrototypeOf(opts), null);
assert.deepStrictEqual({ ...opts }, {
  protocol: 'https:', hostname: '::1', hash: '#h', search: '?q=1', pathname: '/p/a', path: '/p/a?q=1',
  href: 'https://user:p%20w@[::1]:8080/p/a?q=1#h', port: 8080, auth: 'user:p w',
});
assert.strictEqual(url.urlToHttpOptions(new URL('http://h/')).port, undefined);

// domainToASCII / domainToUnicode
assert.strictEqual(url.domainToASCII('español.com'), 'xn--espaol-zwa.com');
assert.strictEqual(url.domainToASCII('中文.com'), 'xn--fiq228c.com');
assert.strictEqual(url.domainToASCII('xn--iñvalid.com'), '');
assert.strictEqual(url.domainToASCII('EXAMPLE.com'), 'example.com');
assert.strictEqual(url.domainToASCII('0x7f.1'), '127.0.0.1');
assert.strictEqual(url.domainToUnicode('xn--espaol-zwa.com'), 'español.com');
assert.strictEqual(url.domainToUnicode('xn--fiq228c.com'), '中文.com');
assert.strictEqual(url.domainToUnicode('xn--iñvalid.com'), '');
assert.throws(() => url.domainToASCII(), { code: 'ERR_MISSING_ARGS' });
