'use strict';
// Turns a native failure context { errno, code, syscall, path?, dest? } into Node's error object, e.g.
// "ENOENT: no such file or directory, open '/x'" with errno, code, syscall and path set.

function uvException(ctx) {
  const { uvErrnoException } = require('internal/errors');
  return uvErrnoException(ctx.errno, ctx.syscall, ctx.path, ctx.dest);
}

module.exports = { uvException };
