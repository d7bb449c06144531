// process.stdin redirected from a file emits the file's data and then 'end'.
'use strict';
// stdin: ../fixtures/stdin/two-lines.txt
const common = require('../common');
const assert = require('assert');
let data = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => { data += chunk; });
process.stdin.on('end', common.mustCall(() => {
  assert.strictEqual(data, 'line one\nline two\n');
}));
