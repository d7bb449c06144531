'use strict';
// The `events` module: EventEmitter, the publish/subscribe object most of Node's API is built on, plus
// the helpers that work on both emitters and EventTargets (once(), on(), getEventListeners(),
// setMaxListeners(), ...).
//
// The emitter keeps Node's data layout because much published code reads it directly: `_events` is
// a null-prototype object mapping each event name to one listener function or to an array of them,
// `_eventsCount` counts the names, `_maxListeners` holds the per-emitter limit. EventEmitter is a
// plain function (not a class) so that pre-ES2015 code can still call `EventEmitter.call(this)`.
// This module is loaded while `process` is being built, so it requires nothing heavy at load time.

// internal/errors is large; it is loaded the first time an error is thrown, not when this module loads
// (every thread loads this module while it starts).
let lazyErrors;
function errors() {
  if (lazyErrors === undefined) lazyErrors = require('internal/errors');
  return lazyErrors;
}
// internal/validators is loaded when a check fails or a rarely used one runs: the listener check, the only
// one every thread's start makes, is done inline (loading the module cost every worker 0.4 M instructions).
let lazyValidators;
function validators() {
  if (lazyValidators === undefined) lazyValidators = require('internal/validators');
  return lazyValidators;
}
function validateFunction(value, name) {
  if (typeof value !== 'function') validators().validateFunction(value, name);
}
function validateAbortSignal(signal, name) { validators().validateAbortSignal(signal, name); }
function validateBoolean(value, name) { validators().validateBoolean(value, name); }
function validateInteger(value, name, min) { validators().validateInteger(value, name, min); }
function validateNumber(value, name, min) { validators().validateNumber(value, name, min); }

const kCapture = Symbol('kCapture');
const kShapeMode = Symbol('shapeMode');
const kErrorMonitor = Symbol('events.errorMonitor');
const kRejection = Symbol.for('nodejs.rejection');
const kMaxEventTargetListeners = Symbol('events.maxEventTargetListeners');
const kMaxEventTargetListenersWarned = Symbol('events.maxEventTargetListenersWarned');
const SymbolDispose = Symbol.dispose ?? Symbol.for('nodejs.dispose');

let defaultMaxListeners = 10;

let lazyInspectFn;
function inspect(value, options) {
  if (lazyInspectFn === undefined) lazyInspectFn = require('internal/util/inspect').inspect;
  return options === undefined ? lazyInspectFn(value) : lazyInspectFn(value, options);
}

// internal/event_target loads `events` itself (for the default limit), so it is required lazily.
let lazyEventTarget;
function eventTargetModule() {
  if (lazyEventTarget === undefined) lazyEventTarget = require('internal/event_target');
  return lazyEventTarget;
}

function isEventTarget(value) {
  return eventTargetModule().isEventTarget(value);
}

function EventEmitter(opts) {
  EventEmitter.init.call(this, opts);
}

EventEmitter.prototype._events = undefined;
EventEmitter.prototype._eventsCount = 0;
EventEmitter.prototype._maxListeners = undefined;
EventEmitter.prototype[kCapture] = false;

// Sets up an emitter's own state (EventEmitter.init); what `EventEmitter.call(this, opts)` runs.
function init(opts) {
  if (this._events === undefined || this._events === Object.getPrototypeOf(this)._events) {
    this._events = { __proto__: null };
    this._eventsCount = 0;
    this[kShapeMode] = false;
  } else {
    // A subclass put `_events` on its prototype: keep that object's shape when removing.
    this[kShapeMode] = true;
  }
  this._maxListeners = this._maxListeners || undefined;

  if (opts?.captureRejections) {
    validateBoolean(opts.captureRejections, 'options.captureRejections');
    this[kCapture] = Boolean(opts.captureRejections);
  } else {
    // The global default, EventEmitter.captureRejections.
    this[kCapture] = EventEmitter.prototype[kCapture];
  }
}

// --- Limits ----------------------------------------------------------------------------------------

function checkMaxListeners(n, name) {
  validateNumber(n, name, 0);
}

EventEmitter.prototype.setMaxListeners = function setMaxListeners(n) {
  checkMaxListeners(n, 'setMaxListeners');
  this._maxListeners = n;
  return this;
};

function maxListenersOf(emitter) {
  if (emitter._maxListeners === undefined) return defaultMaxListeners;
  return emitter._maxListeners;
}

EventEmitter.prototype.getMaxListeners = function getMaxListeners() {
  return maxListenersOf(this);
};

// Warns once per event name when an emitter holds more listeners than its limit: usually a leak.
function warnTooManyListeners(target, type, list, max) {
  list.warned = true;
  const warning = new Error('Possible EventEmitter memory leak detected. ' +
    `${list.length} ${String(type)} listeners added to ${inspect(target, { depth: -1 })}. ` +
    `MaxListeners is ${max}. Use emitter.setMaxListeners() to increase limit`);
  warning.name = 'MaxListenersExceededWarning';
  warning.emitter = target;
  warning.type = type;
  warning.count = list.length;
  globalThis.process.emitWarning(warning);
}

// --- Emitting --------------------------------------------------------------------------------------

// Throws for an 'error' event nobody listens to: the error itself, or ERR_UNHANDLED_ERROR wrapping a
// non-Error value.
function throwUnhandledError(args) {
  const er = args.length > 0 ? args[0] : undefined;
  if (er instanceof Error) throw er;
  let stringified;
  try {
    stringified = inspect(er);
  } catch {
    stringified = er;
  }
  const err = new (errors().codes.ERR_UNHANDLED_ERROR)(stringified);
  err.context = er;
  throw err;
}

// With captureRejections on, a listener's rejected promise becomes an 'error' event (or a call to
// the emitter's [Symbol.for('nodejs.rejection')] method).
function addCatch(emitter, promise, type, args) {
  try {
    const then = promise.then;
    if (typeof then === 'function') {
      then.call(promise, undefined, (err) => {
        globalThis.process.nextTick(emitRejection, emitter, err, type, args);
      });
    }
  } catch (err) {
    emitter.emit('error', err);
  }
}

function emitRejection(emitter, err, type, args) {
  if (typeof emitter[kRejection] === 'function') {
    emitter[kRejection](err, type, ...args);
    return;
  }
  // Turn capture off while emitting so a failing 'error' listener cannot loop back here.
  const prev = emitter[kCapture];
  try {
    emitter[kCapture] = false;
    emitter.emit('error', err);
  } finally {
    emitter[kCapture] = prev;
  }
}

function callListener(emitter, listener, type, args) {
  const result = listener.apply(emitter, args);
  if (result !== undefined && result !== null && emitter[kCapture]) {
    addCatch(emitter, result, type, args);
  }
}

EventEmitter.prototype.emit = function emit(type, ...args) {
  let doError = type === 'error';
  const events = this._events;
  if (events !== undefined) {
    if (doError && events[kErrorMonitor] !== undefined) this.emit(kErrorMonitor, ...args);
    doError = doError && events.error === undefined;
  } else if (!doError) {
    return false;
  }
  if (doError) throwUnhandledError(args);

  const handler = events[type];
  if (handler === undefined) return false;
  if (typeof handler === 'function') {
    callListener(this, handler, type, args);
  } else {
    // A copy: listeners added or removed while emitting do not change this round.
    const listeners = handler.slice();
    for (let i = 0; i < listeners.length; ++i) callListener(this, listeners[i], type, args);
  }
  return true;
};

// --- Adding and removing ---------------------------------------------------------------------------

function insertListener(target, type, listener, prepend) {
  validateFunction(listener, 'listener');
  let events = target._events;
  let existing;
  if (events === undefined) {
    events = target._events = { __proto__: null };
    target._eventsCount = 0;
  } else {
    // 'newListener' fires before the listener is added, with the unwrapped once() listener.
    if (events.newListener !== undefined) {
      target.emit('newListener', type, listener.listener ?? listener);
      events = target._events;
    }
    existing = events[type];
  }

  if (existing === undefined) {
    events[type] = listener;
    ++target._eventsCount;
    return target;
  }
  if (typeof existing === 'function') {
    existing = events[type] = prepend ? [listener, existing] : [existing, listener];
  } else if (prepend) {
    existing.unshift(listener);
  } else {
    existing.push(listener);
  }
  const max = maxListenersOf(target);
  if (max > 0 && existing.length > max && !existing.warned) {
    warnTooManyListeners(target, type, existing, max);
  }
  return target;
}

EventEmitter.prototype.addListener = function addListener(type, listener) {
  return insertListener(this, type, listener, false);
};
EventEmitter.prototype.on = EventEmitter.prototype.addListener;

EventEmitter.prototype.prependListener = function prependListener(type, listener) {
  return insertListener(this, type, listener, true);
};

// The wrapper once() registers: removes itself, then calls the real listener (kept as `.listener`
// so removeListener(type, original) and listeners() still find it).
function onceWrapper() {
  if (!this.fired) {
    this.target.removeListener(this.type, this.wrapFn);
    this.fired = true;
    if (arguments.length === 0) return this.listener.call(this.target);
    return this.listener.apply(this.target, arguments);
  }
}

function onceWrap(target, type, listener) {
  const state = { fired: false, wrapFn: undefined, target, type, listener };
  const wrapped = onceWrapper.bind(state);
  wrapped.listener = listener;
  state.wrapFn = wrapped;
  return wrapped;
}

EventEmitter.prototype.once = function once(type, listener) {
  validateFunction(listener, 'listener');
  this.on(type, onceWrap(this, type, listener));
  return this;
};

EventEmitter.prototype.prependOnceListener = function prependOnceListener(type, listener) {
  validateFunction(listener, 'listener');
  this.prependListener(type, onceWrap(this, type, listener));
  return this;
};

EventEmitter.prototype.removeListener = function removeListener(type, listener) {
  validateFunction(listener, 'listener');
  const events = this._events;
  if (events === undefined) return this;
  const list = events[type];
  if (list === undefined) return this;

  if (list === listener || list.listener === listener) {
    this._eventsCount -= 1;
    if (!this[kShapeMode] && this._eventsCount === 0) {
      // The emitter is now empty (so it has no 'removeListener' listener to tell either).
      this._events = { __proto__: null };
      return this;
    }
    // In shape mode the key stays, so the object keeps its layout.
    if (this[kShapeMode]) events[type] = undefined;
    else delete events[type];
    if (events.removeListener !== undefined) this.emit('removeListener', type, list.listener || listener);
    return this;
  }
  if (typeof list === 'function') return this;

  // The most recently added match goes first.
  let position = -1;
  for (let i = list.length - 1; i >= 0; i--) {
    if (list[i] === listener || list[i].listener === listener) {
      position = i;
      break;
    }
  }
  if (position < 0) return this;
  if (position === 0) list.shift();
  else list.splice(position, 1);
  if (list.length === 1) events[type] = list[0];
  if (events.removeListener !== undefined) this.emit('removeListener', type, listener);
  return this;
};
EventEmitter.prototype.off = EventEmitter.prototype.removeListener;

EventEmitter.prototype.removeAllListeners = function removeAllListeners(type) {
  const events = this._events;
  if (events === undefined) return this;

  // Without 'removeListener' listeners nothing needs to be told: just drop the lists.
  if (events.removeListener === undefined) {
    if (arguments.length === 0) {
      this._events = { __proto__: null };
      this._eventsCount = 0;
    } else if (events[type] !== undefined) {
      if (--this._eventsCount === 0) this._events = { __proto__: null };
      else delete events[type];
    }
    return this;
  }

  if (arguments.length === 0) {
    for (const key of Reflect.ownKeys(events)) {
      if (key === 'removeListener') continue;
      this.removeAllListeners(key);
    }
    this.removeAllListeners('removeListener');
    this._events = { __proto__: null };
    this._eventsCount = 0;
    this[kShapeMode] = false;
    return this;
  }

  const listeners = events[type];
  if (typeof listeners === 'function') {
    this.removeListener(type, listeners);
  } else if (listeners !== undefined) {
    // Last in, first out, like removing them one by one.
    for (let i = listeners.length - 1; i >= 0; i--) this.removeListener(type, listeners[i]);
  }
  return this;
};

// --- Inspecting listeners --------------------------------------------------------------------------

function unwrapListeners(list) {
  return list.map((fn) => fn.listener || fn);
}

function listenersOf(target, type, unwrap) {
  const events = target._events;
  if (events === undefined) return [];
  const listener = events[type];
  if (listener === undefined) return [];
  if (typeof listener === 'function') return unwrap ? [listener.listener || listener] : [listener];
  return unwrap ? unwrapListeners(listener) : listener.slice();
}

EventEmitter.prototype.listeners = function listeners(type) {
  return listenersOf(this, type, true);
};

EventEmitter.prototype.rawListeners = function rawListeners(type) {
  return listenersOf(this, type, false);
};

function listenerCount(type, listener) {
  const events = this._events;
  if (events === undefined) return 0;
  const evlistener = events[type];
  if (typeof evlistener === 'function') {
    if (listener != null) return listener === evlistener || listener === evlistener.listener ? 1 : 0;
    return 1;
  }
  if (evlistener !== undefined) {
    if (listener == null) return evlistener.length;
    let matching = 0;
    for (const fn of evlistener) {
      if (fn === listener || fn.listener === listener) matching++;
    }
    return matching;
  }
  return 0;
}
EventEmitter.prototype.listenerCount = listenerCount;

EventEmitter.prototype.eventNames = function eventNames() {
  return this._eventsCount > 0 ? Reflect.ownKeys(this._events) : [];
};

// Deprecated static form: EventEmitter.listenerCount(emitter, type).
function staticListenerCount(emitter, type) {
  if (typeof emitter.listenerCount === 'function') return emitter.listenerCount(type);
  return listenerCount.call(emitter, type);
}

// --- Helpers for emitters and EventTargets alike ---------------------------------------------------

function addListenerAgnostic(emitter, name, listener, flags) {
  if (typeof emitter?.on === 'function') {
    if (flags?.once) emitter.once(name, listener);
    else emitter.on(name, listener);
  } else if (typeof emitter?.addEventListener === 'function') {
    emitter.addEventListener(name, listener, flags);
  } else {
    throw new (errors().codes.ERR_INVALID_ARG_TYPE)('emitter', 'EventEmitter', emitter);
  }
}

function removeListenerAgnostic(emitter, name, listener, flags) {
  if (typeof emitter?.removeListener === 'function') {
    emitter.removeListener(name, listener);
  } else if (typeof emitter?.removeEventListener === 'function') {
    emitter.removeEventListener(name, listener, flags);
  } else {
    throw new (errors().codes.ERR_INVALID_ARG_TYPE)('emitter', 'EventEmitter', emitter);
  }
}

function abortListenerFlags() {
  return { once: true, [eventTargetModule().kResistStopPropagation]: true };
}

// Resolves with the arguments of the next `name` event (an array; [event] for an EventTarget),
// rejects on the emitter's 'error' event or when options.signal aborts.
async function once(emitter, name, options = {}) {
  const signal = options?.signal;
  validateAbortSignal(signal, 'options.signal');
  if (signal?.aborted) throw new (errors().AbortError)(undefined, { cause: signal?.reason });
  return new Promise((resolve, reject) => {
    const errorListener = (err) => {
      removeListenerAgnostic(emitter, name, resolver);
      if (signal != null) removeListenerAgnostic(signal, 'abort', abortListener);
      reject(err);
    };
    const resolver = (...args) => {
      if (typeof emitter.removeListener === 'function') emitter.removeListener('error', errorListener);
      if (signal != null) removeListenerAgnostic(signal, 'abort', abortListener);
      resolve(args);
    };
    function abortListener() {
      removeListenerAgnostic(emitter, name, resolver);
      removeListenerAgnostic(emitter, 'error', errorListener);
      reject(new (errors().AbortError)(undefined, { cause: signal?.reason }));
    }
    addListenerAgnostic(emitter, name, resolver, { once: true });
    if (name !== 'error' && typeof emitter.once === 'function') {
      // EventTargets have no 'error' convention; emitters reject on it.
      emitter.once('error', errorListener);
    }
    if (signal != null) addListenerAgnostic(signal, 'abort', abortListener, abortListenerFlags());
  });
}

const AsyncIteratorPrototype =
  Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype);

// An async iterator over `event` emissions (each value is the arguments array). It ends on
// return(), on any of options.close events, and fails on 'error' or options.signal aborting.
// With highWaterMark set, a pausable emitter is paused while that many events wait unread.
function on(emitter, event, options = undefined) {
  const signal = options?.signal;
  validateAbortSignal(signal, 'options.signal');
  if (signal?.aborted) throw new (errors().AbortError)(undefined, { cause: signal?.reason });
  const highWatermark = options?.highWaterMark ?? options?.highWatermark ?? Number.MAX_SAFE_INTEGER;
  validateInteger(highWatermark, 'options.highWaterMark', 1);
  const lowWatermark = options?.lowWaterMark ?? options?.lowWatermark ?? 1;
  validateInteger(lowWatermark, 'options.lowWaterMark', 1);

  const unconsumedEvents = [];
  const unconsumedPromises = [];
  let paused = false;
  let error = null;
  let finished = false;
  const cleanups = [];

  function listen(target, name, listener, flags) {
    addListenerAgnostic(target, name, listener, flags);
    cleanups.push(() => removeListenerAgnostic(target, name, listener, flags));
  }

  function eventHandler(...args) {
    if (unconsumedPromises.length > 0) {
      unconsumedPromises.shift().resolve({ value: args, done: false });
      return;
    }
    unconsumedEvents.push(args);
    if (unconsumedEvents.length > highWatermark && !paused && typeof emitter.pause === 'function') {
      paused = true;
      emitter.pause();
    }
  }

  function closeHandler() {
    for (const cleanup of cleanups.splice(0)) cleanup();
    finished = true;
    const done = { value: undefined, done: true };
    while (unconsumedPromises.length > 0) unconsumedPromises.shift().resolve(done);
    return Promise.resolve(done);
  }

  function errorHandler(err) {
    if (unconsumedPromises.length > 0) unconsumedPromises.shift().reject(err);
    else error = err;
    closeHandler();
  }

  const iterator = Object.setPrototypeOf({
    next() {
      // Unread events first, then a pending error, then the end.
      if (unconsumedEvents.length > 0) {
        const value = unconsumedEvents.shift();
        if (paused && unconsumedEvents.length < lowWatermark && typeof emitter.resume === 'function') {
          emitter.resume();
          paused = false;
        }
        return Promise.resolve({ value, done: false });
      }
      if (error) {
        const p = Promise.reject(error);
        error = null;
        return p;
      }
      if (finished) return closeHandler();
      return new Promise((resolve, reject) => unconsumedPromises.push({ resolve, reject }));
    },
    return() {
      return closeHandler();
    },
    throw(err) {
      if (!err || !(err instanceof Error)) {
        throw new (errors().codes.ERR_INVALID_ARG_TYPE)('EventEmitter.AsyncIterator', 'Error', err);
      }
      errorHandler(err);
    },
  }, AsyncIteratorPrototype);

  listen(emitter, event, eventHandler);
  if (event !== 'error' && typeof emitter.on === 'function') listen(emitter, 'error', errorHandler);
  const closeEvents = options?.close;
  if (closeEvents?.length) {
    for (const name of closeEvents) listen(emitter, name, closeHandler);
  }
  if (signal) {
    listen(signal, 'abort', () => errorHandler(new (errors().AbortError)(undefined, { cause: signal?.reason })),
      abortListenerFlags());
  }
  return iterator;
}

function getEventListeners(emitterOrTarget, type) {
  if (typeof emitterOrTarget?.listeners === 'function') return emitterOrTarget.listeners(type);
  if (isEventTarget(emitterOrTarget)) {
    return eventTargetModule().getEventTargetListeners(emitterOrTarget, type);
  }
  throw new (errors().codes.ERR_INVALID_ARG_TYPE)('emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget);
}

function getMaxListeners(emitterOrTarget) {
  if (typeof emitterOrTarget?.getMaxListeners === 'function') return maxListenersOf(emitterOrTarget);
  if (isEventTarget(emitterOrTarget)) {
    return eventTargetModule().getMaxEventTargetListeners(emitterOrTarget);
  }
  throw new (errors().codes.ERR_INVALID_ARG_TYPE)('emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget);
}

// setMaxListeners(n, ...targets): with no targets, changes the default for new emitters/targets.
function setMaxListeners(n = defaultMaxListeners, ...eventTargets) {
  checkMaxListeners(n, 'setMaxListeners');
  if (eventTargets.length === 0) {
    defaultMaxListeners = n;
    return;
  }
  for (const target of eventTargets) {
    if (isEventTarget(target)) {
      eventTargetModule().setMaxEventTargetListeners(target, n);
    } else if (typeof target?.setMaxListeners === 'function') {
      target.setMaxListeners(n);
    } else {
      throw new (errors().codes.ERR_INVALID_ARG_TYPE)('eventTargets', ['EventEmitter', 'EventTarget'], target);
    }
  }
}

// Runs `listener` once when `signal` aborts (right away, in a microtask, if it already has); the
// returned object's [Symbol.dispose]() cancels that.
function addAbortListener(signal, listener) {
  if (signal === undefined) throw new (errors().codes.ERR_INVALID_ARG_TYPE)('signal', 'AbortSignal', signal);
  validateAbortSignal(signal, 'signal');
  validateFunction(listener, 'listener');
  let removeEventListener;
  if (signal.aborted) {
    queueMicrotask(() => listener());
  } else {
    signal.addEventListener('abort', listener, abortListenerFlags());
    removeEventListener = () => signal.removeEventListener('abort', listener);
  }
  return {
    __proto__: null,
    [SymbolDispose]() {
      removeEventListener?.();
    },
  };
}

// EventEmitterAsyncResource is built on first use, and needs async_hooks (which loom does not have yet) only
// when constructed: reading it, as spreading or inspecting the module does, must not throw.
let lazyEventEmitterAsyncResource;
function makeEventEmitterAsyncResource() {
  const kResource = Symbol('kAsyncResource');

  class EventEmitterAsyncResource extends EventEmitter {
    constructor(options = undefined) {
      let name;
      if (typeof options === 'string') {
        name = options;
        options = undefined;
      } else {
        name = options?.name || new.target.name;
      }
      super(options);
      const { AsyncResource } = require('async_hooks');
      this[kResource] = new AsyncResource(name, options);
    }

    #resource() {
      if (!(kResource in this)) throw new (errors().codes.ERR_INVALID_THIS)('EventEmitterAsyncResource');
      return this[kResource];
    }

    emit(event, ...args) {
      const resource = this.#resource();
      return resource.runInAsyncScope(EventEmitter.prototype.emit, this, event, ...args);
    }

    emitDestroy() {
      this.#resource().emitDestroy();
    }

    get asyncId() {
      return this.#resource().asyncId();
    }

    get triggerAsyncId() {
      return this.#resource().triggerAsyncId();
    }

    get asyncResource() {
      return this.#resource();
    }
  }
  return EventEmitterAsyncResource;
}

// --- The module's surface --------------------------------------------------------------------------

const enumerableValue = (value) => ({ value, writable: true, enumerable: true, configurable: true });

Object.defineProperties(EventEmitter, {
  addAbortListener: enumerableValue(addAbortListener),
  once: enumerableValue(once),
  on: enumerableValue(on),
  getEventListeners: enumerableValue(getEventListeners),
  getMaxListeners: enumerableValue(getMaxListeners),
  EventEmitter: enumerableValue(EventEmitter),
  usingDomains: enumerableValue(false),
  captureRejectionSymbol: enumerableValue(kRejection),
  captureRejections: {
    get() {
      return EventEmitter.prototype[kCapture];
    },
    set(value) {
      validateBoolean(value, 'EventEmitter.captureRejections');
      EventEmitter.prototype[kCapture] = value;
    },
    enumerable: true,
    configurable: false,
  },
  EventEmitterAsyncResource: {
    get() {
      if (lazyEventEmitterAsyncResource === undefined) {
        lazyEventEmitterAsyncResource = makeEventEmitterAsyncResource();
      }
      return lazyEventEmitterAsyncResource;
    },
    enumerable: true,
    configurable: true,
  },
  errorMonitor: enumerableValue(kErrorMonitor),
  defaultMaxListeners: {
    get() {
      return defaultMaxListeners;
    },
    set(value) {
      checkMaxListeners(value, 'defaultMaxListeners');
      defaultMaxListeners = value;
    },
    enumerable: true,
    configurable: false,
  },
  kMaxEventTargetListeners: {
    value: kMaxEventTargetListeners, writable: false, enumerable: false, configurable: false,
  },
  kMaxEventTargetListenersWarned: {
    value: kMaxEventTargetListenersWarned, writable: false, enumerable: false, configurable: false,
  },
  setMaxListeners: enumerableValue(setMaxListeners),
});

EventEmitter.init = init;
EventEmitter.listenerCount = staticListenerCount;

module.exports = EventEmitter;
