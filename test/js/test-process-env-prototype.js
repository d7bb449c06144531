// Checks what process.env inherits, on the main thread and in workers (a copy of the environment, a given
// env object, SHARE_ENV): an object holding only an anonymous `constructor`, on top of Object.prototype, so
// that Object.prototype's methods work on it and it converts to a string; and that an environment variable
// named like one of those methods hides it, as an own property would.
'use strict';
const common = require('../common');
const assert = require('assert');
const { Worker, SHARE_ENV, isMainThread, parentPort } = require('worker_threads');

function describeEnv() {
  const proto = Object.getPrototypeOf(process.env);
  return {
    protoIsObjectPrototype: proto === Object.prototype,
    protoParent: Object.getPrototypeOf(proto) === Object.prototype,
    protoNames: Object.getOwnPropertyNames(proto),
    constructorName: proto.constructor.name,
    hasOwn: process.env.hasOwnProperty('LOOM_TEST_PROTO_VAR'),
    hasOwnMissing: process.env.hasOwnProperty('LOOM_TEST_PROTO_MISSING'),
    inOperator: 'hasOwnProperty' in process.env,
    string: `${process.env}`,
    tag: Object.prototype.toString.call(process.env),
    keysHideInherited: Object.keys(process.env).includes('toString'),
    shadowed: process.env.valueOf,
  };
}

const expected = {
  protoIsObjectPrototype: false,
  protoParent: true,
  protoNames: ['constructor'],
  constructorName: '',
  hasOwn: true,
  hasOwnMissing: false,
  inOperator: true,
  string: '[object Object]',
  tag: '[object Object]',
  keysHideInherited: false,
  shadowed: 'shadow',
};

if (!isMainThread) {
  parentPort.postMessage(describeEnv());
} else {
  process.env.LOOM_TEST_PROTO_VAR = 'yes';
  process.env.valueOf = 'shadow';
  assert.deepStrictEqual(describeEnv(), expected);
  for (const env of [undefined, { LOOM_TEST_PROTO_VAR: 'given', valueOf: 'shadow' }, SHARE_ENV]) {
    const worker = new Worker(__filename, { env });
    worker.on('message', common.mustCall((seen) => assert.deepStrictEqual(seen, expected)));
    worker.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
  }
}
