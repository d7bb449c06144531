// clearTimeout/clearInterval/clearImmediate accept null, undefined and junk as no-ops, and cancel pending callbacks.
'use strict';
const common = require('../common');
for (const bad of [null, undefined, 'abc', {}, 123456, -1, NaN, true, Symbol('s')]) {
  clearTimeout(bad);
  clearInterval(bad);
}
// (clearImmediate only tolerates objects and falsy values.)
for (const bad of [null, undefined, {}, 0, '', NaN]) clearImmediate(bad);
clearTimeout();
clearInterval();
clearImmediate();
const t = setTimeout(common.mustNotCall('cleared timeout'), 1);
clearTimeout(t);
clearTimeout(t); // twice is fine
const iv = setInterval(common.mustNotCall('cleared interval'), 1);
clearInterval(iv);
const im = setImmediate(common.mustNotCall('cleared immediate'));
clearImmediate(im);
// clearTimeout also clears an interval, and clearInterval a timeout.
clearTimeout(setInterval(common.mustNotCall('interval cleared by clearTimeout'), 1));
clearInterval(setTimeout(common.mustNotCall('timeout cleared by clearInterval'), 1));
// A timeout can be cleared by its primitive id.
const p = setTimeout(common.mustNotCall('timeout cleared by id'), 1);
clearTimeout(+p);
// An immediate cleared by an earlier immediate in the same iteration does not run.
let later;
setImmediate(common.mustCall(() => clearImmediate(later)));
later = setImmediate(common.mustNotCall('immediate cleared by sibling'));
setTimeout(common.mustCall(), 5);
