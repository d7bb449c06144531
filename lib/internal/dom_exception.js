'use strict';
// The global DOMException (WebIDL): what web APIs throw and reject with (AbortError, DataCloneError,
// TimeoutError, ...). Like Node's, it is an Error for `instanceof`, its `name`, `message` and `code`
// are read-only accessors on the prototype, `code` is the legacy numeric code for the names that have
// one (0 otherwise), and the legacy constants (ABORT_ERR = 20, ...) sit on both the class and its
// prototype. The module's export is the class itself.

const { setStackHeader } = require('internal/errors');

// Legacy error names and their numeric codes, in code order; index + 1 is the code. Names that no
// longer have a code (DOMStringSizeError, NoDataAllowedError, ValidationError) are kept as
// placeholders so the numbering stays right, but map to code 0.
const legacyNames = [
  ['IndexSizeError', 'INDEX_SIZE_ERR'],
  [null, 'DOMSTRING_SIZE_ERR'],
  ['HierarchyRequestError', 'HIERARCHY_REQUEST_ERR'],
  ['WrongDocumentError', 'WRONG_DOCUMENT_ERR'],
  ['InvalidCharacterError', 'INVALID_CHARACTER_ERR'],
  [null, 'NO_DATA_ALLOWED_ERR'],
  ['NoModificationAllowedError', 'NO_MODIFICATION_ALLOWED_ERR'],
  ['NotFoundError', 'NOT_FOUND_ERR'],
  ['NotSupportedError', 'NOT_SUPPORTED_ERR'],
  ['InUseAttributeError', 'INUSE_ATTRIBUTE_ERR'],
  ['InvalidStateError', 'INVALID_STATE_ERR'],
  ['SyntaxError', 'SYNTAX_ERR'],
  ['InvalidModificationError', 'INVALID_MODIFICATION_ERR'],
  ['NamespaceError', 'NAMESPACE_ERR'],
  ['InvalidAccessError', 'INVALID_ACCESS_ERR'],
  [null, 'VALIDATION_ERR'],
  ['TypeMismatchError', 'TYPE_MISMATCH_ERR'],
  ['SecurityError', 'SECURITY_ERR'],
  ['NetworkError', 'NETWORK_ERR'],
  ['AbortError', 'ABORT_ERR'],
  ['URLMismatchError', 'URL_MISMATCH_ERR'],
  ['QuotaExceededError', 'QUOTA_EXCEEDED_ERR'],
  ['TimeoutError', 'TIMEOUT_ERR'],
  ['InvalidNodeTypeError', 'INVALID_NODE_TYPE_ERR'],
  ['DataCloneError', 'DATA_CLONE_ERR'],
];

const codeByName = new Map();
legacyNames.forEach(([name], index) => {
  if (name !== null) codeByName.set(name, index + 1);
});

// Per-instance state, keyed by the exception. A WeakMap (rather than private fields) lets the
// accessors brand-check without throwing while the engine builds the stack during construction.
const internals = new WeakMap();

function invalidThis() {
  // Node's DOMException words this one without "type".
  const err = new TypeError('Value of "this" must be of DOMException');
  err.code = 'ERR_INVALID_THIS';
  return err;
}

function stateOf(self) {
  const state = internals.get(self);
  if (state === undefined) throw invalidThis();
  return state;
}

// A function rather than a class: Node's DOMException does not inherit Error's statics
// (Object.getPrototypeOf(DOMException) === Function.prototype), yet its instances must be real
// Error objects (so engines give them a stack). Reflect.construct(Error, ...) provides both, and
// subclasses still work because new.target is passed through.
function DOMException(message = '', options = 'Error') {
  if (new.target === undefined) {
    throw new TypeError("Class constructor DOMException cannot be invoked without 'new'");
  }
  // No message argument: the engine must not create an own `message`; the accessor answers.
  const self = Reflect.construct(Error, [], new.target);
  const state = { message: `${message}`, name: 'Error' };
  if (options !== null && typeof options === 'object') {
    // As in Node, an options object without `name` names the exception "undefined".
    state.name = `${options.name}`;
    if ('cause' in options) {
      Object.defineProperty(self, 'cause', {
        value: options.cause, writable: true, enumerable: false, configurable: true,
      });
    }
  } else {
    state.name = `${options}`;
  }
  internals.set(self, state);
  const header = state.message === '' ? state.name : `${state.name}: ${state.message}`;
  setStackHeader(self, header, ['Error', state.name], ['', state.message]);
  return self;
}

const prototypeMembers = {
  constructor: {
    value: DOMException, writable: true, enumerable: false, configurable: true,
  },
  name: {
    get: function name() { return stateOf(this).name; }, enumerable: true, configurable: true,
  },
  message: {
    get: function message() { return stateOf(this).message; }, enumerable: true, configurable: true,
  },
  code: {
    get: function code() { return codeByName.get(stateOf(this).name) || 0; },
    enumerable: true,
    configurable: true,
  },
};
Object.defineProperty(DOMException, 'prototype', {
  value: Object.create(Error.prototype, prototypeMembers),
  writable: false, enumerable: false, configurable: false,
});
for (const key of ['name', 'message', 'code']) {
  // Accessors are named like class getters ("get name").
  Object.defineProperty(Object.getOwnPropertyDescriptor(DOMException.prototype, key).get, 'name', {
    value: `get ${key}`, configurable: true,
  });
}

Object.defineProperty(DOMException.prototype, Symbol.toStringTag, {
  value: 'DOMException', writable: false, enumerable: false, configurable: true,
});

legacyNames.forEach(([, constant], index) => {
  const desc = { value: index + 1, writable: false, enumerable: true, configurable: false };
  Object.defineProperty(DOMException, constant, desc);
  Object.defineProperty(DOMException.prototype, constant, desc);
});

module.exports = DOMException;
