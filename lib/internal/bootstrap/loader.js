'use strict';
// The built-in module loader: the first JS that runs on every thread. It compiles embedded lib/ modules on
// first use (so a worker pays only for what it loads) and hands each one (exports, require, module,
// internalBinding). Only `internalBinding` is given to this file; it returns { requireBuiltin, ... }.

const { compileBuiltin, builtinIdSet, publicBuiltinIds } = internalBinding('builtins');

const bindingCache = { __proto__: null };
function cachedBinding(name) {
  let binding = bindingCache[name];
  if (binding === undefined) binding = bindingCache[name] = internalBinding(name);
  return binding;
}

const ids = builtinIdSet();
const cache = new Map();  // id -> module record { id, exports, loaded }

function requireBuiltin(id) {
  const cached = cache.get(id);
  if (cached !== undefined) return cached.exports;
  if (!ids.has(id)) throw new Error(`No such built-in module: ${id}`);
  const mod = { id, exports: {}, loaded: false };
  cache.set(id, mod);
  const fn = compileBuiltin(id);
  fn.call(undefined, mod.exports, requireBuiltin, mod, cachedBinding);
  mod.loaded = true;
  return mod.exports;
}

// Public built-ins are the ids outside internal/ (what `require('x')` and `require('node:x')` may load).
function canBeRequiredByUsers(id) {
  return ids.has(id) && !id.startsWith('internal/');
}

module.exports = { requireBuiltin, canBeRequiredByUsers, publicBuiltinIds, internalBinding: cachedBinding };

// Other built-ins reach the loader as require('internal/bootstrap/loader').
cache.set('internal/bootstrap/loader', module);
module.loaded = true;
