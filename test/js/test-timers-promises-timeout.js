// timers/promises setTimeout(ms, value) resolves with value (undefined when omitted), in delay order.
'use strict';
const common = require('../common');
const assert = require('assert');
const { setTimeout: sleep } = require('timers/promises');
const order = [];
const p = sleep(1, 'value');
assert.ok(p instanceof Promise);
p.then(common.mustCall((v) => { assert.strictEqual(v, 'value'); order.push('1ms'); }));
sleep(20).then(common.mustCall((v) => { assert.strictEqual(v, undefined); order.push('20ms'); }));
sleep(1, { obj: true }).then(common.mustCall((v) => assert.deepStrictEqual(v, { obj: true })));
(async () => {
  const v = await sleep(2, 42);
  assert.strictEqual(v, 42);
})().then(common.mustCall());
process.on('exit', () => assert.deepStrictEqual(order, ['1ms', '20ms']));
