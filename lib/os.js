'use strict';
// The `os` module: facts about the machine from libuv and uname(2).

const binding = internalBinding('os');

function tmpdir() {
  let path = process.env.TMPDIR || process.env.TMP || process.env.TEMP || '/tmp';
  if (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);
  return path;
}

// Linux signal numbers (x86-64 and arm64 agree on these).
function signals() {
  const names = ['SIGHUP', 'SIGINT', 'SIGQUIT', 'SIGILL', 'SIGTRAP', 'SIGABRT', 'SIGBUS', 'SIGFPE', 'SIGKILL',
                 'SIGUSR1', 'SIGSEGV', 'SIGUSR2', 'SIGPIPE', 'SIGALRM', 'SIGTERM', 'SIGSTKFLT', 'SIGCHLD',
                 'SIGCONT', 'SIGSTOP', 'SIGTSTP', 'SIGTTIN', 'SIGTTOU', 'SIGURG', 'SIGXCPU', 'SIGXFSZ',
                 'SIGVTALRM', 'SIGPROF', 'SIGWINCH', 'SIGIO', 'SIGPWR', 'SIGSYS'];
  const out = { __proto__: null };
  names.forEach((name, i) => { out[name] = i + 1; });
  out.SIGIOT = 6;
  out.SIGPOLL = 29;
  return Object.freeze(out);
}

// The effective user's passwd entry, as Node reads it (libuv's uv_os_get_passwd).
function userInfo() {
  const info = binding.userInfo();
  if (typeof info === 'number') throw require('internal/errors').uvErrnoException(info, 'uv_os_get_passwd');
  return info;
}

module.exports = {
  EOL: '\n',
  devNull: '/dev/null',
  arch: () => process.arch,
  platform: () => process.platform,
  type: () => binding.uname().sysname,
  release: () => binding.uname().release,
  version: () => binding.uname().version,
  machine: () => binding.uname().machine,
  hostname: () => binding.hostname(),
  homedir: () => process.env.HOME || binding.homedir(),
  tmpdir,
  totalmem: () => binding.memory().total,
  freemem: () => binding.memory().free,
  uptime: () => binding.uptime(),
  loadavg: () => binding.loadavg(),
  cpus: () => binding.cpus(),
  availableParallelism: () => binding.availableParallelism(),
  endianness: () => 'LE',
  networkInterfaces: () => ({}),
  userInfo,
  constants: { signals: signals(), errno: {}, priority: {} },
};
