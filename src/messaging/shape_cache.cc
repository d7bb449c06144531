// Compiled object literals for recurring message shapes (see shape_cache.h).
#include "messaging/shape_cache.h"

#include <js/CompilationAndEvaluation.h>
#include <js/SourceText.h>
#include <js/String.h>

#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

namespace loom {
namespace {

// A shape earns a literal on its third sighting: one-off objects never pay for a compilation.
constexpr uint32_t kSightingsBeforeCompile = 3;
// Past this many literals (or names in one), objects are built property by property: dictionaries with
// ever-new keys must not turn into an unbounded pile of compiled functions.
constexpr size_t kMaxLiterals = 256;
constexpr size_t kMaxEntries = 1024;
constexpr size_t kMaxKeys = 64;
constexpr size_t kMinKeys = 2;
// Entry::seen of a list of names whose literal could not be compiled (__proto__ among them, or no memory).
constexpr uint32_t kNeverCompile = UINT32_MAX;

// The raw bits of a property key (an atom's address, or a tagged integer).
uint64_t KeyBits(jsid id) {
  uint64_t bits;
  static_assert(sizeof(id) == sizeof(bits), "a property key is one word");
  std::memcpy(&bits, &id, sizeof(bits));
  return bits;
}

uint64_t HashKeys(JS::HandleIdVector keys) {
  uint64_t h = keys.length();
  for (size_t i = 0; i < keys.length(); i++) {
    h = (h ^ KeyBits(keys[i])) * 0x9E3779B97F4A7C15ull;
    h ^= h >> 31;
  }
  return h;
}

bool SameKeys(const std::vector<uint64_t>& bits, JS::HandleIdVector keys) {
  if (bits.size() != keys.length()) return false;
  for (size_t i = 0; i < bits.size(); i++)
    if (bits[i] != KeyBits(keys[i])) return false;
  return true;
}

// Appends `key` as a JS string literal made only of ASCII: letters, digits, '_' and '$' as they are, every
// other UTF-16 unit as \uXXXX, so no name can end the literal or change what the source means.
bool AppendQuotedKey(JSContext* cx, jsid key, std::string* source) {
  char escape[8];
  *source += '"';
  if (key.isInt()) {
    *source += std::to_string(key.toInt());
  } else {
    JSLinearString* name = JS_EnsureLinearString(cx, key.toString());
    if (!name) return false;
    size_t length = JS::GetLinearStringLength(name);
    for (size_t i = 0; i < length; i++) {
      char16_t c = JS::GetLinearStringCharAt(name, i);
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '$') {
        *source += static_cast<char>(c);
      } else {
        std::snprintf(escape, sizeof(escape), "\\u%04x", static_cast<unsigned>(c));
        *source += escape;
      }
    }
  }
  *source += '"';
  return true;
}

bool IsProtoKey(jsid key) {
  if (!key.isString()) return false;
  JSLinearString* name = JS_ASSERT_STRING_IS_LINEAR(key.toString());
  return JS_LinearStringEqualsLiteral(name, "__proto__");
}

}  // namespace

ShapeCache::ShapeCache(JSContext* cx, JS::HandleObject global) : global_(cx, global) {}

ShapeCache::~ShapeCache() = default;

bool ShapeCache::Build(JSContext* cx, JS::HandleIdVector keys, JS::HandleValueArray values,
                       JS::MutableHandleObject out) {
  out.set(nullptr);
  if (keys.length() < kMinKeys || keys.length() > kMaxKeys || JS::CurrentGlobalOrNull(cx) != global_) return true;
  // Keyed by a hash of the keys' bits; the entry keeps the bits themselves, and a different list of names
  // with the same hash is simply not cached.
  uint64_t hash = HashKeys(keys);
  auto found = entries_.find(hash);
  if (found == entries_.end()) {
    if (entries_.size() >= kMaxEntries) return true;
    Entry fresh;
    for (size_t i = 0; i < keys.length(); i++) fresh.key_bits.push_back(KeyBits(keys[i]));
    found = entries_.emplace(hash, std::move(fresh)).first;
  } else if (!SameKeys(found->second.key_bits, keys)) {
    return true;
  }
  Entry& entry = found->second;
  if (!entry.literal) {
    if (entry.seen == kNeverCompile) return true;
    if (++entry.seen < kSightingsBeforeCompile || compiled_ >= kMaxLiterals) return true;
    JSFunction* literal = Compile(cx, keys);
    if (!literal) {
      // Not for these names (or no memory for it now): they are defined one by one, and never tried again.
      JS_ClearPendingException(cx);
      entry.seen = kNeverCompile;
      return true;
    }
    entry.literal = std::make_unique<JS::PersistentRootedObject>(cx, JS_GetFunctionObject(literal));
    compiled_++;
  }
  JS::RootedValue callee(cx, JS::ObjectValue(**entry.literal));
  JS::RootedValue result(cx);
  if (!JS::Call(cx, JS::UndefinedHandleValue, callee, values, &result)) return false;
  out.set(&result.toObject());
  return true;
}

// Compiles `function (a0, a1, ...) { return {"k0": a0, "k1": a1, ...}; }`. Returns null (maybe with an
// exception pending) when these keys cannot be built by a literal.
JSFunction* ShapeCache::Compile(JSContext* cx, JS::HandleIdVector keys) {
  // A literal's "__proto__": value sets the prototype instead of defining a property.
  for (size_t i = 0; i < keys.length(); i++)
    if (IsProtoKey(keys[i])) return nullptr;
  std::string source = "return {";
  std::vector<std::string> names(keys.length());
  std::vector<const char*> name_ptrs(keys.length());
  for (size_t i = 0; i < keys.length(); i++) {
    names[i] = "a" + std::to_string(i);
    name_ptrs[i] = names[i].c_str();
    if (!AppendQuotedKey(cx, keys[i], &source)) return nullptr;
    source += ':';
    source += names[i];
    source += ',';
  }
  source += "};";
  JS::SourceText<mozilla::Utf8Unit> text;
  if (!text.init(cx, source.data(), source.size(), JS::SourceOwnership::Borrowed)) return nullptr;
  JS::CompileOptions options(cx);
  options.setFileAndLine("loom:message-shape", 1);
  JS::RootedObjectVector scope(cx);
  return JS::CompileFunction(cx, scope, options, "messageObject", static_cast<unsigned>(keys.length()),
                             name_ptrs.data(), text);
}

}  // namespace loom
