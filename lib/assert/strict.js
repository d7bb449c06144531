'use strict';
// `assert/strict`: the strict assertion API, the same object as `require('assert').strict`.

module.exports = require('assert').strict;
