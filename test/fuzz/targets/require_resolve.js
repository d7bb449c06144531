'use strict';
// Fuzz target: CommonJS resolution and package.json reading. Each input is a package.json text (up to the
// first NUL byte) and up to three specifiers (NUL-separated; a leading byte below 0x10 selects a common
// prefix such as 'pkg/', './' or '@scope/pkg'; the byte 0x1f stands for a NUL character). The package.json is written into a fresh fixture tree (a
// package 'pkg', a scoped '@scope/pkg' and a local directory, each with a few files), then every specifier
// is resolved (and sometimes required) from a module inside it.
// Properties (all hold in Node): resolution returns a built-in id or the absolute path of an existing file
// that contains no NUL byte; it is deterministic and idempotent (resolving the result gives the result); the
// only exceptions are Node-style errors with a code, TypeErrors, or Node's SyntaxError for a malformed
// package.json ("Error parsing ...").
const fs = require('fs');
const os = require('os');
const path = require('path');
const { createRequire, builtinModules } = require('module');
const { check, ByteReader, bucket, avoid } = require('../lib/fuzz-util');

const base = path.join(os.tmpdir(), `loom-fuzz-resolve-${process.pid}`);
let counter = 0;
// Under the JS driver the process ends normally; libFuzzer exits without 'exit' events (run.sh points TMPDIR
// at a scratch folder it removes).
process.on('exit', () => fs.rmSync(base, { recursive: true, force: true }));

const PREFIXES = ['pkg', 'pkg/', '@scope/pkg', '@scope/pkg/', './', '../', './local', '/', 'node:', 'fs',
                  'pkg/lib/', './file', '.', '..', '#', 'pkg/dist/'];

function writeTree(dir, packageJson) {
  const files = {
    'app/main.js': 'module.exports = "main";',
    'app/file.js': 'module.exports = "file";',
    'app/local/index.js': 'module.exports = "local";',
    'app/local/package.json': packageJson,
    'app/node_modules/pkg/package.json': packageJson,
    'app/node_modules/pkg/index.js': 'module.exports = "pkg index";',
    'app/node_modules/pkg/main.js': 'module.exports = "pkg main";',
    'app/node_modules/pkg/lib/a.js': 'module.exports = "a";',
    'app/node_modules/pkg/lib/b.json': '{"b": 1}',
    'app/node_modules/pkg/dist/c.cjs': 'module.exports = "c";',
    'app/node_modules/@scope/pkg/package.json': packageJson,
    'app/node_modules/@scope/pkg/index.js': 'module.exports = "scoped";',
  };
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(dir, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
  }
}

// NUL separates the parts of an input, so inside a specifier the byte 0x1f stands for a NUL character.
function specifier(bytes) {
  // nul-path: loom truncates paths at a NUL byte instead of rejecting them.
  let text = bytes.toString('utf8').replace(/\x1f/g, avoid.has('nul-path') ? '' : '\0');
  if (bytes.length && bytes[0] < 0x10) text = PREFIXES[bytes[0] % PREFIXES.length] + text.slice(1);
  return text;
}

const isBuiltin = (id) => id.startsWith('node:') || builtinModules.includes(id);

function expectedResolveError(err) {
  if (!(err instanceof Error)) return false;
  if (err instanceof SyntaxError) return err.message.startsWith('Error parsing ');
  return typeof err.code === 'string' || err instanceof TypeError || err instanceof RangeError;
}

module.exports = {
  expected: expectedResolveError,
  fuzz(buf, cover) {
    const split = buf.indexOf(0);
    const packageJson = (split === -1 ? buf : buf.subarray(0, split)).toString('utf8');
    const rest = split === -1 ? Buffer.alloc(0) : buf.subarray(split + 1);
    const r = new ByteReader(rest);
    const flags = r.byte();
    const parts = [];
    let from = r.pos;
    for (let i = from; i <= rest.length && parts.length < 3; i++) {
      if (i === rest.length || rest[i] === 0) {
        parts.push(rest.subarray(from, i));
        from = i + 1;
      }
    }
    const dir = path.join(base, `n${counter++}`);
    writeTree(dir, packageJson);
    try {
      const req = createRequire(path.join(dir, 'app', 'main.js'));
      parts.forEach((bytes, index) => {
        const spec = specifier(bytes);
        let resolved;
        try {
          resolved = req.resolve(spec);
        } catch (err) {
          if (!expectedResolveError(err)) throw err;
          cover(`resolve-error:${err.name}:${err.code}`);
          return;
        }
        check(typeof resolved === 'string', () => `resolve(${JSON.stringify(spec)}) gave a ${typeof resolved}`);
        check(!spec.includes('\0'), () => `a specifier with a NUL byte resolved: ${JSON.stringify(spec)} -> ` +
                                          JSON.stringify(resolved));
        check(!resolved.includes('\0'), () => `resolved path has a NUL byte: ${JSON.stringify(resolved)}`);
        check(req.resolve(spec) === resolved, () => `resolve(${JSON.stringify(spec)}) is not deterministic`);
        if (isBuiltin(resolved)) {
          cover(`builtin:${resolved}`);
          return;
        }
        check(path.isAbsolute(resolved), () => `not absolute: ${JSON.stringify(resolved)}`);
        check(fs.statSync(resolved).isFile(), () => `resolved to a non-file ${resolved}`);
        check(req.resolve(resolved) === resolved, () => `resolving ${resolved} again moved it`);
        const where = resolved.startsWith(dir) ? path.relative(dir, resolved) : 'outside';
        cover(`resolved:${where}`);
        if ((flags & (1 << index)) && resolved.startsWith(dir)) {
          // Load it too (the fixture files are trivial; nothing outside the tree is ever run).
          const value = req(spec);
          check(value !== undefined, () => `require(${JSON.stringify(spec)}) gave undefined`);
          check(req.cache[resolved] !== undefined || resolved.endsWith('.json'),
                () => `require(${JSON.stringify(spec)}) did not cache ${resolved}`);
        }
        cover(`spec:${index}:${bucket(spec.length)}`);
      });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
};
