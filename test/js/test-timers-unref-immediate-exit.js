// An unref'd setImmediate or setTimeout(0) alone does not keep the process alive, so it never runs.
'use strict';
const common = require('../common');
setImmediate(common.mustNotCall('unref immediate')).unref();
setTimeout(common.mustNotCall('unref timeout'), 0).unref();
process.on('exit', (code) => console.log('exit', code));
