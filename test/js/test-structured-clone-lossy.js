// Checks the lossy parts of structured clone: class instances become plain objects, getters become values, non-enumerable and symbol keys are dropped.
'use strict';
const common = require('../common');
const assert = require('assert');
const { MessageChannel } = require('worker_threads');

class Point {
  constructor() { this.x = 1; this.y = 2; }
  get sum() { return this.x + this.y; }
  norm() { return 0; }
}
const obj = {
  point: new Point(),
  get computed() { return 'from getter'; },
  [Symbol('sym')]: 'dropped',
};
Object.defineProperty(obj, 'hidden', { value: 'dropped', enumerable: false });

function check(out) {
  assert.strictEqual(Object.getPrototypeOf(out.point), Object.prototype);
  assert.deepStrictEqual(out.point, { x: 1, y: 2 });
  assert.strictEqual(out.point.sum, undefined);
  assert.strictEqual(out.point.norm, undefined);
  const desc = Object.getOwnPropertyDescriptor(out, 'computed');
  assert.strictEqual(desc.value, 'from getter');
  assert.strictEqual(desc.get, undefined);
  assert.deepStrictEqual(Object.getOwnPropertySymbols(out), []);
  assert.ok(!('hidden' in out));
  assert.deepStrictEqual(Object.keys(out).sort(), ['computed', 'point']);
}

check(structuredClone(obj));
const { port1, port2 } = new MessageChannel();
port2.on('message', common.mustCall((out) => {
  check(out);
  port2.close();
}));
port1.postMessage(obj);
