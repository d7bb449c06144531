'use strict';
// structuredClone(value, { transfer }) and the DataCloneError formatting shared with postMessage.

const messaging = internalBinding('messaging');

function structuredClone(value, options) {
  // Ports and clone errors are set up by the MessagePort module; load it before the first clone.
  require('internal/worker/io');
  if (arguments.length === 0) {
    const { codes: { ERR_MISSING_ARGS } } = require('internal/errors');
    const error = new ERR_MISSING_ARGS('value');
    error.message = 'The value argument must be specified';  // Node's native wording, without quotes
    throw error;
  }
  let transfer;
  if (options !== undefined && options !== null) {
    if (typeof options !== 'object') {
      const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
      const error = new ERR_INVALID_ARG_TYPE('options', 'Object', options);
      error.message = 'The options argument must be either an object or undefined';  // Node's native wording
      throw error;
    }
    transfer = transferListOf(options.transfer);
  }
  return require('internal/worker/transfer').withCloneErrors(value, () => messaging.structuredClone(value,
                                                                                                 transfer));
}

// structuredClone reads options.transfer more loosely than postMessage does (as Node's native code does):
// null and undefined mean no transfer, and so does an object that is not iterable; only a primitive is
// rejected, with the transferList wording.
function transferListOf(list) {
  if (list === undefined || list === null) return undefined;
  const { validateTransferList, throwNotIterable } = require('internal/worker/transfer');
  if (typeof list !== 'object' && typeof list !== 'function') throwNotIterable('transferList');
  if (typeof list[Symbol.iterator] !== 'function') return undefined;
  return validateTransferList([...list], undefined);
}

module.exports = { structuredClone };
