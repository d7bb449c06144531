'use strict';
// POSIX path functions (provisional minimal version).
function normalizeArray(parts, allowAbove) {
  const out = [];
  for (const p of parts) {
    if (!p || p === '.') continue;
    if (p === '..') {
      if (out.length && out[out.length - 1] !== '..') out.pop();
      else if (allowAbove) out.push('..');
    } else out.push(p);
  }
  return out;
}
function normalize(p) {
  const abs = p.startsWith('/');
  const trail = p.endsWith('/');
  let r = normalizeArray(p.split('/'), !abs).join('/');
  if (!r && !abs) r = '.';
  if (r && trail) r += '/';
  return (abs ? '/' : '') + r;
}
function join(...args) { const j = args.filter((a) => a !== '').join('/'); return j ? normalize(j) : '.'; }
function resolve(...args) {
  let r = '';
  for (let i = args.length - 1; i >= -1 && !r.startsWith('/'); i--) {
    const p = i >= 0 ? args[i] : process.cwd();
    if (!p) continue;
    r = p + (r ? '/' + r : '');
  }
  const n = normalizeArray(r.split('/'), false).join('/');
  return '/' + n;
}
function dirname(p) {
  if (!p) return '.';
  let end = p.length;
  while (end > 1 && p[end - 1] === '/') end--;
  const i = p.lastIndexOf('/', end - 1);
  if (i === -1) return '.';
  if (i === 0) return '/';
  return p.slice(0, i);
}
function basename(p, ext) {
  let end = p.length;
  while (end > 1 && p[end - 1] === '/') end--;
  let b = p.slice(p.lastIndexOf('/', end - 1) + 1, end);
  if (ext && b.endsWith(ext) && b !== ext) b = b.slice(0, -ext.length);
  return b;
}
function extname(p) {
  const b = basename(p);
  const i = b.lastIndexOf('.');
  return i <= 0 ? '' : b.slice(i);
}
function isAbsolute(p) { return p.startsWith('/'); }
function relative(from, to) {
  const f = resolve(from).split('/').filter(Boolean);
  const t = resolve(to).split('/').filter(Boolean);
  let i = 0;
  while (i < f.length && i < t.length && f[i] === t[i]) i++;
  return [...f.slice(i).map(() => '..'), ...t.slice(i)].join('/');
}
const path = { normalize, join, resolve, dirname, basename, extname, isAbsolute, relative, sep: '/',
               delimiter: ':', toNamespacedPath: (p) => p };
path.posix = path;
module.exports = path;
