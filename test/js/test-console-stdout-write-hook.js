// The global console writes through process.stdout.write / process.stderr.write, so replacing them captures output.
'use strict';
const assert = require('assert');
const out = [];
const err = [];
const { write: w1 } = process.stdout;
const { write: w2 } = process.stderr;
process.stdout.write = (chunk) => { out.push(String(chunk)); return true; };
process.stderr.write = (chunk) => { err.push(String(chunk)); return true; };
console.log('to out', 1);
console.info('info');
console.error('to err');
console.warn('warned');
process.stdout.write = w1;
process.stderr.write = w2;
assert.deepStrictEqual(out, ['to out 1\n', 'info\n']);
assert.deepStrictEqual(err, ['to err\n', 'warned\n']);
console.log('restored');
