// An immediate scheduled from an immediate runs on the next loop iteration, after all currently queued immediates.
'use strict';
setImmediate(() => {
  console.log('A');
  setImmediate(() => console.log('A -> nested'));
});
setImmediate(() => {
  console.log('B');
  setImmediate(() => console.log('B -> nested'));
});
setImmediate(() => console.log('C'));
