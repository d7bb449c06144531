// Inside an fs callback (poll phase): nextTick, then promises, then setImmediate, then setTimeout(0).
'use strict';
const fs = require('fs');
fs.readFile(__filename, () => {
  setTimeout(() => console.log('timeout'), 0);
  setImmediate(() => console.log('immediate'));
  Promise.resolve().then(() => console.log('promise'));
  process.nextTick(() => console.log('tick'));
  console.log('callback');
});
