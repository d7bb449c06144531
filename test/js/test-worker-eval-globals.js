// Checks that an eval: true worker's source runs as a global script, as Node runs it: `this` is globalThis,
// top-level var and function declarations become properties of globalThis (let/const do not), and `require`,
// `module`, `exports`, `__filename`, `__dirname` are enumerable globals assigned in that order.
'use strict';
const common = require('../common');
const assert = require('assert');
const path = require('path');
const { Worker } = require('worker_threads');

const worker = new Worker(`
  var topVar = 1;
  function topFn() {}
  let topLet = 2;
  const describe = (key) => {
    const d = Object.getOwnPropertyDescriptor(globalThis, key);
    return d === undefined ? 'none' : [typeof d.value, d.enumerable, d.writable, d.configurable].join();
  };
  const keys = Object.keys(globalThis);
  require('worker_threads').parentPort.postMessage({
    thisIsGlobal: this === globalThis,
    descriptors: ['require', 'module', 'exports', '__filename', '__dirname', 'topVar', 'topFn', 'topLet']
      .map((key) => key + ':' + describe(key)),
    order: keys.slice(keys.indexOf('__filename')),
    filename: __filename,
    dirname: __dirname,
    moduleId: module.id,
    moduleFilename: module.filename,
    exportsIsModuleExports: exports === module.exports,
    requireMain: require.main,
    resolvesBuiltin: require.resolve('path'),
  });
`, { eval: true });
worker.on('message', common.mustCall((msg) => {
  assert.deepStrictEqual(msg, {
    thisIsGlobal: true,
    descriptors: [
      'require:function,true,true,true', 'module:object,true,true,true', 'exports:object,true,true,true',
      '__filename:string,true,true,true', '__dirname:string,true,true,true',
      'topVar:number,true,true,false', 'topFn:function,true,true,false', 'topLet:none',
    ],
    order: ['__filename', 'module', 'exports', '__dirname', 'require', 'topVar', 'topFn'],
    filename: '[worker eval]',
    dirname: '.',
    moduleId: '[worker eval]',
    moduleFilename: path.join(process.cwd(), '[worker eval]'),
    exportsIsModuleExports: true,
    requireMain: undefined,
    resolvesBuiltin: 'path',
  });
}));
worker.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
