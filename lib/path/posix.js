'use strict';
// `require('path/posix')`: the POSIX flavour of the path module (the same object as path.posix).

module.exports = require('path').posix;
