// setInterval repeats until clearInterval is called from inside its callback after n runs; the callback gets extra args.
'use strict';
const common = require('../common');
const assert = require('assert');
let runs = 0;
const iv = setInterval(common.mustCall((a, b) => {
  assert.strictEqual(a, 'x');
  assert.strictEqual(b, 2);
  runs++;
  if (runs === 3) clearInterval(iv);
}, 3), 1, 'x', 2);
