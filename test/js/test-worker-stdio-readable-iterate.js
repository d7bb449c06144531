// The worker's piped stdio streams support Node's other ways of reading: 'readable' with read() and
// `for await`, on the parent's worker.stdout and on the worker's process.stdin (with setEncoding giving
// strings).
'use strict';
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

async function main() {
  {
    const worker = new Worker("process.stdout.write('abc'); process.stdout.write('def');",
                              { eval: true, stdout: true });
    const chunks = [];
    worker.stdout.on('readable', () => {
      let chunk;
      while ((chunk = worker.stdout.read()) !== null) chunks.push(chunk);
    });
    await new Promise((resolve) => worker.stdout.on('end', resolve));
    assert.ok(chunks.every((c) => Buffer.isBuffer(c)));
    assert.strictEqual(Buffer.concat(chunks).toString(), 'abcdef');
    assert.strictEqual(worker.stdout.read(), null);
  }
  {
    const worker = new Worker("process.stdout.write('x'); process.stdout.write('y');", { eval: true, stdout: true });
    let text = '';
    for await (const chunk of worker.stdout) text += chunk;
    assert.strictEqual(text, 'xy');
  }
  {
    const worker = new Worker("process.stdout.write('\u00e9t\u00e9');", { eval: true, stdout: true });
    worker.stdout.setEncoding('utf8');
    const chunks = [];
    for await (const chunk of worker.stdout) chunks.push(chunk);
    assert.ok(chunks.every((c) => typeof c === 'string'));
    assert.strictEqual(chunks.join(''), '\u00e9t\u00e9');
  }
  const post = "require('worker_threads').parentPort.postMessage(s)";
  const readers = {
    'for await': `(async () => { let s = ''; for await (const c of process.stdin) s += c; ${post}; })();`,
    'readable': `let s = '';
                 process.stdin.on('readable', () => { let c; while ((c = process.stdin.read()) !== null) s += c; });
                 process.stdin.on('end', () => ${post});`,
  };
  for (const [how, source] of Object.entries(readers)) {
    const worker = new Worker(source, { eval: true, stdin: true });
    worker.stdin.write('hello ');
    worker.stdin.end('world');
    const [message] = await new Promise((resolve) => worker.once('message', (...m) => resolve(m)));
    assert.strictEqual(message, 'hello world', how);
  }
}
main().then(common.mustCall());
