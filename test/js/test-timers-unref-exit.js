// An unref'd long timer or interval does not keep the process alive; a ref'd short timer still runs first.
'use strict';
const common = require('../common');
setTimeout(common.mustNotCall('unref timeout'), 60 * 1000).unref();
setInterval(common.mustNotCall('unref interval'), 60 * 1000).unref();
setTimeout(common.mustCall(() => console.log('ref timer ran')), 5);
process.on('exit', (code) => console.log('exit', code));
