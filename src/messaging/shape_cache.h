// Builds the plain objects of a message faster when their shapes recur. Defining properties one by one through
// the engine's API costs several hundred instructions each; an object literal compiled for a given list of
// property names builds the same object in one call, from its values, in the JIT's fast path. Messages repeat
// shapes all the time (records in an array, the same kind of object sent again and again), so once a list of
// names has been seen a few times on this thread, objects with exactly those names in that order are built
// by a literal compiled for them.
//
// One cache per Environment (one thread, one global): literals create objects of their own global, so the
// cache serves only reads into that global, and it dies with the environment, before the thread's context
// may be reused by another worker.
#pragma once

#include <jsapi.h>

#include <cstdint>
#include <memory>
#include <unordered_map>
#include <vector>

namespace loom {

class ShapeCache {
 public:
  explicit ShapeCache(JSContext* cx, JS::HandleObject global);
  ~ShapeCache();
  ShapeCache(const ShapeCache&) = delete;
  ShapeCache& operator=(const ShapeCache&) = delete;

  // Builds an object whose own enumerable data properties are keys[i] = values[i], in order, in the current
  // global. Sets `out` to null (no exception) when no literal is ready for these keys: the caller then defines
  // the properties itself. Returns false only with an exception pending.
  bool Build(JSContext* cx, JS::HandleIdVector keys, JS::HandleValueArray values, JS::MutableHandleObject out);

 private:
  struct Entry {
    std::vector<uint64_t> key_bits;  // the raw bits of the property keys, in order
    uint32_t seen = 0;
    std::unique_ptr<JS::PersistentRootedObject> literal;  // the compiled builder, once compiled
  };

  JSFunction* Compile(JSContext* cx, JS::HandleIdVector keys);

  // Thread-owned (the environment's thread); no lock. Keyed by a hash of the raw bits of the property keys: a
  // compiled literal names its keys, so the atoms it refers to stay alive (atoms never move) while its entry
  // exists. An entry still counting sightings may outlive its atoms; another name then allocated at the same
  // address only adds to its count, and the literal compiled at the third sighting uses the names at hand.
  std::unordered_map<uint64_t, Entry> entries_;
  JS::PersistentRootedObject global_;
  size_t compiled_ = 0;
};

}  // namespace loom
