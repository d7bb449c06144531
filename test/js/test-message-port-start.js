// Checks port start semantics: on('message') and addEventListener start the port; start() with no listener lets queued messages go unheard.
'use strict';
const common = require('../common');
const assert = require('assert');
const { MessageChannel } = require('worker_threads');

// addEventListener starts the port by itself in Node (no start() call needed).
{
  const { port1, port2 } = new MessageChannel();
  port2.addEventListener('message', common.mustCall((e) => {
    assert.strictEqual(e.data, 'started by addEventListener');
    port2.close();
  }));
  port1.postMessage('started by addEventListener');
}

// start() is idempotent and harmless with a listener.
{
  const { port1, port2 } = new MessageChannel();
  port2.on('message', common.mustCall((m) => {
    assert.strictEqual(m, 'x');
    port2.close();
  }));
  port2.start();
  port2.start();
  port1.postMessage('x');
}

// start() without any listener dispatches the queued message to nobody; a listener added later
// only sees what is sent after it.
{
  const { port1, port2 } = new MessageChannel();
  port1.postMessage('lost');
  port2.start();
  // The queued message is dispatched in this loop iteration's poll phase; the check phase comes after it.
  setImmediate(common.mustCall(() => {
    port2.on('message', common.mustCall((m) => {
      assert.strictEqual(m, 'kept');
      port2.close();
    }));
    port1.postMessage('kept');
  }));
}
