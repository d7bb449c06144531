// A syntax error in the main script exits 1 before running anything, with a SyntaxError on stderr.
// exit-code: 1
// stderr: SyntaxError
// stderr: test-syntax-error-main\.js:[0-9]+
console.log('never printed');
let x = ;
