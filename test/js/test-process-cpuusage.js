// process.cpuUsage returns {user, system} microseconds and a non-negative diff when passed a previous value.
'use strict';
const assert = require('assert');
const u = process.cpuUsage();
assert.deepStrictEqual(Object.keys(u).sort(), ['system', 'user']);
assert.ok(Number.isInteger(u.user) && u.user >= 0);
assert.ok(Number.isInteger(u.system) && u.system >= 0);
let x = 0;
for (let i = 0; i < 1e6; i++) x += i % 7;
const d = process.cpuUsage(u);
assert.ok(d.user >= 0 && d.system >= 0);
assert.ok(d.user <= process.cpuUsage().user);
assert.throws(() => process.cpuUsage({ user: 'x', system: 0 }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.ok(x > 0);
