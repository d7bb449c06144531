// Checks postMessageToThread + process.on('workerMessage') between threads (skipped silently where postMessageToThread is absent).
'use strict';
const common = require('../common');
const assert = require('assert');
const wt = require('worker_threads');

if (typeof wt.postMessageToThread !== 'function') {
  // Not available in this runtime version: nothing to check.
  process.exit(0);
}

const { Worker, postMessageToThread } = wt;

// Errors reported by the returned promise.
postMessageToThread(wt.threadId, 'to myself').then(common.mustNotCall(), common.mustCall((err) => {
  assert.strictEqual(err.code, 'ERR_WORKER_MESSAGING_SAME_THREAD');
  assert.strictEqual(err.message, 'Cannot sent a message to the same thread');
}));
postMessageToThread(987654, 'nobody').then(common.mustNotCall(), common.mustCall((err) => {
  assert.strictEqual(err.code, 'ERR_WORKER_MESSAGING_FAILED');
  assert.strictEqual(err.message, 'Cannot find the destination thread or listener');
}));

const worker = new Worker(`
  const wt = require('worker_threads');
  process.on('workerMessage', (value, source) => {
    if (value === 'throw') throw new Error('listener failed');
    // Answer the sender directly (the main thread is thread 0).
    wt.postMessageToThread(source, { echo: value, from: wt.threadId }).then(
      () => wt.parentPort.postMessage('reply delivered'),
      (err) => wt.parentPort.postMessage('reply failed: ' + err.code));
  });
  wt.parentPort.on('message', (m) => { if (m === 'bye') wt.parentPort.close(); });
  wt.parentPort.postMessage('listening');
`, { eval: true });

const events = [];
process.on('workerMessage', common.mustCall((value, source) => {
  assert.strictEqual(source, worker.threadId);
  assert.deepStrictEqual(value, { echo: { hello: [1, 2] }, from: worker.threadId });
  events.push('main got reply');
}));

worker.on('message', common.mustCall(async (m) => {
  if (m === 'listening') {
    // Resolves (with undefined) once the destination has processed the message.
    const result = await postMessageToThread(worker.threadId, { hello: [1, 2] });
    assert.strictEqual(result, undefined);
    events.push('send resolved');
    // A throwing listener makes the sender's promise reject.
    await assert.rejects(postMessageToThread(worker.threadId, 'throw'), {
      code: 'ERR_WORKER_MESSAGING_ERRORED',
      message: 'The destination thread threw an error while processing the message',
    });
    events.push('throw rejected');
    // Argument validation (after the destination lookup) also rejects.
    await assert.rejects(postMessageToThread(worker.threadId, 'x', 'not a list'), {
      name: 'TypeError',
      code: 'ERR_INVALID_ARG_TYPE',
      message: 'Optional transferList argument must be an iterable',
    });
    await assert.rejects(postMessageToThread(worker.threadId, 'x', [], 'soon'), {
      name: 'TypeError',
      code: 'ERR_INVALID_ARG_TYPE',
      message: 'The "timeout" argument must be of type number. Received type string (\'soon\')',
    });
    await assert.rejects(postMessageToThread(worker.threadId, () => 1), { name: 'DataCloneError', code: 25 });
  } else {
    assert.strictEqual(m, 'reply delivered');
    events.push('worker reply resolved');
  }
  if (events.includes('throw rejected') && events.includes('worker reply resolved')) worker.postMessage('bye');
}, 2));
worker.on('error', common.mustNotCall());
worker.on('exit', common.mustCall((code) => {
  assert.strictEqual(code, 0);
  assert.deepStrictEqual(events.slice().sort(),
                         ['main got reply', 'send resolved', 'throw rejected', 'worker reply resolved']);
}));
