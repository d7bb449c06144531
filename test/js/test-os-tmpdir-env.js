// os.tmpdir() follows $TMPDIR (trailing slash stripped) and falls back to /tmp.
'use strict';
const assert = require('assert');
const os = require('os');
const saved = process.env.TMPDIR;
process.env.TMPDIR = '/some/where/';
assert.strictEqual(os.tmpdir(), '/some/where');
delete process.env.TMPDIR;
const savedTmp = process.env.TMP;
const savedTemp = process.env.TEMP;
delete process.env.TMP;
delete process.env.TEMP;
assert.strictEqual(os.tmpdir(), '/tmp');
if (saved !== undefined) process.env.TMPDIR = saved;
if (savedTmp !== undefined) process.env.TMP = savedTmp;
if (savedTemp !== undefined) process.env.TEMP = savedTemp;
