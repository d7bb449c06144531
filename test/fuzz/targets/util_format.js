'use strict';
// Fuzz target: util.format / util.formatWithOptions / util.inspect with fuzzed format strings, arguments and
// options. Input bytes build a format string over an alphabet rich in % specifiers, then a list of values of
// many kinds (primitives, nested and circular objects, errors, collections, typed arrays, proxies, getters,
// custom inspectors, class instances...). Properties (all hold in Node): the result is a string, formatting
// is deterministic, a format without specifiers keeps its text, and the only exceptions are Node's own
// TypeError/RangeError (e.g. %d of a Symbol, bad inspect options). Nothing user-defined here throws.
const util = require('util');
const { check, ByteReader, bucket, avoid } = require('../lib/fuzz-util');

const TOKENS = ['%s', '%d', '%i', '%f', '%j', '%o', '%O', '%c', '%%', '%', '%x', ' ', '\n', 'a', '{', '"', '\\',
                '\u00e9', '\ud83d', '\ude00', '%%s', '%5d', '\t'];

function formatString(r) {
  let s = '';
  const n = r.byte() % 24;
  for (let i = 0; i < n; i++) {
    const b = r.byte();
    s += b < 0x60 ? TOKENS[b % TOKENS.length] : String.fromCharCode(b);
  }
  return s;
}

class Point {
  constructor(x, y) { this.x = x; this.y = y; }
}
class Tagged {
  get [Symbol.toStringTag]() { return 'Custom'; }
}
class MyError extends TypeError {
  constructor(m) { super(m); this.name = 'MyError'; this.extra = 1; }
}

function value(r, depth) {
  const tag = r.byte();
  const nested = () => (depth > 3 ? r.byte() : value(r, depth + 1));
  const list = () => {
    const n = r.byte() % 5;
    const out = [];
    for (let i = 0; i < n; i++) out.push(nested());
    return out;
  };
  switch (tag % 36) {
    case 0: return undefined;
    case 1: return null;
    case 2: return r.bool();
    case 3: return r.smallInt();
    case 4: return r.double();
    case 5: return r.latin1();
    case 6: return BigInt(r.int32()) * (r.bool() ? 1n : 10n ** 30n);
    case 7: return Symbol(r.latin1());
    case 8: {
      const o = {};
      for (const v of list()) o[r.latin1() || 'k'] = v;
      return o;
    }
    case 9: {
      const a = list();
      if (r.bool()) a[a.length + (r.byte() % 5)] = 'after holes';
      return a;
    }
    case 10: return r.choose([function named() {}, () => 1, class K {}, async function af() {},
                              function* gen() {}, Math.max, Object.assign(function withProps() {}, { p: 1 })]);
    case 11: {
      const e = r.pick([() => new Error(r.latin1()), () => new RangeError('r'), () => new MyError('mine'),
                        () => new Error('with cause', { cause: nested() })]);
      if (r.bool()) e.stack = r.latin1();
      return e;
    }
    case 12: return new Date(r.bool() ? r.double() : r.int32() * 1000);
    case 13: try { return new RegExp(r.latin1(), r.choose(['', 'g', 'gimsuy', 'y'])); } catch { return /x/; }
    case 14: return new Map(list().map((v, i) => [i % 2 ? v : `k${i}`, v]));
    case 15: return new Set(list());
    case 16: {
      const bytes = r.bytes(r.byte() % 40);
      return r.pick([() => Buffer.from(bytes), () => new Uint8Array(bytes), () => new Float64Array(bytes.length >> 3),
                     () => new BigInt64Array(2), () => new Uint8Array(bytes).buffer,
                     () => new DataView(new ArrayBuffer(4)),
                     // many-sab: loom dies after ~1000 SharedArrayBuffers that no GC has collected yet.
                     () => (avoid.has('many-sab') ? new ArrayBuffer(3) : new SharedArrayBuffer(3))]);
    }
    case 17: return r.pick([() => new Number(r.double()), () => new String(r.latin1()), () => new Boolean(false),
                            () => Object(Symbol('boxed')), () => Object(5n)]);
    case 18: {
      const o = { name: 'circular', list: [] };
      o.self = o;
      o.list.push(o, { back: o });
      return o;
    }
    case 19: {
      const o = Object.create(null);
      o.key = nested();
      return o;
    }
    case 20: return r.pick([() => new Point(r.smallInt(), nested()), () => new Tagged(),
                            () => Object.assign(new Tagged(), { a: 1 })]);
    case 21: {
      const o = {};
      Object.defineProperty(o, 'getter', { get() { return 'got'; }, enumerable: true });
      Object.defineProperty(o, 'setter', { set(v) {}, enumerable: true });
      Object.defineProperty(o, 'both', { get() { return 1; }, set(v) {}, enumerable: true });
      Object.defineProperty(o, 'hidden', { value: nested(), enumerable: false });
      return o;
    }
    case 22: {
      const kind = r.byte() % 3;
      const p = kind === 0 ? Promise.resolve(nested()) : kind === 1 ? new Promise(() => {})
                                                             : Promise.reject(new Error('rejected'));
      p.catch(() => {});  // no unhandled rejections
      return p;
    }
    case 23: return new Proxy(r.bool() ? {} : [1, 2], {});
    case 24: return r.pick([() => new WeakMap(), () => new WeakSet(), () => new WeakRef({})]);
    case 25: {
      const inner = nested();
      const returnInner = r.bool();  // decided now: formatting must be deterministic
      return { [util.inspect.custom]: (d, opts) => (returnInner ? inner : `custom(${typeof d})`) };
    }
    case 26: return (function () { return arguments; })(...list());
    case 27: return 'x'.repeat(r.byte() * 8);
    case 28: {
      const o = {};
      for (let i = 0; i < 30 + r.byte(); i++) o[`key${i}`] = i;
      return o;
    }
    case 29: return { [Symbol('sym')]: nested(), [Symbol.iterator]: 1, 'quoted key': 2, 3: 3, '': 4 };
    case 30: return [-0, 0, NaN, -Infinity, 1e21, 1e-7, 2 ** 53, 0.1 + 0.2];
    case 31: return r.pick([() => new Map([[{}, []]]).entries(), () => new Set([1]).values(),
                            () => [1, 2][Symbol.iterator](), () => Object.entries({ a: 1 })]);
    case 32: {
      // Holey arrays sharing one element. Only the outermost may be long: nested, they multiply the output
      // (five levels of 40 printed with depth: Infinity took Node itself 2 s per input, and longer strings
      // in them more), and every input has to finish well within the fuzzer's timeout under ASan.
      const limit = depth === 0 ? 40 : 5;
      const a = new Array(r.byte() % limit);
      a.fill(nested(), 0, r.byte() % limit);
      return a;
    }
    case 33: return { toString() { return 'custom toString'; }, valueOf() { return 42; } };
    case 34: return { [Symbol.toPrimitive]() { return 7; } };
    default: return globalThis[r.choose(['Math', 'JSON', 'Atomics', 'Reflect', 'Intl'])];
  }
}

function options(r) {
  const o = {};
  const n = r.byte() % 6;
  for (let i = 0; i < n; i++) {
    switch (r.byte() % 12) {
      case 0: o.depth = r.pick([() => 0, () => 2, () => Infinity, () => null, () => -1, () => r.smallInt()]); break;
      case 1: o.colors = r.bool(); break;
      case 2: o.compact = r.choose([true, false, 0, 1, 3, 10]); break;
      case 3: o.breakLength = r.pick([() => 0, () => 40, () => 80, () => Infinity, () => r.smallInt()]); break;
      case 4: o.sorted = r.bool(); break;
      case 5: o.getters = r.choose([true, false, 'get', 'set']); break;
      case 6: o.showHidden = r.bool(); break;
      case 7: o.maxArrayLength = r.choose([0, 1, 3, 100, Infinity, null, -1]); break;
      case 8: o.maxStringLength = r.choose([0, 1, 10, Infinity, null, -1]); break;
      case 9: o.numericSeparator = r.bool(); break;
      case 10: o.showProxy = r.bool(); break;
      default: o.customInspect = r.bool(); break;
    }
  }
  return o;
}

module.exports = {
  fuzz(buf, cover) {
    const r = new ByteReader(buf);
    const mode = r.byte() % 3;
    const fmt = formatString(r);
    const opts = mode === 0 ? null : options(r);
    const args = [];
    const argCount = r.byte() % 6;
    for (let i = 0; i < argCount; i++) args.push(value(r, 0));
    const run = () => {
      if (mode === 0) return util.format(fmt, ...args);
      if (mode === 1) return util.formatWithOptions(opts, fmt, ...args);
      return util.inspect(args.length ? args[0] : fmt, opts);
    };
    const first = run();
    check(typeof first === 'string', () => `result is a ${typeof first}`);
    const second = run();
    check(first === second, () => `formatting twice differs:\n${first}\n---\n${second}`);
    if (mode === 0 && !fmt.includes('%') && args.length === 0) {
      check(first === fmt, () => `plain format string changed: ${JSON.stringify(fmt)} -> ${JSON.stringify(first)}`);
    }
    if (mode !== 2) {
      for (const spec of fmt.match(/%[sdifjoOc%]/g) || []) cover(`spec:${mode}:${spec}`);
    }
    for (const arg of args) cover(`arg:${mode}:${typeof arg}:${Object.prototype.toString.call(arg)}`);
    cover(`len:${mode}:${bucket(first.length)}`);
    for (const [key, v] of Object.entries(opts || {})) cover(`opt:${key}:${String(v)}`);
  },
};
