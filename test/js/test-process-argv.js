// process.argv is [execPath, absolute script path, ...args] with the script's arguments passed through verbatim.
'use strict';
// args: alpha --beta=2 -c 3
const assert = require('assert');
const path = require('path');
assert.ok(Array.isArray(process.argv));
assert.strictEqual(process.argv[0], process.execPath);
assert.strictEqual(process.argv[1], __filename);
assert.ok(path.isAbsolute(process.argv[1]));
assert.deepStrictEqual(process.argv.slice(2), ['alpha', '--beta=2', '-c', '3']);
assert.ok(process.argv.every((a) => typeof a === 'string'));
assert.deepStrictEqual(process.execArgv, []);
