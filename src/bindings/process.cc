// internalBinding('process'): the native half of `process` and of the event-loop hooks. lib/internal/process
// builds the public object; lib/internal/bootstrap/node.js registers the hooks with setHooks().
#include <js/Array.h>
#include <js/ArrayBuffer.h>
#include <js/BigInt.h>
#include <jsfriendapi.h>
#include <sys/utsname.h>
#include <unistd.h>
#include <uv.h>

#include <algorithm>
#include <climits>
#include <cstdlib>
#include <mutex>
#include <string>
#include <unordered_set>
#include <utility>
#include <vector>

#include "bindings/binding_util.h"
#include "env/environment.h"
#include "worker/worker.h"

extern char** environ;

namespace loom {
namespace {

// getenv/setenv are not thread-safe against each other; every access to the real environment from any
// thread goes through this lock.
std::mutex g_environ_mutex;
const uint64_t g_process_start = uv_hrtime();

JSObject* NewInt32ArrayOver(JSContext* cx, int32_t* data, size_t count) {
  JS::RootedObject buffer(cx, JS::NewArrayBufferWithUserOwnedContents(cx, count * sizeof(int32_t), data));
  if (!buffer) return nullptr;
  return JS_NewInt32ArrayWithBuffer(cx, buffer, 0, static_cast<int64_t>(count));
}

JSObject* NewStringArray(JSContext* cx, const std::vector<std::string>& items) {
  JS::RootedObject arr(cx, JS::NewArrayObject(cx, items.size()));
  if (!arr) return nullptr;
  for (size_t i = 0; i < items.size(); i++) {
    JS::RootedString s(cx, NewStringUtf8(cx, items[i]));
    if (!s) return nullptr;
    JS::RootedValue v(cx, JS::StringValue(s));
    if (!JS_SetElement(cx, arr, static_cast<uint32_t>(i), v)) return nullptr;
  }
  return arr;
}

bool SetUvError(JSContext* cx, JS::HandleValue ctx, int err, const char* syscall) {
  if (!ctx.isObject()) return true;
  JS::RootedObject obj(cx, &ctx.toObject());
  return SetNumberProperty(cx, obj, "errno", err) && SetStringProperty(cx, obj, "code", uv_err_name(err)) &&
         SetStringProperty(cx, obj, "syscall", syscall);
}

bool SetHooks(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  Environment* env = Environment::Current();
  if (!args.get(0).isObject()) {
    JS_ReportErrorASCII(cx, "setHooks: expected an object");
    return false;
  }
  JS::RootedObject hooks(cx, &args.get(0).toObject());
  static const std::pair<const char*, Environment::Hook> kNames[] = {
      {"tickCallback", Environment::kTickCallback},     {"processTimers", Environment::kProcessTimers},
      {"processImmediates", Environment::kProcessImmediates}, {"processIO", Environment::kProcessIO},
      {"fatalException", Environment::kFatalException}, {"emitBeforeExit", Environment::kEmitBeforeExit},
      {"emitExit", Environment::kEmitExit}};
  JS::RootedValue fn(cx);
  for (const auto& entry : kNames) {
    if (!JS_GetProperty(cx, hooks, entry.first, &fn)) return false;
    env->SetHook(entry.second, fn);
  }
  args.rval().setUndefined();
  return true;
}

bool RunMicrotasks(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  args.rval().setUndefined();
  return Environment::Current()->microtasks()->Drain(cx);
}

bool EnqueueMicrotask(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  if (!args.get(0).isObject()) {
    JS_ReportErrorASCII(cx, "enqueueMicrotask: expected a function");
    return false;
  }
  JS::RootedObject job(cx, &args.get(0).toObject());
  args.rval().setUndefined();
  return Environment::Current()->microtasks()->Enqueue(cx, job);
}

// takePendingRejections() -> [promise, state, promise, state, ...] (state 0 unhandled, 1 handled later)
bool TakePendingRejections(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  Environment* env = Environment::Current();
  JS::PersistentRootedVector<JS::Value>& pending = env->pending_rejections();
  JS::RootedObject arr(cx, JS::NewArrayObject(cx, pending.length()));
  if (!arr) return false;
  for (size_t i = 0; i < pending.length(); i++) {
    if (!JS_SetElement(cx, arr, static_cast<uint32_t>(i), pending[i])) return false;
  }
  pending.clear();
  env->tick_info()[1] = 0;
  args.rval().setObject(*arr);
  return true;
}

// reallyExit(code): stop this thread (the whole process on the main thread) without running more JS.
bool ReallyExit(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  int32_t code = 0;
  if (!JS::ToInt32(cx, args.get(0), &code)) return false;
  Environment::Current()->RequestExit(code);
  return false;  // uncatchable: unwinds every JS frame back to the loop
}

bool Cwd(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  char buf[PATH_MAX * 2];
  size_t size = sizeof(buf);
  int err = uv_cwd(buf, &size);
  if (err) {
    JS_ReportErrorASCII(cx, "%s: process.cwd failed", uv_err_name(err));
    return false;
  }
  JSString* s = NewStringUtf8(cx, buf, size);
  if (!s) return false;
  args.rval().setString(s);
  return true;
}

// chdir(dir, ctx) -> true, or false with ctx filled
bool Chdir(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  std::string dir;
  if (!ToUtf8(cx, args.get(0), &dir)) return false;
  int err = uv_chdir(dir.c_str());
  args.rval().setBoolean(err == 0);
  return err == 0 || SetUvError(cx, args.get(1), err, "chdir");
}

bool Hrtime(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  uint64_t t = uv_hrtime();
  JS::RootedValueArray<2> parts(cx);
  parts[0].setNumber(static_cast<double>(t / 1000000000));
  parts[1].setNumber(static_cast<double>(t % 1000000000));
  JSObject* arr = JS::NewArrayObject(cx, parts);
  if (!arr) return false;
  args.rval().setObject(*arr);
  return true;
}

bool HrtimeBigint(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  JS::BigInt* b = JS::NumberToBigInt(cx, uv_hrtime());
  if (!b) return false;
  args.rval().setBigInt(b);
  return true;
}

// loopStart() -> BigInt: uv_hrtime() when this thread's loop started (a worker's: when its code could run).
bool LoopStart(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  JS::BigInt* b = JS::NumberToBigInt(cx, static_cast<double>(Environment::Current()->LoopStartNs()));
  if (!b) return false;
  args.rval().setBigInt(b);
  return true;
}

// loopTimes() -> [idleMs, aliveMs]: this thread's time idle in its loop, and since the loop started.
bool LoopTimes(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  double idle = 0, alive = 0;
  (void)Environment::Current()->LoopTimes(&idle, &alive);
  JS::RootedValueArray<2> times(cx);
  times[0].setNumber(idle);
  times[1].setNumber(alive);
  JSObject* array = JS::NewArrayObject(cx, times);
  if (!array) return false;
  args.rval().setObject(*array);
  return true;
}

// process.getuid() and friends: the calling process's ids.
bool GetUid(JSContext*, unsigned argc, JS::Value* vp) {
  JS::CallArgsFromVp(argc, vp).rval().setNumber(static_cast<double>(getuid()));
  return true;
}
bool GetEuid(JSContext*, unsigned argc, JS::Value* vp) {
  JS::CallArgsFromVp(argc, vp).rval().setNumber(static_cast<double>(geteuid()));
  return true;
}
bool GetGid(JSContext*, unsigned argc, JS::Value* vp) {
  JS::CallArgsFromVp(argc, vp).rval().setNumber(static_cast<double>(getgid()));
  return true;
}
bool GetEgid(JSContext*, unsigned argc, JS::Value* vp) {
  JS::CallArgsFromVp(argc, vp).rval().setNumber(static_cast<double>(getegid()));
  return true;
}

// process.getgroups(): the supplementary group ids, with the effective group id added when it is not among
// them (as Node does).
bool GetGroups(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  int count = getgroups(0, nullptr);
  std::vector<gid_t> groups(count > 0 ? static_cast<size_t>(count) : 0);
  if (count > 0) count = getgroups(count, groups.data());
  groups.resize(count > 0 ? static_cast<size_t>(count) : 0);
  gid_t egid = getegid();
  if (std::find(groups.begin(), groups.end(), egid) == groups.end()) groups.push_back(egid);
  JS::RootedValueVector values(cx);
  for (gid_t g : groups) {
    if (!values.append(JS::NumberValue(static_cast<double>(g)))) return false;
  }
  JSObject* array = JS::NewArrayObject(cx, values);
  if (!array) return false;
  args.rval().setObject(*array);
  return true;
}

// kill(pid, signal) -> 0, or a negative errno (libuv's): the checks and errors are process.kill's in JS.
bool Kill(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  int32_t pid = 0, signal = 0;
  if (!JS::ToInt32(cx, args.get(0), &pid) || !JS::ToInt32(cx, args.get(1), &signal)) return false;
  args.rval().setInt32(uv_kill(pid, signal));
  return true;
}

bool Uptime(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  args.rval().setNumber(static_cast<double>(uv_hrtime() - g_process_start) / 1e9);
  return true;
}

// memoryUsage() -> [rss, heapTotal, heapUsed, external, arrayBuffers]
bool MemoryUsage(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  size_t rss = 0;
  uv_resident_set_memory(&rss);
  double heap_used = JS_GetGCParameter(cx, JSGC_BYTES);
  double heap_total = JS_GetGCParameter(cx, JSGC_TOTAL_CHUNKS) * 1024.0 * 1024.0;
  if (heap_total < heap_used) heap_total = heap_used;
  JS::RootedValueArray<5> values(cx);
  values[0].setNumber(static_cast<double>(rss));
  values[1].setNumber(heap_total);
  values[2].setNumber(heap_used);
  values[3].setNumber(0);
  values[4].setNumber(0);
  JSObject* arr = JS::NewArrayObject(cx, values);
  if (!arr) return false;
  args.rval().setObject(*arr);
  return true;
}

bool Rss(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  size_t rss = 0;
  uv_resident_set_memory(&rss);
  args.rval().setNumber(static_cast<double>(rss));
  return true;
}

// resourceUsage() -> getrusage(2) of the process as 16 numbers, in the order of Node's process.resourceUsage()
// fields (times in microseconds, maxRSS in kilobytes).
bool ResourceUsage(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  uv_rusage_t u;
  if (uv_getrusage(&u) != 0) {
    JS_ReportErrorASCII(cx, "getrusage failed");
    return false;
  }
  const double fields[] = {
      u.ru_utime.tv_sec * 1e6 + u.ru_utime.tv_usec, u.ru_stime.tv_sec * 1e6 + u.ru_stime.tv_usec,
      static_cast<double>(u.ru_maxrss), static_cast<double>(u.ru_ixrss), static_cast<double>(u.ru_idrss),
      static_cast<double>(u.ru_isrss), static_cast<double>(u.ru_minflt), static_cast<double>(u.ru_majflt),
      static_cast<double>(u.ru_nswap), static_cast<double>(u.ru_inblock), static_cast<double>(u.ru_oublock),
      static_cast<double>(u.ru_msgsnd), static_cast<double>(u.ru_msgrcv), static_cast<double>(u.ru_nsignals),
      static_cast<double>(u.ru_nvcsw), static_cast<double>(u.ru_nivcsw)};
  JS::RootedValueVector values(cx);
  for (double field : fields) {
    if (!values.append(JS::NumberValue(field))) return false;
  }
  JSObject* arr = JS::NewArrayObject(cx, values);
  if (!arr) return false;
  args.rval().setObject(*arr);
  return true;
}

// --- The real process environment (the main thread's process.env, and workers with SHARE_ENV). ---

bool GetEnv(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  std::string name;
  if (!ToUtf8(cx, args.get(0), &name)) return false;
  std::string value;
  bool found;
  {
    std::lock_guard<std::mutex> lock(g_environ_mutex);
    const char* v = getenv(name.c_str());
    found = v != nullptr;
    if (found) value = v;
  }
  if (!found) {
    args.rval().setUndefined();
    return true;
  }
  JSString* s = NewStringUtf8(cx, value);
  if (!s) return false;
  args.rval().setString(s);
  return true;
}

bool SetEnv(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  std::string name, value;
  if (!ToUtf8(cx, args.get(0), &name) || !ToUtf8(cx, args.get(1), &value)) return false;
  std::lock_guard<std::mutex> lock(g_environ_mutex);
  setenv(name.c_str(), value.c_str(), 1);
  args.rval().setUndefined();
  return true;
}

bool UnsetEnv(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  std::string name;
  if (!ToUtf8(cx, args.get(0), &name)) return false;
  std::lock_guard<std::mutex> lock(g_environ_mutex);
  unsetenv(name.c_str());
  args.rval().setUndefined();
  return true;
}

bool EnvKeys(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  std::vector<std::string> keys;
  {
    std::lock_guard<std::mutex> lock(g_environ_mutex);
    for (char** e = environ; e && *e; e++) {
      const char* eq = strchr(*e, '=');
      keys.emplace_back(*e, eq ? static_cast<size_t>(eq - *e) : strlen(*e));
    }
  }
  JSObject* arr = NewStringArray(cx, keys);
  if (!arr) return false;
  args.rval().setObject(*arr);
  return true;
}

// envSnapshot() -> a plain object with every variable of the real environment, as `{ ...process.env }` gives
// (first occurrence of a name wins, as getenv has it; entries without '=' are left out), read in one pass
// under the lock. A new Worker copies the environment this way: through the proxy it cost a trap, a lock
// and a getenv per variable (~3 us each).
bool EnvSnapshot(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  std::vector<std::pair<std::string, std::string>> entries;
  {
    std::lock_guard<std::mutex> lock(g_environ_mutex);
    std::unordered_set<std::string> seen;
    for (char** e = environ; e && *e; e++) {
      const char* eq = strchr(*e, '=');
      if (!eq) continue;
      std::string name(*e, static_cast<size_t>(eq - *e));
      if (!seen.insert(name).second) continue;
      entries.emplace_back(std::move(name), std::string(eq + 1));
    }
  }
  JS::RootedObject out(cx, JS_NewPlainObject(cx));
  if (!out) return false;
  JS::RootedString name(cx);
  JS::RootedId id(cx);
  JS::RootedValue value(cx);
  for (const auto& entry : entries) {
    name = NewStringUtf8(cx, entry.first);
    JSString* text = name ? NewStringUtf8(cx, entry.second) : nullptr;
    if (!text) return false;
    value.setString(text);
    if (!JS_StringToId(cx, name, &id) || !JS_DefinePropertyById(cx, out, id, value, JSPROP_ENUMERATE)) return false;
  }
  args.rval().setObject(*out);
  return true;
}

// Facts of the process that do not change, read once (every thread's `process` asks for them as it starts).
const std::string& ExecPath() {
  static const std::string path = [] {
    char exe[PATH_MAX * 2];
    size_t exe_size = sizeof(exe);
    return uv_exepath(exe, &exe_size) == 0 ? std::string(exe, exe_size) : std::string("loom");
  }();
  return path;
}

const std::string& Machine() {
  static const std::string machine = [] {
    struct utsname u;
    return uname(&u) == 0 ? std::string(u.machine) : std::string();
  }();
  return machine;
}

// info() -> facts fixed for this thread: startup mode/value, argv, execArgv, execPath, machine, pid, ppid,
// versions.
bool Info(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  Environment* env = Environment::Current();
  const StartupOptions& startup = env->startup();
  JS::RootedObject info(cx, JS_NewPlainObject(cx));
  if (!info) return false;
  JS::RootedValue v(cx);
  if (!SetStringProperty(cx, info, "mode", startup.mode) ||
      !SetStringProperty(cx, info, "value", startup.value) ||
      !SetStringProperty(cx, info, "execPath", ExecPath()) ||
      !SetStringProperty(cx, info, "machine", Machine()) ||
      !SetNumberProperty(cx, info, "pid", getpid()) || !SetNumberProperty(cx, info, "ppid", getppid()) ||
      !SetNumberProperty(cx, info, "threadId", static_cast<double>(env->thread_id())) ||
      !SetStringProperty(cx, info, "version", LOOM_VERSION) ||
      !SetStringProperty(cx, info, "uvVersion", uv_version_string()) ||
      !SetStringProperty(cx, info, "mozjsVersion", "102"))
    return false;
  JS::RootedObject argv(cx, NewStringArray(cx, startup.argv));
  JS::RootedObject exec_argv(cx, NewStringArray(cx, startup.exec_argv));
  if (!argv || !exec_argv) return false;
  v.setObject(*argv);
  if (!SetProperty(cx, info, "argv", v)) return false;
  v.setObject(*exec_argv);
  if (!SetProperty(cx, info, "execArgv", v)) return false;
  v.setBoolean(env->is_main_thread());
  if (!SetProperty(cx, info, "isMainThread", v)) return false;
  JS::RootedObject tick(cx, NewInt32ArrayOver(cx, env->tick_info(), 3));
  JS::RootedObject immediate(cx, NewInt32ArrayOver(cx, env->immediate_info(), 2));
  if (!tick || !immediate) return false;
  v.setObject(*tick);
  if (!SetProperty(cx, info, "tickInfo", v)) return false;
  v.setObject(*immediate);
  if (!SetProperty(cx, info, "immediateInfo", v)) return false;
  args.rval().setObject(*info);
  return true;
}

const JSFunctionSpec kFunctions[] = {
    JS_FN("setHooks", SetHooks, 1, 0),
    JS_FN("runMicrotasks", RunMicrotasks, 0, 0),
    JS_FN("enqueueMicrotask", EnqueueMicrotask, 1, 0),
    JS_FN("takePendingRejections", TakePendingRejections, 0, 0),
    JS_FN("reallyExit", ReallyExit, 1, 0),
    JS_FN("cwd", Cwd, 0, 0),
    JS_FN("chdir", Chdir, 2, 0),
    JS_FN("hrtime", Hrtime, 0, 0),
    JS_FN("hrtimeBigint", HrtimeBigint, 0, 0),
    JS_FN("uptime", Uptime, 0, 0),
    JS_FN("kill", Kill, 2, 0),
    JS_FN("loopStart", LoopStart, 0, 0),
    JS_FN("loopTimes", LoopTimes, 0, 0),
    JS_FN("getuid", GetUid, 0, 0),
    JS_FN("geteuid", GetEuid, 0, 0),
    JS_FN("getgid", GetGid, 0, 0),
    JS_FN("getegid", GetEgid, 0, 0),
    JS_FN("getgroups", GetGroups, 0, 0),
    JS_FN("memoryUsage", MemoryUsage, 0, 0),
    JS_FN("rss", Rss, 0, 0),
    JS_FN("resourceUsage", ResourceUsage, 0, 0),
    JS_FN("getEnv", GetEnv, 1, 0),
    JS_FN("setEnv", SetEnv, 2, 0),
    JS_FN("unsetEnv", UnsetEnv, 1, 0),
    JS_FN("envKeys", EnvKeys, 0, 0),
    JS_FN("envSnapshot", EnvSnapshot, 0, 0),
    JS_FN("info", Info, 0, 0),
    JS_FS_END};

}  // namespace

bool InitProcessBinding(JSContext* cx, JS::HandleObject target) {
  return DefineFunctions(cx, target, kFunctions);
}

}  // namespace loom
