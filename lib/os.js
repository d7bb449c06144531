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

// Each interface's addresses, as Node lists them (cidr is null for a netmask that is not contiguous ones).
function networkInterfaces() {
  const list = binding.interfaceAddresses();
  const result = {};
  for (let i = 0; i < list.length; i += 7) {
    const name = list[i];
    const address = list[i + 1];
    const netmask = list[i + 2];
    const family = list[i + 3];
    const entry = { address, netmask, family, mac: list[i + 4], internal: list[i + 5],
                    cidr: cidrOf(address, netmask, family) };
    if (family === 'IPv6') entry.scopeid = list[i + 6];
    if (result[name] === undefined) result[name] = [];
    result[name].push(entry);
  }
  return result;
}

function cidrOf(address, netmask, family) {
  const v6 = family === 'IPv6';
  const groups = v6 ? expandIPv6(netmask) : netmask.split('.').map(Number);
  const bits = groups.map((g) => g.toString(2).padStart(v6 ? 16 : 8, '0')).join('');
  const ones = bits.indexOf('0') === -1 ? bits.length : bits.indexOf('0');
  if (bits.slice(ones).includes('1')) return null;
  return `${address}/${ones}`;
}

// The eight 16-bit groups of an IPv6 address written with "::".
function expandIPv6(text) {
  const [head, tail] = text.includes('::') ? text.split('::') : [text, undefined];
  const parse = (part) => (part ? part.split(':').map((g) => parseInt(g, 16)) : []);
  const start = parse(head);
  const end = parse(tail);
  return start.concat(new Array(8 - start.length - end.length).fill(0), end);
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
  networkInterfaces,
  userInfo,
  constants: { signals: signals(), errno: {}, priority: {} },
};
