'use strict';
// structuredClone(value, { transfer }) and the DataCloneError formatting shared with postMessage.

const messaging = internalBinding('messaging');

function structuredClone(value, options) {
  // Ports and clone errors are set up by the MessagePort module; load it before the first clone.
  require('internal/worker/io');
  if (arguments.length === 0) {
    const { codes: { ERR_MISSING_ARGS } } = require('internal/errors');
    throw new ERR_MISSING_ARGS('value');
  }
  let transfer;
  if (options !== undefined && options !== null) {
    if (typeof options !== 'object') {
      const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
      throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    transfer = require('internal/worker/transfer').validateTransferList({ transfer: options.transfer }, undefined,
                                                                          value, true);
  }
  return require('internal/worker/transfer').withCloneErrors(value, () => messaging.structuredClone(value,
                                                                                                 transfer));
}

module.exports = { structuredClone };
