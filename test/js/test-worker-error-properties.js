// Checks what survives of a worker's thrown error: own properties (code, Date, Map), cause, built-in type; subclasses become their nearest built-in.
'use strict';
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

function run(src, check) {
  const w = new Worker(src, { eval: true });
  w.on('error', common.mustCall(check));
  w.on('exit', common.mustCall((code) => assert.strictEqual(code, 1)));
}

run(`
  const e = new Error('with props');
  e.code = 'E_CUSTOM';
  e.errno = -2;
  e.when = new Date(0);
  e.map = new Map([[1, 2]]);
  e.info = { nested: [1, 2] };
  throw e;
`, (err) => {
  assert.strictEqual(err.message, 'with props');
  assert.strictEqual(err.code, 'E_CUSTOM');
  assert.strictEqual(err.errno, -2);
  assert.ok(err.when instanceof Date);
  assert.strictEqual(err.when.getTime(), 0);
  assert.ok(err.map instanceof Map);
  assert.strictEqual(err.map.get(1), 2);
  assert.deepStrictEqual(err.info, { nested: [1, 2] });
  assert.deepStrictEqual(Object.keys(err).sort(), ['code', 'errno', 'info', 'map', 'when']);
});

run(`throw new Error('outer', { cause: new TypeError('inner') })`, (err) => {
  assert.strictEqual(err.message, 'outer');
  assert.ok(err.cause instanceof TypeError);
  assert.strictEqual(err.cause.message, 'inner');
});

// A subclass of Error arrives as Error; of TypeError as TypeError. An own `name` is kept.
run(`class MyError extends Error {}; const e = new MyError('sub'); e.code = 'X'; throw e;`, (err) => {
  assert.strictEqual(Object.getPrototypeOf(err), Error.prototype);
  assert.strictEqual(err.name, 'Error');
  assert.strictEqual(err.message, 'sub');
  assert.strictEqual(err.code, 'X');
});
run(`class MyTypeError extends TypeError {}; throw new MyTypeError('subtype');`, (err) => {
  assert.strictEqual(Object.getPrototypeOf(err), TypeError.prototype);
  assert.strictEqual(err.message, 'subtype');
});
run(`class Named extends Error { constructor(m) { super(m); this.name = 'Named'; } }; throw new Named('n');`,
    (err) => {
      assert.strictEqual(Object.getPrototypeOf(err), Error.prototype);
      assert.strictEqual(err.name, 'Named');
      assert.strictEqual(err.message, 'n');
    });

for (const Ctor of ['EvalError', 'RangeError', 'ReferenceError', 'SyntaxError', 'TypeError', 'URIError']) {
  run(`throw new ${Ctor}('built-in ${Ctor}')`, (err) => {
    assert.strictEqual(Object.getPrototypeOf(err), globalThis[Ctor].prototype);
    assert.strictEqual(err.name, Ctor);
    assert.strictEqual(err.message, `built-in ${Ctor}`);
  });
}
