// Checks Module._nodeModulePaths, the node_modules directories a module in `from` looks in: every ancestor's
// node_modules, nearest first, skipping directories that are themselves named node_modules, ending at the
// root's; relative and unnormalised paths are resolved first.
'use strict';
const assert = require('assert');
const path = require('path');
const Module = require('module');

const cases = [
  ['/', ['/node_modules']],
  ['/a', ['/a/node_modules', '/node_modules']],
  ['/a/b', ['/a/b/node_modules', '/a/node_modules', '/node_modules']],
  ['/a/node_modules/b/c', ['/a/node_modules/b/c/node_modules', '/a/node_modules/b/node_modules',
                           '/a/node_modules', '/node_modules']],
  ['/node_modules', ['/node_modules']],
  ['/a/node_modules', ['/a/node_modules', '/node_modules']],
  ['/a//b/', ['/a/b/node_modules', '/a/node_modules', '/node_modules']],
  ['/a/./b/../c', ['/a/c/node_modules', '/a/node_modules', '/node_modules']],
];
for (const [from, expected] of cases) {
  assert.deepStrictEqual(Module._nodeModulePaths(from), expected, from);
}
const cwdPaths = Module._nodeModulePaths('rel');
assert.strictEqual(cwdPaths[0], path.join(process.cwd(), 'rel', 'node_modules'));
assert.strictEqual(cwdPaths[cwdPaths.length - 1], '/node_modules');
