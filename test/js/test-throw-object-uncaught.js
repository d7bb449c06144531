// Throwing a plain object uncaught prints it inspected ({ code: 'X', n: 1 }); exit 1.
'use strict';
// exit-code: 1
// stderr: ^\{ code: 'X', n: 1 \}$
throw { code: 'X', n: 1 };
