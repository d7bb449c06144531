// util.inspect of AbortController, AbortSignal, EventTarget and Event shows what Node shows.
'use strict';
require('../common');
const assert = require('assert');
const util = require('util');

const ac = new AbortController();
assert.strictEqual(util.inspect(ac), 'AbortController { signal: AbortSignal { aborted: false } }');
assert.strictEqual(util.inspect(ac.signal), 'AbortSignal { aborted: false }');
ac.abort();
assert.strictEqual(util.inspect(ac.signal), 'AbortSignal { aborted: true }');
assert.strictEqual(util.inspect(new EventTarget()), 'EventTarget {}');
assert.strictEqual(util.inspect([new Event('x')], { depth: 0 }), '[ Event ]');
assert.match(util.inspect(new Event('foo')),
             /^Event {\n {2}type: 'foo',\n {2}defaultPrevented: false,\n {2}cancelable: false,\n {2}timeStamp: [\d.]+\n}$/);
