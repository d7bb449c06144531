'use strict';
// The `fs` module: the synchronous calls Node programs use most, callback readFile/writeFile/etc. on top of
// them (run on a later turn of the loop, so callbacks are always asynchronous), and fs.promises. Errors carry
// Node's code, errno, syscall and path.

const binding = internalBinding('fs');
const { Buffer } = require('buffer');
const pathModule = require('path');
const { queueIOCallback } = require('internal/process/io_queue');

const constants = {
  F_OK: 0, R_OK: 4, W_OK: 2, X_OK: 1,
  O_RDONLY: 0, O_WRONLY: 1, O_RDWR: 2, O_CREAT: 64, O_EXCL: 128, O_TRUNC: 512, O_APPEND: 1024,
  S_IFMT: 0o170000, S_IFREG: 0o100000, S_IFDIR: 0o040000, S_IFLNK: 0o120000, S_IFIFO: 0o010000,
  S_IFSOCK: 0o140000, S_IFCHR: 0o020000, S_IFBLK: 0o060000,
};

function errors() { return require('internal/errors').codes; }

function toPath(path, name = 'path') {
  let result;
  if (typeof path === 'string') {
    result = path;
  } else if (path instanceof Uint8Array) {
    result = Buffer.from(path).toString();
  } else if (path !== null && typeof path === 'object' && typeof path.href === 'string' &&
             path.protocol === 'file:') {
    result = require('internal/url').fileURLToPath(path);
  } else {
    throw new (errors().ERR_INVALID_ARG_TYPE)(name, ['string', 'Buffer', 'URL'], path);
  }
  // A NUL inside would make the system see a shorter path than the one asked for.
  if (result.includes('\u0000')) {
    throw new (errors().ERR_INVALID_ARG_VALUE)(name, path,
                                               'must be a string, Uint8Array, or URL without null bytes');
  }
  return result;
}

function fail(ctx, path, dest) {
  const { uvException } = require('internal/process/uv_error');
  const withPath = ctx.syscall === 'read' && ctx.code === 'EISDIR' ? ctx : { ...ctx, path, dest };
  throw uvException(withPath);
}

function getEncoding(options) {
  if (typeof options === 'string') return options;
  if (options && typeof options === 'object' && options.encoding) return options.encoding;
  return null;
}

function readFileSync(path, options) {
  const encoding = getEncoding(options);
  if (typeof path === 'number') {
    if (path === 0) {
      const text = internalBinding('stdio').readAll(0);
      return encoding ? Buffer.from(text).toString(encoding) : Buffer.from(text);
    }
  }
  path = toPath(path);
  const ctx = {};
  if (encoding === 'utf8' || encoding === 'utf-8') {
    const text = binding.readFileUtf8(path, ctx);
    if (text === undefined) fail(ctx, path);
    return text;
  }
  const bytes = binding.readFileBytes(path, ctx);
  if (bytes === undefined) fail(ctx, path);
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  return encoding ? buffer.toString(encoding) : buffer;
}

function writeAll(path, data, options, append) {
  path = toPath(path, 'file');
  const encoding = getEncoding(options) || 'utf8';
  const mode = options && typeof options === 'object' ? options.mode : undefined;
  let flag = options && typeof options === 'object' ? options.flag : undefined;
  if (flag === 'a' || flag === 'a+') append = true;
  if (typeof data === 'string') {
    if (encoding !== 'utf8' && encoding !== 'utf-8') data = Buffer.from(data, encoding);
  } else if (ArrayBuffer.isView(data)) {
    data = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  } else {
    throw new (errors().ERR_INVALID_ARG_TYPE)('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  const ctx = {};
  if (binding.writeFile(path, data, append, mode, ctx) === undefined) fail(ctx, path);
}

function writeFileSync(path, data, options) { writeAll(path, data, options, false); }
function appendFileSync(path, data, options) { writeAll(path, data, options, true); }

function existsSync(path) {
  try {
    path = toPath(path);
  } catch {
    return false;
  }
  return binding.internalModuleStat(path) >= 0;
}

function accessSync(path, mode) {
  path = toPath(path);
  const ctx = {};
  if (binding.access(path, mode === undefined ? 0 : mode, ctx) === undefined) fail(ctx, path);
}

class Stats {
  constructor(values) {
    [this.dev, this.mode, this.nlink, this.uid, this.gid, this.rdev, this.blksize, this.ino, this.size,
     this.blocks, this.atimeMs, this.mtimeMs, this.ctimeMs, this.birthtimeMs] = values;
    this.atime = new Date(this.atimeMs);
    this.mtime = new Date(this.mtimeMs);
    this.ctime = new Date(this.ctimeMs);
    this.birthtime = new Date(this.birthtimeMs);
  }
  isFile() { return (this.mode & constants.S_IFMT) === constants.S_IFREG; }
  isDirectory() { return (this.mode & constants.S_IFMT) === constants.S_IFDIR; }
  isSymbolicLink() { return (this.mode & constants.S_IFMT) === constants.S_IFLNK; }
  isFIFO() { return (this.mode & constants.S_IFMT) === constants.S_IFIFO; }
  isSocket() { return (this.mode & constants.S_IFMT) === constants.S_IFSOCK; }
  isCharacterDevice() { return (this.mode & constants.S_IFMT) === constants.S_IFCHR; }
  isBlockDevice() { return (this.mode & constants.S_IFMT) === constants.S_IFBLK; }
}

function statAny(path, options, follow) {
  path = toPath(path);
  const ctx = {};
  const values = binding.stat(path, follow, ctx);
  if (values === undefined) {
    if (options && options.throwIfNoEntry === false && ctx.code === 'ENOENT') return undefined;
    fail(ctx, path);
  }
  return new Stats(values);
}

function statSync(path, options) { return statAny(path, options, true); }
function lstatSync(path, options) { return statAny(path, options, false); }

class Dirent {
  constructor(name, type, path) {
    this.name = name;
    this.path = path;
    this[kType] = type;
  }
  isFile() { return this[kType] === 1; }
  isDirectory() { return this[kType] === 2; }
  isSymbolicLink() { return this[kType] === 3; }
  isFIFO() { return false; }
  isSocket() { return false; }
  isCharacterDevice() { return false; }
  isBlockDevice() { return false; }
}
const kType = Symbol('type');

function readdirSync(path, options) {
  path = toPath(path);
  const ctx = {};
  const result = binding.readdir(path, ctx);
  if (result === undefined) fail(ctx, path);
  const [names, types] = result;
  if (options && typeof options === 'object' && options.withFileTypes) {
    return names.map((name, i) => new Dirent(name, types[i], path));
  }
  return names;
}

function mkdirSync(path, options) {
  path = toPath(path);
  const recursive = options && typeof options === 'object' && options.recursive;
  const mode = typeof options === 'number' ? options : options && options.mode;
  if (!recursive) {
    const ctx = {};
    if (binding.mkdir(path, mode, ctx) === undefined) fail(ctx, path);
    return undefined;
  }
  // Create each missing ancestor; return the first directory created, as Node does.
  const absolute = pathModule.resolve(path);
  const missing = [];
  let cursor = absolute;
  while (binding.internalModuleStat(cursor) < 0) {
    missing.unshift(cursor);
    const parent = pathModule.dirname(cursor);
    if (parent === cursor) break;
    cursor = parent;
  }
  if (binding.internalModuleStat(cursor) === 0 && missing.length === 0) {
    const ctx = { errno: -17, code: 'EEXIST', syscall: 'mkdir' };
    fail(ctx, path);
  }
  for (const dir of missing) {
    const ctx = {};
    if (binding.mkdir(dir, mode, ctx) === undefined) {
      if (ctx.code === 'EEXIST' && binding.internalModuleStat(dir) === 1) continue;
      fail(ctx, path);
    }
  }
  return missing.length > 0 ? missing[0] : undefined;
}

function rmdirSync(path, options) {
  path = toPath(path);
  if (options && options.recursive) return rmSync(path, { recursive: true, force: false });
  const ctx = {};
  if (binding.rmdir(path, ctx) === undefined) fail(ctx, path);
}

function unlinkSync(path) {
  path = toPath(path);
  const ctx = {};
  if (binding.unlink(path, ctx) === undefined) fail(ctx, path);
}

function rmSync(path, options = {}) {
  path = toPath(path);
  const ctx = {};
  const values = binding.stat(path, false, ctx);
  if (values === undefined) {
    if (options.force && ctx.code === 'ENOENT') return;
    fail({ ...ctx, syscall: 'rm' }, path);
  }
  const stats = new Stats(values);
  if (stats.isDirectory()) {
    if (!options.recursive) {
      const error = new (errors().ERR_FS_EISDIR)({ code: 'EISDIR', message: 'is a directory', path,
                                                   syscall: 'rm', errno: 21 });
      throw error;
    }
    for (const name of readdirSync(path)) rmSync(pathModule.join(path, name), options);
    const rmctx = {};
    if (binding.rmdir(path, rmctx) === undefined) fail(rmctx, path);
    return;
  }
  unlinkSync(path);
}

function renameSync(oldPath, newPath) {
  oldPath = toPath(oldPath, 'oldPath');
  newPath = toPath(newPath, 'newPath');
  const ctx = {};
  if (binding.rename(oldPath, newPath, ctx) === undefined) fail(ctx, oldPath, newPath);
}

function realpathSync(path) {
  path = toPath(path);
  const ctx = {};
  const resolved = binding.realpath(path, ctx);
  if (resolved === undefined) fail(ctx, path);
  return resolved;
}
realpathSync.native = realpathSync;

function symlinkSync(target, path) {
  target = toPath(target, 'target');
  path = toPath(path);
  const ctx = {};
  if (binding.symlink(target, path, ctx) === undefined) fail(ctx, target, path);
}

function readlinkSync(path) {
  path = toPath(path);
  const ctx = {};
  const target = binding.readlink(path, ctx);
  if (target === undefined) fail(ctx, path);
  return target;
}

function chmodSync(path, mode) {
  path = toPath(path);
  if (typeof mode === 'string') mode = parseInt(mode, 8);
  const ctx = {};
  if (binding.chmod(path, mode, ctx) === undefined) fail(ctx, path);
}

function copyFileSync(src, dest) {
  writeFileSync(dest, readFileSync(src));
}

// --- callback API: the synchronous call, with its result delivered from the loop's poll phase ---
function callbackify(syncFn) {
  return function asyncWrapper(...args) {
    const callback = args.pop();
    if (typeof callback !== 'function') {
      throw new (errors().ERR_INVALID_ARG_TYPE)('cb', 'Function', callback);
    }
    let result;
    let error = null;
    try {
      result = syncFn(...args);
    } catch (e) {
      error = e;
    }
    if (error) queueIOCallback(callback, error);
    else queueIOCallback(callback, null, result);
  };
}

function exists(path, callback) {
  queueIOCallback(callback, existsSync(path));
}
// util.promisify(fs.exists) resolves with the boolean (exists has no error argument), as in Node.
Object.defineProperty(exists, Symbol.for('nodejs.util.promisify.custom'), {
  value: function exists(path) { return new Promise((resolve) => queueIOCallback(resolve, existsSync(path))); },
});

function promisifySync(syncFn) {
  return (...args) => new Promise((resolve, reject) => {
    queueIOCallback(() => {
      try {
        resolve(syncFn(...args));
      } catch (error) {
        reject(error);
      }
    });
  });
}

const promises = {
  readFile: promisifySync(readFileSync),
  writeFile: promisifySync(writeFileSync),
  appendFile: promisifySync(appendFileSync),
  stat: promisifySync(statSync),
  lstat: promisifySync(lstatSync),
  readdir: promisifySync(readdirSync),
  mkdir: promisifySync(mkdirSync),
  rmdir: promisifySync(rmdirSync),
  rm: promisifySync(rmSync),
  unlink: promisifySync(unlinkSync),
  rename: promisifySync(renameSync),
  realpath: promisifySync(realpathSync),
  access: promisifySync(accessSync),
  copyFile: promisifySync(copyFileSync),
  symlink: promisifySync(symlinkSync),
  readlink: promisifySync(readlinkSync),
  chmod: promisifySync(chmodSync),
  constants,
};

module.exports = {
  constants, Stats, Dirent,
  readFileSync, writeFileSync, appendFileSync, existsSync, accessSync, statSync, lstatSync, readdirSync,
  mkdirSync, rmdirSync, rmSync, unlinkSync, renameSync, realpathSync, copyFileSync, symlinkSync,
  readlinkSync, chmodSync, symlink: callbackify(symlinkSync), readlink: callbackify(readlinkSync),
  chmod: callbackify(chmodSync),
  readFile: callbackify(readFileSync), writeFile: callbackify(writeFileSync),
  appendFile: callbackify(appendFileSync), stat: callbackify(statSync), lstat: callbackify(lstatSync),
  readdir: callbackify(readdirSync), mkdir: callbackify(mkdirSync), rmdir: callbackify(rmdirSync),
  rm: callbackify(rmSync), unlink: callbackify(unlinkSync), rename: callbackify(renameSync),
  realpath: callbackify(realpathSync), access: callbackify(accessSync), copyFile: callbackify(copyFileSync),
  exists,
  promises,
  F_OK: 0, R_OK: 4, W_OK: 2, X_OK: 1,
};
