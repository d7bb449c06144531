// timers/promises setImmediate(value) resolves with value after the current microtasks, in the check phase.
'use strict';
const { setImmediate: immediate } = require('timers/promises');
immediate('first').then((v) => console.log('promise immediate', v));
setImmediate(() => console.log('callback immediate'));
immediate().then((v) => console.log('promise immediate', v));
Promise.resolve().then(() => console.log('microtask'));
