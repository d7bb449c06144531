// The heap limit of a thread (resourceLimits.maxOldGenerationSizeMb in a worker, the default elsewhere),
// counted the way V8 counts it. SpiderMonkey's own limit (JSGC_MAX_BYTES) covers only its GC heap, but it
// keeps the elements of large arrays, object slots and the characters of long strings in malloc'd memory,
// which V8 keeps in its heap: a worker filling an array could grow far past its limit. So after every
// collection the thread also adds up the engine's malloc'd memory, less what typed arrays and ArrayBuffers
// hold (V8 keeps their contents outside its heap too), and stops the thread as out of memory when the sum is
// over the limit. The sum is exact only after a collection, so the limit is enforced at the first collection
// past it; the engine collects more often as malloc'd memory grows, so the overshoot stays within a small
// multiple of the limit. (One case escapes until the engine next empties its nursery: a loop that grows a
// single young array and allocates nothing else, whose elements the engine does not count until then.)
#pragma once

#include <jsapi.h>

#include <cstdint>
#include <memory>

namespace loom {

class MemoryLimit {
 public:
  // Engine thread. Starts watching `cx` (its GC callback) against `limit_bytes`; Stop() before the context
  // outlives the owner.
  void Start(JSContext* cx, uint64_t limit_bytes);
  void Stop(JSContext* cx);

  // Engine thread, from the interrupt callback: true if the last collection left more than the limit.
  // Cheap unless a collection ended over the limit by the engine's quick count. The engine's memory
  // counters are made in `global`'s realm the first time. Leaves any pending exception as it was.
  bool Exceeded(JSContext* cx, JS::HandleObject global);

 private:
  static void OnGC(JSContext* cx, JSGCStatus status, JS::GCReason reason, void* data);

  // All owned by the engine thread.
  uint64_t limit_bytes_ = 0;
  bool check_pending_ = false;  // a collection ended since the last Exceeded()
  bool checking_ = false;       // Exceeded() is running
  std::unique_ptr<JS::PersistentRootedObject> memory_info_;  // the engine's memory counters, once made
};

}  // namespace loom
