// console.dir inspects objects to stdout (depth 2 by default, honouring options.depth), strings are quoted.
'use strict';
console.dir({ a: { b: { c: { d: 1 } } } });
console.dir({ a: { b: { c: { d: 1 } } } }, { depth: 0 });
console.dir({ a: { b: { c: { d: 1 } } } }, { depth: null });
console.dir('a string');
console.dir([1, 'two', [3, [4, [5, [6]]]]]);
