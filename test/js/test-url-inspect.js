'use strict';
// util.inspect() of URL objects: Node's "URL { href: ..., ... }" layout with a nested URLSearchParams,
// subclasses named by their constructor, and "URL {}" once the depth limit is reached.
require('../common');
const assert = require('assert');
const util = require('util');

assert.strictEqual(util.inspect(new URL('https://u:p@example.com:8080/a/b?x=1&y=2#frag')), [
  'URL {',
  "  href: 'https://u:p@example.com:8080/a/b?x=1&y=2#frag',",
  "  origin: 'https://example.com:8080',",
  "  protocol: 'https:',",
  "  username: 'u',",
  "  password: 'p',",
  "  host: 'example.com:8080',",
  "  hostname: 'example.com',",
  "  port: '8080',",
  "  pathname: '/a/b',",
  "  search: '?x=1&y=2',",
  "  searchParams: URLSearchParams { 'x' => '1', 'y' => '2' },",
  "  hash: '#frag'",
  '}',
].join('\n'));

assert.strictEqual(util.inspect(new URL('file:///tmp/a b'), { breakLength: Infinity }),
                   "URL { href: 'file:///tmp/a%20b', origin: 'null', protocol: 'file:', username: '', " +
                   "password: '', host: '', hostname: '', port: '', pathname: '/tmp/a%20b', search: '', " +
                   "searchParams: URLSearchParams {}, hash: '' }");

class MyURL extends URL {}
assert.match(util.inspect(new MyURL('http://x/')), /^MyURL \{\n  href: 'http:\/\/x\/',/);
assert.strictEqual(util.inspect([new URL('http://a/')], { depth: 0 }), '[ URL {} ]');
assert.strictEqual(util.inspect({ a: { b: { c: new URL('http://x') } } }), '{ a: { b: { c: URL {} } } }');
