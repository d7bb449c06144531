// Process-wide SpiderMonkey set-up and per-thread context creation.
// JS_Init runs once per process on the main thread; the main thread's context is the root runtime, and every
// worker context is created as its child (sharing self-hosted code and atoms, which is what makes a worker start
// in well under a millisecond). The root context must outlive every child: the main Environment is destroyed
// only after every worker thread has been joined (worker/thread_pool.h).
#pragma once

#include <jsapi.h>

#include <cstddef>
#include <cstdint>

namespace loom {

// Sizes that shape a thread's engine instance. Values of 0 mean "use the default".
struct EngineLimits {
  size_t stack_bytes = 0;       // the thread's real native stack size
  uint64_t max_heap_bytes = 0;  // GC heap limit (JSGC_MAX_BYTES)
  uint32_t nursery_bytes = 0;   // young-generation size (JSGC_MAX_NURSERY_BYTES)
};

// Called once on the main thread before any context exists. Returns false if the engine cannot start.
[[nodiscard]] bool InitEngine();
// Called once at process end, after the root context is destroyed.
void ShutdownEngine();

// The heap limit a context made with `limits` has (limits.max_heap_bytes, or the default).
uint64_t HeapLimitBytes(const EngineLimits& limits);
// Sets the default heap limit (4 GiB unless set; --max-old-space-size). Main thread, before any context.
void SetDefaultHeapLimit(uint64_t bytes);
// Whether every thread defines gc() (--expose-gc: an engine flag for the whole process, workers included, as
// in Node). Set on the main thread before any context; read-only afterwards.
void SetExposeGc(bool expose);
bool ExposeGc();

// Workers start with non-incremental collections: switching the incremental collector on allocates and
// touches its 256 KiB mark stack, a sixth of what an idle worker costs. A worker whose heap grows large enough
// for a full collection to pause it noticeably gets incremental collections from then on. Call after a
// collection, outside the collector (the interrupt callback does); cheap when there is nothing to change.
void AdaptCollectorToHeap(JSContext* cx);

// Creates the calling thread's context: the root context on the main thread (the first call), a child of the
// root everywhere else. Sets the stack quota from limits.stack_bytes so that runaway recursion throws.
JSContext* NewThreadContext(const EngineLimits& limits);

// Destroys a context made by NewThreadContext, on the thread that made it. Destroying the root context
// (only after every worker is gone) lets a later NewThreadContext make a new root.
void DestroyThreadContext(JSContext* cx);

// Creates a global with SharedArrayBuffer, Atomics, WeakRef and FinalizationRegistry enabled. On a worker
// thread, in its own compartment of the zone that every worker global of that thread shares (engine.cc).
JSObject* NewGlobal(JSContext* cx);

// On a worker thread, between two workers on one context, once the finished worker's global is unrooted:
// collects what it left, or leaves that garbage for a later call while there is little of it (the next
// worker then reuses the code its predecessors compiled; see engine.cc).
void CollectBetweenWorkers(JSContext* cx);

// The main thread's stack size, measured from its rlimit (used for the root context's quota).
size_t MainThreadStackBytes();

}  // namespace loom
