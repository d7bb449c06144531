// An 'error' event with no listener throws the error itself: uncaught, the process exits with 1.
'use strict';
// exit-code: 1
// stderr: ^Error: boom$
const EventEmitter = require('events');
new EventEmitter().emit('error', new Error('boom'));
