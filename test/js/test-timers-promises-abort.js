// Aborting timers/promises operations rejects with AbortError (code ABORT_ERR); a reason becomes error.cause.
'use strict';
const common = require('../common');
const assert = require('assert');
const tp = require('timers/promises');
const check = (reason) => common.mustCall((err) => {
  assert.ok(err instanceof Error);
  assert.strictEqual(err.name, 'AbortError');
  assert.strictEqual(err.code, 'ABORT_ERR');
  assert.strictEqual(err.message, 'The operation was aborted');
  if (reason !== undefined) assert.strictEqual(err.cause, reason);
});
const ac = new AbortController();
tp.setTimeout(60000, 'v', { signal: ac.signal }).then(common.mustNotCall(), check());
ac.abort();
tp.setTimeout(1, 'v', { signal: AbortSignal.abort() }).then(common.mustNotCall(), check());
const ac2 = new AbortController();
tp.setImmediate('v', { signal: ac2.signal }).then(common.mustNotCall(), check('why'));
ac2.abort('why');
const ac3 = new AbortController();
(async () => {
  // eslint-disable-next-line no-unused-vars
  for await (const _ of tp.setInterval(1, null, { signal: ac3.signal })) ac3.abort();
})().then(common.mustNotCall(), check());
