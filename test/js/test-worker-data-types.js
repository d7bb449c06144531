// Checks that workerData survives structured clone faithfully: Map, Set, Date, RegExp, typed arrays, BigInt, -0, NaN, cycles.
'use strict';
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const shared = { s: 1 };
const data = {
  map: new Map([[1, 'one'], ['k', { v: 2 }]]),
  set: new Set([1, 'a', 3n]),
  date: new Date(1700000000000),
  regexp: /ab+c/gi,
  u8: new Uint8Array([1, 2, 255]),
  f64: new Float64Array([1.5, -0, NaN]),
  i32: new Int32Array([-1, 2 ** 31 - 1]),
  dv: new DataView(new Uint8Array([9, 8, 7, 6]).buffer, 1, 2),
  ab: new Uint8Array([5, 6]).buffer,
  big: 12345678901234567890n,
  negZero: -0,
  nan: NaN,
  inf: -Infinity,
  undef: undefined,
  nul: null,
  str: 'h\u00e9llo \u{1F600}',
  bool: new Boolean(false),
  num: new Number(7),
  strObj: new String('s'),
  sparse: [1, , 3], // eslint-disable-line no-sparse-arrays
  a: shared,
  b: shared,
};
data.self = data;
data.map.set('cycle', data);

const worker = new Worker(`
  const { parentPort, workerData: d } = require('worker_threads');
  const checks = {
    map: d.map instanceof Map && d.map.get(1) === 'one' && d.map.get('k').v === 2 && d.map.get('cycle') === d,
    set: d.set instanceof Set && d.set.has(1) && d.set.has('a') && d.set.has(3n) && d.set.size === 3,
    date: d.date instanceof Date && d.date.getTime() === 1700000000000,
    regexp: d.regexp instanceof RegExp && d.regexp.source === 'ab+c' && d.regexp.flags === 'gi',
    u8: d.u8 instanceof Uint8Array && d.u8.join() === '1,2,255',
    f64: d.f64 instanceof Float64Array && d.f64[0] === 1.5 && Object.is(d.f64[1], -0) && Number.isNaN(d.f64[2]),
    i32: d.i32 instanceof Int32Array && d.i32.join() === '-1,2147483647',
    dv: d.dv instanceof DataView && d.dv.byteOffset === 1 && d.dv.byteLength === 2 && d.dv.getUint8(0) === 8,
    ab: d.ab instanceof ArrayBuffer && new Uint8Array(d.ab).join() === '5,6',
    big: d.big === 12345678901234567890n,
    negZero: Object.is(d.negZero, -0),
    nan: Number.isNaN(d.nan),
    inf: d.inf === -Infinity,
    undef: 'undef' in d && d.undef === undefined,
    nul: d.nul === null,
    str: d.str === 'h\\u00e9llo \\u{1F600}',
    bool: d.bool instanceof Boolean && d.bool.valueOf() === false,
    num: d.num instanceof Number && d.num.valueOf() === 7,
    strObj: d.strObj instanceof String && d.strObj.valueOf() === 's',
    sparse: d.sparse.length === 3 && !(1 in d.sparse) && d.sparse[2] === 3,
    sharedRef: d.a === d.b && d.a.s === 1,
    cycle: d.self === d,
  };
  parentPort.postMessage(checks);
  // Send it all back so the parent can check the round trip too.
  parentPort.postMessage(d);
`, { eval: true, workerData: data });

const messages = [];
worker.on('message', common.mustCall((msg) => messages.push(msg), 2));
worker.on('exit', common.mustCall((code) => {
  assert.strictEqual(code, 0);
  const [checks, back] = messages;
  for (const [key, ok] of Object.entries(checks)) assert.strictEqual(ok, true, key);
  assert.strictEqual(Object.keys(checks).length, 22);
  assert.strictEqual(back.self, back);
  assert.strictEqual(back.map.get('cycle'), back);
  assert.strictEqual(back.a, back.b);
  assert.ok(Object.is(back.negZero, -0));
  assert.ok(Number.isNaN(back.nan));
  assert.strictEqual(back.big, 12345678901234567890n);
  assert.deepStrictEqual([...back.u8], [1, 2, 255]);
  assert.deepStrictEqual([...back.set], [1, 'a', 3n]);
  assert.deepStrictEqual([...back.map.keys()], [1, 'k', 'cycle']);
}));
