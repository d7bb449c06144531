// console.log/info/debug write to stdout, console.warn/error to stderr, each with a trailing newline.
'use strict';
// stderr: ^warn message 1$
// stderr: ^error message \{ e: 2 \}$
console.log('log message', 1);
console.info('info message');
console.debug('debug message');
console.warn('warn message', 1);
console.error('error message', { e: 2 });
console.log();
console.log('%s is %d', 'answer', 42, 'extra');
console.log('multi\nline');
