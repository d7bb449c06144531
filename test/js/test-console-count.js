// console.count prints "label: n" (default label "default"); countReset restarts it, warning for unknown labels.
'use strict';
// stderr: Warning: Count for 'never' does not exist
console.count();
console.count();
console.count('x');
console.count('default');
console.countReset();
console.count();
console.count('x');
console.countReset('never');
