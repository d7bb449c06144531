'use strict';
// `console`: the same object as the global `console`, as in Node.

module.exports = globalThis.console;
