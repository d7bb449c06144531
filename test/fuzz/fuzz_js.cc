// libFuzzer harness shared by every JS fuzz target: starts the engine and one loom Environment (the main
// thread's, exactly as `loom -e` does), then hands control to libFuzzer from inside that environment's first
// macrotask, so each input runs in a fully bootstrapped realm with `require` available.
//
// Why this shape: the loader's require() only exists inside JS once the startup code runs, and
// Environment::Run() tears the environment down when that code returns. So the harness runs an -e script
// that loads the target module and calls a native function defined here on the global,
// __loomFuzzDrive(fn); that function calls LLVMFuzzerRunDriver (libFuzzer built without its own main), and
// the per-input callback calls fn(Uint8Array). Nothing in src/ needs to change.
//
// Per input, the JS runner (lib/harness.js, shared with driver.js) catches the target's exceptions: the
// expected ones (TypeError, RangeError, an Error with a string `code` other than ERR_ASSERTION, or what the
// target's own `expected` accepts) are fine; any other exception, an uncatchable failure (the call returns
// false with no exception) or a crash is a finding, and the harness raises SIGABRT so that libFuzzer records
// the input.
//
// Targets may call __loomFuzzCover(string) to report a behaviour class (an error code, an output shape):
// each distinct string bumps a slot in libFuzzer's extra counters, which gives libFuzzer feedback about JS
// behaviour that the (uninstrumented) engine cannot give it.
//
// The target module is chosen at build time (LOOM_FUZZ_TARGET_FILE, an absolute path) and may be overridden
// with the environment variable LOOM_FUZZ_TARGET.
#include <js/CallAndConstruct.h>
#include <js/Conversions.h>
#include <js/Exception.h>
#include <js/ErrorReport.h>
#include <js/experimental/TypedData.h>
#include <jsapi.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include <csignal>

#include <unistd.h>

#include "engine/engine.h"
#include "env/environment.h"

extern "C" int LLVMFuzzerRunDriver(int* argc, char*** argv, int (*callback)(const uint8_t* data, size_t size));

// libFuzzer treats every byte of this section as a coverage counter (Linux only).
extern "C" {
__attribute__((section("__libfuzzer_extra_counters"), used)) uint8_t loom_fuzz_counters[1 << 16];
}

namespace {

#if !defined(LOOM_FUZZ_TARGET_FILE) || !defined(LOOM_FUZZ_HARNESS_FILE)
#error "LOOM_FUZZ_TARGET_FILE and LOOM_FUZZ_HARNESS_FILE must name the target's module and lib/harness.js"
#endif

int g_argc = 0;
char** g_argv = nullptr;
loom::Environment* g_env = nullptr;
JS::PersistentRootedObject* g_fn = nullptr;  // the wrapper returned by kDriverSource

// Escapes a path for a JS string literal.
std::string JsString(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

// Builds the -e script: lib/harness.js wraps the target's fuzz(buffer, cover) in the try/catch that decides
// which exceptions are findings; the wrapper returns undefined when the input was fine and a description
// string for a finding. The script hands it to __loomFuzzDrive, which does not return.
std::string DriverSource(const std::string& target) {
  return "'use strict';\n"
         "const { makeRunner } = require(" + JsString(LOOM_FUZZ_HARNESS_FILE) + ");\n"
         "globalThis.__loomFuzzDrive(makeRunner(require(" + JsString(target) + "), globalThis.__loomFuzzCover));\n";
}

// Ends the process the way libFuzzer records as a crash. Not std::abort(): libmozjs redirects abort() to
// mozalloc_abort, which shows up as a confusing null-pointer SEGV.
[[noreturn]] void Die() {
  std::fflush(nullptr);
  std::raise(SIGABRT);
  _exit(134);
}

[[noreturn]] void ReportAndAbort(JSContext* cx, const char* what) {
  std::fprintf(stderr, "==loom-fuzz== %s\n", what);
  if (JS_IsExceptionPending(cx)) {
    JS::ExceptionStack stack(cx);
    if (JS::StealPendingExceptionStack(cx, &stack)) {
      JS::ErrorReportBuilder report(cx);
      if (report.init(cx, stack, JS::ErrorReportBuilder::WithSideEffects)) JS::PrintError(stderr, report, true);
    }
  } else {
    std::fprintf(stderr, "==loom-fuzz== no exception pending: an uncatchable failure\n");
  }
  Die();
}

int RunOneInput(const uint8_t* data, size_t size) {
  JSContext* cx = g_env->cx();
  JSAutoRealm realm(cx, g_env->global());
  JS::RootedObject bytes(cx, JS_NewUint8Array(cx, size));
  if (!bytes) ReportAndAbort(cx, "cannot allocate the input array");
  if (size) {
    JS::AutoCheckCannotGC nogc;
    bool shared = false;
    uint8_t* dest = JS_GetUint8ArrayData(bytes, &shared, nogc);
    std::memcpy(dest, data, size);
  }
  JS::RootedValueArray<1> args(cx);
  args[0].setObject(*bytes);
  JS::RootedValue fn(cx, JS::ObjectValue(**g_fn));
  JS::RootedValue result(cx);
  if (!JS::Call(cx, JS::UndefinedHandleValue, fn, args, &result))
    ReportAndAbort(cx, "the driver wrapper itself failed");
  if (result.isString()) {
    JS::RootedString str(cx, result.toString());
    JS::UniqueChars text = JS_EncodeStringToUTF8(cx, str);
    std::fprintf(stderr, "==loom-fuzz== unexpected exception from the target:\n%s\n", text ? text.get() : "?");
    Die();
  }
  // Promise jobs a target queued run now, as at the end of a macrotask (targets are synchronous; this only
  // keeps the queue from growing).
  if (!g_env->AfterCallback()) ReportAndAbort(cx, "the environment started stopping");
  return 0;
}

// __loomFuzzCover(string): one extra-counter slot per distinct string (by hash).
bool Cover(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  JS::RootedString str(cx, JS::ToString(cx, args.get(0)));
  if (!str) return false;
  uint32_t hash = 2166136261u;
  size_t length = JS_GetStringLength(str);
  for (size_t i = 0; i < length; i++) {
    char16_t c;
    if (!JS_GetStringCharAt(cx, str, i, &c)) return false;
    hash = (hash ^ c) * 16777619u;
  }
  uint8_t& slot = loom_fuzz_counters[hash & (sizeof(loom_fuzz_counters) - 1)];
  if (slot != 0xff) slot++;
  args.rval().setUndefined();
  return true;
}

// libFuzzer ends a completed run with exit(), from inside the JS call that is running it. The engine is
// still alive then, and libmozjs's static destructors crash on its locked mutexes; so, registered after
// them (and therefore run before them), this handler flushes the output and leaves with the same status.
void ExitWithoutStaticDestructors(int status, void*) {
  std::fflush(nullptr);
  _exit(status);
}

// __loomFuzzDrive(fn): runs libFuzzer with fn as the per-input function. libFuzzer exits the process itself
// when it is done (or has found something).
bool Drive(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  if (!args.get(0).isObject() || !JS::IsCallable(&args.get(0).toObject())) {
    JS_ReportErrorASCII(cx, "__loomFuzzDrive: expected a function");
    return false;
  }
  g_fn = new JS::PersistentRootedObject(cx, &args.get(0).toObject());
  on_exit(ExitWithoutStaticDestructors, nullptr);
  int code = LLVMFuzzerRunDriver(&g_argc, &g_argv, RunOneInput);
  std::fflush(stdout);
  std::exit(code);
}

}  // namespace

int main(int argc, char** argv) {
  g_argc = argc;
  g_argv = argv;
  const char* override_target = std::getenv("LOOM_FUZZ_TARGET");
  std::string target = override_target && *override_target ? override_target : LOOM_FUZZ_TARGET_FILE;

  if (!loom::InitEngine()) {
    std::fprintf(stderr, "loom-fuzz: cannot initialise the JavaScript engine\n");
    return 1;
  }
  loom::StartupOptions startup;
  startup.argv.push_back(argv[0]);
  startup.mode = "eval";
  startup.value = DriverSource(target);
  loom::EngineLimits limits;
  limits.stack_bytes = loom::MainThreadStackBytes();
  // Heap-allocated and never destroyed: libFuzzer ends the process from inside the environment's first
  // macrotask, so there is no orderly point at which to tear it down.
  g_env = new loom::Environment(std::move(startup), limits, nullptr);
  if (!g_env->Start()) return 1;
  {
    JSContext* cx = g_env->cx();
    JSAutoRealm realm(cx, g_env->global());
    JS::RootedObject global(cx, g_env->global());
    if (!JS_DefineFunction(cx, global, "__loomFuzzDrive", Drive, 1, 0) ||
        !JS_DefineFunction(cx, global, "__loomFuzzCover", Cover, 1, 0)) {
      std::fprintf(stderr, "loom-fuzz: cannot define the driver functions\n");
      return 1;
    }
  }
  // Runs the -e script, which calls __loomFuzzDrive and never returns. Reaching the end means the script
  // failed before it could (a broken target module): that is reported by the environment and is an error.
  int code = g_env->Run();
  std::fprintf(stderr, "loom-fuzz: the target %s did not start (exit code %d)\n", target.c_str(), code);
  return code ? code : 1;
}
