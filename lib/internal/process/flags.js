'use strict';
// The runtime flags of this thread, read from process.execArgv: the main thread's command line, or a worker's
// execArgv option (its parent's when not given). Operands of -e/-p are code, not flags.

function flags() {
  const list = [];
  const argv = process.execArgv;
  for (let i = 0; i < argv.length; i++) {
    const arg = `${argv[i]}`;
    if (arg === '-e' || arg === '--eval' || arg === '-p' || arg === '--print') i++;
    else list.push(arg);
  }
  return list;
}

function hasFlag(name) {
  return flags().includes(name);
}

// The value of the last `name=value` flag, or undefined.
function flagValue(name) {
  const prefix = `${name}=`;
  let value;
  for (const flag of flags()) if (flag.startsWith(prefix)) value = flag.slice(prefix.length);
  return value;
}

// The process properties Node sets from the warning flags (absent, not false, when a flag is not given).
function applyWarningFlags() {
  const given = flags();
  if (given.includes('--no-deprecation')) process.noDeprecation = true;
  if (given.includes('--throw-deprecation')) process.throwDeprecation = true;
  if (given.includes('--trace-deprecation')) process.traceDeprecation = true;
  if (given.includes('--trace-warnings')) process.traceProcessWarnings = true;
}

module.exports = { hasFlag, flagValue, applyWarningFlags };
