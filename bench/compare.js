'use strict';
// Comparison driver, run with node: runs every benchmark script under node and under loom, alternating
// (node, loom, node, loom, ...) so that both see the same machine conditions, --runs times each; collects
// the JSON line each run prints; and prints, per metric, node's median, loom's median, loom/node, the goal
// and whether it holds. The machine is shared and noisy, so only ratios from one such run mean anything.
//
// Usage: node bench/compare.js [--runs N] [--loom PATH] [--node PATH] [--only name,...] [--markdown]
//                              [--save FILE]
//   --runs N      runs per runtime and script (default 5)
//   --loom PATH   loom binary (default build/release/loom under the repository root)
//   --node PATH   node binary (default: the node running this script)
//   --only LIST   comma-separated script names (spawn, memory, pingpong, pingpong-nospin, throughput, transfer,
//                 clone, cpu)
//   --markdown    print the table as Markdown (for bench/README.md) instead of aligned text
//   --save FILE   also write every run's raw JSON (and any failures) to FILE
// The scripts' counts can be changed with their environment variables (see each script's header); the
// children inherit this process's environment. BENCH_TIMEOUT_S bounds each child run (default 300).
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { SCRIPTS, VARIANTS, METRICS } = require('./metrics');

const ROOT = path.resolve(__dirname, '..');

function parseArgs(argv) {
  const opts = { runs: 5, loom: path.join(ROOT, 'build/release/loom'), node: process.execPath, only: null,
    markdown: false, save: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) usage(`${a} needs a value`);
      return argv[++i];
    };
    if (a === '--runs') opts.runs = Number(value());
    else if (a === '--loom') opts.loom = path.resolve(value());
    else if (a === '--node') opts.node = value();
    else if (a === '--only') opts.only = value().split(',').map((s) => s.trim()).filter(Boolean);
    else if (a === '--markdown') opts.markdown = true;
    else if (a === '--save') opts.save = path.resolve(value());
    else if (a === '--help' || a === '-h') usage();
    else usage(`unknown argument ${a}`);
  }
  if (!Number.isInteger(opts.runs) || opts.runs < 1) usage('--runs must be a positive integer');
  if (opts.only) {
    const unknown = opts.only.filter((s) => !SCRIPTS.includes(s));
    if (unknown.length) usage(`unknown script(s): ${unknown.join(', ')}; known: ${SCRIPTS.join(', ')}`);
  }
  return opts;
}

function usage(err) {
  const text = 'usage: node bench/compare.js [--runs N] [--loom PATH] [--node PATH] [--only name,...] ' +
    '[--markdown] [--save FILE]';
  if (err) { console.error(`compare.js: ${err}\n${text}`); process.exit(2); }
  console.log(text);
  process.exit(0);
}

// Run one script under one runtime; returns { result } or { error }.
function runOnce(runtime, bin, script) {
  const variant = VARIANTS[script] || { file: script, loomEnv: {} };
  const file = path.join(__dirname, variant.file + '.js');
  const env = runtime === 'loom' ? { ...process.env, ...variant.loomEnv } : process.env;
  // Both runtimes get --expose-gc for the memory benchmark, so that it can collect garbage before reading RSS
  // (in the workers too: the flag is process-wide in both).
  const args = script === 'memory' ? ['--expose-gc', file] : [file];
  const timeoutMs = Number(process.env.BENCH_TIMEOUT_S || 300) * 1000;
  const r = spawnSync(bin, args, { cwd: ROOT, env, encoding: 'utf8', timeout: timeoutMs, maxBuffer: 16 << 20 });
  const tail = (s) => (s || '').trim().split('\n').slice(-3).join(' | ').slice(0, 300);
  if (r.error) return { error: r.error.code === 'ETIMEDOUT' ? `timed out after ${timeoutMs / 1000} s` : String(r.error) };
  if (r.status !== 0) return { error: `exit ${r.status === null ? 'signal ' + r.signal : r.status}: ${tail(r.stderr)}` };
  const lines = r.stdout.split('\n').filter((l) => l.trim() !== '');
  try {
    const result = JSON.parse(lines[lines.length - 1]);
    if (result.bench !== variant.file) return { error: `printed bench '${result.bench}'` };
    return { result };
  } catch (e) {
    return { error: `no JSON on stdout: ${tail(r.stdout)}` };
  }
}

function median(values) {
  const s = values.slice().sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

// Enough digits to compare, no more: 123456 -> "123,456"; 12.3456 -> "12.35"; 0.012345 -> "0.0123".
function fmt(x) {
  if (!Number.isFinite(x)) return '—';
  const a = Math.abs(x);
  if (a >= 1000) return Math.round(x).toLocaleString('en-US');
  if (a >= 100) return x.toFixed(1);
  if (a >= 1) return x.toFixed(2);
  if (a === 0) return '0';
  return x.toPrecision(3);
}

const OPS = { '<=': (a, b) => a <= b, '>=': (a, b) => a >= b };
const SYM = { '<=': '≤', '>=': '≥' };

function evaluate(metric, nodeMed, loomMed) {
  const g = metric.goal;
  const ratio = nodeMed !== 0 ? loomMed / nodeMed : NaN;
  let holds = null;
  let goalText;
  if (!g) return { ratio, goalText: 'for reference', holds: null };
  if (g.ratio) {
    goalText = `ratio ${SYM[g.ratio]} ${g.value.toFixed(2)}`;
    // Compared without dividing, so a node median of 0 (or below, for a memory delta) still decides.
    if (Number.isFinite(nodeMed) && Number.isFinite(loomMed)) holds = OPS[g.ratio](loomMed, g.value * nodeMed);
  } else {
    goalText = `loom ${SYM[g.loom]} ${g.value} ${metric.unit}`;
    if (Number.isFinite(loomMed)) holds = OPS[g.loom](loomMed, g.value);
  }
  return { ratio, goalText, holds };
}

// Paths inside the repository are shown relative to it (short, and the same on every checkout).
function shownPath(p) {
  const rel = path.relative(ROOT, p);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : p;
}

function table(rows, markdown) {
  const header = ['metric', 'node', 'loom', 'loom/node', 'goal', 'met'];
  const cells = rows.map((r) => [r.label, r.node, r.loom, r.ratio, r.goal, r.met]);
  if (markdown) {
    const line = (c) => `| ${c.join(' | ')} |`;
    return [line(header), '|' + ['---', '---:', '---:', '---:', '---', '---'].join('|') + '|']
      .concat(cells.map(line)).join('\n');
  }
  const width = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const right = [false, true, true, true, false, false];
  const line = (c) => c.map((s, i) => (right[i] ? s.padStart(width[i]) : s.padEnd(width[i]))).join('  ').trimEnd();
  return [line(header), width.map((w) => '-'.repeat(w)).join('  ')].concat(cells.map(line)).join('\n');
}

function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (!fs.existsSync(opts.loom)) {
    console.error(`compare.js: no loom binary at ${opts.loom} (build it, or pass --loom PATH)`);
    process.exit(2);
  }
  const scripts = opts.only || SCRIPTS;
  const runtimes = [['node', opts.node], ['loom', opts.loom]];
  const values = {}; // values[runtime][script.key] = [numbers]
  const raw = [];
  const failures = [];
  for (const [rt] of runtimes) values[rt] = {};

  const started = Date.now();
  const loadBefore = os.loadavg()[0];
  for (let run = 1; run <= opts.runs; run++) {
    for (const script of scripts) {
      const progress = [`[run ${run}/${opts.runs}] ${script.padEnd(10)}`];
      for (const [rt, bin] of runtimes) {
        const t0 = Date.now();
        const r = runOnce(rt, bin, script);
        progress.push(`${rt} ${((Date.now() - t0) / 1000).toFixed(1)}s${r.error ? ' FAILED' : ''}`);
        raw.push({ run, script, runtime: rt, result: r.result, error: r.error });
        if (r.error) { failures.push(`${rt} ${script} run ${run}: ${r.error}`); continue; }
        for (const m of METRICS) {
          if (m.script !== script) continue;
          const v = r.result[m.key];
          const list = values[rt][script + '.' + m.key] || (values[rt][script + '.' + m.key] = []);
          if (typeof v === 'number' && Number.isFinite(v)) list.push(v);
          else failures.push(`${rt} ${script} run ${run}: ${m.key} = ${JSON.stringify(v)}`);
        }
      }
      console.error(progress.join('  '));
    }
  }

  const rows = [];
  for (const m of METRICS) {
    if (!scripts.includes(m.script)) continue;
    const id = m.script + '.' + m.key;
    const nodeVals = values.node[id] || [], loomVals = values.loom[id] || [];
    const nodeMed = median(nodeVals), loomMed = median(loomVals);
    const e = evaluate(m, nodeMed, loomMed);
    // A median from fewer runs than asked for is marked, so a partly failing metric is not mistaken for a
    // full one.
    const mark = (vals) => (vals.length < opts.runs ? ` (${vals.length}/${opts.runs})` : '');
    rows.push({
      label: `${m.label} (${m.unit})`,
      node: fmt(nodeMed) + mark(nodeVals),
      loom: fmt(loomMed) + mark(loomVals),
      // Three significant digits, so a ratio just over a goal (0.204 against 0.20) does not print as equal.
      ratio: Number.isFinite(e.ratio) ? e.ratio.toPrecision(3) : '—',
      goal: e.goalText,
      met: e.holds === null ? '—' : e.holds ? 'yes' : 'no',
    });
  }

  const nodeVersion = spawnSync(opts.node, ['--version'], { encoding: 'utf8' }).stdout.trim();
  const loomVersion = (spawnSync(opts.loom, ['--version'], { encoding: 'utf8' }).stdout || '').trim();
  const cpus = os.cpus();
  const machine = `machine: ${cpus.length ? cpus[0].model : 'unknown CPU'}, ${cpus.length} cores, ` +
    `${new Date().toISOString().replace('T', ' ').slice(0, 16)} UTC`;
  const runtimesLine = `node ${nodeVersion}; loom ${loomVersion || '(unknown version)'} at ` +
    `${shownPath(opts.loom)}; ${opts.runs} run(s) each, alternating; ` +
    `medians; ${((Date.now() - started) / 1000).toFixed(0)} s; ` +
    // The 1-minute load average before and after: on a shared machine it shows how much else was running.
    `load ${loadBefore.toFixed(2)} → ${os.loadavg()[0].toFixed(2)}`;
  if (opts.markdown) {
    console.log(`${machine}  \n${runtimesLine}\n\n${table(rows, true)}`);
  } else {
    console.log(`${machine}\n${runtimesLine}\n\n${table(rows, false)}`);
  }
  if (failures.length) {
    console.log(`\n${failures.length} failure(s):`);
    for (const f of failures) console.log('  ' + f);
  }
  if (opts.save) fs.writeFileSync(opts.save, JSON.stringify({ machine, runtimesLine, raw }, null, 1) + '\n');
  process.exitCode = failures.length ? 1 : 0;
}

main();
