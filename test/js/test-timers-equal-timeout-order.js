// Timers with equal timeouts fire in creation order, also across separate setTimeout calls with the same delay.
'use strict';
for (let i = 0; i < 5; i++) setTimeout(() => console.log('t' + i), 5);
setTimeout(() => console.log('t5'), 5);
setTimeout(() => console.log('t6'), 5);
