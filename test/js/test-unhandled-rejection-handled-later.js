// A rejection that gets a handler later in the same tick (or from a microtask) is not reported as unhandled.
'use strict';
const common = require('../common');
process.on('unhandledRejection', common.mustNotCall('unhandledRejection'));
const p = Promise.reject(new Error('caught late'));
const q = Promise.reject(new Error('caught in a tick'));
const r = Promise.reject(new Error('caught in a microtask'));
process.nextTick(() => q.catch(common.mustCall()));
queueMicrotask(() => r.catch(common.mustCall()));
p.catch(common.mustCall());
