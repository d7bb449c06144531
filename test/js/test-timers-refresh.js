// Timeout.refresh() returns the timer, re-arms it, and re-arms an already fired timeout to run again.
'use strict';
const common = require('../common');
const assert = require('assert');
let count = 0;
const t = setTimeout(common.mustCall(() => {
  count++;
  if (count === 1) assert.strictEqual(t.refresh(), t); // fires once more
}, 2), 1);
// refresh on a pending timer keeps it pending (only one run from this refresh).
const u = setTimeout(common.mustCall(), 1);
u.refresh();
u.refresh();
