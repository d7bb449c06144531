// internalBinding('builtins'): compiles the embedded lib/ modules and exposes internalBinding itself.
// Each built-in compiles to a function of (exports, require, module, internalBinding), named "node:<id>" in
// stack traces, like Node's built-ins.
#include <js/Array.h>
#include <js/CompilationAndEvaluation.h>
#include <js/MapAndSet.h>
#include <js/SourceText.h>
#include <js/experimental/JSStencil.h>

#include <algorithm>
#include <cstring>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

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

// Built-ins are compiled once per process: the main thread parses each module it needs fully into a stencil
// (the engine's parsed, runtime-independent form), which every thread then instantiates in its own realm.
// This is what lets a worker start without re-parsing the JS half of the runtime. Only the main thread fills
// the cache: a stencil keeps strings owned by the runtime that compiled it, and only the root runtime
// outlives every thread. A worker that needs a module the main thread never compiled compiles its own copy
// and asks for it: the main thread compiles what was asked for when it next starts a worker
// (precompileBuiltins, from lib/internal/worker.js, which also names the modules every worker needs).
// Compiling a module costs a worker about five times what instantiating its stencil does.
struct StencilCache {
  std::mutex mutex;
  std::unordered_map<std::string, RefPtr<JS::Stencil>> stencils;  // guarded by mutex
  std::vector<std::string> wanted;  // guarded by mutex: ids workers had to compile, for the main thread
};
StencilCache& Stencils() {
  static StencilCache* cache = new StencilCache();  // shared by all threads; emptied at engine shutdown
  return *cache;
}

// The module body becomes a function expression; the prefix stays on the first line so line numbers in
// stack traces are the file's own.
constexpr char kWrapperPrefix[] = "(function (exports, require, module, internalBinding) {";
constexpr char kWrapperSuffix[] = "\n})";

// Returns the stencil of a built-in: the cached one, or a new one (cached when compiled on the main thread).
RefPtr<JS::Stencil> BuiltinStencil(JSContext* cx, const std::string& id, const JS::CompileOptions& options) {
  {
    StencilCache& cache = Stencils();
    std::lock_guard<std::mutex> lock(cache.mutex);
    auto it = cache.stencils.find(id);
    if (it != cache.stencils.end()) return it->second;
  }
  const BuiltinSource* source = FindBuiltinSource(id.c_str());
  if (!source) {
    JS_ReportErrorUTF8(cx, "No such built-in module: %s", id.c_str());
    return nullptr;
  }
  std::string text = kWrapperPrefix;
  text.append(source->source, source->length);
  text += kWrapperSuffix;
  JS::SourceText<mozilla::Utf8Unit> source_text;
  if (!source_text.init(cx, text.data(), text.size(), JS::SourceOwnership::Borrowed)) return nullptr;
  RefPtr<JS::Stencil> stencil = JS::CompileGlobalScriptToStencil(cx, options, source_text);
  if (stencil) {
    bool main_thread = Environment::Current()->is_main_thread();
    StencilCache& cache = Stencils();
    std::lock_guard<std::mutex> lock(cache.mutex);
    if (main_thread) {
      cache.stencils.emplace(id, stencil);
    } else if (std::find(cache.wanted.begin(), cache.wanted.end(), id) == cache.wanted.end()) {
      cache.wanted.push_back(id);
    }
  }
  return stencil;
}

void BuiltinCompileOptions(JS::CompileOptions* options, const std::string& filename) {
  options->setFileAndLine(filename.c_str(), 1).setForceFullParse();
}

// compileBuiltin(id) -> function(exports, require, module, internalBinding)
bool CompileBuiltin(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  std::string id;
  if (!ToUtf8(cx, args.get(0), &id)) return false;
  std::string filename = "node:" + id;
  JS::CompileOptions options(cx);
  BuiltinCompileOptions(&options, filename);
  RefPtr<JS::Stencil> stencil = BuiltinStencil(cx, id, options);
  if (!stencil) return false;
  JS::InstantiateOptions instantiate(options);
  JS::RootedScript script(cx, JS::InstantiateGlobalStencil(cx, instantiate, stencil));
  if (!script) return false;
  return JS_ExecuteScript(cx, script, args.rval());
}

bool PrecompileBuiltin(JSContext* cx, const std::string& id) {
  JS::CompileOptions options(cx);
  std::string filename = "node:" + id;
  BuiltinCompileOptions(&options, filename);
  return BuiltinStencil(cx, id, options) != nullptr;
}

// precompileBuiltins([ids]): on the main thread, puts these modules' stencils in the cache without running
// them, and those of the modules workers asked for.
bool PrecompileBuiltins(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  args.rval().setUndefined();
  if (!Environment::Current()->is_main_thread()) return true;
  std::vector<std::string> ids;
  if (args.get(0).isObject()) {
    JS::RootedObject list(cx, &args.get(0).toObject());
    if (!ToUtf8Array(cx, list, &ids)) return false;
  }
  {
    StencilCache& cache = Stencils();
    std::lock_guard<std::mutex> lock(cache.mutex);
    ids.insert(ids.end(), cache.wanted.begin(), cache.wanted.end());
    cache.wanted.clear();
  }
  for (const std::string& id : ids) {
    if (!PrecompileBuiltin(cx, id)) return false;
  }
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

// builtinIdSet() -> a Set of every embedded module id. Built natively: every thread's loader makes one, and
// `new Set(array)` of 58 fresh strings took 60-80 us of each worker's start.
bool BuiltinIdSet(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  JS::RootedObject set(cx, JS::NewSetObject(cx));
  if (!set) return false;
  JS::RootedValue id(cx);
  for (size_t i = 0; i < kBuiltinSourceCount; i++) {
    JSString* str = JS_AtomizeString(cx, kBuiltinSources[i].id);
    if (!str) return false;
    id.setString(str);
    if (!JS::SetAdd(cx, set, id)) return false;
  }
  args.rval().setObject(*set);
  return true;
}

// publicBuiltinIds() -> the ids outside internal/ (what `require('x')` may load), sorted: what
// Module.builtinModules lists.
// Natively, because every worker's CommonJS loader computes it: spreading, filtering and sorting the Set in
// JS took 280 us of each worker's start.
bool PublicBuiltinIds(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  std::vector<const char*> ids;
  for (size_t i = 0; i < kBuiltinSourceCount; i++) {
    if (std::strncmp(kBuiltinSources[i].id, "internal/", 9) != 0) ids.push_back(kBuiltinSources[i].id);
  }
  std::sort(ids.begin(), ids.end(), [](const char* a, const char* b) { return std::strcmp(a, b) < 0; });
  JS::RootedObject array(cx, JS::NewArrayObject(cx, ids.size()));
  if (!array) return false;
  JS::RootedValue id(cx);
  for (size_t i = 0; i < ids.size(); i++) {
    JSString* str = JS_AtomizeString(cx, ids[i]);
    if (!str) return false;
    id.setString(str);
    if (!JS_SetElement(cx, array, static_cast<uint32_t>(i), id)) return false;
  }
  args.rval().setObject(*array);
  return true;
}

const JSFunctionSpec kFunctions[] = {JS_FN("compileBuiltin", CompileBuiltin, 1, 0),
                                     JS_FN("precompileBuiltins", PrecompileBuiltins, 1, 0),
                                     JS_FN("internalBinding", InternalBinding, 1, 0),
                                     JS_FN("builtinIdSet", BuiltinIdSet, 0, 0),
                                     JS_FN("publicBuiltinIds", PublicBuiltinIds, 0, 0), JS_FS_END};

}  // namespace

void ReleaseBuiltinStencils() {
  StencilCache& cache = Stencils();
  std::lock_guard<std::mutex> lock(cache.mutex);
  cache.stencils.clear();
}

bool InitBuiltinsBinding(JSContext* cx, JS::HandleObject target) {
  return DefineFunctions(cx, target, kFunctions);
}

}  // namespace loom
