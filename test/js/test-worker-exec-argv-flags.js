// A worker's execArgv flags apply to the worker as in Node: --no-warnings, --no-deprecation,
// --trace-deprecation (the process.* properties they set, and what is printed), and --unhandled-rejections
// (none and warn keep the worker alive, strict raises the rejection). The worker's stderr is compared with
// Node's wording, the process id and runtime name aside.
'use strict';
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const source = `
process.on('exit', (c) => console.log('worker exit', c));
console.log('flags', process.noDeprecation, process.throwDeprecation, process.traceDeprecation,
            process.traceProcessWarnings);
process.emitWarning('dep', 'DeprecationWarning', 'DEP1');
Promise.reject(new Error('rej'));
setTimeout(() => console.log('worker alive'), 20);
`;
const hint = '(X) [DEP1] DeprecationWarning: dep\n' +
  '(Use `X --trace-deprecation ...` to show where the warning was created)';
const explanation = '(X) UnhandledPromiseRejectionWarning: Unhandled promise rejection. This error originated ' +
  'either by throwing inside of an async function without a catch block, or by rejecting a promise which was ' +
  'not handled with .catch(). To terminate the node process on unhandled promise rejection, use the CLI flag ' +
  '`--unhandled-rejections=strict` (see https://nodejs.org/api/cli.html#cli_unhandled_rejections_mode). ' +
  '(rejection id: 1)';
const cases = [
  [[], 'flags undefined undefined undefined undefined\nworker exit 1\n', 'error rej', 1, hint],
  [['--no-warnings'], 'flags undefined undefined undefined undefined\nworker exit 1\n', 'error rej', 1, ''],
  [['--no-deprecation', '--unhandled-rejections=none'],
   'flags true undefined undefined undefined\nworker alive\nworker exit 0\n', undefined, 0, ''],
  [['--unhandled-rejections=warn'], 'flags undefined undefined undefined undefined\nworker alive\nworker exit 0\n',
   undefined, 0, `${hint}\n(X) UnhandledPromiseRejectionWarning: Error: rej\n${explanation}`],
  [['--trace-deprecation', '--unhandled-rejections=strict'],
   'flags undefined undefined true undefined\nworker exit 1\n', 'error rej', 1, '(X) [DEP1] DeprecationWarning: dep'],
];

async function run([execArgv, stdout, error, code, stderr]) {
  const worker = new Worker(source, { eval: true, execArgv, stdout: true, stderr: true });
  let out = '';
  let err = '';
  let errorMessage;
  worker.stdout.on('data', (chunk) => { out += chunk; });
  worker.stderr.on('data', (chunk) => { err += chunk; });
  worker.on('error', (e) => { errorMessage = `error ${e.message}`; });
  const exitCode = await new Promise((resolve) => worker.on('exit', resolve));
  const label = JSON.stringify(execArgv);
  assert.strictEqual(out, stdout, label);
  assert.strictEqual(errorMessage, error, label);
  assert.strictEqual(exitCode, code, label);
  const printed = err.replace(/\((node|loom):\d+\)/g, '(X)').replace(/`(node|loom) --trace/g, '`X --trace')
    .split('\n').filter((line) => !line.startsWith('    at ')).join('\n').trim();
  assert.strictEqual(printed, stderr, label);
}

(async () => {
  for (const kase of cases) await run(kase);
})().then(common.mustCall());
