// Checks that util.inspect prints an array beyond the depth limit as '[Array]' without walking its elements.
// 1,000 references to one 1,000,000-element array at depth 0 are a billion elements: a runtime that lists
// each such array's keys (to find non-index properties) does not finish within the test's time limit, while
// Node prints it in milliseconds. (Found by the util_format fuzz target as a timeout.)
'use strict';
require('../common');
const assert = require('assert');
const util = require('util');

const big = new Array(1000000).fill(0);
big.extra = 'shown when printed';
const row = new Array(1000).fill(big);
const text = util.inspect(row, { depth: 0, maxArrayLength: Infinity });
assert.ok(text.startsWith('[\n  [Array], [Array]'), text.slice(0, 40));
assert.strictEqual(text.match(/\[Array\]/g).length, 1000);

// One level further down, and through util.format's %O and %o.
for (let i = 0; i < 300; i++) {
  assert.strictEqual(util.inspect([[big, big], [big]], { depth: 1 }), '[ [ [Array], [Array] ], [ [Array] ] ]');
  assert.strictEqual(util.format('%O', [[[big]]]), '[ [ [ [Array] ] ] ]');
  assert.strictEqual(util.format('x', [[[big]]]), 'x [ [ [ [Array] ] ] ]');
  assert.strictEqual(util.format('%o', [[[[[big]]]]]), '[\n  [\n' +
    '    [ [ [ [Array], [length]: 1 ], [length]: 1 ], [length]: 1 ],\n    [length]: 1\n  ],\n  [length]: 1\n]');
}

// Within the depth limit the non-index keys are still found, and an empty array still prints as [].
assert.strictEqual(util.inspect([big], { depth: 1, maxArrayLength: 2 }),
                   "[ [ 0, 0, ... 999998 more items, extra: 'shown when printed' ] ]");
assert.strictEqual(util.inspect([[[]]], { depth: 0 }), '[ [Array] ]');
assert.strictEqual(util.inspect([[]], { depth: 0 }), '[ [] ]');
