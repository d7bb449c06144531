'use strict';
// Atomics.waitAsync, which SpiderMonkey 102 lacks: the standard results ({ async: false, value: 'not-equal' |
// 'timed-out' } or { async: true, value: promise of 'ok' | 'timed-out' }), resolved through this thread's
// event loop without blocking it. Atomics.notify is wrapped so that it wakes asynchronous waiters (on any
// thread) as well as blocked ones; `count` covers both.

const binding = internalBinding('atomics');

const pending = new Map();  // waiter id -> { resolve, timer, buffer, offset }
let nextId = 1;
let initialized = false;

function resolveWaiter(id) {
  const waiter = pending.get(id);
  if (waiter === undefined) return;
  pending.delete(id);
  if (waiter.timer) clearTimeout(waiter.timer);
  waiter.resolve('ok');
}

function checkTypedArray(typedArray) {
  const tag = typedArray === null || typeof typedArray !== 'object' ? undefined
    : Object.getPrototypeOf(Object.getPrototypeOf(typedArray)) !== null &&
      Reflect.apply(Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Uint8Array.prototype),
                                                    Symbol.toStringTag).get, typedArray, []);
  if (tag !== 'Int32Array' && tag !== 'BigInt64Array') {
    throw new TypeError(`${Object.prototype.toString.call(typedArray)} is not an int32 or BigInt64 typed array.`);
  }
  if (internalBinding('util').getBuiltinClass(typedArray.buffer) !== 'SharedArrayBuffer') {
    throw new TypeError(`${Object.prototype.toString.call(typedArray)} is not a shared typed array.`);
  }
}

function waitAsync(typedArray, index, value, timeout) {
  checkTypedArray(typedArray);
  const i = Number(index);
  if (!Number.isInteger(i) || i < 0 || i >= typedArray.length) throw new RangeError('Invalid atomic access index');
  const isBigInt = typedArray instanceof BigInt64Array;
  const expected = isBigInt ? BigInt(value) : Number(value) | 0;
  let ms = timeout === undefined ? Infinity : Number(timeout);
  if (Number.isNaN(ms)) ms = Infinity;
  if (ms < 0) ms = 0;
  if (Atomics.load(typedArray, i) !== expected) return { async: false, value: 'not-equal' };
  if (ms === 0) return { async: false, value: 'timed-out' };
  if (!initialized) {
    binding.setup(resolveWaiter);
    initialized = true;
  }
  const id = nextId++;
  const offset = typedArray.byteOffset + i * typedArray.BYTES_PER_ELEMENT;
  const promise = new Promise((resolve) => {
    const waiter = { resolve, timer: null };
    pending.set(id, waiter);
    binding.register(typedArray.buffer, offset, id);
    if (ms !== Infinity) {
      // Like V8, a pending wait does not keep the thread alive.
      waiter.timer = setTimeout(() => {
        if (!pending.has(id)) return;
        if (binding.unregister(typedArray.buffer, offset, id)) {
          pending.delete(id);
          resolve('timed-out');
        }
      }, ms).unref();
    }
  });
  return { async: true, value: promise };
}

const originalNotify = Atomics.notify;
function notify(typedArray, index, count) {
  const woken = originalNotify(typedArray, index, count);
  let remaining = count === undefined ? Infinity : Math.max(Math.trunc(Number(count)) || 0, 0);
  remaining -= woken;
  if (remaining <= 0 || internalBinding('util').getBuiltinClass(typedArray.buffer) !== 'SharedArrayBuffer') {
    return woken;
  }
  const offset = typedArray.byteOffset + Number(index) * typedArray.BYTES_PER_ELEMENT;
  const [asyncWoken, ...own] = binding.notify(typedArray.buffer, offset,
                                             remaining === Infinity ? 2 ** 53 : remaining);
  for (const id of own) resolveWaiter(id);
  return woken + asyncWoken;
}

function install() {
  Object.defineProperty(Atomics, 'waitAsync', { value: waitAsync, writable: true, configurable: true });
  Object.defineProperty(Atomics, 'notify', { value: notify, writable: true, configurable: true });
}

module.exports = { install };
