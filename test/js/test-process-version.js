// process.version looks like vX.Y.Z, and process.versions.node is the same without the leading 'v'.
'use strict';
const assert = require('assert');
assert.strictEqual(typeof process.version, 'string');
assert.match(process.version, /^v\d+\.\d+\.\d+/);
assert.strictEqual(typeof process.versions.node, 'string');
assert.strictEqual(process.version, `v${process.versions.node}`);
