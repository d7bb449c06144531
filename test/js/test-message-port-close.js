// Checks close(): 'close' fires asynchronously on both ports after the sender's already-queued messages are delivered; closing the receiver discards unread ones.
'use strict';
const common = require('../common');
const assert = require('assert');
const { MessageChannel } = require('worker_threads');

{
  const { port1, port2 } = new MessageChannel();
  const events = [];
  port1.on('close', common.mustCall(() => events.push('port1 close')));
  port2.on('close', common.mustCall(() => events.push('port2 close')));
  port2.on('message', common.mustCall((m) => events.push(`message ${m}`), 3));
  port1.postMessage(1);
  port1.postMessage(2);
  port1.postMessage(3);
  port1.close();
  events.push('after close()');
  // Closing again is a no-op.
  port1.close();

  process.on('exit', () => {
    assert.deepStrictEqual(events.slice(0, 4), ['after close()', 'message 1', 'message 2', 'message 3']);
    assert.deepStrictEqual(events.slice(4).sort(), ['port1 close', 'port2 close']);
  });
}

{
  // The receiving side closes itself with messages still unread: they are discarded.
  const { port1, port2 } = new MessageChannel();
  port2.on('message', common.mustNotCall());
  port1.on('close', common.mustCall());
  port2.on('close', common.mustCall());
  port1.postMessage('never read');
  port2.close();
}
