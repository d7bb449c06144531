// Environment implementation: start-up, the event loop with Node's macrotask/microtask order, uncaught
// exceptions, and teardown in the order SpiderMonkey requires (see environment.h).
#include "env/environment.h"

#include <js/CompilationAndEvaluation.h>
#include <js/Equality.h>
#include <js/ErrorReport.h>
#include <js/Initialization.h>
#include <js/SavedFrameAPI.h>
#include <js/SourceText.h>
#include <js/Warnings.h>
#include <jsfriendapi.h>

#include <algorithm>
#include <cstdio>
#include <cstring>

#include "bindings/registry.h"
#include "env/builtin_sources.h"
#include "messaging/shape_cache.h"
#include "worker/thread_pool.h"
#include "worker/worker.h"

namespace loom {
namespace {

thread_local Environment* t_current_env = nullptr;

// libuv closes a loop's descriptors with a raw close syscall that ThreadSanitizer does not see. When one
// thread closes its loop and another thread's new loop gets the same descriptor numbers, TSan sees no order
// between the two and reports a race that the kernel rules out. Making and closing loops under one lock gives
// TSan that order (the lock is uncontended: once per environment start and end).
std::mutex g_loop_descriptors_mutex;

void WarningReporter(JSContext*, JSErrorReport* report) {
  // Termination makes the engine warn "Script terminated by timeout"; that is our own doing, not news.
  const char* msg = report->message().c_str();
  if (msg && std::strstr(msg, "terminated by timeout")) return;
  JS::PrintError(stderr, report, true);
}

// Prints whatever exception is pending, for failures before the JS error machinery exists.
void PrintPendingException(JSContext* cx) {
  if (!JS_IsExceptionPending(cx)) {
    std::fprintf(stderr, "loom: uncatchable error during start-up\n");
    return;
  }
  JS::ExceptionStack stack(cx);
  if (!JS::StealPendingExceptionStack(cx, &stack)) return;
  JS::ErrorReportBuilder report(cx);
  if (report.init(cx, stack, JS::ErrorReportBuilder::WithSideEffects))
    JS::PrintError(stderr, report, false);
}

}  // namespace

Environment::Environment(StartupOptions startup, EngineLimits limits, Worker* worker_context,
                         JSContext* idle_context)
    : startup_(std::move(startup)),
      limits_(limits),
      is_worker_(startup_.mode == "worker"),
      worker_context_(worker_context),
      idle_context_(idle_context) {}

Environment::~Environment() {
  if (cx_) TearDown();
  // A context adopted but never used (start-up failed early), or kept but not taken.
  if (idle_context_) DestroyThreadContext(idle_context_);
  if (kept_context_) DestroyThreadContext(kept_context_);
  if (t_current_env == this) t_current_env = nullptr;
}

Environment* Environment::Current() { return t_current_env; }

ShapeCache* Environment::shape_cache() {
  if (!shape_cache_ && global_) shape_cache_ = std::make_unique<ShapeCache>(cx_, *global_);
  return shape_cache_.get();
}

void Environment::AttachWorker(Worker* worker, uint64_t thread_id) {
  worker_context_ = worker;
  thread_id_ = thread_id;
  // Event-loop utilization counts from when the worker's code can run, not from a bootstrap done earlier.
  std::lock_guard<std::mutex> lock(stop_mutex_);
  loop_start_ns_ = uv_hrtime();
}

bool Environment::Start() {
  t_current_env = this;
  std::unique_lock<std::mutex> descriptors_lock(g_loop_descriptors_mutex);
  if (uv_loop_init(&loop_) != 0) return false;
  uv_loop_configure(&loop_, UV_METRICS_IDLE_TIME);  // for eventLoopUtilization()
  {
    std::lock_guard<std::mutex> lock(stop_mutex_);
    loop_start_ns_ = uv_hrtime();
    loop_ready_ = true;
  }
  uv_timer_init(&loop_, &timer_);
  uv_check_init(&loop_, &check_);
  uv_idle_init(&loop_, &idle_);
  uv_async_init(&loop_, &wakeup_, OnWakeup);
  uv_async_init(&loop_, &io_async_, OnIOCallbacks);
  timer_.data = check_.data = idle_.data = wakeup_.data = io_async_.data = this;
  uv_unref(reinterpret_cast<uv_handle_t*>(&io_async_));
  uv_unref(reinterpret_cast<uv_handle_t*>(&check_));
  uv_unref(reinterpret_cast<uv_handle_t*>(&wakeup_));
  uv_check_start(&check_, OnCheck);
  if (!notifier_.Init(&loop_)) return false;
  descriptors_lock.unlock();

  cx_ = std::exchange(idle_context_, nullptr);
  if (!cx_) {
    cx_ = NewThreadContext(limits_);
    if (!cx_) {
      std::fprintf(stderr, "loom: cannot create a JavaScript context\n");
      return false;
    }
    if (!JS::InitSelfHostedCode(cx_)) {
      std::fprintf(stderr, "loom: cannot initialise the engine's self-hosted code\n");
      return false;
    }
    JS_AddInterruptCallback(cx_, InterruptCallback);  // once per context: the engine keeps a list
  }
  JS_SetContextPrivate(cx_, this);
  microtasks_ = std::make_unique<MicrotaskQueue>(cx_, this);
  JS::SetJobQueue(cx_, microtasks_.get());
  JS::SetPromiseRejectionTrackerCallback(cx_, PromiseRejectionTracker, this);
  JS::SetWarningReporter(cx_, WarningReporter);
  JS::SetOutOfMemoryCallback(cx_, OutOfMemoryCallback, this);
  for (auto& hook : hooks_) hook = std::make_unique<JS::PersistentRootedValue>(cx_);
  pending_rejections_ = std::make_unique<JS::PersistentRootedVector<JS::Value>>(cx_);
  loader_require_ = std::make_unique<JS::PersistentRootedValue>(cx_);
  throw_site_value_ = std::make_unique<JS::PersistentRootedValue>(cx_);
  throw_site_stack_ = std::make_unique<JS::PersistentRootedObject>(cx_);

  JSObject* global = NewGlobal(cx_);
  if (!global) {
    std::fprintf(stderr, "loom: cannot create the global object\n");
    return false;
  }
  global_ = std::make_unique<JS::PersistentRootedObject>(cx_, global);
  memory_limit_.Start(cx_, HeapLimitBytes(limits_));
  bindings_ = std::make_unique<JS::PersistentRootedObject>(cx_, nullptr);
  {
    std::lock_guard<std::mutex> lock(stop_mutex_);
    interruptible_ = true;
  }
  JSAutoRealm realm(cx_, global);
  JSObject* bindings = JS_NewPlainObject(cx_);
  if (!bindings) return false;
  bindings_->set(bindings);
  if (!Bootstrap()) {
    if (!IsStopping()) PrintPendingException(cx_);
    return false;
  }
  started_ = true;
  return true;
}

JSObject* Environment::GetBinding(JSContext* cx, const char* name) {
  JS::RootedObject cache(cx, *bindings_);
  JS::RootedValue existing(cx);
  if (!JS_GetProperty(cx, cache, name, &existing)) return nullptr;
  if (existing.isObject()) return &existing.toObject();
  BindingInitializer init = FindBinding(name);
  if (!init) {
    JS_ReportErrorASCII(cx, "No such binding: %s", name);
    return nullptr;
  }
  JS::RootedObject target(cx, JS_NewPlainObject(cx));
  if (!target || !init(cx, target)) return nullptr;
  JS::RootedValue value(cx, JS::ObjectValue(*target));
  if (!JS_SetProperty(cx, cache, name, value)) return nullptr;
  return target;
}

// The built-in module loader (lib/internal/bootstrap/loader.js) is compiled here, given internalBinding, and
// returns require(id) for built-ins; lib/internal/bootstrap/node.js then sets up process and the globals and
// registers the hooks this class calls.
bool Environment::Bootstrap() {
  JS::RootedObject builtins(cx_, GetBinding(cx_, "builtins"));
  if (!builtins) return false;
  JS::RootedValue compile(cx_), loader_fn(cx_), loader(cx_);
  JS::RootedValueArray<1> args(cx_);
  args[0].setString(JS_NewStringCopyZ(cx_, "internal/bootstrap/loader"));
  if (!JS_GetProperty(cx_, builtins, "compileBuiltin", &compile) ||
      !JS::Call(cx_, JS::UndefinedHandleValue, compile, args, &loader_fn))
    return false;
  // The loader's wrapper takes (exports, require, module, internalBinding); it only uses the last one.
  JS::RootedObject module(cx_, JS_NewPlainObject(cx_));
  JS::RootedObject exports(cx_, JS_NewPlainObject(cx_));
  JS::RootedValue internal_binding(cx_);
  if (!module || !exports || !JS_GetProperty(cx_, builtins, "internalBinding", &internal_binding))
    return false;
  JS::RootedValue exports_value(cx_, JS::ObjectValue(*exports));
  if (!JS_SetProperty(cx_, module, "exports", exports_value)) return false;
  JS::RootedValueArray<4> loader_args(cx_);
  loader_args[0].setObject(*exports);
  loader_args[1].setUndefined();
  loader_args[2].setObject(*module);
  loader_args[3].set(internal_binding);
  if (!JS::Call(cx_, JS::UndefinedHandleValue, loader_fn, loader_args, &loader)) return false;
  JS::RootedValue require(cx_);
  if (!JS_GetProperty(cx_, module, "exports", &loader) || !loader.isObject()) return false;
  JS::RootedObject loader_obj(cx_, &loader.toObject());
  if (!JS_GetProperty(cx_, loader_obj, "requireBuiltin", &require)) return false;
  loader_require_->set(require);
  JS::RootedValueArray<1> id(cx_);
  id[0].setString(JS_NewStringCopyZ(cx_, "internal/bootstrap/node"));
  JS::RootedValue ignored(cx_);
  return JS::Call(cx_, JS::UndefinedHandleValue, require, id, &ignored);
}

bool Environment::LoadBuiltin(const char* id) {
  JSAutoRealm realm(cx_, *global_);
  JS::RootedValueArray<1> args(cx_);
  JSString* name = JS_NewStringCopyZ(cx_, id);
  if (!name) return false;
  args[0].setString(name);
  JS::RootedValue ignored(cx_);
  if (JS::Call(cx_, JS::UndefinedHandleValue, *loader_require_, args, &ignored)) return true;
  if (!IsStopping()) PrintPendingException(cx_);
  return false;
}

bool Environment::RunStartup() {
  JSAutoRealm realm(cx_, *global_);
  // Timers the script sets count from now, not from when the loop was created before bootstrap.
  uv_update_time(&loop_);
  JS::RootedValue start(cx_), ignored(cx_);
  JS::RootedValueArray<1> id(cx_);
  id[0].setString(JS_NewStringCopyZ(cx_, "internal/main/start"));
  if (!JS::Call(cx_, JS::UndefinedHandleValue, *loader_require_, id, &start)) {
    if (!IsStopping()) PrintPendingException(cx_);
    return false;
  }
  // The start function reads the startup options through internalBinding('process').
  return MakeCallback(start, JS::UndefinedHandleValue, JS::HandleValueArray::empty(), &ignored);
}

int Environment::Run() {
  if (RunStartup() || !IsStopping()) RunLoop();
  JSAutoRealm realm(cx_, *global_);
  if (!WasTerminated() && !out_of_memory_) {
    // process 'exit' handlers run once, whether the loop drained or process.exit() was called
    // (the JS side makes repeated calls no-ops).
    stopping_.store(false, std::memory_order_release);
    JS::RootedValueArray<1> args(cx_);
    args[0].setInt32(exit_code_);
    JS::RootedValue rval(cx_);
    if (JS::Call(cx_, JS::UndefinedHandleValue, hook(kEmitExit), args, &rval)) {
      if (rval.isInt32()) exit_code_ = rval.toInt32();
    } else if (!IsStopping()) {
      (void)ReportUncaughtException();
    }
    stopping_.store(true, std::memory_order_release);
  }
  TearDown();
  return exit_code_;
}

void Environment::RunLoop() {
  JSAutoRealm realm(cx_, *global_);
  while (!IsStopping()) {
    uv_run(&loop_, UV_RUN_DEFAULT);
    if (IsStopping()) break;
    JS::RootedValue rval(cx_);
    if (!MakeCallback(hook(kEmitBeforeExit), JS::UndefinedHandleValue, JS::HandleValueArray::empty(),
                      &rval))
      break;
    if (!uv_loop_alive(&loop_)) break;
  }
}

bool Environment::MakeCallback(JS::HandleValue fn, JS::HandleValue this_value,
                               const JS::HandleValueArray& args, JS::MutableHandleValue rval) {
  if (IsStopping()) return false;
  if (!JS::Call(cx_, this_value, fn, args, rval)) {
    if (!ReportUncaughtException()) return false;
  }
  return AfterCallback();
}

bool Environment::AfterCallback() {
  if (IsStopping()) return false;
  if (!tick_info_[0]) {
    if (!microtasks_->Drain(cx_)) return false;
  }
  if (!tick_info_[0] && !tick_info_[1]) return !IsStopping();
  JS::RootedValue rval(cx_);
  if (!JS::Call(cx_, JS::UndefinedHandleValue, hook(kTickCallback), JS::HandleValueArray::empty(),
                &rval)) {
    if (!ReportUncaughtException()) return false;
  }
  return !IsStopping();
}

bool Environment::ReportUncaughtException() {
  if (IsStopping()) return false;
  if (out_of_memory_) {
    JS_ClearPendingException(cx_);
    return false;
  }
  if (!JS_IsExceptionPending(cx_)) {
    // An uncatchable failure that nobody requested (engine out of memory): the thread cannot go on.
    if (!IsStopping()) RequestExit(1);
    return false;
  }
  JS::ExceptionStack stack(cx_);
  if (!JS::StealPendingExceptionStack(cx_, &stack)) return false;
  JS::RootedValue location(cx_, JS::UndefinedValue());
  JS::RootedObject site(cx_, stack.stack());
  bool same = false;
  if (*throw_site_stack_ && JS::SameValue(cx_, stack.exception(), *throw_site_value_, &same) && same)
    site = *throw_site_stack_;
  throw_site_value_->setUndefined();
  throw_site_stack_->set(nullptr);
  if (site) {
    // Where the value was thrown: lets JS print the source line even for `throw 42`.
    JS::RootedObject frame(cx_, site);
    JS::RootedString source(cx_);
    uint32_t line = 0, column = 0;
    if (JS::GetSavedFrameSource(cx_, nullptr, frame, &source) == JS::SavedFrameResult::Ok &&
        JS::GetSavedFrameLine(cx_, nullptr, frame, &line) == JS::SavedFrameResult::Ok &&
        JS::GetSavedFrameColumn(cx_, nullptr, frame, &column) == JS::SavedFrameResult::Ok) {
      JS::RootedObject loc(cx_, JS_NewPlainObject(cx_));
      JS::RootedValue v(cx_, JS::StringValue(source));
      if (loc && JS_SetProperty(cx_, loc, "file", v)) {
        v.setNumber(line);
        (void)JS_SetProperty(cx_, loc, "line", v);
        v.setNumber(column);
        (void)JS_SetProperty(cx_, loc, "column", v);
        location.setObject(*loc);
      }
    }
  }
  if (hook(kFatalException).isUndefined()) {
    JS_SetPendingException(cx_, stack.exception());
    PrintPendingException(cx_);
    RequestExit(1);
    return false;
  }
  JS::RootedValueArray<2> args(cx_);
  args[0].set(stack.exception());
  args[1].set(location);
  JS::RootedValue handled(cx_);
  if (!JS::Call(cx_, JS::UndefinedHandleValue, hook(kFatalException), args, &handled)) {
    if (IsStopping()) return false;
    // The uncaught-exception machinery itself threw: Node exits with 7 in that case.
    PrintPendingException(cx_);
    RequestExit(7);
    return false;
  }
  return handled.isTrue() && !IsStopping();
}

void Environment::RecordThrowSite(JS::HandleValue exception, JS::HandleObject stack) {
  throw_site_value_->set(exception);
  throw_site_stack_->set(stack);
}

void Environment::RequestExit(int code) {
  exit_code_ = code;
  stopping_.store(true, std::memory_order_release);
  uv_stop(&loop_);
}

void Environment::RequestTerminate() {
  std::lock_guard<std::mutex> lock(stop_mutex_);
  terminated_.store(true, std::memory_order_release);
  stopping_.store(true, std::memory_order_release);
  if (!interruptible_) return;
  JS_RequestInterruptCallback(cx_);  // also wakes a thread blocked in Atomics.wait
  uv_async_send(&wakeup_);           // wakes a thread idle in uv_run
}

void Environment::OutOfMemoryCallback(JSContext* cx, void* data) {
  auto* env = static_cast<Environment*>(data);
  if (env->out_of_memory_) return;
  env->out_of_memory_ = true;
  if (env->is_worker_) {
    // The parent reports ERR_WORKER_OUT_OF_MEMORY (an environment prepared ahead has no parent yet).
    if (env->worker_context_) env->worker_context_->MarkOutOfMemory();
  } else {
    std::fprintf(stderr, "FATAL ERROR: JavaScript heap out of memory\n");
  }
  env->RequestExit(env->is_worker_ ? 1 : 134);  // 134: Node aborts on heap exhaustion
}

bool Environment::LoopTimes(double* idle_ms, double* alive_ms) {
  std::lock_guard<std::mutex> lock(stop_mutex_);
  if (!loop_ready_) return false;
  *idle_ms = static_cast<double>(uv_metrics_idle_time(&loop_)) / 1e6;  // libuv guards this with its own lock
  *alive_ms = static_cast<double>(uv_hrtime() - loop_start_ns_) / 1e6;
  return true;
}

uint64_t Environment::LoopStartNs() {
  std::lock_guard<std::mutex> lock(stop_mutex_);
  return loop_start_ns_;
}

bool Environment::InterruptCallback(JSContext* cx) {
  auto* env = static_cast<Environment*>(JS_GetContextPrivate(cx));
  if (!env) return true;
  AdaptCollectorToHeap(cx);
  if (!env->IsStopping() && env->global_ && env->memory_limit_.Exceeded(cx, *env->global_)) {
    OutOfMemoryCallback(cx, env);
  }
  return !env->IsStopping();
}

void Environment::OnWakeup(uv_async_t* handle) {
  auto* env = static_cast<Environment*>(handle->data);
  if (env->IsStopping()) uv_stop(&env->loop_);
}

void Environment::PromiseRejectionTracker(JSContext* cx, bool muted, JS::HandleObject promise,
                                          JS::PromiseRejectionHandlingState state, void* data) {
  auto* env = static_cast<Environment*>(data);
  if (env->IsStopping()) return;
  JS::RootedValue p(cx, JS::ObjectValue(*promise));
  JS::RootedValue s(cx, JS::Int32Value(state == JS::PromiseRejectionHandlingState::Unhandled ? 0 : 1));
  if (!env->pending_rejections_->append(p) || !env->pending_rejections_->append(s)) return;
  env->tick_info_[1] = 1;
}

// --- Timers ---

void Environment::ScheduleTimer(int64_t ms) {
  uv_timer_start(&timer_, OnTimer, ms < 1 ? 1 : static_cast<uint64_t>(ms), 0);
  if (!timer_ref_) uv_unref(reinterpret_cast<uv_handle_t*>(&timer_));
}

void Environment::ToggleTimerRef(bool ref) {
  timer_ref_ = ref;
  if (ref)
    uv_ref(reinterpret_cast<uv_handle_t*>(&timer_));
  else
    uv_unref(reinterpret_cast<uv_handle_t*>(&timer_));
}

void Environment::ToggleImmediateRef(bool ref) {
  // A started idle handle makes the poll phase non-blocking, so ref'd immediates run without delay.
  if (ref)
    uv_idle_start(&idle_, OnIdle);
  else
    uv_idle_stop(&idle_);
}

void Environment::OnIdle(uv_idle_t*) {}

void Environment::ScheduleIOCallbacks() {
  uv_ref(reinterpret_cast<uv_handle_t*>(&io_async_));
  uv_async_send(&io_async_);
}

void Environment::OnIOCallbacks(uv_async_t* handle) {
  auto* env = static_cast<Environment*>(handle->data);
  uv_unref(reinterpret_cast<uv_handle_t*>(&env->io_async_));
  if (env->IsStopping()) return;
  JS::RootedValue rval(env->cx_);
  (void)env->MakeCallback(env->hook(kProcessIO), JS::UndefinedHandleValue, JS::HandleValueArray::empty(),
                          &rval);
}

void Environment::OnTimer(uv_timer_t* handle) {
  auto* env = static_cast<Environment*>(handle->data);
  if (env->IsStopping()) return;
  JSContext* cx = env->cx_;
  JS::RootedValueArray<1> args(cx);
  args[0].setNumber(static_cast<double>(uv_now(&env->loop_)));
  JS::RootedValue next(cx);
  if (!env->MakeCallback(env->hook(kProcessTimers), JS::UndefinedHandleValue, args, &next)) return;
  // processTimers answers the next expiry: 0 for none, negative when only unref'd timers remain.
  double expiry = next.isNumber() ? next.toNumber() : 0;
  if (expiry == 0 || env->IsStopping()) return;
  double abs_expiry = expiry < 0 ? -expiry : expiry;
  double now = static_cast<double>(uv_now(&env->loop_));
  env->timer_ref_ = expiry > 0;
  env->ScheduleTimer(static_cast<int64_t>(abs_expiry - now));
  if (env->timer_ref_) uv_ref(reinterpret_cast<uv_handle_t*>(&env->timer_));
}

void Environment::OnCheck(uv_check_t* handle) {
  auto* env = static_cast<Environment*>(handle->data);
  if (env->IsStopping() || env->immediate_info_[0] == 0) return;
  JS::RootedValue rval(env->cx_);
  (void)env->MakeCallback(env->hook(kProcessImmediates), JS::UndefinedHandleValue,
                          JS::HandleValueArray::empty(), &rval);
}

// --- Cleanup and teardown ---

void Environment::AddCleanupHook(CleanupHook hook, void* arg) { cleanup_hooks_.emplace_back(hook, arg); }

void Environment::RemoveCleanupHook(CleanupHook hook, void* arg) {
  auto it = std::find(cleanup_hooks_.begin(), cleanup_hooks_.end(), std::make_pair(hook, arg));
  if (it != cleanup_hooks_.end()) cleanup_hooks_.erase(it);
}

void Environment::AddChildWorker(Worker* worker) { children_.push_back(worker); }

void Environment::RemoveChildWorker(Worker* worker) {
  children_.erase(std::remove(children_.begin(), children_.end(), worker), children_.end());
}

void Environment::TerminateChildren() {
  // Ask every child to stop first, so they wind down in parallel, then join them one by one.
  std::vector<Worker*> children = children_;
  for (Worker* child : children) child->Terminate();
  for (Worker* child : children) child->JoinForParentTeardown();
  children_.clear();
}

void Environment::TearDown() {
  stopping_.store(true, std::memory_order_release);
  TerminateChildren();
  // Cleanup hooks may remove themselves or others while running: take the list first.
  while (!cleanup_hooks_.empty()) {
    auto hook = cleanup_hooks_.back();
    cleanup_hooks_.pop_back();
    hook.first(hook.second);
  }
  {
    std::lock_guard<std::mutex> lock(stop_mutex_);
    interruptible_ = false;
    loop_ready_ = false;
  }
  if (microtasks_) microtasks_->Clear();
  for (auto& hook : hooks_) hook.reset();
  pending_rejections_.reset();
  loader_require_.reset();
  throw_site_value_.reset();
  throw_site_stack_.reset();
  shape_cache_.reset();
  bindings_.reset();
  global_.reset();
  std::unique_lock<std::mutex> descriptors_lock(g_loop_descriptors_mutex);
  uv_close(reinterpret_cast<uv_handle_t*>(&timer_), nullptr);
  uv_close(reinterpret_cast<uv_handle_t*>(&check_), nullptr);
  uv_close(reinterpret_cast<uv_handle_t*>(&idle_), nullptr);
  uv_close(reinterpret_cast<uv_handle_t*>(&wakeup_), nullptr);
  uv_close(reinterpret_cast<uv_handle_t*>(&io_async_), nullptr);
  notifier_.Close();
  uv_run(&loop_, UV_RUN_DEFAULT);  // runs the close callbacks of every handle closed above
  if (uv_loop_close(&loop_) != 0) {
    // A handle still open here is a bug in a binding; walk and close so we never leak the loop.
    uv_walk(&loop_, [](uv_handle_t* h, void*) { if (!uv_is_closing(h)) uv_close(h, nullptr); }, nullptr);
    uv_run(&loop_, UV_RUN_DEFAULT);
    uv_loop_close(&loop_);
  }
  descriptors_lock.unlock();
  JS::SetJobQueue(cx_, nullptr);
  microtasks_.reset();
  memory_limit_.Stop(cx_);
  // Idle worker threads hold child contexts, which must go before the root one.
  if (is_main_thread()) ShutdownWorkerThreads();
  if (keep_context_ && started_ && !WasTerminated() && !out_of_memory_) {
    // Nothing of this environment may be reachable from the context once it is gone.
    JS_ClearPendingException(cx_);
    JS::SetPromiseRejectionTrackerCallback(cx_, nullptr, nullptr);
    JS::SetOutOfMemoryCallback(cx_, nullptr, nullptr);
    JS_SetContextPrivate(cx_, nullptr);
    kept_context_ = cx_;
  } else {
    DestroyThreadContext(cx_);
  }
  cx_ = nullptr;
}

}  // namespace loom
