// Requiring malformed JSON throws a SyntaxError whose message starts with the file's path; it is not cached.
'use strict';
const assert = require('assert');
const path = require('path');
const file = path.join(__dirname, '..', 'fixtures', 'modules', 'bad.json');
assert.throws(() => require('../fixtures/modules/bad.json'), (err) => {
  assert.ok(err instanceof SyntaxError);
  assert.ok(err.message.startsWith(`${file}: `), err.message);
  return true;
});
assert.strictEqual(require.cache[file], undefined);
