// An unref'd timer does not stop a later ref'd timer from keeping the process alive (both fire, in order).
'use strict';
const common = require('../common');
const assert = require('assert');
const order = [];
setTimeout(common.mustCall(() => order.push('a')), 10).unref();
setTimeout(common.mustCall(() => order.push('b')), 50);
process.on('exit', () => assert.deepStrictEqual(order, ['a', 'b']));
