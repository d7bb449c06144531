'use strict';
// The public `module` built-in: the CommonJS Module class, builtinModules, createRequire, isBuiltin.

const { Module } = require('internal/modules/cjs/loader');

module.exports = Module;
