'use strict';
// Loaded by a worker thread that bootstraps an environment before its worker is known (src/worker/
// thread_pool.h): the modules every worker needs to start, so that the worker itself only runs its own code.
// Each module here must read nothing of a particular worker at load time (no workerData, threadId, argv or
// env); worker_threads itself, which does, is not here.
// (internal/worker and thread_messaging are here although only code that requires worker_threads uses them:
// almost every worker does, and loading them here takes them off the way to its first message. Every worker
// ends through internal/process/exit: loaded when the worker ended, it took 250 us of its last moments.)

require('internal/main/start');
require('internal/main/worker_thread');
require('internal/process/env');
require('internal/modules/cjs/loader');
require('path');
require('internal/modules/source_cache');
require('internal/worker');
require('internal/worker/thread_messaging');
require('internal/process/exit');
