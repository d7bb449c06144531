'use strict';
// process.env objects. Node's process.env stringifies every value assigned to it and reads through to the
// real environment; a worker gets a plain-object copy unless it was started with SHARE_ENV.

const binding = internalBinding('process');

// The proxies over the real environment made on this thread (normally just process.env's).
const realEnvs = new WeakSet();

// What both kinds inherit, as in Node: an object holding only an anonymous `constructor`, on top of
// Object.prototype, so that `process.env.hasOwnProperty(name)` and `${process.env}` work.
const envPrototype = { __proto__: Object.prototype };
Object.defineProperty(envPrototype, 'constructor', {
  value: (() => function () {})(), writable: true, enumerable: false, configurable: true,
});

// Makes `key` an own, ordinary data property of a copy's target, whatever its name (`__proto__` included).
function setOwn(target, key, value) {
  Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
}

function createRealEnv() {
  const target = { __proto__: envPrototype };
  const env = new Proxy(target, {
    get(t, key, receiver) {
      if (typeof key === 'string') {
        const value = binding.getEnv(key);
        if (value !== undefined) return value;
      }
      return Reflect.get(envPrototype, key, receiver);
    },
    set(t, key, value) {
      if (typeof key === 'symbol') {
        throw new TypeError('Cannot convert a Symbol value to a string');
      }
      binding.setEnv(key, `${value}`);
      return true;
    },
    has(t, key) {
      return (typeof key === 'string' && binding.getEnv(key) !== undefined) || key in envPrototype;
    },
    deleteProperty(t, key) {
      if (typeof key === 'string') binding.unsetEnv(key);
      return true;
    },
    ownKeys() {
      return [...new Set(binding.envKeys())];
    },
    getOwnPropertyDescriptor(t, key) {
      if (typeof key !== 'string') return undefined;
      const value = binding.getEnv(key);
      if (value === undefined) return undefined;
      return { value, writable: true, enumerable: true, configurable: true };
    },
    defineProperty(t, key, descriptor) {
      binding.setEnv(key, `${descriptor.value}`);
      return true;
    },
  });
  realEnvs.add(env);
  return env;
}

// A private environment: same stringifying behaviour over a plain object. `values` is the object copyEnv
// made on the parent's thread (every value a string), as the start-up message delivered it to this thread:
// it becomes the copy itself.
function createCopyEnv(values) {
  const target = Object.setPrototypeOf(values, envPrototype);
  return new Proxy(target, {
    set(t, key, value) {
      if (typeof key === 'symbol') throw new TypeError('Cannot convert a Symbol value to a string');
      setOwn(t, key, `${value}`);
      return true;
    },
    defineProperty(t, key, descriptor) {
      setOwn(t, key, `${descriptor.value}`);
      return true;
    },
  });
}

// A new Worker's environment: `env`'s own enumerable properties, every value stringified on this thread, as
// in Node (a function becomes its source, a symbol throws here rather than failing to clone). In one native
// call when `env` reads the real environment.
function copyEnv(env) {
  if (realEnvs.has(env)) return binding.envSnapshot();
  const copy = { __proto__: null };
  for (const key of Object.keys(env)) {
    const value = env[key];
    if (typeof value === 'symbol') throw new TypeError('Cannot convert a Symbol value to a string');
    copy[key] = `${value}`;
  }
  return copy;
}

module.exports = { createRealEnv, createCopyEnv, copyEnv };
