'use strict';
// Timers with Node's semantics on one libuv timer per thread. Timeouts live in a binary heap ordered by
// (expiry, creation order), so equal expiries fire in creation order; the native timer is armed for the
// earliest one. Immediates are a FIFO run from the loop's check phase; immediates queued while running wait
// for the next iteration. Between callbacks, ticks and microtasks run (runNextTicks), as in Node.

const binding = internalBinding('timers');
const { immediateInfo } = internalBinding('process').info();
const kCount = 0;
const kRefCount = 1;

const TIMEOUT_MAX = 2 ** 31 - 1;
const kRefed = Symbol('refed');

let nextSeq = 0;
let refedTimers = 0;  // how many live timers keep the loop alive
let armedExpiry = 0;  // expiry the native timer is currently set for (0: not armed)
let nativeRefed = true;  // whether the native timer currently keeps the loop alive

// The native timer keeps the loop alive exactly when some live timer is ref'd.
function updateNativeRef() {
  const want = refedTimers > 0;
  if (want !== nativeRefed) {
    nativeRefed = want;
    binding.toggleTimerRef(want);
  }
}

// --- the heap ---
const heap = [];
function less(a, b) { return a._expiry < b._expiry || (a._expiry === b._expiry && a._seq < b._seq); }
function siftUp(i) {
  const item = heap[i];
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (!less(item, heap[parent])) break;
    heap[i] = heap[parent];
    heap[i]._heapIndex = i;
    i = parent;
  }
  heap[i] = item;
  item._heapIndex = i;
}
function siftDown(i) {
  const item = heap[i];
  const n = heap.length;
  for (;;) {
    let child = 2 * i + 1;
    if (child >= n) break;
    if (child + 1 < n && less(heap[child + 1], heap[child])) child++;
    if (!less(heap[child], item)) break;
    heap[i] = heap[child];
    heap[i]._heapIndex = i;
    i = child;
  }
  heap[i] = item;
  item._heapIndex = i;
}
function heapPush(timer) {
  heap.push(timer);
  siftUp(heap.length - 1);
}
function heapRemove(timer) {
  const i = timer._heapIndex;
  if (i < 0) return;
  const last = heap.pop();
  timer._heapIndex = -1;
  if (i < heap.length) {
    heap[i] = last;
    last._heapIndex = i;
    siftUp(i);
    siftDown(last._heapIndex);
  }
}

function now() { return binding.getLibuvNow(); }

function arm() {
  updateNativeRef();
  if (heap.length === 0) return;
  const expiry = heap[0]._expiry;
  if (armedExpiry !== 0 && armedExpiry <= expiry) return;
  armedExpiry = expiry;
  binding.scheduleTimer(Math.max(expiry - now(), 1));
}

class Timeout {
  constructor(callback, after, args, isRepeat, isRefed) {
    after = Math.trunc(Number(after));  // fractional delays are truncated: 1.7 shares the 1 ms list
    if (!(after >= 1 && after <= TIMEOUT_MAX)) {
      if (after > TIMEOUT_MAX) {
        process.emitWarning(`${after} does not fit into a 32-bit signed integer.\nTimeout duration was set to 1.`,
                            'TimeoutOverflowWarning');
      }
      after = 1;
    }
    this._idleTimeout = after;
    this._onTimeout = callback;
    this._timerArgs = args;
    this._repeat = isRepeat ? after : null;
    this._destroyed = false;  // not scheduled: fired (one-shot) or cleared
    this._cleared = false;    // cleared by clearTimeout/close: refresh() cannot revive it
    this._heapIndex = -1;
    this[kRefed] = isRefed;
    if (isRefed) refedTimers++;
    this._schedule();
  }

  _schedule() {
    this._expiry = now() + this._idleTimeout;
    this._seq = nextSeq++;
    heapPush(this);
    arm();
  }

  // Re-arms the timer for its full delay from now; a one-shot timer that already fired runs again.
  refresh() {
    if (this._cleared) return this;
    if (this._destroyed) {
      this._destroyed = false;
      if (this[kRefed]) refedTimers++;
    }
    heapRemove(this);
    this._schedule();
    return this;
  }

  unref() {
    if (this[kRefed]) {
      this[kRefed] = false;
      if (!this._destroyed) refedTimers--;
      updateNativeRef();
    }
    return this;
  }

  ref() {
    if (!this[kRefed]) {
      this[kRefed] = true;
      if (!this._destroyed) refedTimers++;
      updateNativeRef();
    }
    return this;
  }

  hasRef() { return this[kRefed]; }

  close() {
    clearTimeout(this);
    return this;
  }

  [Symbol.toPrimitive]() {
    if (this._id === undefined) {
      this._id = nextTimerId++;
      knownTimers.set(this._id, this);
    }
    return this._id;
  }
}

// Timers converted to numbers (`+setTimeout(...)`) can be cleared by that number, as in Node.
let nextTimerId = 1;
const knownTimers = new Map();

function destroy(timer) {
  if (timer._destroyed) return;
  timer._destroyed = true;
  heapRemove(timer);
  if (timer[kRefed]) refedTimers--;
  if (timer._id !== undefined) knownTimers.delete(timer._id);
  updateNativeRef();
}

function validateCallback(callback) {
  if (typeof callback !== 'function') {
    const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
    throw new ERR_INVALID_ARG_TYPE('callback', 'Function', callback);
  }
}

function setTimeout(callback, after, ...args) {
  validateCallback(callback);
  return new Timeout(callback, after, args.length ? args : undefined, false, true);
}

function setInterval(callback, repeat, ...args) {
  validateCallback(callback);
  return new Timeout(callback, repeat, args.length ? args : undefined, true, true);
}

function clearTimeout(timer) {
  if (timer && timer._onTimeout) {
    timer._cleared = true;
    destroy(timer);
  } else if (typeof timer === 'number' || typeof timer === 'string') {
    const known = knownTimers.get(Number(timer));
    if (known) destroy(known);
  }
}

// Called by the native timer: runs every due timeout, returns the next expiry (0: none; negative when only
// unref'd timers are left, so the native timer does not keep the loop alive).
function processTimers(nowMs) {
  armedExpiry = 0;
  const { runNextTicks } = require('internal/process/task_queues');
  let ranOne = false;
  while (heap.length > 0) {
    const timer = heap[0];
    if (timer._expiry > nowMs) break;
    if (ranOne) runNextTicks();
    // Re-check: a tick may have cleared or refreshed it.
    if (heap[0] !== timer) continue;
    heapRemove(timer);
    ranOne = true;
    if (timer._repeat === null) {
      timer._destroyed = true;
      if (timer[kRefed]) refedTimers--;
      if (timer._id !== undefined) knownTimers.delete(timer._id);
    }
    try {
      const args = timer._timerArgs;
      if (args === undefined) timer._onTimeout();
      else timer._onTimeout(...args);
    } catch (error) {
      if (timer._repeat !== null && !timer._destroyed) {
        timer._expiry = nowMs + timer._repeat;
        timer._seq = nextSeq++;
        heapPush(timer);
      }
      require('internal/process/execution').triggerUncaughtException(error);
      continue;
    }
    if (timer._repeat !== null && !timer._destroyed && timer._heapIndex === -1) {
      timer._expiry = now() + timer._repeat;
      timer._seq = nextSeq++;
      heapPush(timer);
    }
  }
  nativeRefed = refedTimers > 0;  // the native side sets the timer's ref from the sign returned here
  if (heap.length === 0) return 0;
  armedExpiry = heap[0]._expiry;
  return nativeRefed ? armedExpiry : -armedExpiry;
}

// --- immediates ---
let immediateHead = null;
let immediateTail = null;

class Immediate {
  constructor(callback, args) {
    this._onImmediate = callback;
    this._argv = args;
    this._destroyed = false;
    this._next = null;
    this._prev = null;
    this[kRefed] = true;
    immediateInfo[kCount]++;
    if (immediateInfo[kRefCount]++ === 0) binding.toggleImmediateRef(true);
    if (immediateTail === null) {
      immediateHead = immediateTail = this;
    } else {
      immediateTail._next = this;
      this._prev = immediateTail;
      immediateTail = this;
    }
  }

  ref() {
    if (!this[kRefed] && !this._destroyed) {
      this[kRefed] = true;
      if (immediateInfo[kRefCount]++ === 0) binding.toggleImmediateRef(true);
    }
    return this;
  }

  unref() {
    if (this[kRefed] && !this._destroyed) {
      this[kRefed] = false;
      if (--immediateInfo[kRefCount] === 0) binding.toggleImmediateRef(false);
    }
    return this;
  }

  hasRef() { return !!this[kRefed]; }
}

function unlinkImmediate(immediate) {
  if (immediate._prev) immediate._prev._next = immediate._next;
  else if (immediateHead === immediate) immediateHead = immediate._next;
  if (immediate._next) immediate._next._prev = immediate._prev;
  else if (immediateTail === immediate) immediateTail = immediate._prev;
  immediate._next = immediate._prev = null;
}

function retireImmediate(immediate) {
  immediate._destroyed = true;
  immediateInfo[kCount]--;
  if (immediate[kRefed] && --immediateInfo[kRefCount] === 0) binding.toggleImmediateRef(false);
  immediate[kRefed] = false;
}

function setImmediate(callback, ...args) {
  validateCallback(callback);
  return new Immediate(callback, args.length ? args : undefined);
}

function clearImmediate(immediate) {
  if (!immediate || immediate._destroyed || !(immediate instanceof Immediate)) return;
  unlinkImmediate(immediate);
  retireImmediate(immediate);
}

function processImmediates() {
  const { runNextTicks } = require('internal/process/task_queues');
  // Only what was queued before this check phase runs now; new immediates wait for the next iteration.
  let immediate = immediateHead;
  const last = immediateTail;
  immediateHead = immediateTail = null;
  // Detach the batch so new immediates start a fresh list.
  let ranOne = false;
  while (immediate !== null) {
    const next = immediate === last ? null : immediate._next;
    if (immediate._destroyed) {
      immediate = next;
      continue;
    }
    if (ranOne) runNextTicks();
    immediate._next = immediate._prev = null;
    retireImmediate(immediate);
    ranOne = true;
    try {
      const args = immediate._argv;
      if (args === undefined) immediate._onImmediate();
      else immediate._onImmediate(...args);
    } catch (error) {
      // The rest of the batch goes back in front of anything queued meanwhile.
      requeueFront(next);
      require('internal/process/execution').triggerUncaughtException(error);
      return;
    }
    immediate = next;
  }
}

function requeueFront(first) {
  if (first === null) return;
  let tail = first;
  while (tail._next !== null && tail._next !== immediateHead) tail = tail._next;
  const rest = immediateHead;
  immediateHead = first;
  first._prev = null;
  tail._next = rest;
  if (rest) rest._prev = tail;
  else immediateTail = tail;
}

// util.promisify(setTimeout) and util.promisify(setImmediate) are the timers/promises functions, as in Node
// (found through this symbol, with Node's attributes; read on use so timers/promises loads only then).
const kCustomPromisify = Symbol.for('nodejs.util.promisify.custom');
Object.defineProperty(setTimeout, kCustomPromisify, {
  enumerable: true, get() { return require('timers/promises').setTimeout; },
});
Object.defineProperty(setImmediate, kCustomPromisify, {
  enumerable: true, get() { return require('timers/promises').setImmediate; },
});

module.exports = {
  setTimeout, setInterval, clearTimeout, clearInterval: clearTimeout, setImmediate, clearImmediate,
  processTimers, processImmediates, Timeout, Immediate, kRefed,
};
