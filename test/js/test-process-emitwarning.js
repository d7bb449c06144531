// process.emitWarning prints "(<runtime>:PID) Warning: msg" on stderr, with [CODE] and custom types; stdout is untouched.
'use strict';
// stderr: ^\((node|loom):[0-9]+\) Warning: something odd$
// stderr: ^\((node|loom):[0-9]+\) \[MY_CODE\] MyWarning: custom type$
// stderr: ^\((node|loom):[0-9]+\) \[DEP0999\] DeprecationWarning: old api$
// stderr: ^\((node|loom):[0-9]+\) Error: from an error$
process.emitWarning('something odd');
process.emitWarning('custom type', 'MyWarning', 'MY_CODE');
process.emitWarning('old api', 'DeprecationWarning', 'DEP0999');
process.emitWarning(new Error('from an error'));
console.log('done');
