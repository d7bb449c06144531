'use strict';
// process.stdout / process.stderr / process.stdin. Output is written synchronously through a process-wide
// lock (internalBinding('stdio')), so a thread's output is complete when write() returns, lines from
// different threads never interleave, and nothing is lost when a thread or the process exits. Worker threads
// whose parent asked for `stdout: true` get streams that forward to the parent instead
// (lib/internal/main/worker_thread.js replaces `write`).

const stdio = internalBinding('stdio');

function createWritable(fd) {
  const EventEmitter = require('events');
  const stream = Object.create(EventEmitter.prototype);
  EventEmitter.call(stream);
  stream.fd = fd;
  stream.writable = true;
  stream._isStdio = true;
  stream.isTTY = stdio.isatty(fd) ? true : undefined;
  if (stream.isTTY) {
    const size = stdio.windowSize(fd);
    stream.columns = size ? size.columns : 80;
    stream.rows = size ? size.rows : 24;
    stream.getColorDepth = () => 8;
    stream.hasColors = (count = 16) => count <= 256;
  } else {
    stream.getColorDepth = () => 1;
    stream.hasColors = () => false;
  }
  stream.write = function write(chunk, encoding, callback) {
    if (typeof encoding === 'function') {
      callback = encoding;
      encoding = undefined;
    }
    stream._writeRaw(chunk, encoding);
    if (typeof callback === 'function') process.nextTick(callback, null);
    return true;
  };
  stream._writeRaw = function writeRaw(chunk, encoding) {
    if (typeof chunk === 'string') {
      if (encoding && encoding !== 'utf8' && encoding !== 'utf-8') {
        stdio.writeBytes(fd, require('buffer').Buffer.from(chunk, encoding));
      } else {
        stdio.writeString(fd, chunk);
      }
    } else if (chunk instanceof Uint8Array) {
      stdio.writeBytes(fd, chunk);
    } else {
      const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
      throw new ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk);
    }
  };
  stream.end = function end(chunk, encoding, callback) {
    if (typeof chunk === 'function') {
      callback = chunk;
      chunk = undefined;
    }
    if (chunk !== undefined && chunk !== null) stream.write(chunk, encoding);
    if (typeof callback === 'function') process.nextTick(callback);
    return stream;
  };
  stream.cork = stream.uncork = () => {};
  stream.setDefaultEncoding = () => stream;
  stream.writableLength = 0;
  stream.writableHighWaterMark = 16384;
  return stream;
}

// process.stdin: reading starts when a 'data', 'readable' or 'end' listener is added (or on resume()); the
// input is read to its end and delivered as one chunk, then 'end'. (Reading blocks the thread while it waits,
// which suits files and pipes; interactive terminals are not a goal of loom.)
function createStdin() {
  const EventEmitter = require('events');
  const stream = Object.create(EventEmitter.prototype);
  EventEmitter.call(stream);
  stream.fd = 0;
  stream.isTTY = stdio.isatty(0) ? true : undefined;
  stream.readable = true;
  let encoding = null;
  let started = false;
  let buffered = null;
  const start = () => {
    if (started) return;
    started = true;
    require('internal/process/io_queue').queueIOCallback(() => {
      const text = stdio.readAll(0);
      const { Buffer } = require('buffer');
      const chunk = encoding ? Buffer.from(text).toString(encoding) : Buffer.from(text);
      if (text.length > 0) {
        if (stream.listenerCount('data') > 0) stream.emit('data', chunk);
        else buffered = chunk;
      }
      if (stream.listenerCount('readable') > 0) stream.emit('readable');
      stream.readable = false;
      process.nextTick(() => stream.emit('end'));
    });
  };
  stream.on('newListener', (event) => {
    if (event === 'data' || event === 'readable' || event === 'end') process.nextTick(start);
  });
  stream.setEncoding = (enc) => {
    encoding = enc || 'utf8';
    return stream;
  };
  stream.read = () => {
    const chunk = buffered;
    buffered = null;
    return chunk;
  };
  stream.resume = () => {
    process.nextTick(start);
    return stream;
  };
  stream.pause = () => stream;
  return stream;
}

function defineStdio(process) {
  let stdout, stderr, stdin;
  Object.defineProperty(process, 'stdout', {
    configurable: true, enumerable: false,
    get() { return stdout || (stdout = createWritable(1)); },
  });
  Object.defineProperty(process, 'stderr', {
    configurable: true, enumerable: false,
    get() { return stderr || (stderr = createWritable(2)); },
  });
  Object.defineProperty(process, 'stdin', {
    configurable: true, enumerable: false,
    get() { return stdin || (stdin = createStdin()); },
  });
}

module.exports = { defineStdio, createWritable };
