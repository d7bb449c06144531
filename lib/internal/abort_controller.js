'use strict';
// AbortController and AbortSignal, the web's cancellation primitives, as Node 20 has them.
//
// A signal is an EventTarget that fires one trusted 'abort' event when it is aborted and then keeps
// `aborted === true` and its `reason` (by default a DOMException named AbortError). Signals are made
// by a controller, by AbortSignal.abort() (already aborted), AbortSignal.timeout(ms) (aborts with a
// TimeoutError; its timer does not keep the process alive) and AbortSignal.any(signals) (aborts with
// the first of its sources). `new AbortSignal()` is not allowed, as in Node.

const {
  codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_THIS },
} = require('internal/errors');
const {
  validateAbortSignal,
  validateArray,
  validateUint32,
} = require('internal/validators');
const {
  Event,
  EventTarget,
  defineEventHandler,
  kTrustEvent,
  kResistStopPropagation,
} = require('internal/event_target');

const kInspect = Symbol.for('nodejs.util.inspect.custom');
// Passed to the AbortSignal constructor by this file only: anything else is an illegal call.
const kCreate = Symbol('kCreate');

let lazyDOMException;
function newDOMException(message, name) {
  if (lazyDOMException === undefined) lazyDOMException = require('internal/dom_exception');
  return new lazyDOMException(message, name);
}

let lazyInspectFn;
function inspect(value, options) {
  if (lazyInspectFn === undefined) lazyInspectFn = require('internal/util/inspect').inspect;
  return lazyInspectFn(value, options);
}

function defaultAbortReason() {
  return newDOMException('This operation was aborted', 'AbortError');
}

// Helpers given access to AbortSignal's private state by its static block.
let isAbortSignal;
let markAborted;

// A plain function, so a foreign receiver gets Node's ERR_INVALID_THIS.
function checkAbortSignal(value) {
  if (!isAbortSignal(value)) throw new ERR_INVALID_THIS('AbortSignal');
}

class AbortSignal extends EventTarget {
  #aborted = false;
  #reason = undefined;

  constructor(key = undefined) {
    if (key !== kCreate) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super();
  }

  static {
    isAbortSignal = (value) => value !== null && typeof value === 'object' && #aborted in value;
    // Returns false when the signal was already aborted.
    markAborted = (signal, reason) => {
      if (signal.#aborted) return false;
      signal.#aborted = true;
      signal.#reason = reason;
      return true;
    };
  }

  get aborted() {
    checkAbortSignal(this);
    return this.#aborted;
  }

  get reason() {
    checkAbortSignal(this);
    return this.#reason;
  }

  throwIfAborted() {
    checkAbortSignal(this);
    if (this.#aborted) throw this.#reason;
  }

  static abort(reason = defaultAbortReason()) {
    const signal = new AbortSignal(kCreate);
    markAborted(signal, reason);
    return signal;
  }

  static timeout(delay) {
    validateUint32(delay, 'delay', false);
    const signal = new AbortSignal(kCreate);
    const timer = setTimeout(() => {
      abortSignal(signal, newDOMException('The operation was aborted due to timeout', 'TimeoutError'));
    }, delay);
    // A pending timeout signal must not keep the process alive on its own.
    if (timer !== null && typeof timer === 'object' && typeof timer.unref === 'function') timer.unref();
    return signal;
  }

  static any(signals) {
    validateArray(signals, 'signals');
    for (let i = 0; i < signals.length; i++) validateAbortSignal(signals[i], `signals[${i}]`);
    const result = new AbortSignal(kCreate);
    for (const source of signals) {
      if (source.aborted) {
        markAborted(result, source.reason);
        return result;
      }
    }
    for (const source of signals) {
      source.addEventListener('abort', () => abortSignal(result, source.reason), {
        once: true, [kResistStopPropagation]: true,
      });
    }
    return result;
  }

  [kInspect](depth, options) {
    return customInspect(this, { aborted: this.#aborted }, depth, options);
  }
}

Object.defineProperty(AbortSignal.prototype, Symbol.toStringTag, {
  value: 'AbortSignal', writable: false, enumerable: false, configurable: true,
});
// Node's AbortSignal: `aborted` and `onabort` are enumerable, the rest are not.
Object.defineProperty(AbortSignal.prototype, 'aborted', {
  ...Object.getOwnPropertyDescriptor(AbortSignal.prototype, 'aborted'), enumerable: true,
});
defineEventHandler(AbortSignal.prototype, 'abort');

// "AbortSignal { aborted: false }", or just the class name below depth 0.
function customInspect(self, obj, depth, options) {
  const name = self.constructor.name;
  if (depth < 0) return name;
  const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
  return `${name} ${inspect(obj, opts)}`;
}

// Aborts `signal` with `reason` and fires its trusted 'abort' event (once).
function abortSignal(signal, reason) {
  if (!markAborted(signal, reason)) return;
  signal.dispatchEvent(new Event('abort', { [kTrustEvent]: true }));
}

class AbortController {
  #signal = new AbortSignal(kCreate);

  get signal() {
    return this.#signal;
  }

  abort(reason = defaultAbortReason()) {
    abortSignal(this.#signal, reason);
  }

  [kInspect](depth, options) {
    return customInspect(this, { signal: this.#signal }, depth, options);
  }
}

Object.defineProperty(AbortController.prototype, Symbol.toStringTag, {
  value: 'AbortController', writable: false, enumerable: false, configurable: true,
});
for (const name of ['signal', 'abort']) {
  Object.defineProperty(AbortController.prototype, name, {
    ...Object.getOwnPropertyDescriptor(AbortController.prototype, name), enumerable: true,
  });
}

// A new signal, not aborted, for built-ins that manage their own aborting through abortSignal().
function newAbortSignal() {
  return new AbortSignal(kCreate);
}

module.exports = {
  AbortController,
  AbortSignal,
  abortSignal,
  isAbortSignal,
  newAbortSignal,
};
