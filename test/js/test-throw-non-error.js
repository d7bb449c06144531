// Throwing a non-Error (throw 42) uncaught prints the source line, a caret, and the value itself; exit 1.
'use strict';
// exit-code: 1
// stderr: test-throw-non-error\.js:[0-9]+$
// stderr: ^throw 42;$
// stderr: ^\^$
// stderr: ^42$
throw 42;
