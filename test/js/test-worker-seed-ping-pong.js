// Checks the seed example: an eval worker answers 'ping' with { pong: 'ping' }, printed by the parent.
'use strict';
const common = require('../common');
const { Worker } = require('worker_threads');

const worker = new Worker(`
const { parentPort } = require('worker_threads');
parentPort.once('message',
    message => parentPort.postMessage({ pong: message }));
`, { eval: true });
worker.on('message', common.mustCall((message) => console.log(message)));
worker.on('exit', common.mustCall());
worker.postMessage('ping');
