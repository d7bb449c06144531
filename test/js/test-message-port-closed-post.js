// Checks that posting on a closed port (or to a closed peer) is silently dropped: no throw, no delivery.
'use strict';
const common = require('../common');
const assert = require('assert');
const { MessageChannel } = require('worker_threads');

{
  const { port1, port2 } = new MessageChannel();
  port2.on('message', common.mustNotCall());
  port1.close();
  port1.postMessage('dropped after own close');
  port1.postMessage({ n: 1 });
  port2.on('close', common.mustCall(() => {
    port2.postMessage('dropped: posted on a closed port');
  }));
  port1.on('close', common.mustCall(() => {
    port1.postMessage('dropped: posted on a closed port');
  }));
}

{
  // The peer closed: posting from the live end, before its own 'close' event, is dropped as well.
  const { port1, port2 } = new MessageChannel();
  port2.close();
  port1.on('message', common.mustNotCall());
  port1.postMessage('nobody listens');
  port1.on('close', common.mustCall(() => {
    assert.doesNotThrow(() => port1.postMessage('nobody listens either'));
  }));
}
