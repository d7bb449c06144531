// Checks the global structuredClone(): deep copies of supported types, shared references and cycles, and { transfer }.
'use strict';
require('../common');
const assert = require('assert');

const shared = { s: true };
const input = {
  num: 1.5, negZero: -0, nan: NaN, big: -(2n ** 70n), str: 'str', bool: false, nul: null, undef: undefined,
  date: new Date(86400000), re: /x+/y, map: new Map([[{ k: 1 }, 'objkey']]), set: new Set([shared]),
  arr: [1, [2, [3]]], u16: new Uint16Array([1, 65535]), boxed: new String('boxed'),
  a: shared, b: shared,
};
input.cycle = input;
const out = structuredClone(input);
assert.notStrictEqual(out, input);
assert.strictEqual(out.cycle, out);
assert.strictEqual(out.a, out.b);
assert.notStrictEqual(out.a, shared);
assert.strictEqual([...out.set][0], out.a);
assert.ok(Object.is(out.negZero, -0));
assert.ok(Number.isNaN(out.nan));
assert.strictEqual(out.big, -(2n ** 70n));
assert.ok('undef' in out);
assert.notStrictEqual(out.date, input.date);
assert.strictEqual(out.date.getTime(), 86400000);
assert.strictEqual(out.re.source, 'x+');
assert.strictEqual(out.re.flags, 'y');
assert.deepStrictEqual([...out.map.entries()], [[{ k: 1 }, 'objkey']]);
assert.deepStrictEqual(out.arr, [1, [2, [3]]]);
assert.ok(out.u16 instanceof Uint16Array);
assert.deepStrictEqual([...out.u16], [1, 65535]);
assert.ok(out.boxed instanceof String);
assert.strictEqual(String(out.boxed), 'boxed');

// Primitives come back as themselves.
for (const v of [1, 'a', true, null, undefined, 10n]) assert.strictEqual(structuredClone(v), v);

// Arrays keep extra named properties and holes.
const arr = [1, , 3]; // eslint-disable-line no-sparse-arrays
arr.extra = 'kept';
const arrOut = structuredClone(arr);
assert.strictEqual(arrOut.length, 3);
assert.ok(!(1 in arrOut));
assert.strictEqual(arrOut.extra, 'kept');

// { transfer }: the ArrayBuffer moves; the original is detached; views over it follow.
const ab = new ArrayBuffer(8);
const view = new Uint8Array(ab);
view[0] = 42;
const moved = structuredClone({ view }, { transfer: [ab] });
assert.strictEqual(ab.byteLength, 0);
assert.strictEqual(view.length, 0);
assert.strictEqual(moved.view.length, 8);
assert.strictEqual(moved.view[0], 42);
assert.strictEqual(moved.view.buffer.byteLength, 8);

// Without transfer an ArrayBuffer is copied.
const ab2 = new ArrayBuffer(4);
const copy = structuredClone(ab2);
assert.strictEqual(ab2.byteLength, 4);
assert.notStrictEqual(copy, ab2);
assert.strictEqual(copy.byteLength, 4);

// Options may be omitted, undefined, null, {} or have an empty transfer list.
for (const opts of [undefined, null, {}, { transfer: [] }, { transfer: undefined }]) {
  assert.deepStrictEqual(structuredClone({ x: 1 }, opts), { x: 1 });
}

// A MessagePort can be transferred through structuredClone too.
const { port1, port2 } = new MessageChannel();
const clonedPort = structuredClone(port1, { transfer: [port1] });
assert.ok(clonedPort instanceof MessagePort);
assert.notStrictEqual(clonedPort, port1);
clonedPort.close();
port2.close();
