'use strict';
// The parent's ends of a worker's standard streams: worker.stdout and worker.stderr are readable streams that
// receive what the worker writes when it was started with `stdout: true` / `stderr: true` (otherwise the
// worker writes straight to the process's own stdout/stderr), and worker.stdin, with `stdin: true`, is a
// writable stream whose data the worker reads from process.stdin. They implement the parts of Node's stream
// API that code uses on these objects: 'data'/'end' events, 'readable' with read(), async iteration,
// setEncoding, pause/resume, pipe, write/end.

const EventEmitter = require('events');

function toBuffer(chunk) {
  const { Buffer } = require('buffer');
  return typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset,
                                                                       chunk.byteLength);
}

class WorkerReadable extends EventEmitter {
  constructor() {
    super();
    this.readable = true;
    this._encoding = null;
    this._chunks = [];
    this._ended = false;
    this._endEmitted = false;
    this._paused = false;
    this._readableMode = false;  // a 'readable' listener was added: data waits for read()
    this._readableScheduled = false;
    this.on('newListener', (event) => {
      if (event === 'data') process.nextTick(() => this._flow());
      if (event === 'readable') {
        this._readableMode = true;
        this._scheduleReadable();
      }
    });
  }

  setEncoding(encoding) {
    this._encoding = encoding || 'utf8';
    return this;
  }

  // Called with each chunk the worker wrote, and with null when the worker is gone.
  push(chunk) {
    if (chunk === null) this._ended = true;
    else this._chunks.push(chunk);
    this._flow();
    return true;
  }

  _flow() {
    if (this._readableMode) {
      this._scheduleReadable();
      return;
    }
    if (this._paused) return;
    if (this.listenerCount('data') > 0) {
      while (this._chunks.length > 0) {
        const chunk = this._chunks.shift();
        this.emit('data', this._encoding ? toBuffer(chunk).toString(this._encoding) : toBuffer(chunk));
      }
    }
    this._maybeEnd();
  }

  _maybeEnd() {
    if (this._ended && this._chunks.length === 0 && !this._endEmitted) {
      this._endEmitted = true;
      this.readable = false;
      process.nextTick(() => this.emit('end'));
    }
  }

  // In 'readable' mode: one 'readable' per tick while there is data, and one at the end (read() then
  // returns null and 'end' follows), as Node's streams do.
  _scheduleReadable() {
    if (this._readableScheduled || this._endEmitted || (this._chunks.length === 0 && !this._ended)) return;
    this._readableScheduled = true;
    process.nextTick(() => {
      this._readableScheduled = false;
      this.emit('readable');
      if (this._chunks.length === 0) this._maybeEnd();
    });
  }

  // Everything buffered, as one chunk (null when nothing is), as Node's read() without a size.
  read() {
    if (this._chunks.length === 0) {
      this._maybeEnd();
      return null;
    }
    const { Buffer } = require('buffer');
    const chunks = this._chunks.map(toBuffer);
    this._chunks = [];
    const data = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
    const chunk = this._encoding ? data.toString(this._encoding) : data;
    if (this.listenerCount('data') > 0) this.emit('data', chunk);
    return chunk;
  }

  // for await (const chunk of stream): each chunk as 'data' would give it, until the end.
  [Symbol.asyncIterator]() {
    const stream = this;
    const queue = [];
    let ended = false;
    let waiting = null;
    const onData = (chunk) => {
      if (waiting === null) {
        queue.push(chunk);
      } else {
        waiting({ value: chunk, done: false });
        waiting = null;
      }
    };
    const onEnd = () => {
      ended = true;
      if (waiting !== null) waiting({ value: undefined, done: true });
      waiting = null;
    };
    const stop = () => {
      stream.off('data', onData);
      stream.off('end', onEnd);
      ended = true;
    };
    stream.on('data', onData);
    stream.once('end', onEnd);
    return {
      next() {
        if (queue.length > 0) return Promise.resolve({ value: queue.shift(), done: false });
        if (ended) return Promise.resolve({ value: undefined, done: true });
        return new Promise((resolve) => { waiting = resolve; });
      },
      return() {
        stop();
        return Promise.resolve({ value: undefined, done: true });
      },
      [Symbol.asyncIterator]() { return this; },
    };
  }

  pause() {
    this._paused = true;
    return this;
  }

  resume() {
    this._paused = false;
    process.nextTick(() => this._flow());
    return this;
  }

  isPaused() { return this._paused; }

  pipe(destination) {
    this.on('data', (chunk) => destination.write(chunk));
    return destination;
  }
}

class WorkerWritable extends EventEmitter {
  constructor(send) {
    super();
    this.writable = true;
    this._send = send;
  }

  write(chunk, encoding, callback) {
    if (typeof encoding === 'function') {
      callback = encoding;
      encoding = undefined;
    }
    if (typeof chunk === 'string' && encoding && encoding !== 'utf8' && encoding !== 'utf-8') {
      chunk = require('buffer').Buffer.from(chunk, encoding);
    }
    this._send({ type: 'stdin', chunk });
    if (typeof callback === 'function') process.nextTick(callback, null);
    return true;
  }

  end(chunk, encoding, callback) {
    if (typeof chunk === 'function') {
      callback = chunk;
      chunk = undefined;
    }
    if (chunk !== undefined && chunk !== null) this.write(chunk, encoding);
    if (!this.writable) return this;
    this.writable = false;
    this._send({ type: 'stdin-end' });
    process.nextTick(() => {
      this.emit('finish');
      if (typeof callback === 'function') callback();
    });
    return this;
  }
}

module.exports = { WorkerReadable, WorkerWritable };
