// Helpers shared by the native bindings (see binding_util.h).
#include "bindings/binding_util.h"

#include <js/Array.h>
#include <js/CharacterEncoding.h>
#include <js/Conversions.h>
#include <js/CallAndConstruct.h>
#include <js/CompilationAndEvaluation.h>
#include <js/SourceText.h>
#include <js/String.h>

namespace loom {

bool ToUtf8(JSContext* cx, JS::HandleValue value, std::string* out) {
  JS::RootedString str(cx, JS::ToString(cx, value));
  if (!str) return false;
  // Length-aware (a NUL inside the string is kept): at most 3 UTF-8 bytes per UTF-16 unit.
  size_t length = JS_GetStringLength(str);
  out->resize(length * 3);
  auto result = JS_EncodeStringToUTF8BufferPartial(cx, str, mozilla::Span<char>(out->data(), out->size()));
  if (!result) return false;
  out->resize(mozilla::Get<1>(*result));
  return true;
}

bool ToUtf8Array(JSContext* cx, JS::HandleObject array, std::vector<std::string>* out) {
  uint32_t length = 0;
  if (!JS::GetArrayLength(cx, array, &length)) return false;
  JS::RootedValue item(cx);
  for (uint32_t i = 0; i < length; i++) {
    std::string text;
    if (!JS_GetElement(cx, array, i, &item) || !ToUtf8(cx, item, &text)) return false;
    out->push_back(std::move(text));
  }
  return true;
}

JSString* NewStringUtf8(JSContext* cx, const char* bytes, size_t length) {
  return JS_NewStringCopyUTF8N(cx, JS::UTF8Chars(bytes, length));
}

JSFunction* CompileFunctionFromString(JSContext* cx, JS::HandleString source, const char* filename,
                                      const char* name, const std::vector<const char*>& params) {
  size_t length = JS_GetStringLength(source);
  std::u16string chars(length, u'\0');
  if (!JS_CopyStringChars(cx, mozilla::Range<char16_t>(chars.data(), length), source)) return nullptr;
  JS::CompileOptions options(cx);
  // Line 0: CompileFunction counts the synthesized header line, so the body starts at line 1.
  options.setFileAndLine(filename, 0);
  JS::SourceText<char16_t> text;
  if (!text.init(cx, chars.data(), length, JS::SourceOwnership::Borrowed)) return nullptr;
  JS::RootedObjectVector scope(cx);
  return JS::CompileFunction(cx, scope, options, name, static_cast<unsigned>(params.size()), params.data(),
                             text);
}

void ThrowTypeError(JSContext* cx, const char* message) {
  JS::RootedObject global(cx, JS::CurrentGlobalOrNull(cx));
  JS::RootedValue ctor(cx);
  JS::RootedValueArray<1> args(cx);
  JSString* text = JS_NewStringCopyZ(cx, message);
  if (!text || !JS_GetProperty(cx, global, "TypeError", &ctor)) return;
  args[0].setString(text);
  JS::RootedObject error(cx);
  if (!JS::Construct(cx, ctor, args, &error)) return;
  JS::RootedValue value(cx, JS::ObjectValue(*error));
  JS_SetPendingException(cx, value);
}

bool DefineFunctions(JSContext* cx, JS::HandleObject target, const JSFunctionSpec* specs) {
  return JS_DefineFunctions(cx, target, specs);
}

bool SetProperty(JSContext* cx, JS::HandleObject target, const char* name, JS::HandleValue value) {
  return JS_SetProperty(cx, target, name, value);
}

bool SetStringProperty(JSContext* cx, JS::HandleObject target, const char* name, const std::string& value) {
  JS::RootedString s(cx, NewStringUtf8(cx, value));
  if (!s) return false;
  JS::RootedValue v(cx, JS::StringValue(s));
  return JS_SetProperty(cx, target, name, v);
}

bool SetNumberProperty(JSContext* cx, JS::HandleObject target, const char* name, double value) {
  JS::RootedValue v(cx, JS::NumberValue(value));
  return JS_SetProperty(cx, target, name, v);
}

}  // namespace loom
