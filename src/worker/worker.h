// Worker: one worker, shared (through shared_ptr) by the parent thread that created it and the thread that
// runs it. The parent never blocks on the child: it hands the worker to a thread (worker/thread_pool.h) and
// returns; the thread runs the worker's own Environment and, when it is gone, posts an exit notice to the
// parent's loop, where the parent emits 'exit'. The thread may then go on to run another worker.
#pragma once

#include <jsapi.h>
#include <uv.h>

#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>

#include "engine/engine.h"
#include "messaging/clone.h"
#include "messaging/port_core.h"

namespace loom {

class Environment;

class Worker {
 public:
  // Why the worker stopped, as reported to the parent's JS.
  enum class ExitReason { kNormal = 0, kTerminated = 1, kOutOfMemory = 2, kStartFailed = 3 };

  // Parent thread. `startup` is the cloned start-up message (workerData and friends).
  Worker(Environment* parent, std::unique_ptr<CloneMessage> startup, EngineLimits limits);
  ~Worker();

  uint64_t thread_id() const { return thread_id_; }
  const EngineLimits& limits() const { return limits_; }

  // --- Parent thread ---
  // Starts the worker on a thread. `self` must own this object; `owner` is the parent's JS handle object, kept alive
  // until the exit notice has been handled. Returns a libuv error code (0 on success).
  int Start(std::shared_ptr<Worker> self, JS::HandleObject owner);
  // Asks the worker to stop as soon as possible; safe to call at any time, any number of times.
  void Terminate();
  // The parent is tearing down: stop the child and wait for its thread (no 'exit' event is emitted).
  void JoinForParentTeardown();
  void SetRef(bool ref);
  // The worker's event-loop times (see Environment::LoopTimes); false while it has no loop.
  bool LoopTimes(double* idle_ms, double* alive_ms);
  // The parent-side ends of the worker's ports (public messages, internal notices).
  std::shared_ptr<PortCore> parent_port() const { return parent_port_; }
  std::shared_ptr<PortCore> parent_control() const { return parent_control_; }

  // --- Worker thread ---
  std::shared_ptr<PortCore> child_port() const { return child_port_; }
  std::shared_ptr<PortCore> child_control() const { return child_control_; }
  // Takes the start-up message (once).
  std::unique_ptr<CloneMessage> TakeStartupMessage();
  // Called just before the worker announces 'online': false when terminate() came first (the worker then
  // ends without announcing, with exit code 0); from a true answer on, terminating it exits with 1.
  bool MarkOnline();
  void MarkOutOfMemory() { out_of_memory_ = true; }

  // --- The thread that runs it (worker/thread_pool.cc) ---
  // True if this worker may run in a context an earlier worker used, and leave its own for a later one:
  // only workers without resource limits (the context's heap and stack were sized for the defaults).
  bool CanShareContext() const;
  // Runs the worker to completion on the calling thread, in `prepared` if not null (an environment made by
  // PrepareEnvironment on this thread) or in a new one. Returns the context if it may serve another worker
  // (see CanShareContext; not after terminate or out-of-memory), else null (it was destroyed). Once the exit
  // notice is posted, this object is the parent's: the thread must not touch it after returning.
  JSContext* RunOnThisThread(std::unique_ptr<Environment> prepared);
  // An environment for a future worker that can share a context, started (bootstrapped) in `idle_context`,
  // a context an earlier worker left on this thread. Returns null, with the context destroyed, on failure.
  static std::unique_ptr<Environment> PrepareEnvironment(JSContext* idle_context);

 private:
  static void OnExitNotice(uv_async_t* handle);
  static void OnTerminateRetry(uv_timer_t* handle);
  void HandleExit();
  void WaitUntilDone();
  void CloseExitHandle();

  // Immutable after construction; read by both threads.
  const uint64_t thread_id_;
  const EngineLimits limits_;
  std::shared_ptr<PortCore> parent_port_, child_port_;        // parentPort <-> worker's internal port
  std::shared_ptr<PortCore> parent_control_, child_control_;  // worker -> parent notices (errors)

  // Parent thread only.
  Environment* parent_env_;
  uv_async_t exit_async_;          // signalled by the child when it is gone; lives on the parent's loop
  bool exit_async_open_ = false;
  uv_timer_t terminate_retry_;     // asks a terminating child again until it is gone (see Terminate)
  bool terminate_retry_open_ = false;
  bool started_ = false;           // handed to a thread
  std::unique_ptr<JS::PersistentRootedObject> owner_;  // the JS handle object, until 'exit' is emitted
  std::shared_ptr<Worker> self_;                       // keeps this alive until the exit is handled

  // Worker thread only (written before the exit notice, read by the parent once done_ is set).
  std::unique_ptr<CloneMessage> startup_;
  bool out_of_memory_ = false;

  // Shared; guarded by mutex_.
  std::mutex mutex_;
  Environment* child_env_ = nullptr;  // set while the child's environment can be interrupted
  bool terminate_requested_ = false;
  bool online_ = false;            // the child has announced 'online' (MarkOnline)
  bool terminated_unstarted_ = false;  // terminate() came before that: the exit code is 0, as in Node
  bool exited_ = false;
  bool done_ = false;  // the thread has posted the exit notice and will not touch this object again
  std::condition_variable done_cv_;  // signalled when done_ is set
  int exit_code_ = 0;
  ExitReason exit_reason_ = ExitReason::kNormal;
};

}  // namespace loom
