'use strict';
// Sets up a fresh thread's JavaScript world: fills gaps in the engine, builds `process`, the task queues and
// timers, registers the hooks the native event loop calls, and defines the globals Node has. Most globals are
// made on first use, so a worker that never touches them never loads them. Code that runs at every thread's
// start avoids for-of, spread and array destructuring: each runs the engine's self-hosted iterator code, in
// the interpreter, in every new global.

require('internal/per_context/engine_fills');

const processBinding = internalBinding('process');
const process = require('internal/process/object');
// Like Node's, `process` is not enumerable.
defineValue('process', process);

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

// --expose-gc applies to the whole process, workers included, as V8's flag does in Node.
if (internalBinding('util').exposeGc) {
  defineValue('gc', internalBinding('util').gc);
}
require('internal/atomics').install();

// Node's other globals are made the first time code looks one up (src/env/lazy_globals.cc lists them and
// gives each Node's attributes): defining them all up front, even as getters, was 7% of a worker's start.
function loadGlobal(name) {
  switch (name) {
    case 'global': return globalThis;
    case 'console': return require('internal/console/global');
    case 'Buffer': return require('buffer').Buffer;
    case 'URL': return require('internal/url').URL;
    case 'URLSearchParams': return require('internal/url').URLSearchParams;
    case 'TextEncoder': return require('internal/encoding').TextEncoder;
    case 'TextDecoder': return require('internal/encoding').TextDecoder;
    case 'atob': return require('buffer').atob;
    case 'btoa': return require('buffer').btoa;
    case 'AbortController': return require('internal/abort_controller').AbortController;
    case 'AbortSignal': return require('internal/abort_controller').AbortSignal;
    case 'Event': return require('internal/event_target').Event;
    case 'CustomEvent': return require('internal/event_target').CustomEvent;
    case 'EventTarget': return require('internal/event_target').EventTarget;
    case 'DOMException': return require('internal/dom_exception');
    case 'performance': return require('perf_hooks').performance;
    case 'MessageChannel': return require('internal/worker/io').MessageChannel;
    case 'MessagePort': return require('internal/worker/io').MessagePort;
    case 'MessageEvent': return require('internal/worker/io').MessageEvent;
    case 'BroadcastChannel': return require('internal/worker/io').BroadcastChannel;
    case 'structuredClone': return require('internal/structured_clone').structuredClone;
    case 'queueMicrotask': return queueMicrotask;
    case 'setTimeout': return timers.setTimeout;
    case 'clearTimeout': return timers.clearTimeout;
    case 'setInterval': return timers.setInterval;
    case 'clearInterval': return timers.clearInterval;
    case 'setImmediate': return timers.setImmediate;
    case 'clearImmediate': return timers.clearImmediate;
    default: throw new Error(`loom: no lazy global named ${name}`);
  }
}
internalBinding('util').setLazyGlobalLoader(loadGlobal);
