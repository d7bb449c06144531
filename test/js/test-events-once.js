// events.once() resolves with the arguments of the next event, rejects on 'error' or when its signal
// aborts (AbortError with the reason as cause), and works with EventTargets.
'use strict';
const common = require('../common');
const assert = require('assert');
const { once, EventEmitter } = require('events');

(async () => {
  const e = new EventEmitter();
  process.nextTick(() => e.emit('ready', 1, 'two'));
  assert.deepStrictEqual(await once(e, 'ready'), [1, 'two']);
  assert.strictEqual(e.listenerCount('ready'), 0);
  assert.strictEqual(e.listenerCount('error'), 0);

  process.nextTick(() => e.emit('error', new Error('failed')));
  await assert.rejects(once(e, 'ready'), { message: 'failed' });
  assert.strictEqual(e.listenerCount('ready'), 0);

  // Waiting for 'error' itself resolves with it.
  process.nextTick(() => e.emit('error', new Error('wanted')));
  const [err] = await once(e, 'error');
  assert.strictEqual(err.message, 'wanted');

  const target = new EventTarget();
  process.nextTick(() => target.dispatchEvent(new Event('go')));
  const [event] = await once(target, 'go');
  assert.strictEqual(event.type, 'go');

  const ac = new AbortController();
  process.nextTick(() => ac.abort('stop'));
  await assert.rejects(once(e, 'never', { signal: ac.signal }), (error) => {
    assert.strictEqual(error.name, 'AbortError');
    assert.strictEqual(error.code, 'ABORT_ERR');
    assert.strictEqual(error.message, 'The operation was aborted');
    assert.strictEqual(error.cause, 'stop');
    return true;
  });
  assert.strictEqual(e.listenerCount('never'), 0);
  await assert.rejects(once(e, 'x', { signal: AbortSignal.abort() }), { name: 'AbortError' });

  await assert.rejects(once(1, 'x'), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "emitter" argument must be an instance of EventEmitter. Received type number (1)',
  });
  await assert.rejects(once(e, 'x', { signal: {} }), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options.signal" property must be an instance of AbortSignal. ' +
      'Received an instance of Object',
  });
})().then(common.mustCall());
