// Delays of 0, negative, NaN, undefined and '1' all act as 1ms: they share one list and fire in creation order.
'use strict';
setTimeout(() => console.log('0'), 0);
setTimeout(() => console.log('1ms'), 1);
setTimeout(() => console.log('-5'), -5);
setTimeout(() => console.log('NaN'), NaN);
setTimeout(() => console.log('undefined'));
setTimeout(() => console.log("'1'"), '1');
setTimeout(() => console.log('1.7'), 1.7); // fractional delays are truncated
setTimeout(() => console.log('0 again'), 0);
