'use strict';
// Remembers the source text of the user modules this thread loaded, so that an uncaught exception can print
// the offending line with a caret, as Node does. Files not seen by the loader are read on demand.

const sources = new Map();

function setSource(filename, text) { sources.set(filename, text); }

function getSource(filename) {
  let text = sources.get(filename);
  if (text === undefined && typeof filename === 'string' && filename.startsWith('/')) {
    const ctx = {};
    const read = internalBinding('fs').readFileUtf8(filename, ctx);
    if (typeof read === 'string') text = read;
  }
  return text;
}

module.exports = { setSource, getSource };
