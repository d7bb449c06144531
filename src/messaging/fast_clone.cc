// The fast structured-clone format (see fast_clone.h).
//
// The stream is a sequence of one-byte tags, each followed by its operands; counts and lengths are unsigned
// LEB128 varints. Objects are numbered in the order they are first written, and a later occurrence of the same
// object is written as a back-reference to that number, so shared and cyclic references survive as in any
// structured clone. Property names are numbered too: the first use of a name writes its characters, later uses
// write its number.
//
// Why raw pointers are safe in the writer's tables: the writer never allocates a GC thing and never runs script.
// It reads own data properties through property descriptors (an accessor makes it give up before calling it),
// enumerates keys into malloc'd vectors, flattens ropes in place (malloc'd characters) and copies bytes into
// malloc'd buffers. Only GC-thing allocation (or script) can start a collection, so no object moves while the
// writer runs and a pointer identifies an object for the writer's whole run.
#include "messaging/fast_clone.h"

#include "messaging/shape_cache.h"

#include <js/Array.h>
#include <js/ArrayBuffer.h>
#include <js/MemoryFunctions.h>
#include <js/Object.h>
#include <js/PropertyAndElement.h>
#include <js/Proxy.h>
#include <js/String.h>
#include <jsfriendapi.h>

#include <cstdlib>
#include <cstring>
#include <new>

namespace loom {
namespace {

enum Tag : uint8_t {
  kUndefined = 1,
  kNull,
  kTrue,
  kFalse,
  kInt32,          // 4 bytes
  kDouble,         // 8 bytes
  kLatin1,         // length, then the characters inline
  kTwoByte,        // length, then 2 * length bytes inline
  kLatin1Chunk,    // length; the characters are the next chunk
  kTwoByteChunk,   // length; the characters are the next chunk
  kObject,         // property count, then (key, value) pairs
  kObjectValues,   // as kObject, for an object no value inside refers back to: the reader reads its
                   // properties first and then builds it in one step (messaging/shape_cache.h)
  kDenseArray,     // length, then that many values (elements 0..length-1, no holes, nothing else)
  kDenseValues,    // as kDenseArray, for an array no value inside refers back to: the reader creates it
                   // from its values in one step, after reading them
  kArray,          // length, property count, then (key, value) pairs
  kArrayBuffer,    // byte length; the contents are the next chunk (none when empty)
  kBackRef,        // number of an object already read
};

enum KeyTag : uint8_t {
  kKeyIndex = 1,  // an array index (varint)
  kKeyNew,        // a string followed by its characters (kLatin1 or kTwoByte); gets the next key number
  kKeyRef,        // a key number
};

// Deeper values go to the engine's serializer, which does not recurse on the native stack.
constexpr size_t kMaxDepth = 256;
// Strings with at least this many bytes of characters travel as chunks the reader adopts without a copy.
constexpr size_t kChunkMinBytes = 1024;

// Maps a pointer to a small number. Open addressing, linear probing; the first 16 slots are inline so that a
// small message allocates nothing for it.
class PointerIndexMap {
 public:
  PointerIndexMap() { std::memset(inline_, 0, sizeof(inline_)); }
  ~PointerIndexMap() {
    if (slots_ != inline_) std::free(slots_);
  }
  PointerIndexMap(const PointerIndexMap&) = delete;
  PointerIndexMap& operator=(const PointerIndexMap&) = delete;

  // The number stored for `key`, or -1.
  int64_t Find(const void* key) const {
    for (size_t i = Hash(key) & (capacity_ - 1);; i = (i + 1) & (capacity_ - 1)) {
      if (slots_[i].key == key) return slots_[i].value;
      if (!slots_[i].key) return -1;
    }
  }

  // Stores a key that is not present. Returns false when out of memory.
  bool Insert(const void* key, uint32_t value) {
    if ((count_ + 1) * 2 > capacity_ && !Grow()) return false;
    Place(slots_, capacity_, key, value);
    count_++;
    return true;
  }

 private:
  struct Slot {
    const void* key;
    uint32_t value;
  };

  static size_t Hash(const void* key) {
    uint64_t x = reinterpret_cast<uintptr_t>(key);
    x *= 0x9E3779B97F4A7C15ull;  // Fibonacci hashing: GC things are 8-aligned, the high bits are well mixed
    return static_cast<size_t>(x >> 32);
  }

  static void Place(Slot* slots, size_t capacity, const void* key, uint32_t value) {
    size_t i = Hash(key) & (capacity - 1);
    while (slots[i].key) i = (i + 1) & (capacity - 1);
    slots[i] = {key, value};
  }

  bool Grow() {
    size_t capacity = capacity_ * 2;
    auto* slots = static_cast<Slot*>(std::calloc(capacity, sizeof(Slot)));
    if (!slots) return false;
    for (size_t i = 0; i < capacity_; i++)
      if (slots_[i].key) Place(slots, capacity, slots_[i].key, slots_[i].value);
    if (slots_ != inline_) std::free(slots_);
    slots_ = slots;
    capacity_ = capacity;
    return true;
  }

  Slot inline_[16];
  Slot* slots_ = inline_;
  size_t capacity_ = 16;  // a power of two
  size_t count_ = 0;
};

enum class Status { kOk, kUnsupported, kFailed };

class Writer {
 public:
  Writer(JSContext* cx, FastCloneData* out) : cx_(cx), out_(out) {}

  Status WriteValue(const JS::Value& v, size_t depth) {
    if (v.isString()) return WriteString(v.toString(), true);
    if (v.isInt32()) {
      int32_t i = v.toInt32();
      return Byte(kInt32) && Raw(&i, sizeof(i)) ? Status::kOk : Failed();
    }
    if (v.isDouble()) {
      double d = v.toDouble();
      return Byte(kDouble) && Raw(&d, sizeof(d)) ? Status::kOk : Failed();
    }
    if (v.isBoolean()) return Byte(v.toBoolean() ? kTrue : kFalse) ? Status::kOk : Failed();
    if (v.isNull()) return Byte(kNull) ? Status::kOk : Failed();
    if (v.isUndefined()) return Byte(kUndefined) ? Status::kOk : Failed();
    if (!v.isObject()) return Status::kUnsupported;  // symbols (an error) and BigInts: the engine's writer
    return WriteObject(&v.toObject(), depth);
  }

 private:
  Status Failed() {
    JS_ReportOutOfMemory(cx_);
    return Status::kFailed;
  }
  bool Byte(uint8_t b) { return out_->AppendByte(b); }
  bool Raw(const void* p, size_t n) { return out_->Append(p, n); }
  bool Varint(uint64_t n) {
    if (n < 0x80) return out_->AppendByte(static_cast<uint8_t>(n));
    uint8_t buf[10];
    size_t len = 0;
    do {
      buf[len++] = static_cast<uint8_t>((n & 0x7f) | (n > 0x7f ? 0x80 : 0));
      n >>= 7;
    } while (n);
    return out_->Append(buf, len);
  }

  // A string value (`allow_chunk`) or a property name (always inline).
  Status WriteString(JSString* str, bool allow_chunk) {
    JSLinearString* linear = JS_EnsureLinearString(cx_, str);
    if (!linear) return Status::kFailed;
    size_t length = JS::GetLinearStringLength(linear);
    bool latin1 = JS::LinearStringHasLatin1Chars(linear);
    size_t bytes = latin1 ? length : length * sizeof(char16_t);
    JS::AutoCheckCannotGC nogc;
    const void* chars = latin1 ? static_cast<const void*>(JS::GetLatin1LinearStringChars(nogc, linear))
                               : static_cast<const void*>(JS::GetTwoByteLinearStringChars(nogc, linear));
    if (allow_chunk && bytes >= kChunkMinBytes) {
      // One extra character: the reader's string owns a terminated buffer, as the engine's own strings do.
      size_t unit = latin1 ? 1 : sizeof(char16_t);
      auto* chunk = static_cast<uint8_t*>(JS_string_malloc(cx_, bytes + unit));
      if (!chunk) return Status::kFailed;
      std::memcpy(chunk, chars, bytes);
      std::memset(chunk + bytes, 0, unit);
      if (!out_->AddChunk(chunk)) {
        js_free(chunk);
        return Failed();
      }
      return Byte(latin1 ? kLatin1Chunk : kTwoByteChunk) && Varint(length) ? Status::kOk : Failed();
    }
    return Byte(latin1 ? kLatin1 : kTwoByte) && Varint(length) && Raw(chars, bytes) ? Status::kOk : Failed();
  }

  Status WriteKey(jsid id) {
    if (id.isInt()) return Byte(kKeyIndex) && Varint(static_cast<uint32_t>(id.toInt())) ? Status::kOk : Failed();
    if (!id.isString()) return Status::kUnsupported;
    JSString* name = id.toString();
    int64_t known = keys_.Find(name);
    if (known >= 0) return Byte(kKeyRef) && Varint(static_cast<uint64_t>(known)) ? Status::kOk : Failed();
    if (!keys_.Insert(name, next_key_++) || !Byte(kKeyNew)) return Failed();
    return WriteString(name, false);
  }

  Status WriteObject(JSObject* obj, size_t depth) {
    int64_t seen = objects_.Find(obj);
    if (seen >= 0) {
      // A reference back to an object or array still being written: the reader must create it before its
      // values, so its tag becomes the create-first one.
      size_t& tag_at = open_tags_[seen];
      if (tag_at != kNotOpen) {
        out_->PatchByte(tag_at, out_->bytes()[tag_at] == kDenseValues ? kDenseArray : kObject);
        tag_at = kNotOpen;
      }
      return Byte(kBackRef) && Varint(static_cast<uint64_t>(seen)) ? Status::kOk : Failed();
    }
    if (depth >= kMaxDepth || js::IsProxy(obj)) return Status::kUnsupported;
    JS::RootedObject holder(cx_, obj);
    bool is_array = false;
    if (JS::GetClass(obj) != js::ObjectClassPtr) {
      if (JS::IsArrayBufferObject(obj)) return WriteArrayBuffer(obj);
      // Not a proxy, so this only looks at the class and cannot fail.
      if (!JS::IsArrayObject(cx_, holder, &is_array)) return Status::kFailed;
      if (!is_array) return Status::kUnsupported;  // every other kind of object: the engine's writer
    }
    uint32_t number = next_object_;
    if (!NewObjectNumber(obj)) return Failed();

    JS::Rooted<JS::IdVector> ids(cx_, JS::IdVector(cx_));
    if (!JS_Enumerate(cx_, holder, &ids)) return Status::kFailed;  // own enumerable string keys, in order
    if (is_array) {
      uint32_t length;
      if (!JS::GetArrayLength(cx_, holder, &length)) return Status::kFailed;
      bool dense = ids.length() == length;
      for (size_t i = 0; dense && i < ids.length(); i++)
        dense = ids[i].isInt() && static_cast<uint32_t>(ids[i].toInt()) == i;
      if (dense) {
        open_tags_[number] = out_->size();
        if (!Byte(kDenseValues) || !Varint(length)) return Failed();
        Status s = WriteProperties(holder, ids, false, depth);
        open_tags_[number] = kNotOpen;
        return s;
      }
      if (!Byte(kArray) || !Varint(length) || !Varint(ids.length())) return Failed();
      return WriteProperties(holder, ids, true, depth);
    }
    open_tags_[number] = out_->size();
    if (!Byte(kObjectValues) || !Varint(ids.length())) return Failed();
    Status s = WriteProperties(holder, ids, true, depth);
    open_tags_[number] = kNotOpen;
    return s;
  }

  Status WriteProperties(JS::HandleObject obj, JS::Handle<JS::IdVector> ids, bool with_keys, size_t depth) {
    JS::Rooted<mozilla::Maybe<JS::PropertyDescriptor>> desc(cx_);
    JS::RootedId id(cx_);
    for (size_t i = 0; i < ids.length(); i++) {
      id = ids[i];
      if (!JS_GetOwnPropertyDescriptorById(cx_, obj, id, &desc)) return Status::kFailed;
      // Reading an accessor would run script (and it must run in the engine's writer, once): give up.
      if (desc.isNothing() || !desc->isDataDescriptor()) return Status::kUnsupported;
      if (with_keys) {
        Status s = WriteKey(id);
        if (s != Status::kOk) return s;
      }
      Status s = WriteValue(desc->value(), depth + 1);
      if (s != Status::kOk) return s;
    }
    return Status::kOk;
  }

  Status WriteArrayBuffer(JSObject* obj) {
    if (JS::IsDetachedArrayBufferObject(obj)) return Status::kUnsupported;  // the engine's writer throws
    size_t length = JS::GetArrayBufferByteLength(obj);
    if (!NewObjectNumber(obj)) return Failed();
    if (!Byte(kArrayBuffer) || !Varint(length)) return Failed();
    if (length == 0) return Status::kOk;
    void* chunk = JS_malloc(cx_, length);
    if (!chunk) return Status::kFailed;
    {
      JS::AutoCheckCannotGC nogc;
      bool shared;
      std::memcpy(chunk, JS::GetArrayBufferData(obj, &shared, nogc), length);
    }
    if (!out_->AddChunk(chunk)) {
      js_free(chunk);
      return Failed();
    }
    return Status::kOk;
  }

  bool NewObjectNumber(JSObject* obj) {
    if (!objects_.Insert(obj, next_object_)) return false;
    try {
      open_tags_.push_back(kNotOpen);
    } catch (const std::bad_alloc&) {
      return false;
    }
    next_object_++;
    return true;
  }

  static constexpr size_t kNotOpen = SIZE_MAX;

  JSContext* cx_;
  FastCloneData* out_;
  PointerIndexMap objects_;  // object -> its number
  // Per object number: where its kDenseValues or kObjectValues tag is while its values are being written,
  // else kNotOpen.
  std::vector<size_t> open_tags_;
  PointerIndexMap keys_;     // property name (an atom) -> its key number
  uint32_t next_object_ = 0;
  uint32_t next_key_ = 0;
};

class Reader {
 public:
  Reader(JSContext* cx, FastCloneData* data, ShapeCache* shapes)
      : cx_(cx), data_(data), shapes_(shapes), p_(data->bytes()), end_(data->bytes() + data->size()), keys_(cx), objects_(cx) {}

  bool ReadValue(JS::MutableHandleValue out) {
    uint8_t tag;
    if (!Byte(&tag)) return false;
    switch (tag) {
      case kUndefined: out.setUndefined(); return true;
      case kNull: out.setNull(); return true;
      case kTrue: out.setBoolean(true); return true;
      case kFalse: out.setBoolean(false); return true;
      case kInt32: {
        int32_t i;
        if (!Raw(&i, sizeof(i))) return false;
        out.setInt32(i);
        return true;
      }
      case kDouble: {
        double d;
        if (!Raw(&d, sizeof(d))) return false;
        out.set(JS::CanonicalizedDoubleValue(d));
        return true;
      }
      case kLatin1:
      case kTwoByte:
      case kLatin1Chunk:
      case kTwoByteChunk: {
        JSString* str = ReadString(tag);
        if (!str) return false;
        out.setString(str);
        return true;
      }
      case kObject: return ReadObject(out);
      case kObjectValues: return ReadObjectValues(out);
      case kDenseArray: return ReadDenseArray(out);
      case kDenseValues: return ReadDenseValues(out);
      case kArray: return ReadArray(out);
      case kArrayBuffer: return ReadArrayBuffer(out);
      case kBackRef: {
        uint64_t index;
        if (!Varint(&index)) return false;
        if (index >= objects_.length()) return Corrupt();
        out.setObject(*objects_[index]);
        return true;
      }
      default: return Corrupt();
    }
  }

  bool AtEnd() const { return p_ == end_; }

 private:
  bool Corrupt() {
    JS_ReportErrorASCII(cx_, "corrupt message");
    return false;
  }
  bool Byte(uint8_t* b) {
    if (p_ == end_) return Corrupt();
    *b = *p_++;
    return true;
  }
  bool Raw(void* dst, size_t n) {
    if (static_cast<size_t>(end_ - p_) < n) return Corrupt();
    std::memcpy(dst, p_, n);
    p_ += n;
    return true;
  }
  bool Varint(uint64_t* n) {
    uint64_t value = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      uint8_t b;
      if (!Byte(&b)) return false;
      value |= static_cast<uint64_t>(b & 0x7f) << shift;
      if (!(b & 0x80)) {
        *n = value;
        return true;
      }
    }
    return Corrupt();
  }
  bool Length(uint64_t* n, uint64_t max) { return Varint(n) && (*n <= max || Corrupt()); }

  JSString* ReadString(uint8_t tag) {
    uint64_t length;
    if (!Length(&length, JS::MaxStringLength)) return nullptr;
    if (tag == kLatin1Chunk || tag == kTwoByteChunk) {
      if (next_chunk_ >= data_->chunk_count()) return Corrupt(), nullptr;
      void* chunk = data_->TakeChunk(next_chunk_++);
      if (tag == kLatin1Chunk) {
        JS::UniqueLatin1Chars chars(static_cast<JS::Latin1Char*>(chunk));
        return JS_NewLatin1String(cx_, std::move(chars), length);  // frees the chunk if it fails
      }
      JS::UniqueTwoByteChars chars(static_cast<char16_t*>(chunk));
      return JS_NewUCString(cx_, std::move(chars), length);
    }
    size_t bytes = tag == kLatin1 ? length : length * sizeof(char16_t);
    if (static_cast<size_t>(end_ - p_) < bytes) return Corrupt(), nullptr;
    const uint8_t* chars = p_;
    p_ += bytes;
    if (tag == kLatin1) return JS_NewStringCopyN(cx_, reinterpret_cast<const char*>(chars), length);
    // Two-byte characters sit unaligned in the stream: copy them out first.
    JS::UniqueTwoByteChars copy(static_cast<char16_t*>(JS_string_malloc(cx_, bytes + sizeof(char16_t))));
    if (!copy) return nullptr;
    std::memcpy(copy.get(), chars, bytes);
    copy[length] = 0;
    return JS_NewUCString(cx_, std::move(copy), length);
  }

  bool ReadKey(JS::MutableHandleId id) {
    uint8_t tag;
    uint64_t n;
    if (!Byte(&tag)) return false;
    switch (tag) {
      case kKeyIndex:
        return Length(&n, UINT32_MAX) && JS_IndexToId(cx_, static_cast<uint32_t>(n), id);
      case kKeyRef:
        if (!Varint(&n)) return false;
        if (n >= keys_.length()) return Corrupt();
        id.set(keys_[n]);
        return true;
      case kKeyNew: {
        uint8_t string_tag;
        if (!Byte(&string_tag) || !Length(&n, JS::MaxStringLength)) return false;
        if (string_tag != kLatin1 && string_tag != kTwoByte) return Corrupt();
        size_t bytes = string_tag == kLatin1 ? n : n * sizeof(char16_t);
        if (static_cast<size_t>(end_ - p_) < bytes) return Corrupt();
        JSString* atom;
        if (string_tag == kLatin1) {
          atom = JS_AtomizeStringN(cx_, reinterpret_cast<const char*>(p_), n);
        } else {
          std::vector<char16_t> chars(n);
          std::memcpy(chars.data(), p_, bytes);
          atom = JS_AtomizeUCStringN(cx_, chars.data(), n);
        }
        p_ += bytes;
        if (!atom) return false;
        JS::RootedString name(cx_, atom);
        return JS_StringToId(cx_, name, id) && keys_.append(id.get());
      }
      default: return Corrupt();
    }
  }

  bool ReadProperties(JS::HandleObject obj, uint64_t count) {
    JS::RootedId id(cx_);
    JS::RootedValue value(cx_);
    for (uint64_t i = 0; i < count; i++) {
      if (!ReadKey(&id) || !ReadValue(&value)) return false;
      if (!JS_DefinePropertyById(cx_, obj, id, value, JSPROP_ENUMERATE)) return false;
    }
    return true;
  }

  bool ReadObject(JS::MutableHandleValue out) {
    uint64_t count;
    if (!Varint(&count)) return false;
    JS::RootedObject obj(cx_, JS_NewPlainObject(cx_));
    if (!obj || !objects_.append(obj)) return false;
    out.setObject(*obj);
    return ReadProperties(obj, count);
  }

  // Values-first objects and arrays: nothing inside refers to the one being read, so its number is taken now
  // (keeping later numbers in order) and filled in once it has been built from its values.
  bool ReserveNumber(size_t* number) {
    *number = objects_.length();
    return objects_.append(nullptr);
  }

  bool ReadObjectValues(JS::MutableHandleValue out) {
    uint64_t count;
    size_t number;
    if (!Length(&count, UINT32_MAX) || !ReserveNumber(&number)) return false;
    JS::RootedIdVector ids(cx_);
    JS::RootedValueVector values(cx_);
    if (!ids.resize(count) || !values.resize(count)) return false;
    for (uint64_t i = 0; i < count; i++) {
      if (!ReadKey(ids[i]) || !ReadValue(values[i])) return false;
    }
    JS::RootedObject obj(cx_);
    if (shapes_ && !shapes_->Build(cx_, ids, values, &obj)) return false;
    if (!obj) {
      obj = JS_NewPlainObject(cx_);
      if (!obj) return false;
      for (uint64_t i = 0; i < count; i++) {
        if (!JS_DefinePropertyById(cx_, obj, ids[i], values[i], JSPROP_ENUMERATE)) return false;
      }
    }
    objects_[number].set(obj);
    out.setObject(*obj);
    return true;
  }

  bool ReadDenseArray(JS::MutableHandleValue out) {
    uint64_t length;
    if (!Length(&length, UINT32_MAX)) return false;
    JS::RootedObject array(cx_, JS::NewArrayObject(cx_, length));
    if (!array || !objects_.append(array)) return false;
    out.setObject(*array);
    JS::RootedValue value(cx_);
    for (uint32_t i = 0; i < length; i++) {
      if (!ReadValue(&value) || !JS_DefineElement(cx_, array, i, value, JSPROP_ENUMERATE)) return false;
    }
    return true;
  }

  bool ReadDenseValues(JS::MutableHandleValue out) {
    uint64_t length;
    size_t number;
    if (!Length(&length, UINT32_MAX) || !ReserveNumber(&number)) return false;
    JS::RootedValueVector values(cx_);
    if (!values.resize(length)) return false;
    for (uint64_t i = 0; i < length; i++) {
      if (!ReadValue(values[i])) return false;
    }
    JSObject* array = JS::NewArrayObject(cx_, values);
    if (!array) return false;
    objects_[number].set(array);
    out.setObject(*array);
    return true;
  }

  bool ReadArray(JS::MutableHandleValue out) {
    uint64_t length, count;
    if (!Length(&length, UINT32_MAX) || !Varint(&count)) return false;
    // Created empty and then given its length: a sparse array's length says nothing about how many elements
    // it has, and storage for all of them could be far too much.
    JS::RootedObject array(cx_, JS::NewArrayObject(cx_, 0));
    if (!array || !objects_.append(array)) return false;
    out.setObject(*array);
    return JS::SetArrayLength(cx_, array, static_cast<uint32_t>(length)) && ReadProperties(array, count);
  }

  bool ReadArrayBuffer(JS::MutableHandleValue out) {
    uint64_t length;
    if (!Varint(&length)) return false;
    JSObject* buffer;
    if (length == 0) {
      buffer = JS::NewArrayBuffer(cx_, 0);
    } else {
      if (next_chunk_ >= data_->chunk_count()) return Corrupt();
      void* contents = data_->TakeChunk(next_chunk_++);
      buffer = JS::NewArrayBufferWithContents(cx_, length, contents);
      if (!buffer) js_free(contents);  // ownership passes only on success
    }
    if (!buffer || !objects_.append(buffer)) return false;
    out.setObject(*buffer);
    return true;
  }

  JSContext* cx_;
  FastCloneData* data_;
  ShapeCache* shapes_;  // may be null
  const uint8_t* p_;
  const uint8_t* end_;
  size_t next_chunk_ = 0;
  JS::RootedIdVector keys_;         // key number -> property key
  JS::RootedObjectVector objects_;  // object number -> the object read for it
};

}  // namespace

FastCloneData::~FastCloneData() { Clear(); }

void FastCloneData::Clear() {
  for (void* chunk : chunks_) js_free(chunk);
  chunks_.clear();
  std::free(bytes_);
  bytes_ = nullptr;
  size_ = capacity_ = 0;
}

bool FastCloneData::Reserve(size_t more) {
  size_t capacity = capacity_ ? capacity_ * 2 : 64;
  while (capacity - size_ < more) capacity *= 2;
  auto* grown = static_cast<uint8_t*>(std::realloc(bytes_, capacity));
  if (!grown) return false;
  bytes_ = grown;
  capacity_ = capacity;
  return true;
}

bool FastCloneData::AddChunk(void* chunk) {
  try {
    chunks_.push_back(chunk);
  } catch (const std::bad_alloc&) {
    return false;
  }
  return true;
}

void* FastCloneData::TakeChunk(size_t index) {
  void* chunk = chunks_[index];
  chunks_[index] = nullptr;
  return chunk;
}

FastWriteResult FastCloneWrite(JSContext* cx, JS::HandleValue value, FastCloneData* out) {
  Status status;
  {
    Writer writer(cx, out);
    status = writer.WriteValue(value, 0);
  }
  if (status == Status::kOk) return FastWriteResult::kWritten;
  out->Clear();
  return status == Status::kUnsupported ? FastWriteResult::kUnsupported : FastWriteResult::kFailed;
}

bool FastCloneRead(JSContext* cx, FastCloneData* data, ShapeCache* shapes, JS::MutableHandleValue out) {
  Reader reader(cx, data, shapes);
  if (!reader.ReadValue(out)) return false;
  if (!reader.AtEnd()) {
    JS_ReportErrorASCII(cx, "corrupt message");
    return false;
  }
  return true;
}

}  // namespace loom
