// Checks that values nested 100,000 deep are either cloned intact or rejected with a catchable Error by
// structuredClone and postMessage (to a worker, back from it, and on a local port), and that the process and
// the ports keep working afterwards. Node throws RangeError (its serializer recurses); loom's clone is
// iterative and succeeds: both are acceptable, so only the portable part is asserted.
'use strict';
const common = require('../common');
const assert = require('assert');
const { Worker, MessageChannel, receiveMessageOnPort } = require('worker_threads');

const DEPTH = 100000;

// Both helpers are iterative: a recursive walk would itself overflow the stack.
function makeDeep(depth, useArrays) {
  const root = {};
  let node = root;
  for (let i = 0; i < depth; i++) {
    const next = {};
    node.child = useArrays ? [next] : next;
    node = next;
  }
  node.leaf = 'bottom';
  return root;
}
function depthOf(value) {
  let depth = 0;
  let node = value;
  for (;;) {
    const next = Array.isArray(node.child) ? node.child[0] : node.child;
    if (next === undefined) return node.leaf === 'bottom' ? depth : -1;
    node = next;
    depth++;
  }
}

// Runs fn; returns 'cloned' after checking the result's depth, or 'error' after checking the error is a
// catchable Error.
function clonedOrError(label, fn, check) {
  let result;
  try {
    result = fn();
  } catch (err) {
    assert.ok(err instanceof Error, `${label}: threw a non-Error ${err}`);
    return 'error';
  }
  check(result);
  return 'cloned';
}

const outcomes = {};
for (const useArrays of [false, true]) {
  const value = makeDeep(DEPTH, useArrays);
  const kind = useArrays ? 'arrays' : 'objects';
  outcomes[`structuredClone ${kind}`] = clonedOrError(`structuredClone ${kind}`, () => structuredClone(value),
                                                      (copy) => assert.strictEqual(depthOf(copy), DEPTH));
  const { port1, port2 } = new MessageChannel();
  outcomes[`port ${kind}`] = clonedOrError(`port ${kind}`, () => {
    port1.postMessage(value);
    return receiveMessageOnPort(port2);
  }, (received) => assert.strictEqual(depthOf(received.message), DEPTH));
  if (outcomes[`port ${kind}`] === 'error') assert.strictEqual(receiveMessageOnPort(port2), undefined);
  // The channel is still usable after either outcome.
  port1.postMessage('still works');
  assert.deepStrictEqual(receiveMessageOnPort(port2), { message: 'still works' });
  port1.close();
}

// A worker that measures what it receives, then builds its own deep value and tries to send it back.
const worker = new Worker(`
  const { parentPort, workerData } = require('worker_threads');
  ${makeDeep}
  ${depthOf}
  parentPort.on('message', (m) => {
    if (m === 'build') {
      let outcome = 'cloned';
      try { parentPort.postMessage({ deep: makeDeep(workerData, true) }); }
      catch (err) { outcome = err instanceof Error ? 'error' : 'non-error'; }
      try { structuredClone(makeDeep(workerData, false)); }
      catch (err) { if (!(err instanceof Error)) outcome = 'non-error'; }
      parentPort.postMessage({ built: outcome });
      return;
    }
    if (m === 'done') { parentPort.close(); return; }
    parentPort.postMessage({ depth: depthOf(m) });
  });
`, { eval: true, workerData: DEPTH });

const sent = [];
for (const useArrays of [false, true]) {
  const outcome = clonedOrError('to worker', () => worker.postMessage(makeDeep(DEPTH, useArrays)), () => {});
  if (outcome === 'cloned') sent.push(DEPTH);
}
worker.postMessage({ leaf: 'bottom' });  // depth 0: always deliverable, proves the port survived
worker.postMessage('build');
worker.postMessage('done');

const replies = [];
worker.on('message', (m) => {
  if (m.deep) {
    assert.strictEqual(depthOf(m.deep), DEPTH);
    replies.push('deep');
  } else {
    replies.push(m);
  }
});
worker.on('error', common.mustNotCall());
worker.on('exit', common.mustCall((code) => {
  assert.strictEqual(code, 0);
  const depths = replies.filter((r) => r.depth !== undefined).map((r) => r.depth);
  assert.deepStrictEqual(depths, [...sent, 0]);
  const built = replies.find((r) => r.built);
  assert.ok(built && (built.built === 'cloned' || built.built === 'error'), JSON.stringify(built));
  // The worker's deep value arrived exactly when its post did not throw.
  assert.strictEqual(replies.includes('deep'), built.built === 'cloned');
  for (const [label, outcome] of Object.entries(outcomes)) {
    assert.ok(outcome === 'cloned' || outcome === 'error', label);
  }
}));
