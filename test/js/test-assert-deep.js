// deepEqual/deepStrictEqual and their negations: which values pass, and the failure messages
// (a line diff for the strict form).
'use strict';
require('../common');
const assert = require('assert');

assert.deepEqual({ a: 1, b: [1, 2] }, { a: '1', b: [1, 2] });
assert.deepStrictEqual({ a: 1, b: [1, { c: new Map([[1, 2]]) }] }, { a: 1, b: [1, { c: new Map([[1, 2]]) }] });
assert.notDeepStrictEqual({ a: 1 }, { a: '1' });
assert.notDeepEqual({ a: 1 }, { a: 2 });
assert.deepStrictEqual(new Set([1, 2]), new Set([2, 1]));
assert.notDeepStrictEqual(0, -0);

assert.throws(() => assert.deepStrictEqual({ a: 1 }, { a: '1' }), {
  name: 'AssertionError',
  code: 'ERR_ASSERTION',
  operator: 'deepStrictEqual',
  generatedMessage: true,
  message: 'Expected values to be strictly deep-equal:\n+ actual - expected\n\n' +
    "  {\n+   a: 1\n-   a: '1'\n  }",
});
assert.throws(() => assert.deepStrictEqual([1, 2, 3], [1, 2, 4]), {
  message: 'Expected values to be strictly deep-equal:\n+ actual - expected\n\n' +
    '  [\n    1,\n    2,\n+   3\n-   4\n  ]',
});
assert.throws(() => assert.deepStrictEqual(1, 2), {
  message: 'Expected values to be strictly deep-equal:\n\n1 !== 2\n',
});
assert.throws(() => assert.deepEqual({ a: 1 }, { a: 2 }), {
  operator: 'deepEqual',
  message: 'Expected values to be loosely deep-equal:\n\n{\n  a: 1\n}\n\nshould loosely deep-equal\n\n{\n  a: 2\n}',
});
assert.throws(() => assert.notDeepStrictEqual({ a: 1 }, { a: 1 }), {
  operator: 'notDeepStrictEqual',
  message: 'Expected "actual" not to be strictly deep-equal to:\n\n{\n  a: 1\n}\n',
});
assert.throws(() => assert.notDeepEqual(1, 1), {
  operator: 'notDeepEqual',
  message: 'Expected "actual" not to be loosely deep-equal to:\n\n1',
});
const err = (() => {
  try {
    assert.deepStrictEqual({ x: [1] }, { x: [2] });
  } catch (e) {
    return e;
  }
})();
assert.deepStrictEqual(err.actual, { x: [1] });
assert.deepStrictEqual(err.expected, { x: [2] });
