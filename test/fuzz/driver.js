'use strict';
// A JS-level fuzz driver for the targets in targets/: the same runner as the libFuzzer harness (lib/harness.js),
// fed by a small seeded mutator instead of libFuzzer. It runs under node as well as loom, which is how the
// targets' properties are checked against Node (a property node violates is a bug in the target, not in
// loom), and it is the fallback where libFuzzer is not available. Guidance is by the targets' cover()
// strings: an input that produces a string not seen before joins the in-memory corpus.
//
//   node|loom driver.js TARGET [--seconds N] [--runs N] [--seed N] [--corpus DIR]... [--artifacts DIR]
//   node|loom driver.js TARGET --replay FILE...     run given inputs once (regressions, crash files)
//
// Exit status: 0 when nothing was found, 1 on a finding (written to the artifacts folder as crash-*).
const fs = require('fs');
const path = require('path');
const { makeRunner } = require('./lib/harness');

function parseArgs(argv) {
  const opts = { target: null, seconds: 10, runs: Infinity, seed: 1, corpus: [], artifacts: '.', replay: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => argv[++i];
    if (a === '--seconds') opts.seconds = Number(next());
    else if (a === '--runs') opts.runs = Number(next());
    else if (a === '--seed') opts.seed = Number(next()) >>> 0;
    else if (a === '--corpus') opts.corpus.push(next());
    else if (a === '--artifacts') opts.artifacts = next();
    else if (a === '--replay') opts.replay = argv.slice(i + 1);
    else if (!opts.target) opts.target = a;
    else throw new Error(`unknown argument ${a}`);
    if (opts.replay) break;
  }
  if (!opts.target) throw new Error('usage: driver.js TARGET [options]');
  return opts;
}

// mulberry32: small, seedable, good enough for choosing mutations.
function prng(seed) {
  let a = seed || 1;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const INTERESTING = [0, 1, 0x7f, 0x80, 0xff, 0x00, 0x2f, 0x2e, 0x25, 0x3d, 0x22, 0x5c, 0x0a, 0xc3, 0xed, 0xf0];

function mutate(input, corpus, rand) {
  const pick = (n) => Math.floor(rand() * n);
  let bytes = Array.from(input);
  const rounds = 1 + pick(4);
  for (let k = 0; k < rounds; k++) {
    const at = pick(bytes.length + 1);
    switch (pick(8)) {
      case 0: if (bytes.length) bytes[pick(bytes.length)] ^= 1 << pick(8); break;
      case 1: bytes.splice(at, 0, pick(256)); break;
      case 2: if (bytes.length) bytes.splice(pick(bytes.length), 1 + pick(4)); break;
      case 3: if (bytes.length) bytes[pick(bytes.length)] = INTERESTING[pick(INTERESTING.length)]; break;
      case 4: { // splice in a piece of another corpus entry
        const other = corpus[pick(corpus.length)];
        const from = pick(other.length + 1);
        bytes.splice(at, 0, ...other.subarray(from, from + 1 + pick(16)));
        break;
      }
      case 5: { // duplicate a run
        const from = pick(bytes.length + 1);
        bytes.splice(at, 0, ...bytes.slice(from, from + 1 + pick(8)));
        break;
      }
      case 6: bytes.splice(at, 0, ...Array.from({ length: 1 + pick(8) }, () => pick(256))); break;
      default: if (bytes.length) bytes[0] = pick(256); break;  // the first byte usually picks the check
    }
    if (bytes.length > 4096) bytes = bytes.slice(0, 4096);
  }
  return Uint8Array.from(bytes);
}

function readCorpus(dirs) {
  const inputs = [];
  for (const dir of dirs) {
    if (!fs.existsSync(dir)) continue;
    for (const name of fs.readdirSync(dir).sort()) {
      const file = path.join(dir, name);
      if (fs.statSync(file).isFile()) inputs.push(new Uint8Array(fs.readFileSync(file)));
    }
  }
  return inputs;
}

function hashHex(bytes) {
  let h = 2166136261;
  for (const b of bytes) h = Math.imul(h ^ b, 16777619) >>> 0;
  return h.toString(16).padStart(8, '0');
}

function main() {
  const opts = parseArgs(process.argv.slice(2));
  const targetPath = fs.existsSync(opts.target) ? path.resolve(opts.target)
                                                  : path.join(__dirname, 'targets', `${opts.target}.js`);
  const name = path.basename(targetPath, '.js');
  const seen = new Set();
  let fresh = 0;
  const cover = (feature) => {
    const key = String(feature);
    if (!seen.has(key)) { seen.add(key); fresh++; }
  };
  const runOne = makeRunner(require(targetPath), cover);
  const report = (bytes, finding) => {
    const file = path.join(opts.artifacts, `crash-${name}-${hashHex(bytes)}`);
    fs.writeFileSync(file, bytes);
    process.stderr.write(`FINDING in ${name} (input ${Buffer.from(bytes).toString('hex')}), saved as ${file}:\n` +
                         `${finding}\n`);
    process.exitCode = 1;
  };

  if (opts.replay) {
    for (const file of opts.replay) {
      const bytes = new Uint8Array(fs.readFileSync(file));
      const finding = runOne(bytes);
      if (finding !== undefined) {
        process.stderr.write(`FINDING replaying ${file}:\n${finding}\n`);
        process.exitCode = 1;
      }
    }
    console.log(`${name}: replayed ${opts.replay.length} input(s)`);
    return;
  }

  const corpus = readCorpus(opts.corpus.length ? opts.corpus : [path.join(__dirname, 'corpus', name)]);
  if (corpus.length === 0) corpus.push(new Uint8Array(0));
  for (const bytes of corpus) {
    const finding = runOne(bytes);
    if (finding !== undefined) return report(bytes, finding);
  }
  const rand = prng(opts.seed);
  const deadline = Date.now() + opts.seconds * 1000;
  let runs = 0;
  while (runs < opts.runs && Date.now() < deadline) {
    const bytes = mutate(corpus[Math.floor(rand() * corpus.length)], corpus, rand);
    fresh = 0;
    const finding = runOne(bytes);
    runs++;
    if (finding !== undefined) return report(bytes, finding);
    if (fresh > 0) corpus.push(bytes);
  }
  const seconds = Math.max(0.001, opts.seconds - Math.max(0, deadline - Date.now()) / 1000);
  console.log(`${name}: ${runs} runs in ${seconds.toFixed(1)} s (${Math.round(runs / seconds)}/s), ` +
              `${seen.size} features, corpus ${corpus.length}, no findings`);
}

main();
