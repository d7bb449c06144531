// A faster structured clone for the values most messages are made of: plain objects, arrays, strings, numbers,
// booleans, null, undefined and ArrayBuffers. Anything else (Maps, Dates, typed arrays, errors, accessors,
// proxies, transfer lists...) makes the writer give up before it has run any script, and the caller uses the
// engine's serializer instead, so the result is always the same as a structured clone.
//
// Why it is faster than the engine's format: property names are written once per message and atomized once
// on read; objects are recognised by pointer without the engine's unique-id table; large strings and
// ArrayBuffer contents are copied once, into a buffer the receiving thread adopts (the engine copies them twice).
#pragma once

#include <jsapi.h>

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <vector>

namespace loom {

// A value in the fast format. Owned by one thread at a time (it travels inside a message); destroying it unread
// frees the out-of-line buffers on whatever thread that happens.
class FastCloneData {
 public:
  FastCloneData() = default;
  FastCloneData(const FastCloneData&) = delete;
  FastCloneData& operator=(const FastCloneData&) = delete;
  ~FastCloneData();

  bool empty() const { return size_ == 0; }
  void Clear();

  // The inline byte stream (grown by the writer, consumed by the reader).
  bool Append(const void* bytes, size_t n) {
    if (capacity_ - size_ < n && !Reserve(n)) return false;
    std::memcpy(bytes_ + size_, bytes, n);
    size_ += n;
    return true;
  }
  bool AppendByte(uint8_t b) {
    if (size_ == capacity_ && !Reserve(1)) return false;
    bytes_[size_++] = b;
    return true;
  }
  void PatchByte(size_t offset, uint8_t b) { bytes_[offset] = b; }
  const uint8_t* bytes() const { return bytes_; }
  size_t size() const { return size_; }

  // Out-of-line buffers (long string chars, ArrayBuffer contents), allocated with the engine's allocator so
  // that the reader can hand them to a new string or ArrayBuffer without copying. Taken in the order added.
  bool AddChunk(void* chunk);
  void* TakeChunk(size_t index);
  size_t chunk_count() const { return chunks_.size(); }

 private:
  bool Reserve(size_t more);  // grows the byte stream to hold `more` further bytes

  uint8_t* bytes_ = nullptr;  // malloc'd; capacity_ bytes, size_ used
  size_t size_ = 0;
  size_t capacity_ = 0;
  std::vector<void*> chunks_;  // freed with js_free unless taken
};

enum class FastWriteResult {
  kWritten,      // `out` holds the value
  kUnsupported,  // the value holds something this format does not cover; nothing ran, `out` is cleared
  kFailed,       // out of memory; an exception is pending
};

// Serializes `value`. Runs no script and allocates no GC things (see fast_clone.cc for why that matters).
FastWriteResult FastCloneWrite(JSContext* cx, JS::HandleValue value, FastCloneData* out);

class ShapeCache;

// Reads a value written by FastCloneWrite into the current realm, adopting its out-of-line buffers. Objects
// whose shape recurs are built by `shapes` (the reading thread's cache) when it is not null.
[[nodiscard]] bool FastCloneRead(JSContext* cx, FastCloneData* data, ShapeCache* shapes, JS::MutableHandleValue out);

}  // namespace loom
