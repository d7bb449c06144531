// Small helpers shared by the native bindings: argument access and defining functions on a binding object.
#pragma once

#include <js/CallArgs.h>
#include <js/Conversions.h>
#include <js/experimental/TypedData.h>
#include <js/PropertySpec.h>
#include <jsapi.h>

#include <string>
#include <vector>

namespace loom {

// Converts a JS string to UTF-8. Returns false with an exception pending on failure.
[[nodiscard]] bool ToUtf8(JSContext* cx, JS::HandleValue value, std::string* out);
// Converts each element of the array `array` to UTF-8 (appended to `out`). False with an exception pending.
[[nodiscard]] bool ToUtf8Array(JSContext* cx, JS::HandleObject array, std::vector<std::string>* out);
// Creates a JS string from UTF-8 bytes; returns null on failure.
JSString* NewStringUtf8(JSContext* cx, const char* bytes, size_t length);
inline JSString* NewStringUtf8(JSContext* cx, const std::string& s) {
  return NewStringUtf8(cx, s.data(), s.size());
}
// Compiles a function of `params` whose body is `source`, as UTF-16 (the engine's UTF-8 entry point for
// functions decodes non-ASCII text wrongly in this version). Returns null with an exception pending.
JSFunction* CompileFunctionFromString(JSContext* cx, JS::HandleString source, const char* filename,
                                      const char* name, const std::vector<const char*>& params);
// Throws a TypeError with the given message (natives called with the wrong kind of receiver or argument).
void ThrowTypeError(JSContext* cx, const char* message);
// Defines the given functions on a binding object.
[[nodiscard]] bool DefineFunctions(JSContext* cx, JS::HandleObject target, const JSFunctionSpec* specs);
// Sets target[name] = value.
[[nodiscard]] bool SetProperty(JSContext* cx, JS::HandleObject target, const char* name, JS::HandleValue value);
[[nodiscard]] bool SetStringProperty(JSContext* cx, JS::HandleObject target, const char* name,
                                     const std::string& value);
[[nodiscard]] bool SetNumberProperty(JSContext* cx, JS::HandleObject target, const char* name, double value);

}  // namespace loom
