'use strict';
// process.env objects. Node's process.env stringifies every value assigned to it and reads through to the
// real environment; a worker gets a plain-object copy unless it was started with SHARE_ENV.

const binding = internalBinding('process');

// The proxies over the real environment made on this thread (normally just process.env's).
const realEnvs = new WeakSet();

function createRealEnv() {
  const target = { __proto__: null };
  const env = new Proxy(target, {
    get(t, key) {
      if (typeof key !== 'string') return undefined;
      return binding.getEnv(key);
    },
    set(t, key, value) {
      if (typeof key === 'symbol') {
        throw new TypeError('Cannot convert a Symbol value to a string');
      }
      binding.setEnv(key, `${value}`);
      return true;
    },
    has(t, key) {
      return typeof key === 'string' && binding.getEnv(key) !== undefined;
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

// A private environment: same stringifying behaviour over a plain object.
function createCopyEnv(values) {
  const target = { __proto__: null };
  for (const key of Object.keys(values)) target[key] = `${values[key]}`;
  return new Proxy(target, {
    get(t, key) { return typeof key === 'string' ? t[key] : undefined; },
    set(t, key, value) {
      if (typeof key === 'symbol') throw new TypeError('Cannot convert a Symbol value to a string');
      t[key] = `${value}`;
      return true;
    },
    defineProperty(t, key, descriptor) {
      t[key] = `${descriptor.value}`;
      return true;
    },
  });
}

// `{ ...env }`, in one native call when `env` reads the real environment.
function copyEnv(env) {
  return realEnvs.has(env) ? binding.envSnapshot() : { ...env };
}

module.exports = { createRealEnv, createCopyEnv, copyEnv };
