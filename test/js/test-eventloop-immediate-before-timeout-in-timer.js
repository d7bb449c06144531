// From inside a timer callback, setImmediate runs before setTimeout(0) (check phase precedes the next timers phase).
'use strict';
setTimeout(() => {
  setTimeout(() => console.log('timeout'), 0);
  setImmediate(() => console.log('immediate'));
}, 0);
