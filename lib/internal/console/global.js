'use strict';
// The global `console`: a Console writing to process.stdout / process.stderr (looked up on each write, so a
// worker that redirects its streams is honoured).

const { Console } = require('internal/console/constructor');

const streams = {
  stdout: { write: (chunk) => process.stdout.write(chunk), get isTTY() { return process.stdout.isTTY; },
            hasColors: (n) => process.stdout.hasColors(n) },
  stderr: { write: (chunk) => process.stderr.write(chunk), get isTTY() { return process.stderr.isTTY; },
            hasColors: (n) => process.stderr.hasColors(n) },
};
const globalConsole = new Console(streams);
globalConsole.Console = Console;
// What V8's console adds to Node's global one. Without an inspector attached, profiles, time stamps and what a
// context console is given go nowhere, as in Node; a task runs its function.
const kContextMethods = ['dir', 'dirXml', 'table', 'groupEnd', 'clear', 'count', 'countReset', 'profile',
                         'profileEnd', 'timeLog', 'debug', 'error', 'info', 'log', 'warn', 'trace', 'group',
                         'groupCollapsed', 'assert', 'time', 'timeEnd', 'timeStamp'];
globalConsole.profile = function profile() {};
globalConsole.profileEnd = function profileEnd() {};
globalConsole.timeStamp = function timeStamp() {};
globalConsole.context = function context() {
  const methods = {};
  for (const name of kContextMethods) methods[name] = function() {};
  return methods;
};
globalConsole.createTask = function createTask() { return { run: (fn) => fn() }; };

module.exports = globalConsole;
