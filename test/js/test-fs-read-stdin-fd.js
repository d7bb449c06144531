// fs.readFileSync(0) reads all of stdin when it is redirected from a file.
'use strict';
// stdin: ../fixtures/stdin/two-lines.txt
const assert = require('assert');
const fs = require('fs');
assert.strictEqual(fs.readFileSync(0, 'utf8'), 'line one\nline two\n');
