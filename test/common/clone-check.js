// A structural checker shared by the structured-clone tests: walks the original and the clone side by side
// (iteratively: values can be deep) and checks kinds, primitive values (Object.is), own keys and their order,
// prototypes, property attributes, and that the identity topology is the same (one original object <-> one
// clone object).
'use strict';
const assert = require('assert');

function describe(v) {
  if (typeof v === 'string') return v.length > 40 ? `string(${v.length}) ${JSON.stringify(v.slice(0, 20))}...` : JSON.stringify(v);
  if (Object.is(v, -0)) return '-0';
  if (typeof v === 'bigint') return `${v}n`;
  return String(v);
}

function bytesOf(buffer) { return new Uint8Array(buffer); }

function assertSameBytes(a, b, where) {
  const x = bytesOf(a);
  const y = bytesOf(b);
  if (y.length !== x.length) assert.fail(`${where}: byteLength ${y.length}, expected ${x.length}`);
  for (let i = 0; i < x.length; i++) {
    if (x[i] !== y[i]) assert.fail(`${where}: byte ${i} is ${y[i]}, expected ${x[i]}`);
  }
}

function checkClone(orig, clone, label) {
  const seen = new Map();  // original object -> its clone
  const used = new Set();  // clone objects already matched to some original
  // Entries are [original, clone, parent entry, step]; a failure message spells the path from the root.
  const stack = [[orig, clone, null, '']];
  while (stack.length) {
    const entry = stack.pop();
    const [a, b] = entry;
    const fail = (what) => {
      const steps = [];
      for (let e = entry; e; e = e[2]) steps.push(e[3]);
      const path = steps.reverse().join('');
      assert.fail(`${label}: at root${path.length > 200 ? `...${path.slice(-200)}` : path}: ${what}`);
    };
    if (a === null || (typeof a !== 'object' && typeof a !== 'function')) {
      if (!Object.is(a, b)) fail(`${describe(a)} became ${describe(b)}`);
      continue;
    }
    if (b === null || typeof b !== 'object') fail(`an object became ${describe(b)}`);
    if (seen.has(a)) {
      if (seen.get(a) !== b) fail('a shared reference was not preserved');
      continue;
    }
    if (used.has(b)) fail('two distinct objects became one');
    if (a === b) fail('the clone is the original object');
    seen.set(a, b);
    used.add(b);

    if (a instanceof ArrayBuffer) {
      if (!(b instanceof ArrayBuffer)) fail('not an ArrayBuffer');
      assertSameBytes(a, b, label);
      continue;
    }
    if (typeof SharedArrayBuffer === 'function' && a instanceof SharedArrayBuffer) {
      if (!(b instanceof SharedArrayBuffer)) fail('not a SharedArrayBuffer');
      assertSameBytes(a, b, label);
      continue;
    }
    if (ArrayBuffer.isView(a)) {
      if (Object.getPrototypeOf(b) !== Object.getPrototypeOf(a)) fail('not the same kind of view');
      if (b.byteOffset !== a.byteOffset || b.byteLength !== a.byteLength) fail('view offset or length');
      stack.push([a.buffer, b.buffer, entry, '.buffer']);
      continue;
    }
    if (a instanceof Date) {
      if (!(b instanceof Date) || !Object.is(b.getTime(), a.getTime())) fail('not the same Date');
      continue;
    }
    if (a instanceof RegExp) {
      if (!(b instanceof RegExp) || b.source !== a.source || b.flags !== a.flags) fail('not the same RegExp');
      continue;
    }
    if (a instanceof Map || a instanceof Set) {
      if (Object.getPrototypeOf(b) !== Object.getPrototypeOf(a) || b.size !== a.size) fail('not the same Map/Set');
      const ea = [...a.entries()];
      const eb = [...b.entries()];
      for (let i = ea.length - 1; i >= 0; i--) {
        stack.push([ea[i][1], eb[i][1], entry, `<entry ${i} value>`]);
        stack.push([ea[i][0], eb[i][0], entry, `<entry ${i} key>`]);
      }
      continue;
    }
    if (a instanceof Error) {
      if (!(b instanceof Error) || b.name !== a.name || b.message !== a.message) fail('not the same Error');
      continue;
    }
    if (a instanceof Number || a instanceof String || a instanceof Boolean) {
      if (Object.getPrototypeOf(b) !== Object.getPrototypeOf(a) || !Object.is(b.valueOf(), a.valueOf())) {
        fail('not the same wrapper');
      }
      continue;
    }

    // An array, or an object that is read as a plain object.
    const isArray = Array.isArray(a);
    if (Array.isArray(b) !== isArray) fail(`array-ness ${Array.isArray(b)}`);
    if (Object.getPrototypeOf(b) !== (isArray ? Array.prototype : Object.prototype)) fail('prototype');
    if (isArray && b.length !== a.length) fail(`length ${b.length}, expected ${a.length}`);
    const keys = Object.keys(a);
    const cloneKeys = Object.keys(b);
    if (keys.length !== cloneKeys.length || keys.some((k, i) => cloneKeys[i] !== k)) {
      fail(`keys ${JSON.stringify(cloneKeys.slice(0, 20))}, expected ${JSON.stringify(keys.slice(0, 20))}`);
    }
    // Nothing else: no non-enumerable (but an array's length) and no symbol-keyed properties.
    if (Object.getOwnPropertySymbols(b).length !== 0) fail('symbol-keyed properties');
    if (Object.getOwnPropertyNames(b).length !== keys.length + (isArray ? 1 : 0)) fail('non-enumerable properties');
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i];
      const db = Object.getOwnPropertyDescriptor(b, key);
      if (!('value' in db) || !db.writable || !db.enumerable || !db.configurable) {
        fail(`[${describe(key)}] is not a plain data property`);
      }
      const da = Object.getOwnPropertyDescriptor(a, key);
      if (!('value' in da)) continue;  // an accessor: its callers check the value it produced
      stack.push([da.value, db.value, entry, isArray && key === String(i) ? `[${i}]` : `[${describe(key)}]`]);
    }
  }
  return seen;
}

module.exports = { checkClone, describe, assertSameBytes };
