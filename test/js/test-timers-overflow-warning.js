// A delay above 2^31-1 emits TimeoutOverflowWarning and is treated as 1ms.
'use strict';
// stderr: TimeoutOverflowWarning: 4294967296 does not fit into a 32-bit signed integer\.$
// stderr: ^Timeout duration was set to 1\.$
const common = require('../common');
setTimeout(common.mustCall(() => console.log('huge timer fired')), 2 ** 32);
process.on('warning', common.mustCall((w) => console.log('warning', w.name)));
