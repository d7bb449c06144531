// events.on() is an async iterator over an event's emissions: it buffers events, ends on return()
// (break), rejects on 'error' or an aborted signal, and stops at a `close` event.
'use strict';
const common = require('../common');
const assert = require('assert');
const { on, EventEmitter } = require('events');

(async () => {
  const e = new EventEmitter();
  process.nextTick(() => {
    e.emit('item', 1);
    e.emit('item', 2, 'b');
    e.emit('item', 3);
  });
  const got = [];
  for await (const args of on(e, 'item')) {
    got.push(args);
    if (got.length === 3) break;
  }
  assert.deepStrictEqual(got, [[1], [2, 'b'], [3]]);
  assert.strictEqual(e.listenerCount('item'), 0);
  assert.strictEqual(e.listenerCount('error'), 0);

  const f = new EventEmitter();
  process.nextTick(() => {
    f.emit('item', 'x');
    f.emit('error', new Error('broken'));
  });
  const seen = [];
  await assert.rejects(async () => {
    for await (const [v] of on(f, 'item')) seen.push(v);
  }, { message: 'broken' });
  assert.deepStrictEqual(seen, ['x']);

  const g = new EventEmitter();
  const ac = new AbortController();
  process.nextTick(() => ac.abort());
  await assert.rejects(async () => {
    // eslint-disable-next-line no-unused-vars
    for await (const _ of on(g, 'item', { signal: ac.signal }));
  }, { name: 'AbortError', code: 'ABORT_ERR' });

  const h = new EventEmitter();
  process.nextTick(() => {
    h.emit('item', 1);
    h.emit('end');
    h.emit('item', 2);
  });
  const closed = [];
  for await (const [v] of on(h, 'item', { close: ['end'] })) closed.push(v);
  assert.deepStrictEqual(closed, [1]);

  const target = new EventTarget();
  process.nextTick(() => target.dispatchEvent(new Event('ping')));
  for await (const [event] of on(target, 'ping')) {
    assert.strictEqual(event.type, 'ping');
    break;
  }
})().then(common.mustCall());
