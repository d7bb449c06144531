// internalBinding('contextify'): compiling user code. CommonJS modules compile to a function of
// (exports, require, module, __filename, __dirname); `-e`/`-p` code runs as a global script.
#include <js/Array.h>
#include <js/CompilationAndEvaluation.h>
#include <js/Exception.h>
#include <js/SourceText.h>

#include <string>
#include <vector>

#include "bindings/binding_util.h"
#include "env/environment.h"

namespace loom {
namespace {

// compileFunction(source, filename, params) -> function; a SyntaxError is thrown as is.
bool CompileFunction(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  JS::RootedString source(cx, JS::ToString(cx, args.get(0)));
  std::string filename;
  if (!source || !ToUtf8(cx, args.get(1), &filename)) return false;
  std::vector<std::string> params;
  if (args.get(2).isObject()) {
    JS::RootedObject list(cx, &args.get(2).toObject());
    if (!ToUtf8Array(cx, list, &params)) return false;
  }
  std::vector<const char*> param_ptrs;
  for (auto& p : params) param_ptrs.push_back(p.c_str());
  // Named like V8 names a module wrapper in stack traces ("at Object.<anonymous> (file:1:1)").
  JSFunction* fn = CompileFunctionFromString(cx, source, filename.c_str(), "Object.<anonymous>", param_ptrs);
  if (!fn) return false;
  args.rval().setObject(*JS_GetFunctionObject(fn));
  return true;
}

// Records where the pending exception was thrown, for the source line in its report, before the caller's
// cleanup code rethrows it from elsewhere.
bool RecordThrowSiteAndFail(JSContext* cx) {
  JS::ExceptionStack stack(cx);
  if (JS::GetPendingExceptionStack(cx, &stack) && stack.stack())
    Environment::Current()->RecordThrowSite(stack.exception(), stack.stack());
  return false;
}

// callModuleFunction(fn, thisArg, ...args): calls a compiled module.
bool CallModuleFunction(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  JS::RootedValueVector call_args(cx);
  for (unsigned i = 2; i < args.length(); i++) {
    if (!call_args.append(args[i])) return false;
  }
  return JS::Call(cx, args.get(1), args.get(0), call_args, args.rval()) || RecordThrowSiteAndFail(cx);
}

// runScript(source, filename) -> completion value of a global script
bool RunScript(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  std::string source, filename;
  if (!ToUtf8(cx, args.get(0), &source) || !ToUtf8(cx, args.get(1), &filename)) return false;
  JS::CompileOptions options(cx);
  options.setFileAndLine(filename.c_str(), 1);
  JS::SourceText<mozilla::Utf8Unit> text;
  if (!text.init(cx, source.data(), source.size(), JS::SourceOwnership::Borrowed)) return false;
  return JS::Evaluate(cx, options, text, args.rval()) || RecordThrowSiteAndFail(cx);
}

const JSFunctionSpec kFunctions[] = {JS_FN("compileFunction", CompileFunction, 3, 0),
                                     JS_FN("callModuleFunction", CallModuleFunction, 2, 0),
                                     JS_FN("runScript", RunScript, 2, 0), JS_FS_END};

}  // namespace

bool InitContextifyBinding(JSContext* cx, JS::HandleObject target) {
  return DefineFunctions(cx, target, kFunctions);
}

}  // namespace loom
