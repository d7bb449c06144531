// An unhandled rejection with a non-Error reason exits 1 with ERR_UNHANDLED_REJECTION naming the reason.
'use strict';
// exit-code: 1
// stderr: UnhandledPromiseRejection
// stderr: The promise rejected with the reason "42"\.
// stderr: ERR_UNHANDLED_REJECTION
Promise.reject(42);
