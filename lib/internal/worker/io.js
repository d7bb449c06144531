'use strict';
// MessagePort, MessageChannel, MessageEvent, BroadcastChannel and receiveMessageOnPort. Port objects are
// created natively (internalBinding('messaging')) with MessagePort.prototype; this file gives them both of
// Node's listener styles: EventEmitter (`on('message', data => ...)`) and EventTarget (`addEventListener`,
// `onmessage`, which receive a MessageEvent). As in Node, a port starts receiving and is ref'd (keeps its
// thread alive) when it gets its first 'message' listener, and stops and is unref'd when the last one is
// removed; ref() and unref() set the ref directly, and removeAllListeners() changes neither.

const messaging = internalBinding('messaging');
const { validateTransferList, withCloneErrors, cloneErrorFactory } = require('internal/worker/transfer');
const eventTarget = require('internal/event_target');

const { EventTarget } = eventTarget;

const kListeners = Symbol('kListeners');
const kOnMessage = Symbol('kOnMessage');
const kOnMessageError = Symbol('kOnMessageError');
const kClosed = Symbol('kClosed');
const kNoMessage = Symbol('kNoMessage');

// MessageEvent (and Event under it) is made when first needed: by an EventTarget-style listener or by code
// that asks for the class. Most workers only ever use on('message').
let MessageEventClass;
function messageEventClass() {
  if (MessageEventClass === undefined) MessageEventClass = defineMessageEvent(eventTarget.Event);
  return MessageEventClass;
}

function defineMessageEvent(Event) {
  class MessageEvent extends Event {
    #data;
    #ports;
    #origin;
    #lastEventId;
    #source;
    constructor(type, init = {}) {
      if (arguments.length === 0) {
        const { codes: { ERR_MISSING_ARGS } } = require('internal/errors');
        throw new ERR_MISSING_ARGS('type');
      }
      super(type, init);
      this.#data = init && init.data !== undefined ? init.data : null;
      this.#ports = init && Array.isArray(init.ports) ? Object.freeze([...init.ports]) : Object.freeze([]);
      this.#origin = init && init.origin !== undefined ? `${init.origin}` : '';
      this.#lastEventId = init && init.lastEventId !== undefined ? `${init.lastEventId}` : '';
      this.#source = init && init.source !== undefined ? init.source : null;
    }
    get data() { return this.#data; }
    get ports() { return this.#ports; }
    get origin() { return this.#origin; }
    get lastEventId() { return this.#lastEventId; }
    get source() { return this.#source; }
  }
  return MessageEvent;
}

function listenersOf(port, type) {
  let map = port[kListeners];
  if (map === undefined) {
    map = new Map();
    Object.defineProperty(port, kListeners, { value: map, writable: true, configurable: true });
  }
  let list = map.get(type);
  if (list === undefined) {
    list = [];
    map.set(type, list);
  }
  return list;
}

function messageListenerCount(port) {
  const map = port[kListeners];
  const list = map && map.get('message');
  return list ? list.length : 0;
}

function setRef(port, refed) {
  if (!port[kClosed]) messaging.setPortRef(port, refed);
}

// The first 'message' listener starts the port and refs it.
function messageListenerAdded(port) {
  if (messageListenerCount(port) !== 1 || port[kClosed]) return;
  messaging.startPort(port);
  setRef(port, true);
}

function addListener(port, type, listener, kind, once) {
  const list = listenersOf(port, type);
  list.push({ listener, kind, once });
  if (type === 'message') messageListenerAdded(port);
}

function removeListener(port, type, listener, kind) {
  const map = port[kListeners];
  const list = map && map.get(type);
  if (!list) return;
  for (let i = list.length - 1; i >= 0; i--) {
    if (list[i].listener === listener && (kind === undefined || list[i].kind === kind)) {
      list.splice(i, 1);
      // Removing the last 'message' listener stops the port and unrefs it.
      if (type === 'message' && list.length === 0 && !port[kClosed]) {
        messaging.stopPort(port);
        setRef(port, false);
      }
      return;
    }
  }
}

function validateListener(listener) {
  if (typeof listener !== 'function') {
    const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
    throw new ERR_INVALID_ARG_TYPE('listener', 'Function', listener);
  }
}

// Delivers one event to every listener of `type`, in registration order.
function dispatch(port, type, emitterArgs, makeEvent) {
  const map = port[kListeners];
  const list = map && map.get(type);
  if (!list || list.length === 0) return false;
  if (list.length === 1 && list[0].kind === 'emitter' && !list[0].once) {
    // The hot path of message delivery: one on('message') listener.
    list[0].listener.apply(port, emitterArgs);
    return true;
  }
  return dispatchToAll(port, type, list, emitterArgs, makeEvent);
}

function dispatchToAll(port, type, list, emitterArgs, makeEvent) {
  let event;
  const entries = list.slice();  // listeners added or removed meanwhile do not change this delivery
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i];
    if (entry.once) removeListener(port, type, entry.listener, entry.kind);
    if (entry.kind === 'emitter') {
      entry.listener.apply(port, emitterArgs);
    } else {
      if (event === undefined) {
        event = makeEvent();
        Object.defineProperty(event, 'target', { value: port, configurable: true });
        Object.defineProperty(event, 'currentTarget', { value: port, configurable: true });
      }
      const fn = entry.listener;
      if (typeof fn === 'function') fn.call(port, event);
      else if (fn && typeof fn.handleEvent === 'function') fn.handleEvent(event);
      if (eventTarget.isStoppedImmediately(event)) break;
    }
  }
  return true;
}

class MessagePort {
  constructor() {
    const { codes: { ERR_CONSTRUCT_CALL_INVALID } } = require('internal/errors');
    throw new ERR_CONSTRUCT_CALL_INVALID();
  }

  postMessage(value, transferList) {
    if (arguments.length === 0) throwNotEnoughArguments();
    postMessageFromPort(this, value, transferList);
    return messaging.isPortOpen(this) || undefined;  // Node's value: true, or undefined once closed
  }

  start() { messaging.startPort(this); }

  close() {
    checkPort(this);
    if (this[kClosed]) return;
    messaging.closePort(this);
  }

  ref() {
    checkPort(this);
    setRef(this, true);
  }

  unref() {
    checkPort(this);
    setRef(this, false);
  }

  hasRef() { return messaging.portHasRef(this); }

  on(type, listener) {
    validateListener(listener);
    addListener(this, type, listener, 'emitter', false);
    return this;
  }

  addListener(type, listener) { return this.on(type, listener); }

  once(type, listener) {
    validateListener(listener);
    addListener(this, type, listener, 'emitter', true);
    return this;
  }

  prependListener(type, listener) {
    validateListener(listener);
    listenersOf(this, type).unshift({ listener, kind: 'emitter', once: false });
    if (type === 'message') messageListenerAdded(this);
    return this;
  }

  off(type, listener) {
    removeListener(this, type, listener, 'emitter');
    return this;
  }

  removeListener(type, listener) { return this.off(type, listener); }

  removeAllListeners(type) {
    const map = this[kListeners];
    if (map) {
      if (type === undefined) map.clear();
      else map.delete(type);
    }
    return this;
  }

  emit(type, ...args) {
    return dispatch(this, type, args, () => new eventTarget.Event(type));
  }

  listenerCount(type) {
    const map = this[kListeners];
    const list = map && map.get(type);
    return list ? list.length : 0;
  }

  listeners(type) {
    const map = this[kListeners];
    const list = map && map.get(type);
    return list ? list.map((e) => e.listener) : [];
  }

  eventNames() {
    const map = this[kListeners];
    return map ? [...map.keys()].filter((k) => map.get(k).length > 0) : [];
  }

  setMaxListeners() { return this; }
  getMaxListeners() { return Infinity; }

  addEventListener(type, listener, options) {
    if (listener === null || listener === undefined) return;
    if (typeof listener !== 'function' && (typeof listener !== 'object' || listener === null)) {
      const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
      throw new ERR_INVALID_ARG_TYPE('listener', 'EventListener', listener);
    }
    const once = !!(options && typeof options === 'object' && options.once);
    const list = listenersOf(this, type);
    if (list.some((e) => e.listener === listener && e.kind === 'target')) return;
    addListener(this, type, listener, 'target', once);
    const signal = options && typeof options === 'object' ? options.signal : undefined;
    if (signal) signal.addEventListener('abort', () => this.removeEventListener(type, listener), { once: true });
  }

  removeEventListener(type, listener) {
    removeListener(this, type, listener, 'target');
  }

  dispatchEvent(event) {
    const data = event && 'data' in event ? event.data : undefined;
    dispatch(this, event.type, [data], () => event);
    return !event.defaultPrevented;
  }

  get onmessage() { return this[kOnMessage] ?? null; }
  set onmessage(fn) { setHandler(this, 'message', kOnMessage, fn); }
  get onmessageerror() { return this[kOnMessageError] ?? null; }
  set onmessageerror(fn) { setHandler(this, 'messageerror', kOnMessageError, fn); }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    const active = messaging.isPortOpen(this) && messageListenerCount(this) > 0;
    return `MessagePort { active: ${active}, refed: ${this.hasRef()} }`;
  }
}

// Methods called on something that is not a port throw a TypeError, as Node's native ports do.
function checkPort(port) {
  if (!messaging.isMessagePort(port)) {
    throw new TypeError('Receiver is not a MessagePort');
  }
}

// Node's native wording for postMessage() without a message.
function throwNotEnoughArguments() {
  const { codes: { ERR_MISSING_ARGS } } = require('internal/errors');
  const error = new ERR_MISSING_ARGS('message');
  error.message = 'Not enough arguments to MessagePort.postMessage';
  throw error;
}

function setHandler(port, type, key, fn) {
  const previous = port[key];
  if (typeof previous === 'function') removeListener(port, type, previous, 'target');
  // Any value reads back as set (null for undefined, as in Node); only a function listens.
  Object.defineProperty(port, key, { value: fn, writable: true, configurable: true });
  if (typeof fn === 'function') addListener(port, type, fn, 'target', false);
}

Object.setPrototypeOf(MessagePort.prototype, EventTarget.prototype);

function postMessageFromPort(port, value, transferList) {
  if (transferList === undefined) {
    // The common case, kept free of allocations: no list to check, no ports to carry.
    try {
      messaging.postMessage(port, value, undefined, false);
    } catch (error) {
      withCloneErrors(value, () => { throw error; });
    }
    return;
  }
  const list = validateTransferList(transferList, port);
  const hasPorts = list !== undefined && list.some((item) => item instanceof MessagePort);
  const payload = hasPorts ? [value, list.filter((item) => item instanceof MessagePort)] : value;
  withCloneErrors(value, () => messaging.postMessage(port, payload, list, hasPorts));
}

// Native hook, called with `this` = the port when it has messages: receives and dispatches up to `limit` of
// them, each its own macrotask (ticks and microtasks run between them, as in Node). It stops early when a
// listener closes the port or removes the last 'message' listener (the rest stay queued).
const envelope = { value: undefined };
function drainMessages(limit) {
  const { runNextTicks } = require('internal/process/task_queues');
  for (let i = 0; i < limit; i++) {
    const data = messaging.receiveMessage(this, kNoMessage, envelope, true);
    if (data === kNoMessage) return;
    if (i > 0) runNextTicks();
    try {
      if (data === envelope) {
        const [value, ports] = envelope.value;
        envelope.value = undefined;
        dispatch(this, 'message', [value], () => new (messageEventClass())('message', { data: value, ports }));
      } else {
        dispatch(this, 'message', [data], () => new (messageEventClass())('message', { data, ports: [] }));
      }
    } catch (error) {
      require('internal/process/execution').triggerUncaughtException(error);
    }
  }
}

// Delivers everything still queued (a worker's ports, before its 'exit' event).
function drainPort(port) {
  drainMessages.call(port, Infinity);
}

function emitClose() {
  this[kClosed] = true;
  dispatch(this, 'close', [], () => new eventTarget.Event('close'));
}

messaging.setup(MessagePort.prototype, drainMessages, emitClose, cloneErrorFactory);

// A plain constructor function, not a class: calling it without `new` must give Node's error, not the
// engine's "class constructors must be invoked with 'new'".
function MessageChannel() {
  if (!new.target) {
    const { codes: { ERR_CONSTRUCT_CALL_REQUIRED } } = require('internal/errors');
    throw new ERR_CONSTRUCT_CALL_REQUIRED('MessageChannel');
  }
  const [port1, port2] = messaging.createChannel();
  this.port1 = port1;
  this.port2 = port2;
}

function receiveMessageOnPort(port) {
  // A BroadcastChannel is read through its port, as in Node (a closed one has none).
  if (port instanceof BroadcastChannel) port = port[kPort];
  if (!messaging.isMessagePort(port)) {
    const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
    const error = new ERR_INVALID_ARG_TYPE('port', 'MessagePort', port);
    error.message = 'The "port" argument must be a MessagePort instance';  // Node's wording for this one
    throw error;
  }
  const result = messaging.receiveMessage(port, kNoMessage, envelope, false);
  if (result === kNoMessage) return undefined;
  if (result === envelope) {
    const [value] = envelope.value;
    envelope.value = undefined;
    return { message: value };
  }
  return { message: result };
}

// --- BroadcastChannel ---
const kName = Symbol('kName');
const kPort = Symbol('kPort');

const channels = new WeakSet();  // real BroadcastChannel instances, for brand checks

function checkChannel(channel) {
  if (!channels.has(channel)) {
    const { codes: { ERR_INVALID_THIS } } = require('internal/errors');
    throw new ERR_INVALID_THIS('BroadcastChannel');
  }
}

class BroadcastChannel extends EventTarget {
  #onmessage = null;
  #onmessageerror = null;
  constructor(name) {
    if (arguments.length === 0) {
      const { codes: { ERR_MISSING_ARGS } } = require('internal/errors');
      throw new ERR_MISSING_ARGS('name');
    }
    super();
    channels.add(this);
    this[kName] = `${name}`;
    const port = messaging.broadcastJoin(this[kName], false);
    this[kPort] = port;
    port.on('message', (data) => {
      this.dispatchEvent(new (messageEventClass())('message', { data }));
    });
  }

  get name() {
    checkChannel(this);
    return this[kName];
  }

  postMessage(message) {
    checkChannel(this);
    if (arguments.length === 0) {
      const { codes: { ERR_MISSING_ARGS } } = require('internal/errors');
      throw new ERR_MISSING_ARGS('message');
    }
    if (this[kPort] === undefined) {
      const DOMException = require('internal/dom_exception');
      throw new DOMException('BroadcastChannel is closed.', 'InvalidStateError');
    }
    withCloneErrors(message, () => messaging.broadcastPost(this[kPort], this[kName], message, undefined,
                                                           false));
  }

  close() {
    checkChannel(this);
    if (this[kPort] === undefined) return;
    const port = this[kPort];
    this[kPort] = undefined;
    port.close();
  }

  ref() {
    checkChannel(this);
    if (this[kPort]) this[kPort].ref();
    return this;
  }

  unref() {
    checkChannel(this);
    if (this[kPort]) this[kPort].unref();
    return this;
  }

  get onmessage() { return this.#onmessage; }
  set onmessage(fn) {
    if (this.#onmessage) this.removeEventListener('message', this.#onmessage);
    this.#onmessage = typeof fn === 'function' ? fn : null;
    if (this.#onmessage) this.addEventListener('message', this.#onmessage);
  }

  get onmessageerror() { return this.#onmessageerror; }
  set onmessageerror(fn) {
    if (this.#onmessageerror) this.removeEventListener('messageerror', this.#onmessageerror);
    this.#onmessageerror = typeof fn === 'function' ? fn : null;
    if (this.#onmessageerror) this.addEventListener('messageerror', this.#onmessageerror);
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    return `BroadcastChannel { name: ${inspect(this[kName])}, active: ${this[kPort] !== undefined} }`;
  }
}

module.exports = {
  MessagePort, MessageChannel, BroadcastChannel, receiveMessageOnPort, postMessageFromPort,
  drainPort, throwNotEnoughArguments,
  get MessageEvent() { return messageEventClass(); },
};
