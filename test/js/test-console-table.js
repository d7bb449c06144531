// console.table draws a box table for arrays of objects/arrays and falls back to log for primitives.
'use strict';
console.table([{ a: 1, b: 'x' }, { a: 2, c: true }]);
console.table([[1, 2], [3, 4]]);
console.table({ r1: { v: 1 }, r2: { v: 2 } });
console.table([{ a: 1, b: 2 }], ['a']);
console.table('not tabular');
