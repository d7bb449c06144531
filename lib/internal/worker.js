'use strict';
// The Worker class (parent side). Construction validates like Node, clones the start-up data synchronously
// (so a DataCloneError is thrown by the constructor) and starts the thread without waiting for it. Events
// arrive through the parent's loop: 'online' and errors on an internal control port, 'message' on the public
// port, and 'exit' last, after every message the worker posted has been delivered.

const EventEmitter = require('events');
const path = require('path');
const workerBinding = internalBinding('worker');
const messaging = internalBinding('messaging');
const {
  MessagePort, postMessageFromPort, drainPort, throwNotEnoughArguments,
} = require('internal/worker/io');
const { validateTransferList, withCloneErrors } = require('internal/worker/transfer');
const { copyEnv } = require('internal/process/env');

const SHARE_ENV = Symbol.for('nodejs.worker_threads.SHARE_ENV');
const kHandle = Symbol('kHandle');
const kPort = Symbol('kPort');
const kControl = Symbol('kControl');
const kOwner = Symbol('kOwner');
const kExited = Symbol('kExited');
const kTerminatePromises = Symbol('kTerminatePromises');
const kResourceLimits = Symbol('kResourceLimits');
const kOnline = Symbol('kOnline');

const environmentData = new Map();

// Modules every worker loads that the main thread may not have: compiled once here, before the first worker
// starts, so no worker has to. Later constructions compile what workers had to compile themselves.
const kWorkerStartupModules = ['internal/main/prepare_worker', 'internal/main/worker_thread',
                               'internal/process/exit', 'internal/worker/errors', 'internal/worker/stdio'];
let precompiled = false;

function errors() { return require('internal/errors').codes; }

function resolveFilename(filename, isEval) {
  if (isEval) {
    if (typeof filename !== 'string') {
      throw new (errors().ERR_INVALID_ARG_VALUE)('options.eval', true,
                                                 'must be false when \'filename\' is not a string');
    }
    return { source: filename, filename: '[worker eval]' };
  }
  if (filename !== null && typeof filename === 'object' && typeof filename.href === 'string') {
    const { URL, fileURLToPath } = require('internal/url');
    if (!(filename instanceof URL)) filename = new URL(filename.href);
    if (filename.protocol === 'data:') {
      const comma = filename.pathname.indexOf(',');
      const meta = filename.pathname.slice(0, comma);
      const body = filename.pathname.slice(comma + 1);
      const source = meta.endsWith(';base64') ? require('buffer').Buffer.from(decodeURIComponent(body), 'base64')
        .toString() : decodeURIComponent(body);
      return { source, filename: filename.href };
    }
    if (filename.protocol !== 'file:') {
      throw new (errors().ERR_INVALID_URL_SCHEME)('file');
    }
    return { filename: fileURLToPath(filename) };
  }
  if (typeof filename !== 'string') {
    throw new (errors().ERR_INVALID_ARG_TYPE)('filename', ['string', 'URL'], filename);
  }
  if (!path.isAbsolute(filename) && !/^\.\.?[\\/]/.test(filename)) {
    throw new (errors().ERR_WORKER_PATH)(filename);
  }
  return { filename: path.resolve(filename) };
}

// Flags Node accepts in a worker's execArgv. The warning flags and --unhandled-rejections apply to the worker
// (lib/internal/process/flags.js); the others are accepted and ignored. Per-process flags (heap sizes,
// --expose-gc) are refused, as Node refuses them.
const kAcceptedExecArgv = /^--(no-warnings|trace-warnings|no-deprecation|throw-deprecation|trace-deprecation|trace-uncaught|enable-source-maps|pending-deprecation|unhandled-rejections=[\w-]+|experimental-[\w-]+|no-experimental-[\w-]+)$/;

function validateOptions(options) {
  const { ERR_INVALID_ARG_TYPE } = errors();
  // Node ignores an options argument that is not an object.
  if (options === null || typeof options !== 'object') return {};
  if (options.argv !== undefined && options.argv !== null && !Array.isArray(options.argv)) {
    throw new ERR_INVALID_ARG_TYPE('options.argv', 'Array', options.argv);
  }
  if (options.execArgv !== undefined && !Array.isArray(options.execArgv)) {
    throw new ERR_INVALID_ARG_TYPE('options.execArgv', 'Array', options.execArgv);
  }
  if (options.execArgv !== undefined) {
    const invalid = options.execArgv.filter((flag) => !kAcceptedExecArgv.test(`${flag}`));
    if (invalid.length > 0) throw new (errors().ERR_WORKER_INVALID_EXEC_ARGV)(invalid);
  }
  if (options.env !== undefined && options.env !== null && options.env !== SHARE_ENV &&
      typeof options.env !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('options.env', ['object', 'undefined', 'null', 'worker_threads.SHARE_ENV'],
                                   options.env);
  }
  if (options.name !== undefined && options.name !== null && typeof options.name !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('options.name', 'string', options.name);
  }
  return options;
}

// Node ignores a resourceLimits option that is not an object.
function normalizeLimits(limits) {
  const out = {};
  if (limits === null || typeof limits !== 'object') return out;
  for (const key of ['maxYoungGenerationSizeMb', 'maxOldGenerationSizeMb', 'codeRangeSizeMb', 'stackSizeMb']) {
    const value = limits[key];
    // Node ignores values that are not positive numbers.
    if (typeof value === 'number' && value > 0) out[key] = value;
  }
  return out;
}

class Worker extends EventEmitter {
  constructor(filename, options) {
    super();
    internalBinding('builtins').precompileBuiltins(precompiled ? undefined : kWorkerStartupModules);
    precompiled = true;
    options = validateOptions(options);
    const { source, filename: resolved } = resolveFilename(filename, !!options.eval);
    const limits = normalizeLimits(options.resourceLimits);
    let env = null;
    if (options.env === SHARE_ENV) {
      env = null;
    } else {
      env = copyEnv(options.env !== undefined && options.env !== null ? options.env : process.env);
    }
    const argv = (options.argv || []).map((a) => String(a));
    const startup = {
      filename: resolved,
      source,
      isEval: source !== undefined,
      workerData: options.workerData,
      argv,
      argv0: process.argv0,
      env,
      shareEnv: options.env === SHARE_ENV,
      execArgv: options.execArgv || process.execArgv,  // a worker inherits its parent's, as in Node
      name: typeof options.name === 'string' ? options.name : '',
      environmentData,
      stdout: !!options.stdout,
      stderr: !!options.stderr,
      stdin: !!options.stdin,
      resourceLimits: limits,
    };
    // Node accepts non-iterable primitives here (ignored) but rejects a string's characters as transferables.
    let { transferList } = options;
    if (typeof transferList === 'string' && transferList.length > 0) {
      throw new (errors().ERR_INVALID_TRANSFER_OBJECT)();
    }
    if (transferList !== null && typeof transferList !== 'object') transferList = undefined;
    const transfer = validateTransferList(transferList, undefined);
    const created = withCloneErrors(options.workerData,
                                    () => workerBinding.createWorker(startup, transfer, limits));
    const [handle, port, control, threadId] = created;
    this[kHandle] = handle;
    this[kPort] = port;
    this[kControl] = control;
    this[kExited] = false;
    this[kTerminatePromises] = [];
    this[kResourceLimits] = {
      maxYoungGenerationSizeMb: limits.maxYoungGenerationSizeMb || 16,
      maxOldGenerationSizeMb: limits.maxOldGenerationSizeMb || 4096,
      codeRangeSizeMb: limits.codeRangeSizeMb || 0,
      stackSizeMb: limits.stackSizeMb || 4,
    };
    Object.defineProperty(handle, kOwner, { value: this });
    this.threadId = threadId;
    // The worker's liveness is its thread handle's ref; its ports never keep the parent alive themselves.
    port.on('message', (data) => this.emit('message', data));
    port.unref();
    control.on('message', (notice) => this.#onNotice(notice));
    control.unref();
    const { WorkerReadable, WorkerWritable } = require('internal/worker/stdio');
    this.stdout = new WorkerReadable();
    this.stderr = new WorkerReadable();
    this.stdin = options.stdin ? new WorkerWritable((message) => {
      if (!this[kExited]) postMessageFromPort(control, message);
    }) : null;
    const err = workerBinding.startWorker(handle);
    if (err !== 0) {
      throw new (errors().ERR_WORKER_INIT_FAILED)(`uv error ${err}`);
    }
    process.nextTick(() => process.emit('worker', this));
  }

  #onNotice(notice) {
    if (notice.type === 'online') {
      this[kOnline] = true;
      this.emit('online');
    } else if (notice.type === 'error') {
      // Everything the worker posted before it failed is delivered before the error.
      drainPort(this[kPort]);
      this.emit('error', require('internal/worker/errors').deserializeError(notice.error));
    } else if (notice.type === 'stdio') {
      const stream = notice.fd === 2 ? this.stderr : this.stdout;
      if (stream) stream.push(notice.chunk);
    }
  }

  postMessage(value, transferList) {
    checkWorker(this);
    if (this[kExited]) return;
    if (arguments.length === 0) throwNotEnoughArguments();
    postMessageFromPort(this[kPort], value, transferList);
  }

  terminate(callback) {
    checkWorker(this);
    if (typeof callback === 'function') {
      process.emitWarning('Passing a callback to worker.terminate() is deprecated. It returns a Promise ' +
                          'instead.', 'DeprecationWarning', 'DEP0132');
    }
    if (this[kExited]) return Promise.resolve();
    const promise = new Promise((resolve) => this[kTerminatePromises].push(resolve));
    if (typeof callback === 'function') promise.then((code) => callback(null, code));
    workerBinding.terminateWorker(this[kHandle]);
    return promise;
  }

  ref() {
    checkWorker(this);
    if (!this[kExited]) workerBinding.setWorkerRef(this[kHandle], true);
  }

  unref() {
    checkWorker(this);
    if (!this[kExited]) workerBinding.setWorkerRef(this[kHandle], false);
  }

  get resourceLimits() { return this[kResourceLimits]; }

  get performance() {
    const worker = this;
    return {
      // Like Node's: totals since the worker's loop started, or the delta from one or two earlier readings.
      eventLoopUtilization(util1, util2) {
        const times = worker[kOnline] && !worker[kExited] ? workerBinding.loopTimes(worker[kHandle]) : null;
        if (times === null) return { idle: 0, active: 0, utilization: 0 };
        return require('perf_hooks').utilization(times, util1, util2);
      },
    };
  }

  // Heap snapshots are V8's format; loom has none to give. A worker that is gone rejects as in Node.
  getHeapSnapshot() {
    if (this[kExited]) return Promise.reject(new (errors().ERR_WORKER_NOT_RUNNING)());
    return Promise.reject(new (errors().ERR_METHOD_NOT_IMPLEMENTED)('getHeapSnapshot'));
  }
}

function checkWorker(worker) {
  if (worker === null || typeof worker !== 'object' || worker[kHandle] === undefined) {
    throw new TypeError('Receiver is not a Worker');
  }
}

// Called natively (this = the worker's handle) once the thread is gone and joined.
function onWorkerExit(code, reason) {
  const worker = this[kOwner];
  if (!worker) return;
  worker[kExited] = true;
  // Everything the worker posted arrives before 'exit'.
  drainPort(worker[kControl]);
  drainPort(worker[kPort]);
  worker[kControl].close();
  worker[kPort].close();
  worker.stdout.push(null);
  worker.stderr.push(null);
  // As in Node, the messages drained above still see the worker's limits and id; 'exit' handlers do not.
  worker[kResourceLimits] = {};
  worker.threadId = -1;
  if (reason === 2) {
    worker.emit('error', new (errors().ERR_WORKER_OUT_OF_MEMORY)(
      'JS heap out of memory'));
  } else if (reason === 3) {
    worker.emit('error', new (errors().ERR_WORKER_INIT_FAILED)('the worker thread could not start'));
  }
  for (const resolve of worker[kTerminatePromises]) resolve(code);
  worker[kTerminatePromises] = [];
  worker.emit('exit', code);
  worker.removeAllListeners('message');
}

workerBinding.setExitHook(onWorkerExit);

function setEnvironmentData(key, value) {
  if (value === undefined) environmentData.delete(key);
  else environmentData.set(key, value);
}

function getEnvironmentData(key) {
  return environmentData.get(key);
}

module.exports = {
  Worker, SHARE_ENV, environmentData, setEnvironmentData, getEnvironmentData, MessagePort,
};
