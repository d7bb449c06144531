// Process-wide engine initialisation and per-thread context creation (see engine.h).
#include "engine/engine.h"

#include <js/ContextOptions.h>
#include <js/GCAPI.h>
#include <js/Initialization.h>
#include <js/RealmOptions.h>
#include <js/Stack.h>
#include <jsfriendapi.h>
#include <sys/resource.h>

#include <algorithm>
#include <atomic>

#include "env/builtin_sources.h"
#include "env/lazy_globals.h"

namespace loom {
namespace {

// Written once by the main thread before any worker exists, read by worker threads when they create their
// contexts (thread creation orders the write before those reads).
JSRuntime* g_root_runtime = nullptr;

constexpr size_t kStackSafetyMargin = 256 * 1024;  // room for natives and the engine's own frames
constexpr uint64_t kDefaultMaxHeap = 4ull * 1024 * 1024 * 1024;
// A worker's heap from which a full, non-incremental collection would pause it noticeably.
constexpr uint32_t kIncrementalFromHeapBytes = 32 * 1024 * 1024;
// Runs before a script enters the baseline interpreter (see NewThreadContext).
constexpr uint32_t kBaselineInterpreterRuns = 100;
// The default heap limit in effect: written once by main() before any thread starts, read-only afterwards.
uint64_t g_default_max_heap = kDefaultMaxHeap;
// --expose-gc: written once by main() before any thread starts, read-only afterwards.
bool g_expose_gc = false;

// Standard classes (Array, Map, Intl...) and Node's globals (console, Buffer, URL...; see
// env/lazy_globals.h) are defined on first use rather than all up front: a worker that never touches most of
// them never pays for them.
const JSClassOps kGlobalClassOps = {nullptr,
                                    nullptr,
                                    nullptr,
                                    EnumerateGlobal,
                                    ResolveGlobal,
                                    MayResolveGlobal,
                                    nullptr,
                                    nullptr,
                                    nullptr,
                                    JS_GlobalObjectTraceHook};
const JSClass kGlobalClass = {"global", JSCLASS_GLOBAL_FLAGS, &kGlobalClassOps};

// The zone that holds the globals of the workers a thread runs, one after another. The engine compiles
// inline-cache stubs per zone, and each compiled stub flips a page of code between writable and executable:
// two mprotect calls, each of which interrupts every core running one of loom's threads to flush its TLB. A
// worker in a fresh zone compiled 80-160 stubs; in the thread's zone it reuses those its predecessors
// compiled, until a full collection frees them (see CollectBetweenWorkers). Workers still share nothing: each
// has its own compartment and global, and the zone's other contents are out of its reach.
struct WorkerZone {
  explicit WorkerZone(JSContext* cx, JSObject* anchor_global) : anchor(cx, anchor_global) {}
  JS::PersistentRootedObject anchor;    // an empty global that keeps the zone alive as long as the context
  uint64_t bytes_after_collection = 0;  // the zone's GC heap after the last CollectBetweenWorkers collection
  uint32_t major_collections = 0;       // the context's major collection count when that call returned
};
// The calling thread's worker zone: made by the first NewGlobal on a worker thread, deleted with the context.
// Only that thread uses it.
thread_local WorkerZone* t_worker_zone = nullptr;

// A collection between two workers costs 3-4.5 M instructions, about a third of starting one (mostly
// sweeping; 0.4 M when there is nothing to sweep), and frees the zone's stubs; so garbage is left until this
// much has built up since the last one: two to four workers' worth (a worker that only bootstraps and posts
// leaves 200-330 KB of GC heap). Peak RSS over 100 rounds of 8 workers: 46 MB collecting after every worker,
// 56 MB past 512 KB, 83 MB past 2 MB (which saved little more CPU).
constexpr uint64_t kGarbageBytesBeforeCollecting = 512 * 1024;

}  // namespace

bool InitEngine() {
  if (!JS_Init()) return false;
  // No allocation-site pretenuring. Once a site is judged long-lived the engine allocates its objects in the
  // tenured heap, and every nursery string stored into one of them is then reached through a whole-cell
  // store-buffer entry: each minor collection traces all those objects and tenures all those strings. Code
  // that builds arrays of records with fresh strings (what a message reader or a data transform does) spent
  // 80% of its time in those collections: 1,000-record arrays built 1,200 times took 445 ms, against 125 ms
  // without site pretenuring (node: 60 ms), and structuredClone of 1,000 records went from 2.2 to 1.7 ms.
  // The cost is on data that really is long-lived, which is copied once out of the nursery: building 2.5 M
  // objects that are all kept took 1.6 s instead of 1.3 s (node: 1.6 s). Process-wide; set before any
  // context exists, read-only afterwards.
  JS::SetSiteBasedPretenuringEnabled(false);
  return true;
}

void ShutdownEngine() { JS_ShutDown(); }

size_t MainThreadStackBytes() {
  struct rlimit rl;
  if (getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY && rl.rlim_cur > 0)
    return static_cast<size_t>(rl.rlim_cur);
  return 8 * 1024 * 1024;
}

uint64_t HeapLimitBytes(const EngineLimits& limits) {
  return limits.max_heap_bytes ? limits.max_heap_bytes : g_default_max_heap;
}

void SetDefaultHeapLimit(uint64_t bytes) { g_default_max_heap = bytes; }

void SetExposeGc(bool expose) { g_expose_gc = expose; }

bool ExposeGc() { return g_expose_gc; }

JSContext* NewThreadContext(const EngineLimits& limits) {
  uint64_t heap = HeapLimitBytes(limits);
  JSContext* cx = JS_NewContext(heap > 0xffffffffu ? 0xffffffffu : static_cast<uint32_t>(heap),
                                g_root_runtime);
  if (!cx) return nullptr;
  size_t stack = limits.stack_bytes ? limits.stack_bytes : MainThreadStackBytes();
  size_t quota = stack > 2 * kStackSafetyMargin ? stack - kStackSafetyMargin : stack / 2;
  JS_SetNativeStackQuota(cx, quota);
  // JSGC_MAX_BYTES is a uint32 parameter in bytes; 0xffffffff means "no practical limit".
  JS_SetGCParameter(cx, JSGC_MAX_BYTES,
                    heap > 0xffffffffu ? 0xffffffffu : static_cast<uint32_t>(heap));
  if (limits.nursery_bytes) JS_SetGCParameter(cx, JSGC_MAX_NURSERY_BYTES, limits.nursery_bytes);
  // A collection is due once this much malloc'd memory (string characters, elements, buffers) has been
  // allocated on a small heap (larger heaps scale it with what they retain). Under a small limit it is a
  // quarter of the limit, so that env/memory_limit.h can enforce the limit on time. Otherwise 8 MB rather
  // than the engine's 38: the characters of a large message string belong to the receiving thread, whose
  // heap stays small, and only its collections free them; at 38 MB a sender's next chunks were mostly fresh
  // pages. Sending 1 MiB strings to a worker: 0.17 -> 0.12 ms per send (page faults 21 k -> 13 k per run);
  // allocation-heavy loops on small and on 20 MB heaps measured no difference.
  constexpr uint64_t kMallocThresholdMb = 8;
  uint64_t quarter_mb = heap / (4 * 1024 * 1024);
  JS_SetGCParameter(cx, JSGC_MALLOC_THRESHOLD_BASE,
                    static_cast<uint32_t>(std::clamp<uint64_t>(quarter_mb, 1, kMallocThresholdMb)));
  // The main thread collects incrementally from the start; workers once their heap is large (see
  // AdaptCollectorToHeap).
  if (!g_root_runtime) {
    JS_SetGCParameter(cx, JSGC_INCREMENTAL_GC_ENABLED, 1);
    // Code enters the baseline interpreter after 100 runs rather than the engine's 10. Bootstrapping a thread
    // runs much code a few dozen times (helpers that define properties, validators, module bodies whose loops
    // count as runs), and each entry allocates the script's inline caches and compiles stubs for them: with
    // 100, starting a worker costs 24% less CPU (328 workers, 8 at a time: 2.21 -> 1.67 s), and what runs
    // hundreds of times still reaches the baseline compiler at 100 runs as before (message throughput,
    // ping-pong, clone and fib(32) measured the same, within noise). Process-wide: set here, on the main
    // thread before any worker exists.
    JS_SetGlobalJitCompilerOption(cx, JSJITCOMPILER_BASELINE_INTERPRETER_WARMUP_TRIGGER,
                                  kBaselineInterpreterRuns);
  }
  JS_SetFutexCanWait(cx);  // Atomics.wait is allowed on every thread, main included, as in Node
  js::SetStackFormat(cx, js::StackFormat::V8);
  if (!g_root_runtime) g_root_runtime = JS_GetRuntime(cx);
  return cx;
}

void AdaptCollectorToHeap(JSContext* cx) {
  if (JS_GetGCParameter(cx, JSGC_INCREMENTAL_GC_ENABLED)) return;
  if (JS_GetGCParameter(cx, JSGC_BYTES) >= kIncrementalFromHeapBytes)
    JS_SetGCParameter(cx, JSGC_INCREMENTAL_GC_ENABLED, 1);
}

void DestroyThreadContext(JSContext* cx) {
  bool is_root = JS_GetRuntime(cx) == g_root_runtime;
  // Compiled built-ins share strings held by the root runtime: drop them while it is still alive (every
  // other thread is gone by now).
  if (is_root) ReleaseBuiltinStencils();
  delete t_worker_zone;  // unroots the anchor: the context can go
  t_worker_zone = nullptr;
  JS_DestroyContext(cx);
  if (is_root) g_root_runtime = nullptr;
}

JSObject* NewGlobal(JSContext* cx) {
  JS::RealmOptions options;
  options.creationOptions()
      .setSharedMemoryAndAtomicsEnabled(true)
      .setWeakRefsEnabled(JS::WeakRefSpecifier::EnabledWithoutCleanupSome)
      .setDefineSharedArrayBufferConstructor(true);
  if (JS_GetRuntime(cx) != g_root_runtime) {
    if (!t_worker_zone) {
      JS::RealmOptions anchor_options;  // a new zone; nothing ever runs in this global
      JSObject* anchor = JS_NewGlobalObject(cx, &kGlobalClass, nullptr, JS::DontFireOnNewGlobalHook,
                                            anchor_options);
      if (!anchor) return nullptr;
      t_worker_zone = new WorkerZone(cx, anchor);
    }
    options.creationOptions().setNewCompartmentInExistingZone(t_worker_zone->anchor);
  }
  return JS_NewGlobalObject(cx, &kGlobalClass, nullptr, JS::FireOnNewGlobalHook, options);
}

void CollectBetweenWorkers(JSContext* cx) {
  WorkerZone* zone = t_worker_zone;
  // A major collection during the worker means it allocated a lot (tens of MB of GC heap, or 8 MB of
  // malloc'd data): what it leaves is worth freeing now rather than holding while the thread waits.
  bool collect = !zone || JS_GetGCParameter(cx, JSGC_MAJOR_GC_NUMBER) != zone->major_collections ||
                 js::GetGCHeapUsageForObjectZone(zone->anchor) >=
                     zone->bytes_after_collection + kGarbageBytesBeforeCollecting;
  if (collect) JS_GC(cx);
  if (!zone) return;
  if (collect) zone->bytes_after_collection = js::GetGCHeapUsageForObjectZone(zone->anchor);
  zone->major_collections = JS_GetGCParameter(cx, JSGC_MAJOR_GC_NUMBER);
}

}  // namespace loom
