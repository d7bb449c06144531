// The threads that run workers. Creating a thread, an engine context and bootstrapping the JS half of the
// runtime is most of what a new Worker costs, so a thread whose worker ended cleanly keeps its context,
// drops everything else of that worker (its global, loop and handles; the garbage is collected then or after
// a few more workers, see CollectBetweenWorkers), bootstraps a fresh Environment for the next worker while
// nobody waits, and waits a few seconds for a `new Worker()` to adopt it. A worker never sees anything of the
// one before: it gets a fresh global (in a compartment of its own), loop and Environment, made before its
// start-up data was known (see Environment::AttachWorker); only the engine context (runtime), its zone and
// compiled code, and the thread are reused. Workers with resource limits, or whose predecessor was terminated or ran out of
// memory, never share a context.
//
// LOOM_IDLE_WORKER_THREADS=N sets how many threads may wait (default 8; 0 turns reuse off).
#pragma once

#include <memory>

namespace loom {

class Worker;

// Any thread: runs `worker` (Worker::RunOnThisThread) on an idle thread or a new one. Returns a libuv error
// code (0 on success); on failure the worker was not started and the pool holds no reference to it.
int StartWorkerThread(std::shared_ptr<Worker> worker);

// Main thread, at process teardown, once every worker has finished and before the root context goes: wakes
// the idle threads, which destroy their contexts, and joins every thread the pool started.
void ShutdownWorkerThreads();

}  // namespace loom
