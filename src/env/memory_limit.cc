// MemoryLimit (see memory_limit.h).
#include "env/memory_limit.h"

#include <js/Exception.h>
#include <js/GCAPI.h>
#include <js/MemoryMetrics.h>
#include <malloc.h>  // malloc_usable_size: glibc, jemalloc and the sanitizers' allocators all have it

#include <algorithm>
#include <cstring>

namespace loom {
namespace {

size_t UsableSize(const void* p) { return p ? malloc_usable_size(const_cast<void*>(p)) : 0; }

// A heap measurement with nothing added by the embedder.
class HeapStats : public JS::RuntimeStats {
 public:
  HeapStats() : JS::RuntimeStats(UsableSize) {}
  void initExtraRealmStats(JS::Realm*, JS::RealmStats*, const JS::AutoRequireNoGC&) override {}
  void initExtraZoneStats(JS::Zone*, JS::ZoneStats*, const JS::AutoRequireNoGC&) override {}
};

// ArrayBuffer, SharedArrayBuffer and the typed arrays (Uint8Array...): classes whose contents V8 keeps
// outside its heap. Plain arrays ("Array") are not among them.
bool HoldsBinaryData(const char* class_name) {
  if (!class_name) return false;
  size_t length = std::strlen(class_name);
  auto ends_with = [&](const char* suffix) {
    size_t n = std::strlen(suffix);
    return length > n && std::strcmp(class_name + length - n, suffix) == 0;
  };
  return ends_with("Array") || ends_with("ArrayBuffer") || std::strcmp(class_name, "ArrayBuffer") == 0;
}

// Bytes held by binary data, from a walk of the whole heap (cost in proportion to the number of GC things,
// which the limit bounds). Classes below the engine's notability threshold are not itemised: a few
// kilobytes at most.
uint64_t BinaryDataBytes(JSContext* cx) {
  HeapStats stats;
  // "Anonymized" skips hashing every string's characters (to find notable strings), which on ropes that
  // share long parts costs minutes; class names are still reported.
  if (!JS::CollectRuntimeStats(cx, &stats, nullptr, /*anonymize=*/true)) return 0;
  uint64_t bytes = 0;
  for (const JS::RealmStats& realm : stats.realmStatsVector) {
    for (const JS::NotableClassInfo& info : realm.notableClasses) {
      if (!HoldsBinaryData(info.className_.get())) continue;
      bytes += info.objectsMallocHeapElementsNormal + info.objectsNonHeapElementsNormal +
               info.objectsNonHeapElementsShared;
    }
  }
  return bytes;
}

}  // namespace

void MemoryLimit::Start(JSContext* cx, uint64_t limit_bytes) {
  limit_bytes_ = limit_bytes;
  check_pending_ = false;
  JS_SetGCCallback(cx, OnGC, this);
}

void MemoryLimit::Stop(JSContext* cx) {
  JS_SetGCCallback(cx, nullptr, nullptr);
  memory_info_.reset();
  check_pending_ = false;
}

void MemoryLimit::OnGC(JSContext* cx, JSGCStatus status, JS::GCReason, void* data) {
  auto* self = static_cast<MemoryLimit*>(data);
  // A collection that Exceeded() itself caused must not ask for another check: the interrupt would come
  // straight back, run Exceeded() again, and so on for ever.
  if (status != JSGC_END || self->checking_) return;
  self->check_pending_ = true;
  JS_RequestInterruptCallback(cx);  // Exceeded() runs from the interrupt callback, outside the collector
}

bool MemoryLimit::Exceeded(JSContext* cx, JS::HandleObject global) {
  if (!check_pending_) return false;
  check_pending_ = false;
  checking_ = true;
  struct Done {
    bool* flag;
    ~Done() { *flag = false; }
  } done{&checking_};
  JS::AutoSaveExceptionState saved(cx);  // restored on return, whatever the getter below does
  // Made at the first check rather than at Start: making it costs 0.15 M instructions, over 1% of a
  // worker's start, and most workers end before their first collection.
  if (!memory_info_) {
    JSAutoRealm realm(cx, global);
    JSObject* made = js::gc::NewMemoryInfoObject(cx);
    if (!made) return false;
    memory_info_ = std::make_unique<JS::PersistentRootedObject>(cx, made);
  }
  JS::RootedObject info(cx, *memory_info_);
  JSAutoRealm realm(cx, info);
  JS::RootedValue malloc_value(cx);
  if (!JS_GetProperty(cx, info, "mallocBytes", &malloc_value) || !malloc_value.isNumber()) return false;
  uint64_t gc_bytes = JS_GetGCParameter(cx, JSGC_BYTES);
  auto malloc_bytes = static_cast<uint64_t>(malloc_value.toNumber());
  if (gc_bytes + malloc_bytes <= limit_bytes_) return false;
  uint64_t binary = std::min(BinaryDataBytes(cx), malloc_bytes);
  return gc_bytes + malloc_bytes - binary > limit_bytes_;
}

}  // namespace loom
