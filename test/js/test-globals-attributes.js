// Node's globals have Node's attributes (enumerable or not, writable, configurable), whether or not code has
// used them yet; Object.keys(globalThis) lists the enumerable ones; deleting or replacing one before its
// first use sticks. Checked on the main thread and, for a fresh global, in workers.
'use strict';
const assert = require('assert');
const { Worker, isMainThread, parentPort, workerData } = require('worker_threads');

const enumerable = ['global', 'clearImmediate', 'setImmediate', 'clearInterval', 'clearTimeout', 'setInterval',
                    'setTimeout', 'queueMicrotask', 'structuredClone', 'atob', 'btoa', 'performance'];
const hidden = ['process', 'console', 'Buffer', 'URL', 'URLSearchParams', 'TextEncoder', 'TextDecoder',
                'AbortController', 'AbortSignal', 'Event', 'CustomEvent', 'EventTarget', 'DOMException',
                'MessageChannel', 'MessagePort', 'MessageEvent', 'BroadcastChannel'];
const nodeOnly = ['fetch', 'crypto'];  // Node globals loom does not have

function checkAttributes() {
  // Listed before any of them is looked up (a lookup may define it).
  const names = Object.getOwnPropertyNames(globalThis);
  const keys = Object.keys(globalThis).filter((k) => !nodeOnly.includes(k));
  assert.deepStrictEqual(keys.slice().sort(), enumerable.slice().sort());
  for (const name of enumerable.concat(hidden)) {
    assert.ok(names.includes(name), `${name} is listed by getOwnPropertyNames`);
    const d = Object.getOwnPropertyDescriptor(globalThis, name);
    assert.ok(d, `${name} has a descriptor`);
    assert.strictEqual(d.enumerable, enumerable.includes(name), `${name} enumerable`);
    assert.strictEqual(d.configurable, true, `${name} configurable`);
    if (d.get) assert.strictEqual(typeof d.set, 'function', `${name} can be assigned`);
    else assert.strictEqual(d.writable, true, `${name} writable`);
    assert.notStrictEqual(globalThis[name], undefined, name);
  }
  assert.strictEqual(global, globalThis);
}

// Each snippet runs in a fresh worker, before anything else there has used the globals it touches.
const snippets = {
  deleteBeforeUse: `delete globalThis.TextDecoder; [typeof TextDecoder, 'TextDecoder' in globalThis].join()`,
  deleteStaysDeleted: `delete globalThis.setTimeout; globalThis.setTimeout; typeof globalThis.setTimeout`,
  assignBeforeUse: `globalThis.Buffer = 5; globalThis.URL = 'u'; [Buffer, URL].join()`,
  typeofBeforeUse: `[typeof MessageChannel, typeof structuredClone, typeof performance].join()`,
  inBeforeUse: `['BroadcastChannel' in globalThis, 'nope' in globalThis].join()`,
  shadowedByVar: `var queueMicrotask = 1; typeof queueMicrotask`,
  keysAfterDelete: `delete globalThis.btoa; Object.keys(globalThis).includes('btoa')`,
};
const expected = {
  deleteBeforeUse: 'undefined,false',
  deleteStaysDeleted: 'undefined',
  assignBeforeUse: '5,u',
  typeofBeforeUse: 'function,function,object',
  inBeforeUse: 'true,false',
  shadowedByVar: 'number',
  keysAfterDelete: 'false',
};

if (!isMainThread && workerData === 'attributes') {
  checkAttributes();
  parentPort.postMessage('ok');
} else if (!isMainThread) {
  // Indirect eval: the snippet runs as global code, as a script would.
  parentPort.postMessage(String((0, eval)(snippets[workerData])));
} else {
  checkAttributes();
  (async () => {
    for (const name of ['attributes'].concat(Object.keys(snippets))) {
      const result = await new Promise((resolve, reject) => {
        const w = new Worker(__filename, { workerData: name });
        w.once('message', resolve);
        w.once('error', reject);
      });
      assert.strictEqual(result, name === 'attributes' ? 'ok' : expected[name], name);
    }
    console.log('ok');
  })();
}
