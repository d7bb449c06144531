// node: prefixed builtins equal the bare ones; unknown node: names throw ERR_UNKNOWN_BUILTIN_MODULE; builtinModules
// lists them, sorted, without internal modules, the same in a worker.
'use strict';
const common = require('../common');
const assert = require('assert');
const Module = require('module');
for (const name of ['fs', 'path', 'os', 'events', 'timers', 'util', 'module', 'buffer', 'assert']) {
  assert.strictEqual(require(`node:${name}`), require(name), name);
}
assert.throws(() => require('node:nope'), (err) => {
  assert.ok(err instanceof Error);
  assert.strictEqual(err.code, 'ERR_UNKNOWN_BUILTIN_MODULE');
  assert.strictEqual(err.message, 'No such built-in module: node:nope');
  return true;
});
assert.ok(Array.isArray(Module.builtinModules));
for (const name of ['fs', 'path', 'os', 'timers', 'timers/promises', 'fs/promises', 'perf_hooks']) {
  assert.ok(Module.builtinModules.includes(name), name);
}
assert.deepStrictEqual(Module.builtinModules, [...Module.builtinModules].sort());
assert.ok(!Module.builtinModules.some((name) => name.startsWith('internal/')));
assert.ok(!Module.builtinModules.includes('internal/bootstrap/loader'));
const { Worker } = require('worker_threads');
new Worker("require('worker_threads').parentPort.postMessage(require('module').builtinModules)", { eval: true })
  .once('message', common.mustCall((list) => assert.deepStrictEqual(list, Module.builtinModules)));
assert.strictEqual(Module.isBuiltin('fs'), true);
assert.strictEqual(Module.isBuiltin('node:fs'), true);
assert.strictEqual(Module.isBuiltin('nope'), false);
assert.strictEqual(require('module'), Module);
assert.strictEqual(module instanceof Module, true);
