'use strict';
// stderr: DeprecationWarning: first is deprecated
// util.inherits() and util.deprecate(): prototype wiring, `super_`, argument validation, and the
// deprecation warning being emitted once per code (or once per wrapper without a code).
const common = require('../common');
const assert = require('assert');
const util = require('util');

// --- inherits ---------------------------------------------------------------------------------
function Base() { this.base = true; }
Base.prototype.hello = function() { return 'hello'; };
function Child() { Base.call(this); }
util.inherits(Child, Base);
assert.strictEqual(Child.super_, Base);
assert.strictEqual(Object.getPrototypeOf(Child.prototype), Base.prototype);
const child = new Child();
assert.ok(child instanceof Base);
assert.strictEqual(child.hello(), 'hello');
assert.strictEqual(child.base, true);
assert.deepStrictEqual(Object.keys(Child), []);
const superDesc = Object.getOwnPropertyDescriptor(Child, 'super_');
assert.strictEqual(superDesc.writable, true);
assert.strictEqual(superDesc.configurable, true);
assert.strictEqual(superDesc.enumerable, false);

// Works with classes too.
class A {}
function B() {}
util.inherits(B, A);
assert.ok(new B() instanceof A);

assert.throws(() => util.inherits(null, Base), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "ctor" argument must be of type function. Received null',
});
assert.throws(() => util.inherits(Child, undefined), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "superCtor" argument must be of type function. Received undefined',
});
assert.throws(() => util.inherits(function() {}, () => {}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "superCtor.prototype" property must be of type object. Received undefined',
});

// --- deprecate ----------------------------------------------------------------------------------
const warnings = [];
process.on('warning', (warning) => {
  if (warning.name === 'DeprecationWarning') warnings.push(`${warning.name}|${warning.code}|${warning.message}`);
});

const first = util.deprecate(function first(a, b) { return [this, a + b]; }, 'first is deprecated', 'LOOM_DEP1');
const receiver = {};
assert.deepStrictEqual(first.call(receiver, 1, 2), [receiver, 3]);
first(3, 4);
// Another wrapper with the same code does not warn again.
const sameCode = util.deprecate(() => 'same', 'same code again', 'LOOM_DEP1');
assert.strictEqual(sameCode(), 'same');

const other = util.deprecate(() => 'other', 'other code', 'LOOM_DEP2');
other();
other();

// Without a code every wrapper warns once.
const noCode1 = util.deprecate(() => 1, 'no code');
const noCode2 = util.deprecate(() => 2, 'no code');
noCode1();
noCode1();
noCode2();

// Constructors keep working through `new`, including instanceof and the prototype chain.
class Legacy {
  constructor(x) { this.x = x; }
  static helper() { return 'static'; }
}
const DeprecatedLegacy = util.deprecate(Legacy, 'Legacy is deprecated', 'LOOM_DEP3');
const instance = new DeprecatedLegacy(5);
assert.strictEqual(instance.x, 5);
assert.ok(instance instanceof Legacy);
assert.ok(instance instanceof DeprecatedLegacy);
assert.strictEqual(DeprecatedLegacy.prototype, Legacy.prototype);
assert.strictEqual(DeprecatedLegacy.helper(), 'static');
assert.strictEqual(Object.getPrototypeOf(DeprecatedLegacy), Legacy);

// process.noDeprecation silences warnings for wrappers called while it is set.
process.noDeprecation = true;
util.deprecate(() => 0, 'silenced', 'LOOM_DEP4')();
process.noDeprecation = false;

assert.throws(() => util.deprecate(() => {}, 'bad code', 5), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "code" argument must be of type string. Received type number (5)',
});

// Warnings are emitted asynchronously.
setTimeout(common.mustCall(() => {
  assert.deepStrictEqual(warnings, [
    'DeprecationWarning|LOOM_DEP1|first is deprecated',
    'DeprecationWarning|LOOM_DEP2|other code',
    'DeprecationWarning|undefined|no code',
    'DeprecationWarning|undefined|no code',
    'DeprecationWarning|LOOM_DEP3|Legacy is deprecated',
  ]);
}), 10);
