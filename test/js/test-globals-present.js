// Node's standard globals exist with the right types, and global/globalThis are the same object.
'use strict';
const assert = require('assert');
const expected = {
  console: 'object', process: 'object', Buffer: 'function', setTimeout: 'function',
  clearTimeout: 'function', setInterval: 'function', clearInterval: 'function',
  setImmediate: 'function', clearImmediate: 'function', queueMicrotask: 'function',
  structuredClone: 'function', TextEncoder: 'function', TextDecoder: 'function', URL: 'function',
  URLSearchParams: 'function', AbortController: 'function', AbortSignal: 'function',
  Event: 'function', EventTarget: 'function', performance: 'object', atob: 'function',
  btoa: 'function', SharedArrayBuffer: 'function', Atomics: 'object', WeakRef: 'function',
  FinalizationRegistry: 'function', global: 'object',
};
for (const [name, type] of Object.entries(expected)) {
  assert.strictEqual(typeof globalThis[name], type, name);
}
assert.strictEqual(global, globalThis);
assert.strictEqual(globalThis.process, process);
assert.strictEqual(globalThis.console, console);
// Module-scope names are not globals.
assert.strictEqual(typeof globalThis.require, 'undefined');
assert.strictEqual(typeof globalThis.module, 'undefined');
assert.strictEqual(typeof globalThis.exports, 'undefined');
assert.strictEqual(typeof globalThis.__filename, 'undefined');
// Quick smoke checks of a few.
assert.strictEqual(btoa('hi'), 'aGk=');
assert.strictEqual(atob('aGk='), 'hi');
assert.deepStrictEqual(Array.from(new TextEncoder().encode('é')), [0xc3, 0xa9]);
assert.strictEqual(new TextDecoder().decode(new Uint8Array([0x68, 0x69])), 'hi');
assert.strictEqual(new URL('http://a.b/c?d=1').searchParams.get('d'), '1');
