// Worker: one worker thread, shared (through shared_ptr) by the parent thread that created it and the thread
// itself. The parent never blocks on the child: it starts the thread and returns; the child runs its own
// Environment and, when it is gone, posts an exit notice to the parent's loop, where the parent joins the
// thread (which by then has nothing left to do) and emits 'exit'.
#pragma once

#include <jsapi.h>
#include <uv.h>

#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

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
  Worker(Environment* parent, std::unique_ptr<CloneMessage> startup, EngineLimits limits,
         std::vector<std::string> argv);
  ~Worker();

  uint64_t thread_id() const { return thread_id_; }
  const EngineLimits& limits() const { return limits_; }

  // --- Parent thread ---
  // Starts the thread. `self` must own this object; `owner` is the parent's JS handle object, kept alive
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
  const std::vector<std::string>& argv() const { return argv_; }
  void MarkOutOfMemory() { out_of_memory_ = true; }

 private:
  static void ThreadMain(void* arg);
  static void OnExitNotice(uv_async_t* handle);
  void Run();
  void HandleExit();
  void CloseExitHandle();

  // Immutable after construction; read by both threads.
  const uint64_t thread_id_;
  const EngineLimits limits_;
  const std::vector<std::string> argv_;
  std::shared_ptr<PortCore> parent_port_, child_port_;        // parentPort <-> worker's internal port
  std::shared_ptr<PortCore> parent_control_, child_control_;  // worker -> parent notices (errors)

  // Parent thread only.
  Environment* parent_env_;
  uv_async_t exit_async_;          // signalled by the child when it is gone; lives on the parent's loop
  bool exit_async_open_ = false;
  uv_thread_t thread_;
  bool thread_started_ = false;
  bool joined_ = false;
  std::unique_ptr<JS::PersistentRootedObject> owner_;  // the JS handle object, until 'exit' is emitted
  std::shared_ptr<Worker> self_;                       // keeps this alive until the exit is handled

  // Worker thread only (written before the exit notice, read by the parent after joining).
  std::unique_ptr<CloneMessage> startup_;
  bool out_of_memory_ = false;

  // Shared; guarded by mutex_.
  std::mutex mutex_;
  Environment* child_env_ = nullptr;  // set while the child's environment can be interrupted
  bool terminate_requested_ = false;
  bool exited_ = false;
  int exit_code_ = 0;
  ExitReason exit_reason_ = ExitReason::kNormal;
};

}  // namespace loom
