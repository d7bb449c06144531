'use strict';
// The web-platform event model as Node 20 provides it: `Event`, `EventTarget` and `CustomEvent`.
//
// There is no DOM tree here, so dispatch only ever reaches the target itself: listeners run in the
// order they were added, `capture` only matters for telling listeners apart, and `passive` is a hint.
// A listener that throws (or returns a promise that rejects) does not stop the others: the error is
// rethrown on the next tick, where it becomes an ordinary uncaught exception, as in Node.
// AbortSignal (internal/abort_controller) builds on this file; `events` reads listener lists and
// the max-listeners setting through the helpers exported at the bottom.

// internal/errors is large; it is loaded the first time an error is thrown (every worker loads this module
// while it starts, for MessagePort).
let lazyErrors;
function errors() {
  if (lazyErrors === undefined) lazyErrors = require('internal/errors');
  return lazyErrors;
}
// internal/validators is loaded on first use (no thread's start validates an event or listener option).
function validateAbortSignal(signal, name) { require('internal/validators').validateAbortSignal(signal, name); }
function validateObjectOrNull(value, name) {
  const validators = require('internal/validators');
  validators.validateObject(value, name, validators.kValidateObjectAllowObjectsAndNull);
}

// Options only built-ins may pass: a trusted event (isTrusted === true), and a listener that still
// runs after stopImmediatePropagation() (used for abort listeners).
const kTrustEvent = Symbol('kTrustEvent');
const kResistStopPropagation = Symbol('kResistStopPropagation');
// Names under which `events` exposes the per-target listener limit (kept for compatibility).
const kMaxEventTargetListeners = Symbol('events.maxEventTargetListeners');
const kMaxEventTargetListenersWarned = Symbol('events.maxEventTargetListenersWarned');

const kInspect = Symbol.for('nodejs.util.inspect.custom');

const NONE = 0;
const AT_TARGET = 2;

let lazyInspectFn;
function inspect(value, options) {
  if (lazyInspectFn === undefined) lazyInspectFn = require('internal/util/inspect').inspect;
  return lazyInspectFn(value, options);
}

let lazyEvents;
function defaultMaxListeners() {
  if (lazyEvents === undefined) lazyEvents = require('events');
  return lazyEvents.defaultMaxListeners;
}

function now() {
  try {
    const perf = globalThis.performance;
    if (perf && typeof perf.now === 'function') return perf.now();
  } catch {
    // performance not available yet.
  }
  return Date.now();
}

// WebIDL DOMString conversion, with Node's error for symbols.
function toDOMString(value) {
  if (typeof value === 'symbol') throw new (errors().codes.ERR_INVALID_ARG_VALUE)('value', value);
  return `${value}`;
}

// Methods and accessors of WebIDL interfaces are enumerable, unlike those of JS classes. A descriptor with
// only `enumerable` changes nothing else; reading each descriptor and writing it back cost a worker's start
// 0.33 M instructions more for Event's 17 members.
function makeEnumerable(proto, names) {
  for (let i = 0; i < names.length; i++) Object.defineProperty(proto, names[i], { enumerable: true });
}

function defineToStringTag(proto, tag) {
  Object.defineProperty(proto, Symbol.toStringTag, {
    value: tag, writable: false, enumerable: false, configurable: true,
  });
}

// Rethrows `err` on the next tick so it surfaces as an uncaught exception, after dispatch is done.
function reportListenerError(err) {
  globalThis.process.nextTick(() => {
    throw err;
  });
}

// Event state that only dispatch may change; set up by Event's static block below. Until Event exists no
// object is one.
let isEvent = () => false;
let beginDispatch;
let endDispatch;
let stoppedImmediately;

// Brand checks: a plain function, because calling a private method on a foreign object would throw
// the engine's own TypeError instead of Node's ERR_INVALID_THIS.
function checkEvent(value) {
  if (!isEvent(value)) throw new (errors().codes.ERR_INVALID_THIS)('Event');
}

// Event and CustomEvent are made when first asked for (module.exports below): a worker that only listens with
// on('message') never needs them, and making them cost every worker's start 0.35 M instructions.
let eventClasses;
function eventClassesOnce() {
  if (eventClasses === undefined) eventClasses = defineEventClasses();
  return eventClasses;
}

function defineEventClasses() {
  class Event {
    #type;
    #bubbles;
    #cancelable;
    #composed;
    #trusted;
    #timestamp;
    #defaultPrevented = false;
    #propagationStopped = false;
    #immediateStopped = false;
    #target = null;
    #currentTarget = null;
    #dispatching = false;

    constructor(type, options = undefined) {
      if (arguments.length === 0) throw new (errors().codes.ERR_MISSING_ARGS)('type');
      if (options !== undefined) validateObjectOrNull(options, 'options');
      this.#type = toDOMString(type);
      this.#bubbles = !!options?.bubbles;
      this.#cancelable = !!options?.cancelable;
      this.#composed = !!options?.composed;
      this.#trusted = options?.[kTrustEvent] === true;
      this.#timestamp = now();
    }

    static {
      isEvent = (value) => value !== null && typeof value === 'object' && #type in value;
      beginDispatch = (event, target) => {
        event.#target = target;
        event.#currentTarget = target;
        event.#dispatching = true;
      };
      endDispatch = (event) => {
        event.#currentTarget = null;
        event.#dispatching = false;
      };
      stoppedImmediately = (event) => event.#immediateStopped;
    }

    // The WebIDL members, enumerable as Node's are: defined here rather than as class members, whose
    // enumerability would have to be changed one by one afterwards (changing the attribute of 17 members of
    // a prototype cost every worker's start 0.22 M instructions; defining them this way 0.13 M).
    static {
      Object.defineProperties(Event.prototype, Object.getOwnPropertyDescriptors({
        initEvent(type, bubbles = false, cancelable = false) {
          checkEvent(this);
          if (arguments.length === 0) throw new (errors().codes.ERR_MISSING_ARGS)('type');
          if (this.#dispatching) return;
          this.#type = toDOMString(type);
          this.#bubbles = !!bubbles;
          this.#cancelable = !!cancelable;
        },

        stopImmediatePropagation() {
          checkEvent(this);
          this.#propagationStopped = true;
          this.#immediateStopped = true;
        },

        preventDefault() {
          checkEvent(this);
          if (this.#cancelable) this.#defaultPrevented = true;
        },

        get target() {
          checkEvent(this);
          return this.#target;
        },

        get currentTarget() {
          checkEvent(this);
          return this.#currentTarget;
        },

        get srcElement() {
          checkEvent(this);
          return this.#target;
        },

        get type() {
          checkEvent(this);
          return this.#type;
        },

        get cancelable() {
          checkEvent(this);
          return this.#cancelable;
        },

        get defaultPrevented() {
          checkEvent(this);
          return this.#cancelable && this.#defaultPrevented;
        },

        get timeStamp() {
          checkEvent(this);
          return this.#timestamp;
        },

        composedPath() {
          checkEvent(this);
          return this.#dispatching ? [this.#currentTarget] : [];
        },

        get returnValue() {
          checkEvent(this);
          return !(this.#cancelable && this.#defaultPrevented);
        },

        get bubbles() {
          checkEvent(this);
          return this.#bubbles;
        },

        get composed() {
          checkEvent(this);
          return this.#composed;
        },

        get eventPhase() {
          checkEvent(this);
          return this.#dispatching ? AT_TARGET : NONE;
        },

        get cancelBubble() {
          checkEvent(this);
          return this.#propagationStopped;
        },

        set cancelBubble(value) {
          checkEvent(this);
          if (value) this.#propagationStopped = true;
        },

        stopPropagation() {
          checkEvent(this);
          this.#propagationStopped = true;
        },
      }));
    }

    // util.inspect shows the interesting state, like Node: Event { type, defaultPrevented, ... }.
    [kInspect](depth, options) {
      const name = this.constructor.name;
      if (depth < 0) return name;
      const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
      return `${name} ${inspect({
        type: this.#type,
        defaultPrevented: this.#cancelable && this.#defaultPrevented,
        cancelable: this.#cancelable,
        timeStamp: this.#timestamp,
      }, opts)}`;
    }

    // Read by isTrusted below.
    static isTrustedEvent(event) {
      return isEvent(event) && event.#trusted;
    }
  }

  // isTrusted is an unforgeable (non-configurable) accessor per WebIDL.
  const isTrustedEvent = Event.isTrustedEvent;
  delete Event.isTrustedEvent;
  Object.defineProperty(Event.prototype, 'isTrusted', {
    get: function isTrusted() { return isTrustedEvent(this); },
    enumerable: true,
    configurable: false,
  });
  defineToStringTag(Event.prototype, 'Event');

  function defineConstant(target, name, value) {
    Object.defineProperty(target, name, { value, writable: false, enumerable: true, configurable: false });
  }
  defineConstant(Event, 'NONE', 0);
  defineConstant(Event, 'CAPTURING_PHASE', 1);
  defineConstant(Event, 'AT_TARGET', 2);
  defineConstant(Event, 'BUBBLING_PHASE', 3);

  // An Event carrying arbitrary `detail` data.
  class CustomEvent extends Event {
    #detail;

    constructor(type, options = undefined) {
      if (arguments.length === 0) throw new (errors().codes.ERR_MISSING_ARGS)('type');
      super(type, options);
      this.#detail = options?.detail ?? null;
    }

    get detail() {
      if (!(this !== null && typeof this === 'object' && #detail in this)) {
        throw new (errors().codes.ERR_INVALID_THIS)('CustomEvent');
      }
      return this.#detail;
    }
  }
  makeEnumerable(CustomEvent.prototype, ['detail']);
  defineToStringTag(CustomEvent.prototype, 'CustomEvent');

  return { Event, CustomEvent };
}

// addEventListener's third argument: a boolean (capture) or an options object.
function listenerOptions(options) {
  if (typeof options === 'boolean') return { capture: options };
  if (options === null || options === undefined) return {};
  validateObjectOrNull(options, 'options');
  const signal = options.signal;
  validateAbortSignal(signal, 'options.signal');
  return {
    once: !!options.once,
    capture: !!options.capture,
    passive: !!options.passive,
    signal,
    resist: !!options[kResistStopPropagation],
  };
}

function emitWarning(warning) {
  globalThis.process.emitWarning(warning);
}

// true when `listener` can be registered, false for null/undefined (a warning, no effect).
function checkListener(listener) {
  if (typeof listener === 'function' || (typeof listener === 'object' && listener !== null)) {
    return true;
  }
  if (listener == null) return false;
  throw new (errors().codes.ERR_INVALID_ARG_TYPE)('listener', 'EventListener', listener);
}

// Calls one listener record, reporting (not throwing) its failure.
function invokeListener(target, record, event) {
  const callback = record.callback;
  let result;
  try {
    if (typeof callback === 'function') {
      result = callback.call(target, event);
    } else {
      const handleEvent = callback.handleEvent;
      if (handleEvent === undefined) return;
      if (typeof handleEvent !== 'function') {
        throw new TypeError(`${typeof handleEvent === 'object' ? 'handleEvent' : String(handleEvent)} ` +
          'is not a function');
      }
      result = handleEvent.call(callback, event);
    }
  } catch (err) {
    reportListenerError(err);
    return;
  }
  // An async listener's rejection is reported like a synchronous throw.
  if (result !== undefined && result !== null && typeof result.then === 'function') {
    try {
      result.then(undefined, reportListenerError);
    } catch (err) {
      reportListenerError(err);
    }
  }
}

let isEventTarget;
let listenersOf;
let maxListenersOf;
let setMaxListenersOf;

function checkEventTarget(value) {
  if (!isEventTarget(value)) throw new (errors().codes.ERR_INVALID_THIS)('EventTarget');
}

// The listeners of one event type: a doubly linked list of records
// { callback, capture, once, resist, removed, cleanup, previous, next }. Dispatch reads a record's
// `next` just before calling it, so (as in Node) a listener added during dispatch runs in that same
// dispatch unless it was added by the last listener, and a removed record keeps its `next` so an
// iteration standing on it can go on.
class ListenerList {
  first = undefined;
  last = undefined;
  size = 0;

  append(record) {
    if (this.last === undefined) {
      this.first = record;
    } else {
      this.last.next = record;
      record.previous = this.last;
    }
    this.last = record;
    this.size++;
  }

  unlink(record) {
    record.removed = true;
    if (record.previous === undefined) this.first = record.next;
    else record.previous.next = record.next;
    if (record.next === undefined) this.last = record.previous;
    else record.next.previous = record.previous;
    this.size--;
  }

  find(callback, capture) {
    for (let r = this.first; r !== undefined; r = r.next) {
      if (r.callback === callback && r.capture === capture) return r;
    }
    return undefined;
  }

  callbacks() {
    const out = [];
    for (let r = this.first; r !== undefined; r = r.next) out.push(r.callback);
    return out;
  }
}

class EventTarget {
  #listeners = new Map();  // type -> ListenerList
  #maxListeners = defaultMaxListeners();
  #maxListenersWarned = false;

  static {
    isEventTarget = (value) => value !== null && typeof value === 'object' && #listeners in value;
    listenersOf = (target, type) => {
      const list = target.#listeners.get(type);
      return list === undefined ? [] : list.callbacks();
    };
    maxListenersOf = (target) => target.#maxListeners;
    setMaxListenersOf = (target, n) => {
      target.#maxListeners = n;
      target.#maxListenersWarned = false;
    };
  }

  addEventListener(type, listener, options = undefined) {
    checkEventTarget(this);
    if (arguments.length < 2) throw new (errors().codes.ERR_MISSING_ARGS)('type', 'listener');
    const { once, capture, signal, resist } = listenerOptions(options);
    if (!checkListener(listener)) {
      const warning = new Error(`addEventListener called with ${listener} which has no effect.`);
      warning.name = 'AddEventListenerArgumentTypeWarning';
      warning.target = this;
      warning.type = type;
      emitWarning(warning);
      return;
    }
    type = toDOMString(type);
    if (signal?.aborted) return;

    let list = this.#listeners.get(type);
    if (list === undefined) {
      list = new ListenerList();
      this.#listeners.set(type, list);
    }
    if (list.find(listener, !!capture) !== undefined) return;
    const record = {
      callback: listener,
      capture: !!capture,
      once: !!once,
      resist,
      removed: false,
      cleanup: undefined,
      previous: undefined,
      next: undefined,
    };
    list.append(record);
    if (signal !== undefined) {
      const onAbort = () => this.removeEventListener(type, listener, { capture: !!capture });
      signal.addEventListener('abort', onAbort, { once: true, [kResistStopPropagation]: true });
      record.cleanup = () => signal.removeEventListener('abort', onAbort);
    }
    this.#warnIfTooMany(type, list.size);
  }

  #warnIfTooMany(type, count) {
    const max = this.#maxListeners;
    if (max > 0 && count > max && !this.#maxListenersWarned) {
      this.#maxListenersWarned = true;
      const warning = new Error('Possible EventTarget memory leak detected. ' +
        `${count} ${type} listeners added to ${this.constructor.name}. MaxListeners is ${max}. ` +
        'Use events.setMaxListeners() to increase limit');
      warning.name = 'MaxListenersExceededWarning';
      warning.target = this;
      warning.type = type;
      warning.count = count;
      emitWarning(warning);
    }
  }

  removeEventListener(type, listener, options = undefined) {
    checkEventTarget(this);
    if (arguments.length < 2) throw new (errors().codes.ERR_MISSING_ARGS)('type', 'listener');
    type = toDOMString(type);
    // Node 20 reads only `options.capture` here: a bare `true` does not select the capture listener.
    const capture = !!options?.capture;
    const list = this.#listeners.get(type);
    if (list === undefined) return;
    const record = list.find(listener, capture);
    if (record !== undefined) this.#remove(type, list, record);
  }

  #remove(type, list, record) {
    list.unlink(record);
    if (record.cleanup !== undefined) record.cleanup();
    if (list.size === 0) this.#listeners.delete(type);
  }

  dispatchEvent(event) {
    checkEventTarget(this);
    if (arguments.length < 1) throw new (errors().codes.ERR_MISSING_ARGS)('event');
    if (!isEvent(event)) throw new (errors().codes.ERR_INVALID_ARG_TYPE)('event', 'Event', event);
    if (event.eventPhase !== NONE) throw new (errors().codes.ERR_EVENT_RECURSION)(event.type);

    beginDispatch(event, this);
    try {
      this.#invokeAll(event);
    } finally {
      endDispatch(event);
    }
    return !event.defaultPrevented;
  }

  #invokeAll(event) {
    const type = event.type;
    const list = this.#listeners.get(type);
    if (list === undefined) return;
    let record = list.first;
    while (record !== undefined) {
      const next = record.next;
      if (!record.removed && (!stoppedImmediately(event) || record.resist)) {
        if (record.once) this.#remove(type, list, record);
        invokeListener(this, record, event);
      }
      record = next;
    }
  }

  [kInspect](depth, options) {
    const name = this.constructor.name;
    if (depth < 0) return name;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `${name} ${inspect({}, opts)}`;
  }
}

makeEnumerable(EventTarget.prototype, ['addEventListener', 'removeEventListener', 'dispatchEvent']);
defineToStringTag(EventTarget.prototype, 'EventTarget');

// Defines the `on<name>` event-handler property (e.g. AbortSignal's `onabort`) on a prototype. The
// handler keeps the place in the listener order where it was first set.
function defineEventHandler(proto, name, type = name) {
  const handlers = new WeakMap();  // target -> { handler, wrapper }
  function get() {
    const entry = handlers.get(this);
    return entry === undefined ? null : entry.handler;
  }
  function set(value) {
    if (typeof value !== 'function' && (typeof value !== 'object' || value === null)) value = null;
    let entry = handlers.get(this);
    if (entry === undefined) {
      if (value === null) return;
      entry = { handler: value, wrapper: undefined };
      entry.wrapper = function(event) {
        const handler = entry.handler;
        if (typeof handler === 'function') return handler.call(this, event);
      };
      handlers.set(this, entry);
      this.addEventListener(type, entry.wrapper);
    } else if (value === null) {
      this.removeEventListener(type, entry.wrapper);
      handlers.delete(this);
    } else {
      entry.handler = value;
    }
  }
  Object.defineProperty(get, 'name', { value: `get on${name}` });
  Object.defineProperty(set, 'name', { value: `set on${name}` });
  Object.defineProperty(proto, `on${name}`, { get, set, enumerable: true, configurable: true });
}

// The listener functions (or handleEvent objects) registered on `target` for `type`.
function getEventTargetListeners(target, type) {
  return listenersOf(target, toDOMString(type));
}

module.exports = {
  get Event() { return eventClassesOnce().Event; },
  EventTarget,
  get CustomEvent() { return eventClassesOnce().CustomEvent; },
  isEvent: (value) => isEvent(value),  // the current one: the real check exists once Event does
  // Whether a listener called event.stopImmediatePropagation() (false for anything that is not an Event).
  isStoppedImmediately: (value) => isEvent(value) && stoppedImmediately(value),
  isEventTarget,
  defineEventHandler,
  getEventTargetListeners,
  getMaxEventTargetListeners: (target) => maxListenersOf(target),
  setMaxEventTargetListeners: (target, n) => setMaxListenersOf(target, n),
  kTrustEvent,
  kResistStopPropagation,
  kMaxEventTargetListeners,
  kMaxEventTargetListenersWarned,
};
