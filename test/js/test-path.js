'use strict';
// The path module (POSIX flavour): a table of [function, arguments, expected] rows with Node's results,
// plus resolve() against the working directory, the sep/delimiter constants, path.posix/path.win32 and
// argument validation.
require('../common');
const assert = require('assert');
const path = require('path');

const table = [
  // normalize
  ["normalize", [""], "."],
  ["normalize", ["."], "."],
  ["normalize", [".."], ".."],
  ["normalize", ["/"], "/"],
  ["normalize", ["//"], "/"],
  ["normalize", ["///"], "/"],
  ["normalize", ["a"], "a"],
  ["normalize", ["a/"], "a/"],
  ["normalize", ["/a"], "/a"],
  ["normalize", ["/a/"], "/a/"],
  ["normalize", ["a/b"], "a/b"],
  ["normalize", ["/a/b/c"], "/a/b/c"],
  ["normalize", ["/a//b"], "/a/b"],
  ["normalize", ["a/./b"], "a/b"],
  ["normalize", ["a/../b"], "b"],
  ["normalize", ["../a"], "../a"],
  ["normalize", ["/../a"], "/a"],
  ["normalize", ["a/b/../../.."], ".."],
  ["normalize", ["./"], "./"],
  ["normalize", [".x"], ".x"],
  ["normalize", ["x."], "x."],
  ["normalize", ["x.y.z"], "x.y.z"],
  ["normalize", ["/a/b.txt"], "/a/b.txt"],
  ["normalize", ["/a/.b"], "/a/.b"],
  ["normalize", ["/a/b."], "/a/b."],
  ["normalize", ["/.."], "/"],
  ["normalize", ["..a"], "..a"],
  ["normalize", ["a/..."], "a/..."],
  ["normalize", ["//a"], "/a"],
  ["normalize", ["/a/b/"], "/a/b/"],
  ["normalize", ["a//b//"], "a/b/"],
  // dirname
  ["dirname", [""], "."],
  ["dirname", ["."], "."],
  ["dirname", [".."], "."],
  ["dirname", ["/"], "/"],
  ["dirname", ["//"], "/"],
  ["dirname", ["///"], "/"],
  ["dirname", ["a"], "."],
  ["dirname", ["a/"], "."],
  ["dirname", ["/a"], "/"],
  ["dirname", ["/a/"], "/"],
  ["dirname", ["a/b"], "a"],
  ["dirname", ["/a/b/c"], "/a/b"],
  ["dirname", ["/a//b"], "/a/"],
  ["dirname", ["a/./b"], "a/."],
  ["dirname", ["a/../b"], "a/.."],
  ["dirname", ["../a"], ".."],
  ["dirname", ["/../a"], "/.."],
  ["dirname", ["a/b/../../.."], "a/b/../.."],
  ["dirname", ["./"], "."],
  ["dirname", [".x"], "."],
  ["dirname", ["x."], "."],
  ["dirname", ["x.y.z"], "."],
  ["dirname", ["/a/b.txt"], "/a"],
  ["dirname", ["/a/.b"], "/a"],
  ["dirname", ["/a/b."], "/a"],
  ["dirname", ["/.."], "/"],
  ["dirname", ["..a"], "."],
  ["dirname", ["a/..."], "a"],
  ["dirname", ["//a"], "//"],
  ["dirname", ["/a/b/"], "/a"],
  ["dirname", ["a//b//"], "a/"],
  // basename
  ["basename", [""], ""],
  ["basename", ["."], "."],
  ["basename", [".."], ".."],
  ["basename", ["/"], ""],
  ["basename", ["//"], ""],
  ["basename", ["///"], ""],
  ["basename", ["a"], "a"],
  ["basename", ["a/"], "a"],
  ["basename", ["/a"], "a"],
  ["basename", ["/a/"], "a"],
  ["basename", ["a/b"], "b"],
  ["basename", ["/a/b/c"], "c"],
  ["basename", ["/a//b"], "b"],
  ["basename", ["a/./b"], "b"],
  ["basename", ["a/../b"], "b"],
  ["basename", ["../a"], "a"],
  ["basename", ["/../a"], "a"],
  ["basename", ["a/b/../../.."], ".."],
  ["basename", ["./"], "."],
  ["basename", [".x"], ".x"],
  ["basename", ["x."], "x."],
  ["basename", ["x.y.z"], "x.y.z"],
  ["basename", ["/a/b.txt"], "b.txt"],
  ["basename", ["/a/.b"], ".b"],
  ["basename", ["/a/b."], "b."],
  ["basename", ["/.."], ".."],
  ["basename", ["..a"], "..a"],
  ["basename", ["a/..."], "..."],
  ["basename", ["//a"], "a"],
  ["basename", ["/a/b/"], "b"],
  ["basename", ["a//b//"], "b"],
  // extname
  ["extname", [""], ""],
  ["extname", ["."], ""],
  ["extname", [".."], ""],
  ["extname", ["/"], ""],
  ["extname", ["//"], ""],
  ["extname", ["///"], ""],
  ["extname", ["a"], ""],
  ["extname", ["a/"], ""],
  ["extname", ["/a"], ""],
  ["extname", ["/a/"], ""],
  ["extname", ["a/b"], ""],
  ["extname", ["/a/b/c"], ""],
  ["extname", ["/a//b"], ""],
  ["extname", ["a/./b"], ""],
  ["extname", ["a/../b"], ""],
  ["extname", ["../a"], ""],
  ["extname", ["/../a"], ""],
  ["extname", ["a/b/../../.."], ""],
  ["extname", ["./"], ""],
  ["extname", [".x"], ""],
  ["extname", ["x."], "."],
  ["extname", ["x.y.z"], ".z"],
  ["extname", ["/a/b.txt"], ".txt"],
  ["extname", ["/a/.b"], ""],
  ["extname", ["/a/b."], "."],
  ["extname", ["/.."], ""],
  ["extname", ["..a"], ".a"],
  ["extname", ["a/..."], "."],
  ["extname", ["//a"], ""],
  ["extname", ["/a/b/"], ""],
  ["extname", ["a//b//"], ""],
  // isAbsolute
  ["isAbsolute", [""], false],
  ["isAbsolute", ["."], false],
  ["isAbsolute", [".."], false],
  ["isAbsolute", ["/"], true],
  ["isAbsolute", ["//"], true],
  ["isAbsolute", ["///"], true],
  ["isAbsolute", ["a"], false],
  ["isAbsolute", ["a/"], false],
  ["isAbsolute", ["/a"], true],
  ["isAbsolute", ["/a/"], true],
  ["isAbsolute", ["a/b"], false],
  ["isAbsolute", ["/a/b/c"], true],
  ["isAbsolute", ["/a//b"], true],
  ["isAbsolute", ["a/./b"], false],
  ["isAbsolute", ["a/../b"], false],
  ["isAbsolute", ["../a"], false],
  ["isAbsolute", ["/../a"], true],
  ["isAbsolute", ["a/b/../../.."], false],
  ["isAbsolute", ["./"], false],
  ["isAbsolute", [".x"], false],
  ["isAbsolute", ["x."], false],
  ["isAbsolute", ["x.y.z"], false],
  ["isAbsolute", ["/a/b.txt"], true],
  ["isAbsolute", ["/a/.b"], true],
  ["isAbsolute", ["/a/b."], true],
  ["isAbsolute", ["/.."], true],
  ["isAbsolute", ["..a"], false],
  ["isAbsolute", ["a/..."], false],
  ["isAbsolute", ["//a"], true],
  ["isAbsolute", ["/a/b/"], true],
  ["isAbsolute", ["a//b//"], false],
  // parse
  ["parse", [""], {"root":"","dir":"","base":"","ext":"","name":""}],
  ["parse", ["."], {"root":"","dir":"","base":".","ext":"","name":"."}],
  ["parse", [".."], {"root":"","dir":"","base":"..","ext":"","name":".."}],
  ["parse", ["/"], {"root":"/","dir":"/","base":"","ext":"","name":""}],
  ["parse", ["//"], {"root":"/","dir":"/","base":"","ext":"","name":""}],
  ["parse", ["///"], {"root":"/","dir":"/","base":"","ext":"","name":""}],
  ["parse", ["a"], {"root":"","dir":"","base":"a","ext":"","name":"a"}],
  ["parse", ["a/"], {"root":"","dir":"","base":"a","ext":"","name":"a"}],
  ["parse", ["/a"], {"root":"/","dir":"/","base":"a","ext":"","name":"a"}],
  ["parse", ["/a/"], {"root":"/","dir":"/","base":"a","ext":"","name":"a"}],
  ["parse", ["a/b"], {"root":"","dir":"a","base":"b","ext":"","name":"b"}],
  ["parse", ["/a/b/c"], {"root":"/","dir":"/a/b","base":"c","ext":"","name":"c"}],
  ["parse", ["/a//b"], {"root":"/","dir":"/a/","base":"b","ext":"","name":"b"}],
  ["parse", ["a/./b"], {"root":"","dir":"a/.","base":"b","ext":"","name":"b"}],
  ["parse", ["a/../b"], {"root":"","dir":"a/..","base":"b","ext":"","name":"b"}],
  ["parse", ["../a"], {"root":"","dir":"..","base":"a","ext":"","name":"a"}],
  ["parse", ["/../a"], {"root":"/","dir":"/..","base":"a","ext":"","name":"a"}],
  ["parse", ["a/b/../../.."], {"root":"","dir":"a/b/../..","base":"..","ext":"","name":".."}],
  ["parse", ["./"], {"root":"","dir":"","base":".","ext":"","name":"."}],
  ["parse", [".x"], {"root":"","dir":"","base":".x","ext":"","name":".x"}],
  ["parse", ["x."], {"root":"","dir":"","base":"x.","ext":".","name":"x"}],
  ["parse", ["x.y.z"], {"root":"","dir":"","base":"x.y.z","ext":".z","name":"x.y"}],
  ["parse", ["/a/b.txt"], {"root":"/","dir":"/a","base":"b.txt","ext":".txt","name":"b"}],
  ["parse", ["/a/.b"], {"root":"/","dir":"/a","base":".b","ext":"","name":".b"}],
  ["parse", ["/a/b."], {"root":"/","dir":"/a","base":"b.","ext":".","name":"b"}],
  ["parse", ["/.."], {"root":"/","dir":"/","base":"..","ext":".","name":"."}],
  ["parse", ["..a"], {"root":"","dir":"","base":"..a","ext":".a","name":"."}],
  ["parse", ["a/..."], {"root":"","dir":"a","base":"...","ext":".","name":".."}],
  ["parse", ["//a"], {"root":"/","dir":"/","base":"a","ext":"","name":"a"}],
  ["parse", ["/a/b/"], {"root":"/","dir":"/a","base":"b","ext":"","name":"b"}],
  ["parse", ["a//b//"], {"root":"","dir":"a/","base":"b","ext":"","name":"b"}],
  ['basename', ["/a/b.js", ".js"], "b"],
  ['basename', ["b.js", "b.js"], ""],
  ['basename', ["a/b.js/", ".js"], "b"],
  ['basename', ["/aaa/", "aaa"], "aaa"],
  ['basename', ["aaa", "a"], "aa"],
  ['basename', ["/", "x"], "/"],
  ['basename', ["x.js", "js"], "x."],
  ['basename', ["x", "xx"], "x"],
  ['join', [], "."],
  ['join', ["a","b"], "a/b"],
  ['join', ["/a","b","../c"], "/a/c"],
  ['join', ["a","","b"], "a/b"],
  ['join', ["",""], "."],
  ['join', ["/","/x"], "/x"],
  ['join', ["a/","/b/"], "a/b/"],
  ['join', ["..",".."], "../.."],
  ['join', ["a","../.."], ".."],
  ['resolve', ["/a/b","c"], "/a/b/c"],
  ['resolve', ["/a","/b","c"], "/b/c"],
  ['resolve', ["/a/b","../..",".."], "/"],
  ['resolve', ["/x",""], "/x"],
  ['resolve', ["/a/b/","./c/"], "/a/b/c"],
  ['resolve', ["/",".."], "/"],
  ['relative', ["/a/b/c","/a/d"], "../../d"],
  ['relative', ["/a","/a/b/c"], "b/c"],
  ['relative', ["/a/b","/a/b"], ""],
  ['relative', ["/","/x/y"], "x/y"],
  ['relative', ["/x/y","/"], "../.."],
  ['relative', ["/a/bc","/a/b"], "../b"],
  ['relative', ["/a/b","/a/bc"], "../bc"],
  ['format', [{"dir":"/a","base":"b.js"}], "/a/b.js"],
  ['format', [{"root":"/","base":"x"}], "/x"],
  ['format', [{"root":"/","dir":"/","base":"x"}], "/x"],
  ['format', [{"name":"n","ext":"js"}], "n.js"],
  ['format', [{"name":"n","ext":".js"}], "n.js"],
  ['format', [{"dir":"d","name":"n","ext":".e","base":"B"}], "d/B"],
  ['format', [{}], ""],
];

for (const [fn, args, expected] of table) {
  assert.deepStrictEqual(path[fn](...args), expected, `path.${fn}(${JSON.stringify(args).slice(1, -1)})`);
}

// resolve() and relative() use the working directory for relative input.
const cwd = process.cwd();
assert.strictEqual(path.resolve(), cwd);
assert.strictEqual(path.resolve('x'), `${cwd === '/' ? '' : cwd}/x`);
assert.strictEqual(path.resolve(''), cwd);
assert.strictEqual(path.relative('', cwd), '');
assert.strictEqual(path.relative('a', 'b'), '../b');

// format() and parse() are inverses for ordinary paths.
for (const p of ['/home/user/file.txt', 'rel/dir/', 'a.b', '/']) {
  assert.strictEqual(path.format(path.parse(p)), p.endsWith('/') && p !== '/' ? p.slice(0, -1) : p);
}

assert.strictEqual(path.sep, '/');
assert.strictEqual(path.delimiter, ':');
assert.strictEqual(path.posix, path);
assert.strictEqual(path.posix.posix, path);
assert.strictEqual(path.win32.sep, '\\');
assert.strictEqual(path.win32.delimiter, ';');
assert.strictEqual(path.win32.win32, path.win32);
assert.strictEqual(path.toNamespacedPath('/a/../b'), '/a/../b');
assert.strictEqual(path.toNamespacedPath(5), 5);
assert.strictEqual(require('path/posix'), path);

// Validation.
for (const fn of ['normalize', 'dirname', 'basename', 'extname', 'isAbsolute', 'parse']) {
  assert.throws(() => path[fn](5), {
    code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError',
    message: 'The "path" argument must be of type string. Received type number (5)',
  }, fn);
}
assert.throws(() => path.join('a', null), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "path" argument must be of type string. Received null',
});
assert.throws(() => path.resolve('a', {}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "paths[1]" argument must be of type string. Received an instance of Object',
});
assert.strictEqual(path.resolve(1, '/abs'), '/abs');  // arguments left of an absolute one are not read
assert.throws(() => path.relative(1, 'a'), {
  message: 'The "from" argument must be of type string. Received type number (1)',
});
assert.throws(() => path.relative('a', true), {
  message: 'The "to" argument must be of type string. Received type boolean (true)',
});
assert.throws(() => path.basename('a', 5), {
  message: 'The "suffix" argument must be of type string. Received type number (5)',
});
assert.throws(() => path.format(null), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "pathObject" argument must be of type object. Received null',
});
