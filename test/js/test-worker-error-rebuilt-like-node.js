// What the parent's 'error' event receives for what a worker throws, as Node rebuilds it: an error of its
// nearest basic constructor (a subclass or AggregateError becomes RangeError / Error) with the properties of
// its prototype chain (getters read, functions and symbols left out, enumerability kept, a cause rebuilt too)
// and a Symbol.toStringTag of "Error"; when a property cannot be cloned, the plain structured clone of the
// error (stack and message only); a symbol as a symbol; an object with util.inspect.custom as one that
// inspects the same; anything else as its structured clone.
'use strict';
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const cases = [
  ["throw new Error('plain')",
   "Error: name(ne)=Error message(ne)=plain stack(ne)=string tag(ne)=Error"],
  ["const e = new TypeError('t'); e.code = 'C'; e.extra = { a: [1] }; throw e",
   "TypeError: name(ne)=TypeError message(ne)=t stack(ne)=string code=C extra={\"a\":[1]} tag(ne)=Error"],
  ["throw new AggregateError([new Error('in')], 'agg')",
   "Error: name(ne)=AggregateError message(ne)=agg stack(ne)=string errors(ne)=[{}] tag(ne)=Error"],
  ["throw Symbol('s')",
   "symbol s"],
  ["const e = new Error('f'); e.fn = () => 1; e.sym = Symbol('x'); throw e",
   "Error: name(ne)=Error message(ne)=f stack(ne)=string tag(ne)=Error"],
  ["const e = new Error('n'); e.name = 'Custom'; throw e",
   "Error: name=Custom message(ne)=n stack(ne)=string tag(ne)=Error"],
  ['const e = new Error(); e.message = 42; throw e',
   "Error: name(ne)=Error message=42 stack(ne)=string tag(ne)=Error"],
  ["class MyErr extends RangeError {}; throw new MyErr('r')",
   "RangeError: name(ne)=RangeError message(ne)=r stack(ne)=string tag(ne)=Error"],
  ["throw new Error('c', { cause: new TypeError('inner') })",
   "Error: name(ne)=Error message(ne)=c stack(ne)=string cause(ne)=TypeError:inner tag(ne)=Error"],
  ["const e = new Error('g'); Object.defineProperty(e, 'lazy', { get() { return 'got'; }, enumerable: true }); throw e",
   "Error: name(ne)=Error message(ne)=g stack(ne)=string lazy=got tag(ne)=Error"],
  ["const e = new Error('h'); Object.defineProperty(e, 'hidden', { value: 'h', enumerable: false }); throw e",
   "Error: name(ne)=Error message(ne)=h stack(ne)=string hidden(ne)=h tag(ne)=Error"],
  ['throw Object.create(Error.prototype)',
   "Object: "],
  ["throw { [require('util').inspect.custom]() { return 'custom!'; } }",
   "null: Symbol(nodejs.util.inspect.custom)=fn->custom!"],
  ["const e = new Error('u'); e.f = { g: () => 1 }; e.code = 'dropped'; throw e",
   "Error: stack(ne)=string message(ne)=u"],
  ['throw { plain: [1, 2] }',
   "Object: plain=[1,2]"],
];

function describe(e) {
  if (typeof e === 'symbol') return `symbol ${e.description}`;
  if (typeof e !== 'object' || e === null) return `${typeof e} ${String(e)}`;
  const proto = Object.getPrototypeOf(e);
  const kind = proto === null ? 'null' : proto.constructor.name;
  const own = Reflect.ownKeys(e).map((k) => {
    const d = Object.getOwnPropertyDescriptor(e, k);
    let v = d.value;
    if (k === 'stack') v = typeof v;
    else if (k === 'cause') v = `${Object.getPrototypeOf(v).constructor.name}:${v.message}`;
    else if (typeof v === 'function') v = `fn->${v()}`;
    else if (typeof v === 'object') v = JSON.stringify(v);
    return `${k === Symbol.toStringTag ? 'tag' : String(k)}${d.enumerable ? '' : '(ne)'}=${String(v)}`;
  });
  return `${kind}: ${own.join(' ')}`;
}

(async () => {
  for (const [source, expected] of cases) {
    const received = await new Promise((resolve) => {
      const worker = new Worker(source, { eval: true });
      worker.on('error', common.mustCall(resolve));
    });
    assert.strictEqual(describe(received), expected, source);
  }
})().then(common.mustCall());

// An error thrown by the eval'd script itself arrives with the source line and a caret before its stack;
// one thrown later, from a callback, does not.
function stackOf(source) {
  return new Promise((resolve) => new Worker(source, { eval: true }).on('error', (e) => resolve(e.stack)));
}
stackOf("\nthrow new Error('top');").then(common.mustCall((stack) => {
  assert.ok(stack.startsWith("[worker eval]:2\nthrow new Error('top');\n^\n\nError: top\n"), stack);
}));
stackOf("setTimeout(() => { throw new Error('later'); }, 1);").then(common.mustCall((stack) => {
  assert.ok(stack.startsWith('Error: later\n'), stack);
}));

// The structured clone of an error (what the fallback above uses) has stack, message and cause, in that order;
// the message only when it is an own data property, as a string.
assert.deepStrictEqual(Object.getOwnPropertyNames(structuredClone(new TypeError('x', { cause: 1 }))),
                       ['stack', 'message', 'cause']);
assert.deepStrictEqual(Object.getOwnPropertyNames(structuredClone(new Error())), ['stack']);
assert.strictEqual(structuredClone(Object.assign(new Error(), { message: 42 })).message, '42');
