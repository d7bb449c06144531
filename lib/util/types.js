'use strict';
// `util/types`: the same object as `require('util').types`, as in Node.

module.exports = require('util').types;
