'use strict';
// `process`: the same object as the global `process`, as in Node.

module.exports = process;
