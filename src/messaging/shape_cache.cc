// Compiled object literals for recurring message shapes (see shape_cache.h).
#include "messaging/shape_cache.h"

#include <js/CompilationAndEvaluation.h>
#include <js/SourceText.h>
#include <js/String.h>

#include <cstdio>
#include <vector>

namespace loom {
namespace {

// A shape earns a literal on its third sighting: one-off objects never pay for a compilation.
constexpr uint32_t kSightingsBeforeCompile = 3;
// Past this many literals (or names in one), objects are built property by property: dictionaries with
// ever-new keys must not turn into an unbounded pile of compiled functions.
constexpr size_t kMaxLiterals = 256;
constexpr size_t kMaxEntries = 4096;
constexpr size_t kMaxKeys = 64;
constexpr size_t kMinKeys = 2;

std::string Signature(JS::HandleIdVector keys) {
  std::string signature(keys.length() * sizeof(jsid), '\0');
  for (size_t i = 0; i < keys.length(); i++) {
    jsid id = keys[i];
    std::memcpy(&signature[i * sizeof(jsid)], &id, sizeof(jsid));
  }
  return signature;
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
  std::string signature = Signature(keys);
  auto found = entries_.find(signature);
  if (found == entries_.end()) {
    if (entries_.size() >= kMaxEntries) return true;
    found = entries_.emplace(std::move(signature), Entry()).first;
  }
  Entry& entry = found->second;
  if (!entry.literal) {
    if (++entry.seen < kSightingsBeforeCompile || compiled_ >= kMaxLiterals) return true;
    JSFunction* literal = Compile(cx, keys);
    if (!literal) return !JS_IsExceptionPending(cx);
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
