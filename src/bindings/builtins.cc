// internalBinding('builtins'): compiles the embedded lib/ modules and exposes internalBinding itself.
// Each built-in compiles to a function of (exports, require, module, internalBinding), named "node:<id>" in
// stack traces, like Node's built-ins.
#include <js/Array.h>
#include <js/CompilationAndEvaluation.h>
#include <js/SourceText.h>

#include <cstring>
#include <string>

#include "bindings/binding_util.h"
#include "env/builtin_sources.h"
#include "env/environment.h"

namespace loom {

const BuiltinSource* FindBuiltinSource(const char* id) {
  for (size_t i = 0; i < kBuiltinSourceCount; i++)
    if (std::strcmp(kBuiltinSources[i].id, id) == 0) return &kBuiltinSources[i];
  return nullptr;
}

namespace {

// compileBuiltin(id) -> function(exports, require, module, internalBinding)
bool CompileBuiltin(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  std::string id;
  if (!ToUtf8(cx, args.get(0), &id)) return false;
  const BuiltinSource* source = FindBuiltinSource(id.c_str());
  if (!source) {
    JS_ReportErrorUTF8(cx, "No such built-in module: %s", id.c_str());
    return false;
  }
  std::string filename = "node:" + id;
  JS::RootedString text(cx, NewStringUtf8(cx, source->source, source->length));
  if (!text) return false;
  JSFunction* fn = CompileFunctionFromString(cx, text, filename.c_str(), id.c_str(),
                                             {"exports", "require", "module", "internalBinding"});
  if (!fn) return false;
  args.rval().setObject(*JS_GetFunctionObject(fn));
  return true;
}

bool InternalBinding(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  std::string name;
  if (!ToUtf8(cx, args.get(0), &name)) return false;
  JSObject* binding = Environment::Current()->GetBinding(cx, name.c_str());
  if (!binding) return false;
  args.rval().setObject(*binding);
  return true;
}

// builtinIds() -> every embedded module id
bool BuiltinIds(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  JS::RootedObject arr(cx, JS::NewArrayObject(cx, kBuiltinSourceCount));
  if (!arr) return false;
  for (size_t i = 0; i < kBuiltinSourceCount; i++) {
    JS::RootedValue v(cx, JS::StringValue(JS_NewStringCopyZ(cx, kBuiltinSources[i].id)));
    if (!JS_SetElement(cx, arr, static_cast<uint32_t>(i), v)) return false;
  }
  args.rval().setObject(*arr);
  return true;
}

const JSFunctionSpec kFunctions[] = {JS_FN("compileBuiltin", CompileBuiltin, 1, 0),
                                     JS_FN("internalBinding", InternalBinding, 1, 0),
                                     JS_FN("builtinIds", BuiltinIds, 0, 0), JS_FS_END};

}  // namespace

bool InitBuiltinsBinding(JSContext* cx, JS::HandleObject target) {
  return DefineFunctions(cx, target, kFunctions);
}

}  // namespace loom
