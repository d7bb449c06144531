'use strict';
// The list of benchmark scripts and the metrics the comparison reports, with their goals. compare.js builds
// its table from this list and check-result.js (used by smoke.sh) checks each script's JSON line against it,
// so a metric renamed in a script but not here fails the smoke test instead of silently vanishing.
//
// A goal is either
//   { ratio: '<=' | '>=', value }   loom's median divided by node's median, both from the same run, or
//   { loom: '<=' | '>=', value }    loom's median on its own (node's is shown, and the ratio, for context),
// or absent for a line shown for reference only.

const SCRIPTS = ['spawn', 'memory', 'pingpong', 'pingpong-nospin', 'throughput', 'transfer', 'clone', 'cpu'];

// Runs of a script under other settings, named like scripts: the file they run and the environment given
// to loom (node runs the same file as it is).
const VARIANTS = {
  'pingpong-nospin': { file: 'pingpong', loomEnv: { LOOM_SPIN_US: '0' } },
};

const METRICS = [
  { script: 'spawn', key: 'first_message_ms', label: 'new Worker() → first message', unit: 'ms',
    goal: { ratio: '<=', value: 0.10 } },
  { script: 'spawn', key: 'parallel8_all_ms', label: '8 workers started at once → all posted', unit: 'ms',
    goal: { ratio: '<=', value: 0.10 } },
  { script: 'memory', key: 'rss_per_worker_mb', label: 'RSS per idle worker', unit: 'MiB',
    goal: { ratio: '<=', value: 0.20 } },
  { script: 'memory', key: 'not_returned_per_worker_mb', label: 'RSS not returned after terminate, per worker',
    unit: 'MiB', goal: { ratio: '<=', value: 0.5 } },
  { script: 'pingpong', key: 'rtt_object_us', label: 'ping-pong round trip, small object', unit: 'µs',
    goal: { ratio: '<=', value: 1.0 } },
  { script: 'pingpong-nospin', key: 'rtt_object_us',
    label: 'ping-pong round trip, loom not spinning (LOOM_SPIN_US=0)', unit: 'µs' },
  { script: 'pingpong', key: 'idle_cpu_ms_per_s', label: 'CPU while idle after the ping-pong, per second',
    unit: 'ms', goal: { loom: '<=', value: 2 } },
  { script: 'throughput', key: 'msgs_per_s_number', label: 'one-way messages/s, numbers', unit: 'msg/s',
    goal: { ratio: '>=', value: 1.5 } },
  { script: 'throughput', key: 'msgs_per_s_object', label: 'one-way messages/s, small objects', unit: 'msg/s',
    goal: { ratio: '>=', value: 1.5 } },
  { script: 'transfer', key: 'transfer_one_way_ms', label: '64 MiB ArrayBuffer transfer, one way', unit: 'ms',
    goal: { loom: '<=', value: 0.1 } },
  { script: 'transfer', key: 'clone_one_way_ms', label: '64 MiB ArrayBuffer clone, one way', unit: 'ms',
    goal: { ratio: '<=', value: 0.6 } },
  { script: 'clone', key: 'structured_clone_1k_ms', label: 'structuredClone of 1,000 records', unit: 'ms',
    goal: { ratio: '<=', value: 1.0 } },
  { script: 'clone', key: 'post_1mib_string_ms', label: 'postMessage of a 1 MiB string, send cost', unit: 'ms',
    goal: { ratio: '<=', value: 0.5 } },
  { script: 'cpu', key: 'speedup_2v1', label: 'fib(32) tasks: speedup of 2 workers over 1', unit: '×',
    goal: { loom: '>=', value: 1.9 } },
  { script: 'cpu', key: 'one_worker_ms', label: 'fib(32) tasks on 1 worker', unit: 'ms',
    goal: { ratio: '<=', value: 1.5 } },
];

module.exports = { SCRIPTS, VARIANTS, METRICS };
