// A require cycle returns the partially filled exports of the module still being evaluated.
'use strict';
const assert = require('assert');
const a = require('../fixtures/modules/cycle-a');
assert.deepStrictEqual(a.seenByA, { early: 'a-early', done: undefined, keys: ['early'] });
assert.strictEqual(a.done, true);
const b = require('../fixtures/modules/cycle-b');
assert.strictEqual(b.sawA, a.seenByA);
