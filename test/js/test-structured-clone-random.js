// Clones a few hundred pseudo-random values (seeded, so the same in every run and runtime) that mix plain
// objects, arrays (dense, holey, with named properties or a longer length), strings of every size and kind,
// numbers, ArrayBuffers, shared references and cycles, deep chains and now and then a Map, Date, view or BigInt
// (so that the engine's serializer takes over), through structuredClone (with and without a transfer list), a
// MessageChannel, a worker echo and workerData, and checks each clone against its original: structure, values,
// key order, prototypes and the identity topology.
'use strict';
const common = require('../common');
const assert = require('assert');
const { Worker, MessageChannel, receiveMessageOnPort } = require('worker_threads');
const { checkClone, describe } = require('../common/clone-check');

const SEED = 0x5eed1234;
const COUNT = 300;

// mulberry32
function makeRandom(seed) {
  let a = seed >>> 0;
  return function random() {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = makeRandom(SEED);
const int = (n) => Math.floor(random() * n);  // 0 .. n-1
const chance = (p) => random() < p;
const pick = (list) => list[int(list.length)];

// ---------------------------------------------------------------------------------------------------------
// The generator.

const LATIN1_UNITS = ['a', 'b', 'z', 'A', '0', ' ', '~', '\0', '\x7f', '\x80', '\u00e9', '\u00ff', '\u00a0'];
const TWO_BYTE_UNITS = ['\u20ac', '\u0100', '\u4e2d', '\uffff', '\ud83d', '\ude00', '\ud800', '\udfff', 'x'];
const STRING_SIZES = [0, 1, 5, 31, 100, 511, 512, 513, 1023, 1024, 1025, 2047, 2048, 3000];

function randomString() {
  const kind = int(10);
  if (kind === 0) return '';
  if (kind === 1) {
    // A rope: concatenated in a loop from short pieces.
    let s = '';
    const pieces = 2 + int(60);
    for (let i = 0; i < pieces; i++) s += randomShortString() + i;
    return s;
  }
  if (kind === 2) return '\ud83d\ude00'.repeat(1 + int(600));
  if (kind === 3) return randomShortString().slice(int(3));  // maybe a substring
  const length = kind < 7 ? int(40) : pick(STRING_SIZES) + int(3) - 1;
  const units = chance(0.5) ? LATIN1_UNITS : TWO_BYTE_UNITS;
  const parts = new Array(Math.max(length, 0));
  for (let i = 0; i < parts.length; i++) parts[i] = units[int(units.length)];
  return parts.join('');
}
function randomShortString() {
  const units = chance(0.7) ? LATIN1_UNITS : TWO_BYTE_UNITS;
  let s = '';
  for (let i = int(12); i > 0; i--) s += units[int(units.length)];
  return s;
}

const EDGE_NUMBERS = [0, -0, NaN, Infinity, -Infinity, 1, -1, 2 ** 31 - 1, 2 ** 31, -(2 ** 31), -(2 ** 31) - 1,
  0.1, -2.5, 1e21, Number.MAX_VALUE, Number.MIN_VALUE, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER];
function randomNumber() {
  switch (int(4)) {
    case 0: return pick(EDGE_NUMBERS);
    case 1: return int(1000) - 500;
    case 2: return (random() - 0.5) * 2 ** int(64);
    default: return int(2 ** 31) * (chance(0.5) ? 1 : -1);
  }
}

function randomPrimitive() {
  switch (int(8)) {
    case 0: case 1: case 2: return randomString();
    case 3: case 4: return randomNumber();
    case 5: return chance(0.5);
    case 6: return null;
    default: return undefined;
  }
}

function randomBuffer() {
  const size = pick([0, 1, 7, 64, 1000, 1024, 5000]);
  const ab = new ArrayBuffer(size);
  const bytes = new Uint8Array(ab);
  for (let i = 0; i < size; i++) bytes[i] = int(256);
  return ab;
}

const OBJECT_KEYS = ['a', 'b', 'id', 'name', 'value', 'x', '0', '1', '2', '10', '4294967294', '4294967295', '-1',
  '01', '1.5', '', '\u00e9', '\u20ac', '\ud800', 'key with spaces', '\u043a\u043b\u044e\u0447', '__proto__',
  'constructor', 'toString', 'length', 'then'];
const ARRAY_NAMES = ['tag', 'name', '-1', '4294967295', '\u20ac', '__proto__', 'x'];

function define(target, key, value) {
  Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
}

// Builds one value. `pool` holds the objects made so far (for this value and a few earlier ones): picking one
// of them makes a shared reference, or a cycle when it is an ancestor still being filled.
class Generator {
  constructor(pool) {
    this.pool = pool;
    this.budget = 40 + int(200);
    this.unsupported = false;
  }

  value(depth) {
    this.budget--;
    if (this.pool.length && chance(0.08)) return pick(this.pool);
    if (depth >= 6 || this.budget <= 0 || chance(0.45)) return randomPrimitive();
    const r = int(100);
    if (r < 40) return this.object(depth);
    if (r < 75) return this.array(depth);
    if (r < 85) return this.remember(randomBuffer());
    if (r < 88) return this.chain(depth);
    if (r < 91) return this.engineOnly(depth);
    return randomString();
  }

  remember(obj) {
    this.pool.push(obj);
    return obj;
  }

  object(depth) {
    let obj;
    switch (int(6)) {
      case 0: obj = Object.create(null); break;
      case 1: obj = new (class Thing { method() {} })(); break;
      default: obj = {};
    }
    this.remember(obj);
    for (let n = int(8); n > 0; n--) define(obj, pick(OBJECT_KEYS), this.value(depth + 1));
    if (chance(0.1)) Object.defineProperty(obj, 'hidden', { value: 1, enumerable: false });
    if (chance(0.1)) obj[Symbol('s')] = 1;
    return obj;
  }

  array(depth) {
    const length = int(12);
    const arr = new Array(length);
    this.remember(arr);
    const holey = chance(0.3);
    for (let i = 0; i < length; i++) {
      if (!holey || chance(0.6)) arr[i] = this.value(depth + 1);
    }
    if (chance(0.15)) define(arr, pick(ARRAY_NAMES), this.value(depth + 1));
    if (chance(0.1)) arr.length += 1 + int(100);
    if (chance(0.05)) arr[length + 1000 + int(100000)] = this.value(depth + 1);
    return arr;
  }

  // A chain of single-child objects or arrays about as deep as the fast format's limit (256).
  chain(depth) {
    const length = 230 + int(60);
    const root = chance(0.5) ? [] : {};
    this.remember(root);
    let node = root;
    for (let i = 0; i < length; i++) {
      const next = chance(0.5) ? [] : {};
      if (Array.isArray(node)) node.push(i, next); else node.next = next;
      node = next;
    }
    const leaf = chance(0.3) ? pick(this.pool) : randomPrimitive();  // maybe a reference back up
    if (Array.isArray(node)) node.push(leaf); else node.leaf = leaf;
    this.budget -= 20;
    return root;
  }

  engineOnly(depth) {
    this.unsupported = true;
    switch (int(7)) {
      case 0: {
        const map = new Map();
        this.remember(map);
        for (let n = int(4); n > 0; n--) map.set(this.value(depth + 1), this.value(depth + 1));
        return map;
      }
      case 1: {
        const set = new Set();
        this.remember(set);
        for (let n = int(4); n > 0; n--) set.add(this.value(depth + 1));
        return set;
      }
      case 2: return this.remember(new Date(int(2 ** 40)));
      case 3: {
        const buffers = this.pool.filter((o) => o instanceof ArrayBuffer && o.byteLength >= 8);
        const buffer = buffers.length ? pick(buffers) : this.remember(new ArrayBuffer(16));
        const view = chance(0.5) ? new Uint8Array(buffer, 1, 4) : new DataView(buffer, 2);
        return this.remember(view);
      }
      case 4: return BigInt(int(1e9)) * 123456789123n;
      case 5: return this.remember(new RangeError(randomShortString()));
      default: return this.remember(Object(randomShortString()));
    }
  }
}

const values = [];
let unsupportedCount = 0;
{
  let pool = [];
  for (let i = 0; i < COUNT; i++) {
    if (pool.length > 60) pool = pool.slice(-20);  // a few objects are shared with the values before
    const generator = new Generator(pool);
    values.push(generator.value(0));
    if (generator.unsupported) unsupportedCount++;
  }
}
// The mix covers both paths (a fixed number, since the generator is seeded).
assert.ok(unsupportedCount > 10 && unsupportedCount < COUNT / 2, `${unsupportedCount} values need the engine`);

// ---------------------------------------------------------------------------------------------------------
// The paths.

values.forEach((value, i) => checkClone(value, structuredClone(value), `structuredClone #${i}`));
values.forEach((value, i) => {
  // A transfer list (of an unrelated buffer) makes loom use the engine's serializer for the whole value.
  checkClone(value, structuredClone(value, { transfer: [new ArrayBuffer(1)] }), `with a transfer list #${i}`);
});
{
  const { port1, port2 } = new MessageChannel();
  values.forEach((value, i) => port1.postMessage(value));
  values.forEach((value, i) => checkClone(value, receiveMessageOnPort(port2).message, `MessageChannel #${i}`));
  assert.strictEqual(receiveMessageOnPort(port2), undefined);
  port1.close();
}
// All of them in one message: one graph whose parts share objects.
checkClone(values, structuredClone(values), 'all values at once');

const worker = new Worker(`
  const { parentPort, workerData } = require('worker_threads');
  parentPort.postMessage(workerData);
  parentPort.on('message', (m) => {
    if (m === '--done--') parentPort.close();
    else parentPort.postMessage(m);
  });
`, { eval: true, workerData: values.slice(0, 100) });

const replies = [];
const expected = 2 + values.length;
worker.on('message', common.mustCall((m) => {
  replies.push(m);
  if (replies.length < expected) return;
  worker.postMessage('--done--');
  checkClone(values.slice(0, 100), replies[0], 'workerData');
  values.forEach((value, i) => checkClone(value, replies[1 + i], `worker echo #${i}`));
  checkClone(values, replies[1 + values.length], 'all values at once, through the worker');
}, expected));
worker.on('error', common.mustNotCall());
worker.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
for (const value of values) worker.postMessage(value);
worker.postMessage(values);
