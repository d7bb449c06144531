'use strict';
// util.format()/formatWithOptions(): every placeholder, argument coercion and the handling of extra or
// missing arguments, checked against the strings Node 20 produces.
require('../common');
const assert = require('assert');
const util = require('util');

const f = util.format;

// No arguments / non-string first argument.
assert.strictEqual(f(), '');
assert.strictEqual(f(''), '');
assert.strictEqual(f('', 1), ' 1');
assert.strictEqual(f(null), 'null');
assert.strictEqual(f(undefined, null), 'undefined null');
assert.strictEqual(f(1, 2, 'three'), '1 2 three');
assert.strictEqual(f({ a: 1 }, 'x'), '{ a: 1 } x');
assert.strictEqual(f(Symbol('first')), 'Symbol(first)');
assert.strictEqual(f('a', 'b', 'c'), 'a b c');
assert.strictEqual(f('a', { b: 1 }, [2], 'c', 3), 'a { b: 1 } [ 2 ] c 3');
assert.strictEqual(f('str', 'other\nline'), 'str other\nline');

// %s
assert.strictEqual(f('%s', 'str'), 'str');
assert.strictEqual(f('%s %s', 1, 2, 3), '1 2 3');
assert.strictEqual(f('%s', -0), '-0');
assert.strictEqual(f('%s', 12345678901234567890n), '12345678901234567890n');
assert.strictEqual(f('%s', Symbol('sy')), 'Symbol(sy)');
assert.strictEqual(f('%s', null), 'null');
assert.strictEqual(f('%s', undefined), 'undefined');
assert.strictEqual(f('%s', true), 'true');
assert.strictEqual(f('%s', { a: { b: 1 } }), '{ a: [Object] }');
assert.strictEqual(f('%s', [1, [2, [3]]]), '[ 1, [Array] ]');
assert.strictEqual(f('%s', new Date(0)), '1970-01-01T00:00:00.000Z');
assert.strictEqual(f('%s', /re/g), '/re/g');
assert.strictEqual(f('%s', function fn() {}), 'function fn() {}');
assert.strictEqual(f('%s', { toString() { return 'custom'; } }), 'custom');
assert.strictEqual(f('%s', new (class X { toString() { return 'cls'; } })()), 'cls');
assert.strictEqual(f('%s', new (class X {})()), 'X {}');
assert.strictEqual(f('%s', new (class X { [Symbol.toPrimitive]() { return 'prim'; } })()), 'prim');
assert.strictEqual(f('%s', { [Symbol.toPrimitive]() { return 'own prim'; } }), 'own prim');
assert.strictEqual(f('%s', Object.create(null)), '[Object: null prototype] {}');
assert.strictEqual(f('%s', new Map([[1, { a: { b: 1 } }]])), 'Map(1) { 1 => [Object] }');
assert.strictEqual(f('%s', new Error('e1')).split('\n')[0], 'Error: e1');

// %d %i %f
assert.strictEqual(f('%d', 42), '42');
assert.strictEqual(f('%d', '42'), '42');
assert.strictEqual(f('%d', 1.5), '1.5');
assert.strictEqual(f('%d', -0), '-0');
assert.strictEqual(f('%d', 10n), '10n');
assert.strictEqual(f('%d', Symbol('x')), 'NaN');
assert.strictEqual(f('%d', {}), 'NaN');
assert.strictEqual(f('%d', null), '0');
assert.strictEqual(f('%d', ''), '0');
assert.strictEqual(f('%i', 42.9), '42');
assert.strictEqual(f('%i', '42.9abc'), '42');
assert.strictEqual(f('%i', -0.5), '-0');
assert.strictEqual(f('%i', 5n), '5n');
assert.strictEqual(f('%i', Symbol()), 'NaN');
assert.strictEqual(f('%f', '1.5e3'), '1500');
assert.strictEqual(f('%f', 'abc'), 'NaN');
assert.strictEqual(f('%f', Symbol()), 'NaN');
assert.strictEqual(f('%f', -0), '0'); // parseFloat(String(-0))
assert.strictEqual(f('%f', '-0'), '-0');

// %j
assert.strictEqual(f('%j', { a: [1, 'two'] }), '{"a":[1,"two"]}');
const circular = { a: 1 };
circular.self = circular;
assert.strictEqual(f('%j', circular), '[Circular]');
assert.strictEqual(f('%j', undefined), 'undefined');
assert.strictEqual(f('%j', 'str'), '"str"');
assert.throws(() => f('%j', { toJSON() { throw new Error('tojson'); } }), /tojson/);
assert.throws(() => f('%j', 1n), TypeError);

// %o %O
assert.strictEqual(f('%o', [1, 2, 3]), '[ 1, 2, 3, [length]: 3 ]');
assert.strictEqual(f('%o', 'str'), "'str'");
assert.strictEqual(f('%o', { a: [1, 2], f() {} }),
                   "{\n  a: [ 1, 2, [length]: 2 ],\n  f: [Function: f] { [length]: 0, [name]: 'f' }\n}");
assert.strictEqual(f('%o', { a: { b: { c: { d: { e: { f: 1 } } } } } }),
                   '{\n  a: {\n    b: { c: { d: { e: [Object] } } }\n  }\n}');
assert.strictEqual(f('%O', { a: { b: { c: { d: 1 } } } }), '{ a: { b: { c: [Object] } } }');
assert.strictEqual(f('%O', 'str'), "'str'");

// %c consumes its argument; %% is a literal percent; unknown placeholders stay.
assert.strictEqual(f('%c', 'color: red'), '');
assert.strictEqual(f('a%cb%cc', 'x', 'y'), 'abc');
assert.strictEqual(f('%%'), '%%');
assert.strictEqual(f('%%', 1), '% 1');
assert.strictEqual(f('%% %s', 'x'), '% x');
assert.strictEqual(f('100%'), '100%');
assert.strictEqual(f('100%', 1), '100% 1');
assert.strictEqual(f('%x %s', 'a'), '%x a');
assert.strictEqual(f('%', 1), '% 1');
assert.strictEqual(f('%s%', 1), '1%');

// Missing arguments leave placeholders; extra arguments are appended (strings raw, others inspected).
assert.strictEqual(f('%s'), '%s');
assert.strictEqual(f('%s %s', 'only'), 'only %s');
assert.strictEqual(f('%s:%s', 'a'), 'a:%s');
assert.strictEqual(f('%d%d', 1), '1%d');
assert.strictEqual(f('%s', 'a\nb', 'c\nd'), 'a\nb c\nd');
assert.strictEqual(f('%s %d %i %f %j %o %O %%', 's', 1, 2.5, '3.5', [4], 5, 6, 'extra'),
                   's 1 2 3.5 [4] 5 6 % extra');

// formatWithOptions
assert.strictEqual(util.formatWithOptions({ colors: true }, '%s %O', 'x', { a: 1 }, 2),
                   'x { a: \u001b[33m1\u001b[39m } \u001b[33m2\u001b[39m');
assert.strictEqual(util.formatWithOptions({ depth: 0 }, { a: { b: 1 } }), '{ a: [Object] }');
assert.strictEqual(util.formatWithOptions({ compact: false }, '%o', { a: 1 }), '{\n  a: 1\n}');
assert.strictEqual(util.formatWithOptions({ numericSeparator: true }, '%d %i %f %s', 1234567, 1234567.5,
                                          1234567.5, 1234567), '1_234_567 1_234_567 1_234_567.5 1_234_567');
assert.strictEqual(util.formatWithOptions([], 'x %s', 1), 'x 1');
for (const bad of [1, null, 'abc', undefined]) {
  assert.throws(() => util.formatWithOptions(bad, 'x'), {
    name: 'TypeError',
    code: 'ERR_INVALID_ARG_TYPE',
  });
}
assert.throws(() => util.formatWithOptions(5, 'x'), {
  message: 'The "inspectOptions" argument must be of type object. Received type number (5)',
});

// util.inspect basics used by format.
assert.strictEqual(util.inspect('str'), "'str'");
assert.strictEqual(util.inspect(-0), '-0');
assert.strictEqual(util.inspect.custom, Symbol.for('nodejs.util.inspect.custom'));
assert.strictEqual(util.stripVTControlCharacters('\u001b[31mred\u001b[39m'), 'red');

console.log('ok');
