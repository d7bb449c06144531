// Checks MessageChannel() without new (ERR_CONSTRUCT_CALL_REQUIRED) and new MessagePort() (ERR_CONSTRUCT_CALL_INVALID).
'use strict';
require('../common');
const assert = require('assert');
const { MessageChannel, MessagePort } = require('worker_threads');

assert.throws(() => MessageChannel(), {
  name: 'TypeError',
  code: 'ERR_CONSTRUCT_CALL_REQUIRED',
  message: 'Cannot call constructor without `new`',
});
assert.throws(() => new MessagePort(), {
  name: 'TypeError',
  code: 'ERR_CONSTRUCT_CALL_INVALID',
  message: 'Constructor cannot be called',
});
assert.throws(() => new globalThis.MessagePort(), { code: 'ERR_CONSTRUCT_CALL_INVALID' });
assert.throws(() => globalThis.MessageChannel(), { code: 'ERR_CONSTRUCT_CALL_REQUIRED' });
// The normal way still works.
const { port1 } = new MessageChannel();
port1.close();
