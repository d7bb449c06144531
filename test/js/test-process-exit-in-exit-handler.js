// process.exit(n) inside an 'exit' listener changes the code and stops the remaining listeners.
'use strict';
// exit-code: 12
process.on('exit', (code) => {
  console.log('first', code);
  process.exit(12);
});
process.on('exit', (code) => console.log('never: second', code));
process.exit(1);
