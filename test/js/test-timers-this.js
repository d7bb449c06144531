// Inside a non-arrow timer callback, `this` is the Timeout (setTimeout/setInterval) or Immediate object.
'use strict';
const common = require('../common');
const assert = require('assert');
const t = setTimeout(common.mustCall(function() { assert.strictEqual(this, t); }), 1);
const i = setImmediate(common.mustCall(function() { assert.strictEqual(this, i); }));
const iv = setInterval(common.mustCall(function() {
  assert.strictEqual(this, iv);
  clearInterval(this);
}), 1);
