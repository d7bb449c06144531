// A throw inside an async function with no catch is an unhandled rejection: exit 1, error printed, no stdout after.
'use strict';
// exit-code: 1
// stderr: ^Error: from async$
async function work() {
  await null;
  throw new Error('from async');
}
work();
