'use strict';
// `fs/promises`: the promise API of lib/fs.js.
module.exports = require('fs').promises;
