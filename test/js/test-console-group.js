// console.group/groupEnd indent following output by two spaces per level (stdout and stderr); extra groupEnd is harmless.
'use strict';
// stderr: ^    nested error$
console.log('level 0');
console.group('Group A');
console.log('level 1');
console.group();
console.log('level 2\nsecond line');
console.error('nested error');
console.groupEnd();
console.info('back to 1');
console.groupEnd();
console.groupEnd();
console.log('level 0 again');
console.groupCollapsed('collapsed');
console.log('inside collapsed');
console.groupEnd();
