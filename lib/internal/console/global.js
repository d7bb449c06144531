'use strict';
// The global `console`: a Console writing to process.stdout / process.stderr (looked up on each write, so a
// worker that redirects its streams is honoured).

const { Console } = require('internal/console/constructor');

const globalConsole = new Console({
  stdout: { write: (chunk) => process.stdout.write(chunk), get isTTY() { return process.stdout.isTTY; },
            hasColors: (n) => process.stdout.hasColors(n) },
  stderr: { write: (chunk) => process.stderr.write(chunk), get isTTY() { return process.stderr.isTTY; },
            hasColors: (n) => process.stderr.hasColors(n) },
});
globalConsole.Console = Console;

module.exports = globalConsole;
