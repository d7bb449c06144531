// MessagePort refs as in Node: the first 'message' listener refs (and starts) a port, removing the last one
// unrefs it, ref()/unref() set the ref directly (ref() without listeners keeps the thread alive), and
// removeAllListeners() leaves it as it was. stopImmediatePropagation() in a 'message' listener skips the
// listeners after it, of either style.
'use strict';
const common = require('../common');
const assert = require('assert');
const { MessageChannel, Worker } = require('worker_threads');

{
  const { port1, port2 } = new MessageChannel();
  const seen = [port1.hasRef()];
  const a = () => {};
  const b = () => {};
  port1.unref();
  port1.on('message', a);       // first listener: refs even after unref()
  seen.push(port1.hasRef());
  port1.unref();
  seen.push(port1.hasRef());
  port1.on('message', b);       // not the first: no change
  seen.push(port1.hasRef());
  port1.off('message', a);
  port1.off('message', b);      // the last one: unref
  seen.push(port1.hasRef());
  port1.ref();                  // without listeners
  seen.push(port1.hasRef());
  port1.on('message', a);
  port1.removeAllListeners('message');
  seen.push(port1.hasRef());
  assert.deepStrictEqual(seen, [false, true, false, false, false, true, true]);
  port1.close();
  port2.close();
}

{
  const { port1, port2 } = new MessageChannel();
  const calls = [];
  port2.addEventListener('message', common.mustCall((event) => {
    calls.push(`first ${event.data}`);
    event.stopImmediatePropagation();
    setImmediate(common.mustCall(() => {  // after this delivery has finished
      assert.deepStrictEqual(calls, ['first x']);
      port1.close();
    }));
  }));
  port2.addEventListener('message', common.mustNotCall('second listener'));
  port2.on('message', common.mustNotCall('on() listener'));
  port1.postMessage('x');
}

// A worker whose only handle is a ref()'d port with no listeners stays alive until terminated.
const worker = new Worker(`
  const { port1 } = new MessageChannel();
  port1.ref();
  require('worker_threads').parentPort.postMessage(port1.hasRef());
`, { eval: true });
worker.on('message', common.mustCall((refed) => {
  assert.strictEqual(refed, true);
  setTimeout(() => worker.terminate(), 100);
}));
worker.on('exit', common.mustCall((code) => assert.strictEqual(code, 1)));
