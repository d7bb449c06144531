'use strict';
// CommonJS modules as Node resolves and runs them: relative/absolute paths, extensions (.js, .json, .cjs, .node
// is not supported), directories (package.json "main", then index.js), node_modules lookup up the tree with
// package "exports" ("." only: string, or "require"/"node"/"default" conditions), require.cache,
// require.resolve, cycles returning partial exports, and MODULE_NOT_FOUND errors with Node's message.

const fsBinding = internalBinding('fs');
const { compileFunction, callModuleFunction } = internalBinding('contextify');
const { canBeRequiredByUsers, requireBuiltin, publicBuiltinIds } = require('internal/bootstrap/loader');
const path = require('path');
const { setSource } = require('internal/modules/source_cache');
// The only check every require() makes, inline; internal/validators loads when it fails.
function validateString(value, name) {
  if (typeof value !== 'string') require('internal/validators').validateString(value, name);
}

const kStatFile = 0;
const kStatDir = 1;

const statCache = new Map();
function stat(filename) {
  let result = statCache.get(filename);
  if (result === undefined) {
    result = fsBinding.internalModuleStat(filename);
    statCache.set(filename, result);
  }
  return result;
}

function readFile(filename) {
  const ctx = {};
  const text = fsBinding.readFileUtf8(filename, ctx);
  if (text === undefined) {
    const { uvException } = require('internal/process/uv_error');
    throw uvException({ ...ctx, path: filename });
  }
  return text;
}

function realpath(filename) {
  const resolved = fsBinding.realpath(filename, {});
  return resolved === undefined ? filename : resolved;
}

const packageJsonCache = new Map();
function readPackage(directory) {
  const jsonPath = path.join(directory, 'package.json');
  if (packageJsonCache.has(jsonPath)) return packageJsonCache.get(jsonPath);
  let result = null;
  if (stat(jsonPath) === kStatFile) {
    const text = readFile(jsonPath);
    try {
      result = JSON.parse(text);
    } catch (error) {
      error.path = jsonPath;
      error.message = `Error parsing ${jsonPath}: ${error.message}`;
      throw error;
    }
    if (result === null || typeof result !== 'object') result = {};
  }
  packageJsonCache.set(jsonPath, result);
  return result;
}

function builtinModules() { return publicBuiltinIds(); }

class Module {
  constructor(id = '', parent) {
    this.id = id;
    this.path = path.dirname(id);
    this.exports = {};
    this.filename = null;
    this.loaded = false;
    this.children = [];
    this.paths = [];
    Object.defineProperty(this, 'parent', { value: parent, writable: true, enumerable: false,
                                            configurable: true });
    if (parent && parent.children) parent.children.push(this);
  }

  require(id) {
    validateString(id, 'id');
    if (id === '') {
      const { codes: { ERR_INVALID_ARG_VALUE } } = require('internal/errors');
      throw new ERR_INVALID_ARG_VALUE('id', id, 'must be a non-empty string');
    }
    return Module._load(id, this, false);
  }

  load(filename) {
    this.filename = filename;
    this.paths = Module._nodeModulePaths(path.dirname(filename));
    let extension = path.extname(filename);
    if (!Module._extensions[extension]) extension = '.js';
    Module._extensions[extension](this, filename);
    this.loaded = true;
  }

  _compile(content, filename) {
    if (content.charCodeAt(0) === 0xfeff) content = content.slice(1);
    if (content.startsWith('#!')) {
      const end = content.indexOf('\n');
      content = '//' + content.slice(2, end === -1 ? content.length : end) + (end === -1 ? '' : content.slice(end));
    }
    setSource(filename, content);
    const fn = compileFunction(content, filename,
                               ['exports', 'require', 'module', '__filename', '__dirname']);
    const require = makeRequireFunction(this);
    const dirname = path.dirname(filename);
    return callModuleFunction(fn, this.exports, this.exports, require, this, filename, dirname);
  }
}

Module._cache = { __proto__: null };
Module._pathCache = { __proto__: null };
Module._extensions = { __proto__: null };
Module.builtinModules = builtinModules();
Module.globalPaths = [];
Module.Module = Module;

Module._extensions['.js'] = function loadJs(module, filename) {
  module._compile(readFile(filename), filename);
};
Module._extensions['.cjs'] = Module._extensions['.js'];
Module._extensions['.json'] = function loadJson(module, filename) {
  const content = readFile(filename);
  try {
    module.exports = JSON.parse(content.charCodeAt(0) === 0xfeff ? content.slice(1) : content);
  } catch (error) {
    error.message = `${filename}: ${error.message}`;
    throw error;
  }
};
Module._extensions['.node'] = function loadNative(module, filename) {
  throw new Error(`Cannot load native addon ${filename}: loom does not support .node addons`);
};

// Whether path.resolve would return `p` unchanged (an absolute path with no empty, '.' or '..' segment and no
// trailing slash), checked without it: resolving a path in the interpreter costs a new worker 0.1 M
// instructions, and the cwd of an eval worker is always in this form.
function isNormalAbsolute(p) {
  return typeof p === 'string' && p.charCodeAt(0) === 47 && p.indexOf('//') === -1 && p.indexOf('/./') === -1 &&
         p.indexOf('/../') === -1 && !p.endsWith('/.') && !p.endsWith('/..') && (p.length === 1 || !p.endsWith('/'));
}

// Every worker calls this before its script runs, so it walks the path with lastIndexOf: the first
// String.prototype.split in a thread (the engine's self-hosted code, set up per global) cost a worker 0.1 ms.
Module._nodeModulePaths = function nodeModulePaths(from) {
  if (!isNormalAbsolute(from)) from = path.resolve(from);
  if (from === '/') return ['/node_modules'];
  const paths = [];
  for (let end = from.length; end > 0;) {
    const start = from.lastIndexOf('/', end - 1);
    if (from.slice(start + 1, end) !== 'node_modules') paths.push(`${from.slice(0, end)}/node_modules`);
    end = start;
  }
  paths.push('/node_modules');
  return paths;
};

function tryFile(filename) {
  if (stat(filename) !== kStatFile) return false;
  return realpath(filename);
}

function tryExtensions(base) {
  for (const ext of Object.keys(Module._extensions)) {
    const found = tryFile(base + ext);
    if (found) return found;
  }
  return false;
}

function tryPackage(directory, originalPath) {
  const pkg = readPackage(directory);
  const main = pkg && typeof pkg.main === 'string' ? pkg.main : undefined;
  if (!main) return tryExtensions(path.join(directory, 'index'));
  const filename = path.resolve(directory, main);
  const found = tryFile(filename) || tryExtensions(filename) || tryExtensions(path.join(filename, 'index'));
  if (found) return found;
  const fallback = tryExtensions(path.join(directory, 'index'));
  if (fallback) return fallback;
  const error = new Error(`Cannot find module '${filename}'. Please verify that the package.json has a ` +
                          `valid "main" entry`);
  error.code = 'MODULE_NOT_FOUND';
  error.path = path.join(directory, 'package.json');
  error.requestPath = originalPath;
  throw error;
}

// Resolves a filesystem path (file, file + extension, or directory).
function resolvePath(base, request, trailingSlash) {
  if (!trailingSlash) {
    const found = tryFile(base) || tryExtensions(base);
    if (found) return found;
  }
  if (stat(base) === kStatDir) return tryPackage(base, request);
  return false;
}

// package.json "exports" for a bare package specifier (only the "." entry and "./subpath" strings).
function resolveExports(packageDir, pkg, subpath, request) {
  const exportsField = pkg.exports;
  const conditions = ['require', 'node', 'default'];
  const pick = (target) => {
    if (typeof target === 'string') return target;
    if (Array.isArray(target)) {
      for (const t of target) {
        const r = pick(t);
        if (r !== undefined) return r;
      }
      return undefined;
    }
    if (target && typeof target === 'object') {
      for (const key of Object.keys(target)) {
        if (conditions.includes(key)) {
          const r = pick(target[key]);
          if (r !== undefined) return r;
        }
      }
    }
    return undefined;
  };
  let map = exportsField;
  const isSubpathMap = map && typeof map === 'object' && !Array.isArray(map) &&
                       Object.keys(map).some((k) => k.startsWith('.'));
  if (!isSubpathMap) map = { '.': exportsField };
  const key = subpath === '' ? '.' : `.${subpath}`;
  let target;
  if (Object.prototype.hasOwnProperty.call(map, key)) {
    target = pick(map[key]);
  } else {
    // "./dir/*" patterns
    for (const pattern of Object.keys(map)) {
      const star = pattern.indexOf('*');
      if (star === -1) continue;
      const prefix = pattern.slice(0, star);
      const suffix = pattern.slice(star + 1);
      if (key.startsWith(prefix) && key.endsWith(suffix) && key.length >= pattern.length - 1) {
        const middle = key.slice(prefix.length, key.length - suffix.length);
        const t = pick(map[pattern]);
        if (t !== undefined) target = t.split('*').join(middle);
        break;
      }
    }
  }
  if (target === undefined) {
    const { codes: { ERR_PACKAGE_PATH_NOT_EXPORTED } } = require('internal/errors');
    throw new ERR_PACKAGE_PATH_NOT_EXPORTED(`${packageDir}/`, key);
  }
  return path.resolve(packageDir, target);
}

Module._findPath = function findPath(request, paths, isMain) {
  const absolute = request.startsWith('/');
  const trailingSlash = request.endsWith('/') || request.endsWith('/.') || request.endsWith('/..') ||
                        request === '.' || request === '..';
  if (absolute) return resolvePath(path.resolve(request), request, trailingSlash);
  // Bare specifier: look for the package in each node_modules directory, honouring "exports".
  const slash = request.startsWith('@') ? request.indexOf('/', request.indexOf('/') + 1) : request.indexOf('/');
  const packageName = slash === -1 ? request : request.slice(0, slash);
  const subpath = slash === -1 ? '' : request.slice(slash);
  for (const dir of paths) {
    if (stat(dir) !== kStatDir) continue;
    const packageDir = path.join(dir, packageName);
    if (stat(packageDir) === kStatDir) {
      const pkg = readPackage(packageDir);
      if (pkg && pkg.exports !== undefined && pkg.exports !== null) {
        const target = resolveExports(packageDir, pkg, subpath, request);
        const found = tryFile(target);
        if (found) return found;
        continue;
      }
    }
    const found = resolvePath(path.resolve(dir, request), request, trailingSlash);
    if (found) return found;
  }
  return false;
};

Module._resolveLookupPaths = function resolveLookupPaths(request, parent) {
  if (request.startsWith('./') || request.startsWith('../') || request === '.' || request === '..') {
    const parentDir = parent && parent.filename ? path.dirname(parent.filename) : process.cwd();
    return [parentDir];
  }
  const paths = parent && parent.paths && parent.paths.length ? parent.paths
                                                              : Module._nodeModulePaths(process.cwd());
  return paths.concat(Module.globalPaths);
};

Module._resolveFilename = function resolveFilename(request, parent, isMain, options) {
  if (request.startsWith('node:') || canBeRequiredByUsers(request)) {
    const id = request.startsWith('node:') ? request.slice(5) : request;
    if (canBeRequiredByUsers(id)) return request;
  }
  let paths;
  if (options && Array.isArray(options.paths)) {
    paths = [];
    for (const p of options.paths) {
      const fake = new Module('', null);
      fake.paths = Module._nodeModulePaths(p);
      paths.push(p, ...Module._resolveLookupPaths(request, fake));
    }
  } else {
    paths = Module._resolveLookupPaths(request, parent);
  }
  let filename;
  if (request.startsWith('./') || request.startsWith('../') || request === '.' || request === '..') {
    for (const dir of paths) {
      const trailingSlash = request.endsWith('/') || request === '.' || request === '..';
      filename = resolvePath(path.resolve(dir, request), request, trailingSlash);
      if (filename) break;
    }
  } else {
    filename = Module._findPath(request, paths, isMain);
  }
  if (filename) return filename;
  const requireStack = [];
  for (let cursor = parent; cursor; cursor = cursor.parent) {
    requireStack.push(cursor.filename || cursor.id);
  }
  let message = `Cannot find module '${request}'`;
  if (requireStack.length > 0) message += `\nRequire stack:\n- ${requireStack.join('\n- ')}`;
  const error = new Error(message);
  error.code = 'MODULE_NOT_FOUND';
  error.requireStack = requireStack;
  throw error;
};

Module._load = function load(request, parent, isMain) {
  if (request.startsWith('node:')) {
    const id = request.slice(5);
    if (!canBeRequiredByUsers(id)) {
      const { codes: { ERR_UNKNOWN_BUILTIN_MODULE } } = require('internal/errors');
      throw new ERR_UNKNOWN_BUILTIN_MODULE(request);
    }
    return requireBuiltin(id);
  }
  const filename = Module._resolveFilename(request, parent, isMain);
  if (canBeRequiredByUsers(filename) && !filename.startsWith('/')) return requireBuiltin(filename);
  const cached = Module._cache[filename];
  if (cached !== undefined) {
    if (parent && parent.children && !parent.children.includes(cached)) parent.children.push(cached);
    return cached.exports;
  }
  const module = new Module(filename, parent);
  if (isMain) {
    process.mainModule = module;
    module.id = '.';
  }
  Module._cache[filename] = module;
  let threw = true;
  try {
    module.load(filename);
    threw = false;
  } finally {
    if (threw) {
      delete Module._cache[filename];
      if (parent && parent.children) {
        const index = parent.children.indexOf(module);
        if (index !== -1) parent.children.splice(index, 1);
      }
    }
  }
  return module.exports;
};

function makeRequireFunction(mod) {
  function require(id) { return mod.require(id); }
  function resolve(request, options) {
    validateString(request, 'request');
    return Module._resolveFilename(request, mod, false, options);
  }
  resolve.paths = function paths(request) {
    if (canBeRequiredByUsers(request) || request.startsWith('node:')) return null;
    return Module._resolveLookupPaths(request, mod);
  };
  require.resolve = resolve;
  require.main = process.mainModule;
  require.extensions = Module._extensions;
  require.cache = Module._cache;
  return require;
}

Module.createRequire = function createRequire(filename) {
  if (filename && typeof filename === 'object' && typeof filename.href === 'string') {
    filename = require('internal/url').fileURLToPath(filename);
  } else if (typeof filename === 'string' && filename.startsWith('file:')) {
    filename = require('internal/url').fileURLToPath(filename);
  }
  if (typeof filename !== 'string' || !path.isAbsolute(filename)) {
    const { codes: { ERR_INVALID_ARG_VALUE } } = require('internal/errors');
    throw new ERR_INVALID_ARG_VALUE('filename', filename, 'must be a file URL object, file URL string, or ' +
                                    'absolute path string');
  }
  const trailingSlash = filename.endsWith('/');
  const proxyPath = trailingSlash ? path.join(filename, 'noop.js') : filename;
  const m = new Module(proxyPath, null);
  m.filename = proxyPath;
  m.paths = Module._nodeModulePaths(m.path);
  return makeRequireFunction(m);
};

Module.isBuiltin = function isBuiltin(id) {
  return canBeRequiredByUsers(id.startsWith('node:') ? id.slice(5) : id);
};

// Runs a file as the main module of this thread.
Module.runMain = function runMain(mainPath) {
  const filename = path.resolve(mainPath);
  Module._load(filename, null, true);
};

module.exports = { Module, makeRequireFunction };
