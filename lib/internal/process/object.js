'use strict';
// Builds the `process` object of this thread: an EventEmitter with Node's properties and methods. Natives come
// from internalBinding('process'); what differs inside a worker (env, exit, chdir) is decided here.

const EventEmitter = require('events');
const binding = internalBinding('process');
const info = binding.info();

const process = Object.create(EventEmitter.prototype);
EventEmitter.call(process);
Object.defineProperty(process, Symbol.toStringTag, { value: 'process', configurable: true, writable: false,
                                                      enumerable: false });

const archNames = { x86_64: 'x64', aarch64: 'arm64', i686: 'ia32', armv7l: 'arm', ppc64le: 'ppc64',
                    s390x: 's390x', riscv64: 'riscv64' };
const machine = info.machine;

process.title = 'loom';
// process.version is the Node API level loom implements (code feature-tests it); loom's own version is
// process.versions.loom.
process.version = 'v20.0.0';
process.versions = { node: '20.0.0', loom: info.version, mozjs: info.mozjsVersion, uv: info.uvVersion };
process.release = { name: 'loom' };
process.arch = archNames[machine] || machine;
process.platform = 'linux';
process.execPath = info.execPath;
process.pid = info.pid;
process.ppid = info.ppid;
process.argv0 = info.argv.length > 0 ? info.argv[0] : 'loom';
process.argv = info.argv.slice(1);
process.argv.unshift(info.execPath);
process.execArgv = info.execArgv;
process.features = { inspector: false };
process.config = { variables: {} };
// process.exitCode accepts what process.exit() does (an integer, an integer string, null or undefined) and
// throws Node's errors for anything else.
let exitCode;
Object.defineProperty(process, 'exitCode', {
  enumerable: true,
  get() { return exitCode; },
  set(code) {
    require('internal/process/exit').validateCode(code);
    exitCode = code;
  },
});

process.cwd = function cwd() { return binding.cwd(); };
process.chdir = function chdir(directory) {
  const { validateString } = require('internal/validators');
  validateString(directory, 'directory');
  const ctx = {};
  if (!binding.chdir(directory, ctx)) {
    const { uvException } = require('internal/process/uv_error');
    throw uvException({ ...ctx, path: process.cwd(), dest: directory });
  }
};
process.umask = function umask() { return 0o22; };
process.uptime = binding.uptime;
process.cpuUsage = function cpuUsage(previous) {
  const [user, system] = binding.resourceUsage();  // its first two fields
  if (previous !== undefined) {
    const { validateObject, validateNumber } = require('internal/validators');
    validateObject(previous, 'prevValue');
    validateNumber(previous.user, 'prevValue.user');
    validateNumber(previous.system, 'prevValue.system');
    return { user: user - previous.user, system: system - previous.system };
  }
  return { user, system };
};
process.memoryUsage = function memoryUsage() {
  const [rss, heapTotal, heapUsed, external, arrayBuffers] = binding.memoryUsage();
  return { rss, heapTotal, heapUsed, external, arrayBuffers };
};
process.memoryUsage.rss = binding.rss;
const kResourceUsageFields = ['userCPUTime', 'systemCPUTime', 'maxRSS', 'sharedMemorySize', 'unsharedDataSize',
                              'unsharedStackSize', 'minorPageFault', 'majorPageFault', 'swappedOut', 'fsRead',
                              'fsWrite', 'ipcSent', 'ipcReceived', 'signalsCount', 'voluntaryContextSwitches',
                              'involuntaryContextSwitches'];
process.resourceUsage = function resourceUsage() {
  const values = binding.resourceUsage();
  const usage = {};
  for (let i = 0; i < kResourceUsageFields.length; i++) usage[kResourceUsageFields[i]] = values[i];
  return usage;
};

function hrtime(previous) {
  const [seconds, nanos] = binding.hrtime();
  if (previous !== undefined) {
    if (!Array.isArray(previous)) {
      const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
      throw new ERR_INVALID_ARG_TYPE('time', 'Array', previous);
    }
    if (previous.length !== 2) {
      const { codes: { ERR_OUT_OF_RANGE } } = require('internal/errors');
      throw new ERR_OUT_OF_RANGE('time', 2, previous.length);
    }
    let s = seconds - previous[0];
    let n = nanos - previous[1];
    if (n < 0) { s -= 1; n += 1e9; }
    return [s, n];
  }
  return [seconds, nanos];
}
hrtime.bigint = binding.hrtimeBigint;
process.hrtime = hrtime;

process.emitWarning = function emitWarning(warning, type, code, ctor) {
  return require('internal/process/warning').emitWarning(warning, type, code, ctor);
};

process.exit = function exit(code) {
  const { exit: exitThread } = require('internal/process/exit');
  return arguments.length === 0 ? exitThread() : exitThread(code);  // exit(undefined) is not exit()
};
process.reallyExit = binding.reallyExit;
process.abort = function abort() { binding.reallyExit(134); };
// Node's checks: an integer pid (a numeric string passes), a signal number or name (SIGTERM when absent).
// The process's user and group ids (the set* calls are not provided).
process.getuid = binding.getuid;
process.geteuid = binding.geteuid;
process.getgid = binding.getgid;
process.getegid = binding.getegid;
process.getgroups = binding.getgroups;
process.kill = function kill(pid, signal) {
  // eslint-disable-next-line eqeqeq
  if (pid != (pid | 0)) {
    const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
    throw new ERR_INVALID_ARG_TYPE('pid', 'number', pid);
  }
  let number = signal;
  if (signal !== (signal | 0)) {
    const name = signal || 'SIGTERM';
    number = require('os').constants.signals[name];
    if (!number) {
      const { codes: { ERR_UNKNOWN_SIGNAL } } = require('internal/errors');
      throw new ERR_UNKNOWN_SIGNAL(name);
    }
  }
  const err = binding.kill(pid, number);
  if (err) throw require('internal/errors').errnoException(err, 'kill');
  return true;
};

process.binding = function binding(name) {
  throw new Error(`No such module: ${name}`);
};

// process.env: the real environment on the main thread (and in workers given SHARE_ENV); a private copy in
// other workers (set up by lib/internal/main/worker_thread.js).
process.env = require('internal/process/env').createRealEnv();

// stdout/stderr/stdin
const stdio = require('internal/process/stdio');
stdio.defineStdio(process);

module.exports = process;
