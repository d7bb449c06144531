'use strict';
// The `path` module. `require('path')` is the POSIX flavour (loom runs on POSIX systems), and
// `path.win32` implements Windows path rules (drive letters, UNC roots, both separators) so code that
// manipulates Windows paths explicitly keeps working. Results match Node's path module, including its
// quirks (e.g. dirname('//a') is '//', basename keeps a suffix that is the whole name).

let errorCodes;
function errors() {
  if (errorCodes === undefined) errorCodes = require('internal/errors').codes;
  return errorCodes;
}

function validateString(value, name) {
  if (typeof value !== 'string') throw new (errors().ERR_INVALID_ARG_TYPE)(name, 'string', value);
}

function validateObject(value, name) {
  if (value === null || typeof value !== 'object') {
    throw new (errors().ERR_INVALID_ARG_TYPE)(name, 'Object', value);
  }
}

const CHAR_SLASH = 47;       // '/'
const CHAR_BACKSLASH = 92;   // '\'
const CHAR_DOT = 46;         // '.'
const CHAR_COLON = 58;       // ':'

function isPosixSep(code) {
  return code === CHAR_SLASH;
}

function isWinSep(code) {
  return code === CHAR_SLASH || code === CHAR_BACKSLASH;
}

function isDriveLetter(code) {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

// Resolves '.' and '..' segments of `path` (split on isSep) and joins the rest with `sep`.
// Leading '..' segments survive only when allowAboveRoot is true (relative paths).
function normalizeSegments(path, allowAboveRoot, sep, isSep) {
  const out = [];
  let segStart = 0;
  const len = path.length;
  for (let i = 0; i <= len; i++) {
    if (i < len && !isSep(path.charCodeAt(i))) continue;
    const seg = path.slice(segStart, i);
    segStart = i + 1;
    if (seg.length === 0 || seg === '.') continue;
    if (seg === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') {
        out.pop();
      } else if (allowAboveRoot) {
        out.push('..');
      }
      continue;
    }
    out.push(seg);
  }
  return out.join(sep);
}

// Index just past the last separator before the final name, and the end of that name (trailing
// separators excluded); start === end when there is no name.
function lastSegment(path, from, isSep) {
  let end = path.length;
  while (end > from && isSep(path.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > from && !isSep(path.charCodeAt(start - 1))) start--;
  return [start, end];
}

function basenameOf(path, from, isSep, suffix) {
  if (suffix !== undefined) validateString(suffix, 'suffix');
  validateString(path, 'path');
  if (suffix !== undefined && suffix.length > 0 && suffix.length <= path.length && suffix === path) {
    return '';
  }
  const [start, end] = lastSegment(path, from, isSep);
  const base = path.slice(start, end);
  const suffixActive = suffix !== undefined && suffix.length > 0 && suffix.length <= path.length;
  // Node quirk: with a suffix, a path made only of separators comes back whole.
  if (suffixActive && end === from) return path.slice(from);
  // The suffix is removed only when it is a proper tail of the name.
  if (suffix !== undefined && suffix.length > 0 && suffix.length <= path.length &&
      base.length > suffix.length && base.endsWith(suffix)) {
    return base.slice(0, base.length - suffix.length);
  }
  return base;
}

// Extension of the final name: from its last '.', unless that dot starts the name ('.bashrc') or the
// name is '..'.
function extOf(path, from, isSep) {
  const [start, end] = lastSegment(path, from, isSep);
  const name = path.slice(start, end);
  const dot = name.lastIndexOf('.');
  if (dot <= 0 || name === '..') return '';
  return name.slice(dot);
}

function formatPath(sep, pathObject) {
  validateObject(pathObject, 'pathObject');
  const dir = pathObject.dir || pathObject.root;
  let base = pathObject.base;
  if (!base) {
    const ext = pathObject.ext;
    base = `${pathObject.name || ''}${ext ? `${ext[0] === '.' ? '' : '.'}${ext}` : ''}`;
  }
  if (!dir) return base;
  return dir === pathObject.root ? `${dir}${base}` : `${dir}${sep}${base}`;
}

// Splits the tail of a parsed path (from rootEnd on) into dir/base/ext/name like Node's parse().
function parseTail(path, rootEnd, isSep, ret) {
  const [start, end] = lastSegment(path, rootEnd, isSep);
  if (end > start) {
    ret.base = path.slice(start, end);
    const dot = ret.base.lastIndexOf('.');
    if (dot <= 0 || ret.base === '..') {
      ret.name = ret.base;
    } else {
      ret.name = ret.base.slice(0, dot);
      ret.ext = ret.base.slice(dot);
    }
  }
  // dir: everything before the name's preceding separator (which is dropped), else the root.
  if (start > rootEnd) {
    ret.dir = path.slice(0, start - 1);
  } else {
    ret.dir = ret.root;
  }
  return ret;
}

function posixCwd() {
  return process.cwd();
}

// ---------------------------------------------------------------------------------------------------
// POSIX

const posix = {
  resolve(...args) {
    let resolvedPath = '';
    let resolvedAbsolute = false;
    // Walk right to left until an absolute path is found; the cwd is the implicit leftmost entry.
    for (let i = args.length - 1; i >= -1 && !resolvedAbsolute; i--) {
      const path = i >= 0 ? args[i] : posixCwd();
      validateString(path, `paths[${i}]`);
      if (path.length === 0) continue;
      resolvedPath = `${path}/${resolvedPath}`;
      resolvedAbsolute = path.charCodeAt(0) === CHAR_SLASH;
    }
    resolvedPath = normalizeSegments(resolvedPath, !resolvedAbsolute, '/', isPosixSep);
    if (resolvedAbsolute) return `/${resolvedPath}`;
    return resolvedPath.length > 0 ? resolvedPath : '.';
  },

  normalize(path) {
    validateString(path, 'path');
    if (path.length === 0) return '.';
    const isAbsolute = path.charCodeAt(0) === CHAR_SLASH;
    const trailingSeparator = path.charCodeAt(path.length - 1) === CHAR_SLASH;
    path = normalizeSegments(path, !isAbsolute, '/', isPosixSep);
    if (path.length === 0) {
      if (isAbsolute) return '/';
      return trailingSeparator ? './' : '.';
    }
    if (trailingSeparator) path += '/';
    return isAbsolute ? `/${path}` : path;
  },

  isAbsolute(path) {
    validateString(path, 'path');
    return path.length > 0 && path.charCodeAt(0) === CHAR_SLASH;
  },

  join(...args) {
    if (args.length === 0) return '.';
    let joined;
    for (let i = 0; i < args.length; ++i) {
      const arg = args[i];
      validateString(arg, 'path');
      if (arg.length > 0) joined = joined === undefined ? arg : `${joined}/${arg}`;
    }
    if (joined === undefined) return '.';
    return posix.normalize(joined);
  },

  relative(from, to) {
    validateString(from, 'from');
    validateString(to, 'to');
    if (from === to) return '';
    from = posix.resolve(from);
    to = posix.resolve(to);
    if (from === to) return '';
    const fromParts = from === '/' ? [] : from.slice(1).split('/');
    const toParts = to === '/' ? [] : to.slice(1).split('/');
    let common = 0;
    while (common < fromParts.length && common < toParts.length &&
           fromParts[common] === toParts[common]) {
      common++;
    }
    const up = [];
    for (let i = common; i < fromParts.length; i++) up.push('..');
    return up.concat(toParts.slice(common)).join('/');
  },

  toNamespacedPath(path) {
    // Non-op on POSIX systems.
    return path;
  },

  dirname(path) {
    validateString(path, 'path');
    if (path.length === 0) return '.';
    const hasRoot = path.charCodeAt(0) === CHAR_SLASH;
    // Find the separator run that ends the parent: scan back over trailing slashes and the name.
    let end = -1;
    let matchedSlash = true;
    for (let i = path.length - 1; i >= 1; --i) {
      if (path.charCodeAt(i) === CHAR_SLASH) {
        if (!matchedSlash) {
          end = i;
          break;
        }
      } else {
        matchedSlash = false;
      }
    }
    if (end === -1) return hasRoot ? '/' : '.';
    if (hasRoot && end === 1) return '//';
    return path.slice(0, end);
  },

  basename(path, suffix) {
    return basenameOf(path, 0, isPosixSep, suffix);
  },

  extname(path) {
    validateString(path, 'path');
    return extOf(path, 0, isPosixSep);
  },

  format(pathObject) {
    return formatPath('/', pathObject);
  },

  parse(path) {
    validateString(path, 'path');
    const ret = { root: '', dir: '', base: '', ext: '', name: '' };
    if (path.length === 0) return ret;
    const isAbsolute = path.charCodeAt(0) === CHAR_SLASH;
    if (isAbsolute) ret.root = '/';
    parseTail(path, isAbsolute ? 1 : 0, isPosixSep, ret);
    if (isAbsolute && ret.base === '..' && path.charCodeAt(1) === CHAR_DOT) {
      // Node reports '/..' as name '.' plus extension '.'; keep that for compatibility.
      ret.name = '.';
      ret.ext = '.';
    }
    return ret;
  },

  sep: '/',
  delimiter: ':',
  win32: null,
  posix: null,
  _makeLong: null,
};

// ---------------------------------------------------------------------------------------------------
// Windows

// Length of the root of a Windows path and whether it is absolute, plus the device ('C:', '\\srv\share').
// Roots: '\' or '/', 'C:', 'C:\', and UNC '\\server\share\'.
function winRoot(path, shortNamespaces = false) {
  const len = path.length;
  let rootEnd = 0;
  let device = '';
  let isAbsolute = false;
  if (len === 0) return { rootEnd, device, isAbsolute };
  const code = path.charCodeAt(0);
  if (len === 1) {
    if (isWinSep(code)) return { rootEnd: 1, device, isAbsolute: true };
    return { rootEnd, device, isAbsolute };
  }
  if (isWinSep(code)) {
    isAbsolute = true;
    rootEnd = 1;
    if (isWinSep(path.charCodeAt(1))) {
      // Possible UNC root: \\server\share (needs both parts)
      let j = 2;
      while (j < len && !isWinSep(path.charCodeAt(j))) j++;
      if (j < len && j > 2) {
        const server = path.slice(2, j);
        while (j < len && isWinSep(path.charCodeAt(j))) j++;
        const shareStart = j;
        while (j < len && !isWinSep(path.charCodeAt(j))) j++;
        if (j > shareStart && shortNamespaces && (server === '.' || server === '?')) {
          // resolve() and normalize() treat \\.\ and \\?\ as the whole device.
          device = `\\\\${server}`;
          rootEnd = 4;
        } else if (j > shareStart) {
          device = `\\\\${server}\\${path.slice(shareStart, j)}`;
          rootEnd = j < len ? j + 1 : j;  // the separator after the share belongs to the root
        }
      }
    }
  } else if (isDriveLetter(code) && path.charCodeAt(1) === CHAR_COLON) {
    device = path.slice(0, 2);
    rootEnd = 2;
    if (len > 2 && isWinSep(path.charCodeAt(2))) {
      isAbsolute = true;
      rootEnd = 3;
    }
  }
  return { rootEnd, device, isAbsolute };
}

// Whether a relative normalized Windows path could be misread as drive-relative: it starts with 'x:',
// or some ':' in the input ends a segment.
function looksLikeDevice(path, tail) {
  if (tail.length >= 2 && isDriveLetter(tail.charCodeAt(0)) && tail.charCodeAt(1) === CHAR_COLON) return true;
  for (let i = path.indexOf(':'); i !== -1; i = path.indexOf(':', i + 1)) {
    if (i === path.length - 1 || isWinSep(path.charCodeAt(i + 1))) return true;
  }
  return false;
}

const win32 = {
  resolve(...args) {
    let resolvedDevice = '';
    let resolvedTail = '';
    let resolvedAbsolute = false;
    for (let i = args.length - 1; i >= -1; i--) {
      let path;
      if (i >= 0) {
        path = args[i];
        validateString(path, `paths[${i}]`);
        if (path.length === 0) continue;
      } else if (resolvedDevice.length === 0) {
        path = process.cwd();
      } else {
        // The per-drive cwd lives in env as '=C:'; fall back to the drive root.
        path = (typeof process === 'object' && process.env && process.env[`=${resolvedDevice}`]) ||
               process.cwd();
        if (path === undefined ||
            (path.slice(0, 2).toLowerCase() !== resolvedDevice.toLowerCase() &&
             path.charCodeAt(2) === CHAR_BACKSLASH)) {
          path = `${resolvedDevice}\\`;
        }
      }
      const { rootEnd, device, isAbsolute } = winRoot(path, true);
      if (device.length > 0) {
        if (resolvedDevice.length > 0) {
          if (device.toLowerCase() !== resolvedDevice.toLowerCase()) continue;  // another drive
        } else {
          resolvedDevice = device;
        }
      }
      if (resolvedAbsolute) {
        if (resolvedDevice.length > 0) break;
      } else {
        resolvedTail = `${path.slice(rootEnd)}\\${resolvedTail}`;
        resolvedAbsolute = isAbsolute;
        if (isAbsolute && resolvedDevice.length > 0) break;
      }
    }
    resolvedTail = normalizeSegments(resolvedTail, !resolvedAbsolute, '\\', isWinSep);
    return resolvedAbsolute ? `${resolvedDevice}\\${resolvedTail}` :
      `${resolvedDevice}${resolvedTail}` || '.';
  },

  normalize(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return '.';
    if (len === 1) return isWinSep(path.charCodeAt(0)) ? '\\' : path;
    const { rootEnd, device, isAbsolute } = winRoot(path, true);
    let tail = rootEnd < len ? normalizeSegments(path.slice(rootEnd), !isAbsolute, '\\', isWinSep) : '';
    if (tail.length === 0 && !isAbsolute) tail = '.';
    if (tail.length > 0 && isWinSep(path.charCodeAt(len - 1))) tail += '\\';
    if (device.length === 0 && !isAbsolute && looksLikeDevice(path, tail)) {
      // A relative result such as 'c:x' or 'a:' would read as a drive-qualified path; keep it relative.
      return `.\\${tail}`;
    }
    // A UNC root with nothing after it keeps its trailing separator.
    if (device.startsWith('\\\\') && rootEnd === len) return `${device}\\`;
    if (device.length === 0) return isAbsolute ? `\\${tail}` : tail;
    return isAbsolute ? `${device}\\${tail}` : `${device}${tail}`;
  },

  isAbsolute(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return false;
    const code = path.charCodeAt(0);
    return isWinSep(code) ||
      (len > 2 && isDriveLetter(code) && path.charCodeAt(1) === CHAR_COLON && isWinSep(path.charCodeAt(2)));
  },

  join(...args) {
    if (args.length === 0) return '.';
    let joined;
    let firstPart;
    for (let i = 0; i < args.length; ++i) {
      const arg = args[i];
      validateString(arg, 'path');
      if (arg.length > 0) {
        if (joined === undefined) joined = firstPart = arg;
        else joined += `\\${arg}`;
      }
    }
    if (joined === undefined) return '.';
    // Don't let joining accidentally create a UNC root from a leading '\\' + 'server': collapse the
    // extra leading separators unless the first part itself looked like a UNC path.
    let needsReplace = true;
    let slashCount = 0;
    if (isWinSep(firstPart.charCodeAt(0))) {
      ++slashCount;
      const firstLen = firstPart.length;
      if (firstLen > 1 && isWinSep(firstPart.charCodeAt(1))) {
        ++slashCount;
        if (firstLen > 2) {
          if (isWinSep(firstPart.charCodeAt(2))) ++slashCount;
          else needsReplace = false;  // a UNC path
        }
      }
    }
    if (needsReplace) {
      while (slashCount < joined.length && isWinSep(joined.charCodeAt(slashCount))) slashCount++;
      if (slashCount >= 2) joined = `\\${joined.slice(slashCount)}`;
    }
    return win32.normalize(joined);
  },

  relative(from, to) {
    validateString(from, 'from');
    validateString(to, 'to');
    if (from === to) return '';
    const fromOrig = win32.resolve(from);
    const toOrig = win32.resolve(to);
    if (fromOrig === toOrig) return '';
    // Windows paths compare case-insensitively; the result keeps `to`'s spelling.
    const fromLower = fromOrig.toLowerCase();
    const toLower = toOrig.toLowerCase();
    if (fromLower === toLower) return '';
    const fromRoot = winRoot(fromOrig).rootEnd;
    const toRoot = winRoot(toOrig).rootEnd;
    const rootOf = (p, end) => p.slice(0, end).replace(/[\\/]+$/, '');
    // Different drives or shares: there is no relative path, so the absolute target is the answer.
    if (rootOf(fromLower, fromRoot) !== rootOf(toLower, toRoot)) return toOrig;
    const split = (p, end) => p.slice(end).split('\\').filter((seg) => seg.length > 0);
    const fromParts = split(fromLower, fromRoot);
    const toParts = split(toLower, toRoot);
    const toPartsOrig = split(toOrig, toRoot);
    let common = 0;
    while (common < fromParts.length && common < toParts.length && fromParts[common] === toParts[common]) {
      common++;
    }
    // Like Node: rooted paths without a drive that share nothing at all give the absolute target.
    if (common === 0 && fromParts.length > 0 && toParts.length > 0 && winRoot(fromOrig).device === '') {
      return toOrig;
    }
    const up = [];
    for (let i = common; i < fromParts.length; i++) up.push('..');
    return up.concat(toPartsOrig.slice(common)).join('\\');
  },

  toNamespacedPath(path) {
    if (typeof path !== 'string' || path.length === 0) return path;
    const resolvedPath = win32.resolve(path);
    if (resolvedPath.length <= 2) return path;
    if (resolvedPath.charCodeAt(0) === CHAR_BACKSLASH) {
      if (resolvedPath.charCodeAt(1) === CHAR_BACKSLASH) {
        const code = resolvedPath.charCodeAt(2);
        if (code !== 63 && code !== CHAR_DOT) return `\\\\?\\UNC\\${resolvedPath.slice(2)}`;  // not ? or .
      }
    } else if (isDriveLetter(resolvedPath.charCodeAt(0)) && resolvedPath.charCodeAt(1) === CHAR_COLON &&
               resolvedPath.charCodeAt(2) === CHAR_BACKSLASH) {
      return `\\\\?\\${resolvedPath}`;
    }
    return resolvedPath;
  },

  dirname(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return '.';
    const { rootEnd } = winRoot(path);
    if (len === 1) return isWinSep(path.charCodeAt(0)) ? path : '.';
    if (rootEnd === len) return path;  // only a root
    let end = -1;
    let matchedSlash = true;
    for (let i = len - 1; i >= rootEnd; --i) {
      if (isWinSep(path.charCodeAt(i))) {
        if (!matchedSlash) {
          end = i;
          break;
        }
      } else {
        matchedSlash = false;
      }
    }
    if (end === -1) {
      if (rootEnd === 0) return '.';
      end = rootEnd;
    }
    return path.slice(0, end);
  },

  basename(path, suffix) {
    if (suffix !== undefined) validateString(suffix, 'suffix');
    validateString(path, 'path');
    let from = 0;
    if (path.length >= 2 && isDriveLetter(path.charCodeAt(0)) && path.charCodeAt(1) === CHAR_COLON) from = 2;
    return basenameOf(path, from, isWinSep, suffix);
  },

  extname(path) {
    validateString(path, 'path');
    let from = 0;
    if (path.length >= 2 && isDriveLetter(path.charCodeAt(0)) && path.charCodeAt(1) === CHAR_COLON) from = 2;
    return extOf(path, from, isWinSep);
  },

  format(pathObject) {
    return formatPath('\\', pathObject);
  },

  parse(path) {
    validateString(path, 'path');
    const ret = { root: '', dir: '', base: '', ext: '', name: '' };
    if (path.length === 0) return ret;
    const { rootEnd } = winRoot(path);
    ret.root = path.slice(0, rootEnd);
    if (rootEnd === path.length) {
      ret.dir = ret.root;
      return ret;
    }
    return parseTail(path, rootEnd, isWinSep, ret);
  },

  sep: '\\',
  delimiter: ';',
  win32: null,
  posix: null,
  _makeLong: null,
};

posix.win32 = win32.win32 = win32;
posix.posix = win32.posix = posix;
posix._makeLong = posix.toNamespacedPath;
win32._makeLong = win32.toNamespacedPath;

module.exports = posix;
