// Checks setEnvironmentData/getEnvironmentData: a worker sees a copy of the parent's data taken at construction, inherited by nested workers.
'use strict';
const common = require('../common');
const assert = require('assert');
const { Worker, setEnvironmentData, getEnvironmentData } = require('worker_threads');

assert.strictEqual(getEnvironmentData('missing'), undefined);
setEnvironmentData('obj', { x: 1 });
setEnvironmentData('num', 2);
setEnvironmentData('toDelete', 'gone soon');
// On the setting thread the stored value itself is returned (same object each time).
assert.strictEqual(getEnvironmentData('obj'), getEnvironmentData('obj'));
getEnvironmentData('obj').x = 5;
assert.deepStrictEqual(getEnvironmentData('obj'), { x: 5 });
// undefined deletes.
setEnvironmentData('toDelete', undefined);
assert.strictEqual(getEnvironmentData('toDelete'), undefined);

const worker = new Worker(`
  const wt = require('worker_threads');
  const seen = {
    obj: wt.getEnvironmentData('obj'),
    num: wt.getEnvironmentData('num'),
    late: wt.getEnvironmentData('late'),
    toDelete: wt.getEnvironmentData('toDelete'),
  };
  // Changes in the worker stay in the worker (and its future children).
  wt.setEnvironmentData('fromWorker', 'w');
  wt.setEnvironmentData('num', 3);
  const child = new wt.Worker(\`
    const wt = require('worker_threads');
    wt.parentPort.postMessage({ fromWorker: wt.getEnvironmentData('fromWorker'),
                                num: wt.getEnvironmentData('num'),
                                obj: wt.getEnvironmentData('obj') });
  \`, { eval: true });
  child.on('message', (childSeen) => wt.parentPort.postMessage({ seen, childSeen }));
`, { eval: true });
// Set after construction: the worker does not see these.
setEnvironmentData('late', 'too late');
setEnvironmentData('obj', { x: 'replaced' });

worker.on('message', common.mustCall(({ seen, childSeen }) => {
  assert.deepStrictEqual(seen, { obj: { x: 5 }, num: 2, late: undefined, toDelete: undefined });
  assert.deepStrictEqual(childSeen, { fromWorker: 'w', num: 3, obj: { x: 5 } });
}));
worker.on('exit', common.mustCall((code) => {
  assert.strictEqual(code, 0);
  assert.strictEqual(getEnvironmentData('fromWorker'), undefined);
  assert.strictEqual(getEnvironmentData('num'), 2);
}));
