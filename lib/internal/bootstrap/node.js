'use strict';
// Sets up a fresh thread's JavaScript world: fills gaps in the engine, builds `process`, the task queues and
// timers, registers the hooks the native event loop calls, and defines the globals Node has. Expensive
// globals are lazy getters, so a worker that never touches them never loads them.

require('internal/per_context/engine_fills');

const processBinding = internalBinding('process');
const process = require('internal/process/object');
globalThis.process = process;
Object.defineProperty(globalThis, 'global', {
  value: globalThis, writable: true, configurable: true, enumerable: false,
});

const { setupTaskQueue, queueMicrotask } = require('internal/process/task_queues');
const { processTicksAndRejections, nextTick } = setupTaskQueue();
process.nextTick = nextTick;

const timers = require('internal/timers');

// A thread becomes reachable by postMessageToThread once it listens for 'workerMessage'.
process.on('newListener', (event) => {
  if (event === 'workerMessage') require('internal/worker/thread_messaging').listenForThreadMessages();
});
const { fatalException } = require('internal/process/execution');

processBinding.setHooks({
  tickCallback: processTicksAndRejections,
  processTimers: timers.processTimers,
  processImmediates: timers.processImmediates,
  processIO: (...args) => require('internal/process/io_queue').processIOCallbacks(...args),
  fatalException,
  emitBeforeExit: () => process.emit('beforeExit', process.exitCode || 0),
  emitExit: (code) => require('internal/process/exit').emitExitOnce(code),
});

function defineValue(name, value) {
  Object.defineProperty(globalThis, name, { value, writable: true, configurable: true, enumerable: false });
}

// A global that loads its module on first access, then becomes a plain data property.
function defineLazy(name, load, enumerable = false) {
  Object.defineProperty(globalThis, name, {
    configurable: true,
    enumerable,
    get() {
      const value = load();
      Object.defineProperty(globalThis, name, { value, writable: true, configurable: true, enumerable });
      return value;
    },
    set(value) {
      Object.defineProperty(globalThis, name, { value, writable: true, configurable: true, enumerable });
    },
  });
}

defineValue('queueMicrotask', queueMicrotask);
// --expose-gc applies to the whole process, workers included, as V8's flag does in Node.
if (internalBinding('util').exposeGc) {
  defineValue('gc', internalBinding('util').gc);
}
defineValue('setTimeout', timers.setTimeout);
defineValue('clearTimeout', timers.clearTimeout);
defineValue('setInterval', timers.setInterval);
defineValue('clearInterval', timers.clearInterval);
defineValue('setImmediate', timers.setImmediate);
defineValue('clearImmediate', timers.clearImmediate);
require('internal/atomics').install();
defineValue('structuredClone', require('internal/structured_clone').structuredClone);

defineLazy('console', () => require('internal/console/global'));
defineLazy('Buffer', () => require('buffer').Buffer);
defineLazy('URL', () => require('internal/url').URL);
defineLazy('URLSearchParams', () => require('internal/url').URLSearchParams);
defineLazy('TextEncoder', () => require('internal/encoding').TextEncoder);
defineLazy('TextDecoder', () => require('internal/encoding').TextDecoder);
defineLazy('atob', () => require('buffer').atob);
defineLazy('btoa', () => require('buffer').btoa);
defineLazy('AbortController', () => require('internal/abort_controller').AbortController);
defineLazy('AbortSignal', () => require('internal/abort_controller').AbortSignal);
defineLazy('Event', () => require('internal/event_target').Event);
defineLazy('CustomEvent', () => require('internal/event_target').CustomEvent);
defineLazy('EventTarget', () => require('internal/event_target').EventTarget);
defineLazy('DOMException', () => require('internal/dom_exception'));
defineLazy('performance', () => require('perf_hooks').performance);
defineLazy('MessageChannel', () => require('internal/worker/io').MessageChannel);
defineLazy('MessagePort', () => require('internal/worker/io').MessagePort);
defineLazy('MessageEvent', () => require('internal/worker/io').MessageEvent);
defineLazy('BroadcastChannel', () => require('internal/worker/io').BroadcastChannel);
