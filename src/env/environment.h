// Environment: one JavaScript world on one thread. It owns the thread's libuv loop, its SpiderMonkey context
// and global, the microtask queue, the timer handles and the hooks into the JS half of the runtime
// (lib/internal/bootstrap). The main thread runs one; every worker thread runs its own. An Environment is
// created, used and destroyed on a single thread; the only members other threads touch are the ones under
// `stop_mutex_` (to request termination) and the ones documented as atomic.
#pragma once

#include <js/Promise.h>
#include <jsapi.h>
#include <uv.h>

#include <atomic>
#include <memory>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

#include "engine/engine.h"
#include "env/loop_notifier.h"
#include "env/memory_limit.h"
#include "env/microtask_queue.h"

namespace loom {

class ShapeCache;  // messaging/shape_cache.h
class Worker;  // worker/worker.h: one worker thread, shared by its parent and itself

// What the thread is asked to run once its environment is up.
struct StartupOptions {
  // How the main thread gets its code: "file" (value = path), "eval" (value = source),
  // "print" (value = expression), "stdin", or "worker" (the worker's own start-up message).
  std::string mode;
  std::string value;
  std::vector<std::string> argv;       // process.argv (argv[0] is the executable path)
  std::vector<std::string> exec_argv;  // process.execArgv
};

class Environment {
 public:
  // `idle_context`: a context left by an earlier environment on this thread (see KeptContext), adopted
  // instead of creating one; null to create a new one.
  Environment(StartupOptions startup, EngineLimits limits, Worker* worker_context,
              JSContext* idle_context = nullptr);
  ~Environment();
  Environment(const Environment&) = delete;
  Environment& operator=(const Environment&) = delete;

  // The calling thread's environment (nullptr on threads that run no JS).
  static Environment* Current();

  // A worker's environment may be started (bootstrapped) before its worker is known, then attached to it
  // (worker/thread_pool.h): until then it has no worker context and thread id. Before Run().
  void AttachWorker(Worker* worker, uint64_t thread_id);
  // Loads a built-in module (require(id)) after Start(), before Run(). Returns false on failure (printed).
  [[nodiscard]] bool LoadBuiltin(const char* id);
  bool started() const { return started_; }

  // Asks teardown to keep the engine context for another environment on this thread, if this one ends
  // cleanly (not terminated, not out of memory): its global and everything else is dropped.
  void set_keep_context(bool keep) { keep_context_ = keep; }
  // After teardown: the kept context (the caller owns it now), or null if it was destroyed.
  JSContext* TakeKeptContext() { return std::exchange(kept_context_, nullptr); }

  // Creates the engine context, the global and the JS half of the runtime. On failure, prints why.
  [[nodiscard]] bool Start();
  // Runs the startup code, then the event loop until nothing ref'd is left (with beforeExit), emits `exit`,
  // and returns the exit code.
  int Run();

  JSContext* cx() const { return cx_; }
  JSObject* global() const { return global_ ? global_->get() : nullptr; }
  uv_loop_t* loop() { return &loop_; }
  // Wakes this loop from other threads (message ports use it); valid from Start() until teardown.
  LoopNotifier* notifier() { return &notifier_; }
  bool is_main_thread() const { return !is_worker_; }
  Worker* worker_context() const { return worker_context_; }
  const StartupOptions& startup() const { return startup_; }
  const EngineLimits& limits() const { return limits_; }
  MicrotaskQueue* microtasks() { return microtasks_.get(); }
  uint64_t thread_id() const { return thread_id_; }

  // --- Calling into JS from native callbacks (timers, ports, worker events). ---
  // Calls fn with this/args, then runs the nextTick queue and microtasks the way Node does after every
  // macrotask. An exception is routed to the uncaught-exception handler. Returns false when the thread is
  // stopping (process.exit, terminate) and the caller must unwind.
  bool MakeCallback(JS::HandleValue fn, JS::HandleValue this_value, const JS::HandleValueArray& args,
                    JS::MutableHandleValue rval);
  // Runs ticks and microtasks (the end of a macrotask). Returns false when the thread is stopping.
  bool AfterCallback();
  // Takes the pending exception (if any) and hands it to process's uncaught-exception logic. Returns true if
  // JS handled it and execution may continue; false if the thread is stopping.
  bool ReportUncaughtException();

  // Records where a value was first thrown (the top frame of its exception stack), for the uncaught-exception
  // printout: JS `finally` blocks between the throw and the loop rethrow it and lose that position.
  void RecordThrowSite(JS::HandleValue exception, JS::HandleObject stack);

  // --- Stopping. ---
  // process.exit(): stop this thread with the given code. JS unwinds through uncatchable returns.
  void RequestExit(int code);
  // Any thread: ask this environment to stop as soon as possible (worker.terminate(), parent exiting).
  void RequestTerminate();
  // True once process.exit or terminate was requested; JS must not run any more.
  bool IsStopping() const { return stopping_.load(std::memory_order_acquire); }
  // The engine ran out of memory (the heap limit): the thread stops as if terminated.
  bool OutOfMemory() const { return out_of_memory_; }
  bool WasTerminated() const { return terminated_.load(std::memory_order_acquire); }
  int exit_code() const { return exit_code_; }
  void set_exit_code(int code) { exit_code_ = code; }

  // --- Hooks registered by the JS bootstrap (lib/internal/bootstrap/node.js). ---
  enum Hook {
    kTickCallback,        // processTicksAndRejections()
    kProcessTimers,       // processTimers(now) -> next expiry
    kProcessImmediates,   // processImmediate()
    kProcessIO,           // processIOCallbacks(): completions of fs callback APIs, run in the poll phase
    kFatalException,      // (error, location) -> handled?
    kEmitBeforeExit,      // () -> undefined
    kEmitExit,            // (code) -> final code
    kPortDrain,           // called with this = port: (limit) receives and dispatches up to limit messages
    kPortEmitClose,       // called with this = port: () emits 'close'
    kWorkerOnExit,        // called with this = worker handle: (code, reason)
    kMakeDataCloneError,  // (message, value) -> a DataCloneError DOMException
    kPortPrototype,       // MessagePort.prototype, for ports created natively
    kHookCount
  };
  JS::HandleValue hook(Hook h) const { return *hooks_[h]; }
  void SetHook(Hook h, JS::HandleValue fn) { hooks_[h]->set(fn); }

  // Shared with JS as Int32Arrays, so that hot paths need no native call.
  // [hasTickScheduled, hasRejectionToWarn, hasMicrotasks]
  int32_t* tick_info() { return tick_info_; }
  int32_t* immediate_info() { return immediate_info_; } // [count, refCount]

  // Event-loop utilization: milliseconds spent idle in the loop and since the loop started. Any thread (the
  // worker's parent asks); returns false when the loop does not exist (yet, or any more).
  bool LoopTimes(double* idle_ms, double* alive_ms);
  // When this thread's loop started (uv_hrtime), for performance.now() and timeOrigin. This thread.
  uint64_t LoopStartNs();

  // --- Timers (driven from lib/internal/timers.js). ---
  void ScheduleTimer(int64_t ms);
  void ToggleTimerRef(bool ref);
  void ToggleImmediateRef(bool ref);
  // Asks for kProcessIO to run in the next poll phase (keeping the loop alive until it has).
  void ScheduleIOCallbacks();

  // --- Unhandled promise rejections: recorded by the engine's tracker, handed to JS in batches. ---
  JS::PersistentRootedVector<JS::Value>& pending_rejections() { return *pending_rejections_; }

  // --- Object literals for message shapes that recur on this thread (messaging/shape_cache.h). ---
  ShapeCache* shape_cache();

  // --- Handles that must be closed when the loop ends (ports, worker handles). ---
  // A cleanup hook runs on this thread during teardown, before the context is destroyed.
  using CleanupHook = void (*)(void* arg);
  void AddCleanupHook(CleanupHook hook, void* arg);
  void RemoveCleanupHook(CleanupHook hook, void* arg);

  // Child workers this environment started; they are terminated and waited for when it stops.
  void AddChildWorker(Worker* worker);
  void RemoveChildWorker(Worker* worker);

  // Built-in module support: a cache of binding objects (internalBinding).
  JSObject* GetBinding(JSContext* cx, const char* name);

 private:
  bool Bootstrap();
  bool RunStartup();
  void RunLoop();
  void TearDown();
  void TerminateChildren();
  static bool InterruptCallback(JSContext* cx);
  static void OutOfMemoryCallback(JSContext* cx, void* data);
  static void PromiseRejectionTracker(JSContext* cx, bool muted, JS::HandleObject promise,
                                      JS::PromiseRejectionHandlingState state, void* data);
  static void OnTimer(uv_timer_t* handle);
  static void OnCheck(uv_check_t* handle);
  static void OnIdle(uv_idle_t* handle);
  static void OnWakeup(uv_async_t* handle);
  static void OnIOCallbacks(uv_async_t* handle);

  // Every member below belongs to the thread that runs this environment, except where a comment names the
  // lock or atomicity that lets other threads touch it.
  StartupOptions startup_;
  EngineLimits limits_;
  const bool is_worker_;    // startup_.mode is "worker"
  Worker* worker_context_;  // null on the main thread (and before AttachWorker); this thread only
  uint64_t thread_id_ = 0;

  uv_loop_t loop_;
  uint64_t loop_start_ns_ = 0;  // guarded by stop_mutex_ (read by LoopTimes on other threads)
  bool loop_ready_ = false;     // guarded by stop_mutex_: the loop is initialized and not yet closed
  uv_timer_t timer_;     // the single libuv timer behind every JS setTimeout/setInterval
  uv_check_t check_;     // runs setImmediate callbacks after the poll phase
  uv_idle_t idle_;       // keeps the poll phase from blocking while ref'd immediates are pending
  uv_async_t wakeup_;    // woken by RequestTerminate from other threads; unref'd
  uv_async_t io_async_;  // runs fs callback completions in the poll phase; ref'd while some are pending
  LoopNotifier notifier_;
  bool timer_ref_ = true;

  JSContext* cx_ = nullptr;
  JSContext* idle_context_ = nullptr;  // the context to adopt in Start()
  JSContext* kept_context_ = nullptr;  // see set_keep_context / TakeKeptContext
  bool keep_context_ = false;
  bool started_ = false;  // Start() succeeded
  std::unique_ptr<JS::PersistentRootedObject> global_;
  std::unique_ptr<MicrotaskQueue> microtasks_;
  MemoryLimit memory_limit_;  // this thread only
  std::unique_ptr<JS::PersistentRootedValue> hooks_[kHookCount];
  std::unique_ptr<JS::PersistentRootedVector<JS::Value>> pending_rejections_;
  std::unique_ptr<JS::PersistentRootedObject> bindings_;  // name -> binding object
  std::unique_ptr<JS::PersistentRootedValue> loader_require_;  // the built-in loader's require(id)
  std::unique_ptr<JS::PersistentRootedValue> throw_site_value_;  // RecordThrowSite's exception
  std::unique_ptr<JS::PersistentRootedObject> throw_site_stack_;  // ... and its stack at the throw
  std::unique_ptr<ShapeCache> shape_cache_;  // made on first use; this thread only

  int32_t tick_info_[3] = {0, 0, 0};
  int32_t immediate_info_[2] = {0, 0};

  std::vector<std::pair<CleanupHook, void*>> cleanup_hooks_;
  std::vector<Worker*> children_;  // this thread only

  int exit_code_ = 0;
  bool out_of_memory_ = false;           // this thread only
  std::atomic<bool> stopping_{false};    // written by this thread or, via RequestTerminate, any thread
  std::atomic<bool> terminated_{false};  // terminate (not process.exit) was requested
  // Guards cx_/wakeup_ against RequestTerminate from other threads racing with teardown:
  // `interruptible_` is true only while cx_ and wakeup_ are valid.
  std::mutex stop_mutex_;
  bool interruptible_ = false;
};

}  // namespace loom
