'use strict';
// postMessageToThread(threadId, value, transferList, timeout) and process.on('workerMessage'): messages to
// any thread by id. A thread listening for 'workerMessage' joins a process-wide mailbox under its id; a sender
// posts { value, source, reply } there, where `reply` is a port on which the receiver answers once its
// listeners have run, so the sender's promise settles like Node's: resolved when processed, rejected when
// the destination has no listener, threw, or did not answer within `timeout`.

const messaging = internalBinding('messaging');
// Read when first needed, not at load: a worker thread loads this module before it knows which worker it
// will run (internal/main/prepare_worker).
let ownThreadId = null;
function threadId() {
  if (ownThreadId === null) ownThreadId = internalBinding('process').info().threadId;
  return ownThreadId;
}
const { validateTransferList, withCloneErrors } = require('internal/worker/transfer');

let mailbox = null;

function errors() { return require('internal/errors').codes; }

function onMailboxMessage({ value, source, reply }) {
  let outcome = 'ok';
  if (process.listenerCount('workerMessage') === 0) {
    outcome = 'no-listener';
  } else {
    try {
      process.emit('workerMessage', value, source);
    } catch {
      outcome = 'error';  // reported to the sender only, as in Node
    }
  }
  reply.postMessage(outcome);
  reply.close();
}

// Joins the mailbox when this thread first listens for 'workerMessage'.
function listenForThreadMessages() {
  if (mailbox !== null) return;
  mailbox = messaging.broadcastJoin(`${threadId()}`, true);
  mailbox.on('message', onMailboxMessage);
  mailbox.unref();  // listening does not keep a thread alive, as in Node
}

function postMessageToThread(destination, value, transferList, timeout) {
  return new Promise((resolve, reject) => {
    if (typeof transferList === 'number' && timeout === undefined) {
      timeout = transferList;
      transferList = undefined;
    }
    if (destination === threadId()) {
      reject(new (errors().ERR_WORKER_MESSAGING_SAME_THREAD)());
      return;
    }
    const { MessageChannel } = require('internal/worker/io');
    const { port1, port2 } = new MessageChannel();
    let list;
    try {
      const { validateNumber } = require('internal/validators');
      if (timeout !== undefined) validateNumber(timeout, 'timeout', 0);
      list = validateTransferList(transferList, undefined) || [];
    } catch (error) {
      port1.close();
      port2.close();
      reject(error);
      return;
    }
    if (timeout === 0) {  // nothing can answer in no time: Node reports the timeout first
      port1.close();
      port2.close();
      reject(new (errors().ERR_WORKER_MESSAGING_TIMEOUT)());
      return;
    }
    let delivered;
    try {
      delivered = withCloneErrors(value, () => messaging.broadcastPost(
        null, `${destination}`, { value, source: threadId(), reply: port2 }, [port2, ...list], true));
    } catch (error) {
      port1.close();
      reject(error);
      return;
    }
    if (delivered === 0) {
      port1.close();
      reject(new (errors().ERR_WORKER_MESSAGING_FAILED)());
      return;
    }
    let timer = null;
    let settled = false;
    const settle = (error) => {
      if (settled) return;
      settled = true;
      if (timer !== null) clearTimeout(timer);
      port1.close();
      if (error) reject(error);
      else resolve();
    };
    port1.on('message', (outcome) => {
      if (outcome === 'ok') settle();
      else if (outcome === 'error') settle(new (errors().ERR_WORKER_MESSAGING_ERRORED)());
      else settle(new (errors().ERR_WORKER_MESSAGING_FAILED)());
    });
    // The destination thread ended before answering.
    port1.on('close', () => settle(new (errors().ERR_WORKER_MESSAGING_FAILED)()));
    if (timeout !== undefined) {
      timer = setTimeout(() => settle(new (errors().ERR_WORKER_MESSAGING_TIMEOUT)()), timeout);
    }
  });
}

module.exports = { postMessageToThread, listenForThreadMessages };
