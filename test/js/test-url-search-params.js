'use strict';
// URLSearchParams: constructors (string, sequence, record, another instance), every method, sorting,
// iteration (live), size, form-urlencoded encoding/decoding, the link with URL#search, argument errors
// and util.inspect output.
const common = require('../common');
const assert = require('assert');
const util = require('util');

// Constructors.
assert.strictEqual(new URLSearchParams().toString(), '');
assert.strictEqual(new URLSearchParams(undefined).toString(), '');
assert.strictEqual(new URLSearchParams(null).toString(), '');
assert.strictEqual(new URLSearchParams('?a=1&b=2').toString(), 'a=1&b=2');
assert.strictEqual(new URLSearchParams('??a=1').toString(), '%3Fa=1');
assert.deepStrictEqual([...new URLSearchParams('a=1&&b&=c&d=e=f')],
                       [['a', '1'], ['b', ''], ['', 'c'], ['d', 'e=f']]);
assert.deepStrictEqual([...new URLSearchParams('x=%20y+z&%E2%82%AC=%zz&q=%C3')],
                       [['x', ' y z'], ['€', '%zz'], ['q', '\ufffd']]);
assert.deepStrictEqual([...new URLSearchParams([['a', 1], ['b', true], new Set(['c', 'd'])])],
                       [['a', '1'], ['b', 'true'], ['c', 'd']]);
assert.deepStrictEqual([...new URLSearchParams({ x: 1, y: 'two', z: undefined })],
                       [['x', '1'], ['y', 'two'], ['z', 'undefined']]);
assert.deepStrictEqual([...new URLSearchParams(new Map([['m', 'n']]))], [['m', 'n']]);
const original = new URLSearchParams('a=1');
const copy = new URLSearchParams(original);
copy.append('b', '2');
assert.strictEqual(original.toString(), 'a=1');
assert.strictEqual(copy.toString(), 'a=1&b=2');
assert.strictEqual(new URLSearchParams(5).toString(), '5=');
// Lone surrogates become U+FFFD.
assert.strictEqual(new URLSearchParams({ '\ud800': '\udc00' }).toString(), '%EF%BF%BD=%EF%BF%BD');

assert.throws(() => new URLSearchParams([['a']]), {
  code: 'ERR_INVALID_TUPLE', name: 'TypeError',
  message: 'Each query pair must be an iterable [name, value] tuple',
});
assert.throws(() => new URLSearchParams([1]), { code: 'ERR_INVALID_TUPLE' });
assert.throws(() => new URLSearchParams({ [Symbol.iterator]: 5 }), {
  code: 'ERR_ARG_NOT_ITERABLE', name: 'TypeError', message: 'Query pairs must be iterable',
});

// Methods.
const p = new URLSearchParams('a=1&b=2&a=3');
assert.strictEqual(p.size, 3);
assert.strictEqual(p.get('a'), '1');
assert.strictEqual(p.get('zz'), null);
assert.deepStrictEqual(p.getAll('a'), ['1', '3']);
assert.strictEqual(p.has('b'), true);
assert.strictEqual(p.has('a', '3'), true);
assert.strictEqual(p.has('a', '4'), false);
p.append('c', 'x y');
assert.strictEqual(p.toString(), 'a=1&b=2&a=3&c=x+y');
p.set('a', 'z');
assert.strictEqual(p.toString(), 'a=z&b=2&c=x+y');
p.delete('b');
assert.strictEqual(p.toString(), 'a=z&c=x+y');
p.append('a', 'w');
p.delete('a', 'z');
assert.strictEqual(p.toString(), 'c=x+y&a=w');
p.set('new', 'v');
assert.strictEqual(p.toString(), 'c=x+y&a=w&new=v');

// Sorting is stable and by UTF-16 code units.
const s = new URLSearchParams('z=1&a=2&\ufffd=3&\ud83d\ude00=4&a=1&A=0');
s.sort();
assert.deepStrictEqual([...s.keys()], ['A', 'a', 'a', 'z', '\ud83d\ude00', '\ufffd']);
assert.deepStrictEqual([...s.values()], ['0', '2', '1', '1', '4', '3']);

// Serialization: the form-urlencoded set, spaces as '+'.
const enc = new URLSearchParams();
enc.append('k', ' !"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~\u00e9\ud83d\ude00');
assert.strictEqual(enc.toString(),
                   'k=+%21%22%23%24%25%26%27%28%29*%2B%2C-.%2F%3A%3B%3C%3D%3E%3F%40%5B%5C%5D%5E_%60%7B%7C%7D%7E' +
                   '%C3%A9%F0%9F%98%80');

// Iteration: entries is the default iterator, iterators are live, forEach sees changes.
const it = new URLSearchParams('a=1&b=2');
assert.strictEqual(it[Symbol.iterator], it.entries);
const keys = it.keys();
assert.deepStrictEqual(keys.next(), { value: 'a', done: false });
it.append('c', '3');
assert.deepStrictEqual([...keys], ['b', 'c']);
assert.deepStrictEqual(keys.next(), { value: undefined, done: true });
assert.strictEqual(Object.prototype.toString.call(keys), '[object URLSearchParams Iterator]');
const seen = [];
it.forEach(function(value, key, self) {
  assert.strictEqual(self, it);
  assert.strictEqual(this, seen);
  seen.push(key + value);
}, seen);
assert.deepStrictEqual(seen, ['a1', 'b2', 'c3']);
assert.throws(() => it.forEach(), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });

// Missing arguments and wrong receivers.
assert.throws(() => it.get(), { code: 'ERR_MISSING_ARGS', message: 'The "name" argument must be specified' });
assert.throws(() => it.append('a'), {
  code: 'ERR_MISSING_ARGS', message: 'The "name" and "value" arguments must be specified',
});
assert.throws(() => it.set('a'), { code: 'ERR_MISSING_ARGS' });
assert.throws(() => it.has(), { code: 'ERR_MISSING_ARGS' });
assert.throws(() => it.delete(), { code: 'ERR_MISSING_ARGS' });
assert.throws(() => URLSearchParams.prototype.get.call({}, 'a'), {
  code: 'ERR_INVALID_THIS', message: 'Value of "this" must be of type URLSearchParams',
});

// Linked with a URL in both directions.
const url = new URL('http://h/p?x=1#frag');
const params = url.searchParams;
assert.strictEqual(url.searchParams, params);
params.append('y', 'a b');
assert.strictEqual(url.href, 'http://h/p?x=1&y=a+b#frag');
params.delete('x');
params.delete('y');
assert.strictEqual(url.href, 'http://h/p#frag');
assert.strictEqual(url.search, '');
url.search = '?q=%41&r';
assert.deepStrictEqual([...params], [['q', 'A'], ['r', '']]);
url.href = 'http://other/?z=9';
assert.deepStrictEqual([...params], [['z', '9']]);
url.search = '';
assert.strictEqual(params.size, 0);
// Emptying the query of an opaque-path URL trims trailing spaces from the path.
const opaque = new URL('sc:space   ?a=b');
opaque.searchParams.delete('a');
assert.strictEqual(opaque.href, 'sc:space');

// Inspection.
assert.strictEqual(util.inspect(new URLSearchParams()), 'URLSearchParams {}');
assert.strictEqual(util.inspect(new URLSearchParams('a=1&b=%20')), "URLSearchParams { 'a' => '1', 'b' => ' ' }");
assert.strictEqual(util.inspect(new URLSearchParams('a=1&b=2').keys()), "URLSearchParams Iterator { 'a', 'b' }");
assert.strictEqual(util.inspect(new URLSearchParams('a=1').entries()), "URLSearchParams Iterator { [ 'a', '1' ] }");
const long = new URLSearchParams('aaaaaaaaaaaaaaaaaaaa=1&bbbbbbbbbbbbbbbbbbbb=2&cccccccccccccccccccc=3&dd=4');
assert.strictEqual(util.inspect(long),
                   "URLSearchParams {\n  'aaaaaaaaaaaaaaaaaaaa' => '1',\n  'bbbbbbbbbbbbbbbbbbbb' => '2',\n" +
                   "  'cccccccccccccccccccc' => '3',\n  'dd' => '4' }");
assert.strictEqual(util.inspect({ a: { b: { c: new URLSearchParams('x=1') } } }), '{ a: { b: { c: [Object] } } }');

common.mustCall()();
