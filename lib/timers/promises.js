'use strict';
// `timers/promises`: setTimeout, setImmediate and setInterval that return promises (and an async iterator),
// cancellable with an AbortSignal (rejecting with an AbortError, code ABORT_ERR), optionally unref'd.

const timers = require('internal/timers');

function abortError(signal) {
  const { AbortError } = require('internal/errors');
  return new AbortError(undefined, { cause: signal.reason });
}

function validate(options) {
  if (options === undefined) return {};
  if (options === null || typeof options !== 'object') {
    const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
    throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
  }
  const { signal, ref } = options;
  if (signal !== undefined && (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
    throw new ERR_INVALID_ARG_TYPE('options.signal', 'AbortSignal', signal);
  }
  if (ref !== undefined && typeof ref !== 'boolean') {
    const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
    throw new ERR_INVALID_ARG_TYPE('options.ref', 'boolean', ref);
  }
  return options;
}

function schedule(create, clear, value, options) {
  let opts;
  try {
    opts = validate(options);
  } catch (error) {
    return Promise.reject(error);
  }
  const { signal, ref = true } = opts;
  if (signal && signal.aborted) return Promise.reject(abortError(signal));
  return new Promise((resolve, reject) => {
    let onAbort;
    const handle = create(() => {
      if (signal) signal.removeEventListener('abort', onAbort);
      resolve(value);
    });
    if (!ref) handle.unref();
    if (signal) {
      onAbort = () => {
        clear(handle);
        reject(abortError(signal));
      };
      signal.addEventListener('abort', onAbort, { once: true });
    }
  });
}

function setTimeout(delay, value, options) {
  return schedule((fn) => timers.setTimeout(fn, delay), timers.clearTimeout, value, options);
}

function setImmediate(value, options) {
  return schedule((fn) => timers.setImmediate(fn), timers.clearImmediate, value, options);
}

async function* setInterval(delay, value, options) {
  const { signal, ref = true } = validate(options);
  if (signal && signal.aborted) throw abortError(signal);
  let pending = 0;
  let wake = null;
  const handle = timers.setInterval(() => {
    pending++;
    if (wake) {
      const w = wake;
      wake = null;
      w();
    }
  }, delay);
  if (!ref) handle.unref();
  let aborted = false;
  const onAbort = () => {
    aborted = true;
    if (wake) {
      const w = wake;
      wake = null;
      w();
    }
  };
  if (signal) signal.addEventListener('abort', onAbort, { once: true });
  try {
    for (;;) {
      if (aborted) throw abortError(signal);
      if (pending === 0) await new Promise((resolve) => { wake = resolve; });
      if (aborted) throw abortError(signal);
      if (pending > 0) {
        pending--;
        yield value;
      }
    }
  } finally {
    timers.clearInterval(handle);
    if (signal) signal.removeEventListener('abort', onAbort);
  }
}

const scheduler = {
  wait: (delay, options) => setTimeout(delay, undefined, options),
  yield: () => setImmediate(),
};

module.exports = { setTimeout, setImmediate, setInterval, scheduler };
