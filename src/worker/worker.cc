// Worker thread lifecycle (see worker.h).
#include "worker/worker.h"

#include <atomic>
#include <chrono>

#include "env/environment.h"
#include "worker/thread_pool.h"

namespace loom {
namespace {

std::atomic<uint64_t> g_next_thread_id{1};  // thread ids are process-wide and never reused, as in Node

constexpr size_t kDefaultWorkerStack = 4 * 1024 * 1024;  // Node's default stackSizeMb is 4
// How often a terminating child that has not stopped yet is asked again (see Worker::Terminate).
constexpr std::chrono::milliseconds kTerminateRetry{10};

StartupOptions WorkerStartupOptions() {
  StartupOptions startup;
  startup.mode = "worker";  // the script and process.argv come with the start-up message
  return startup;
}

}  // namespace

Worker::Worker(Environment* parent, std::unique_ptr<CloneMessage> startup, EngineLimits limits)
    : thread_id_(g_next_thread_id.fetch_add(1)),
      limits_([&] {
        if (!limits.stack_bytes) limits.stack_bytes = kDefaultWorkerStack;
        return limits;
      }()),
      parent_env_(parent),
      startup_(std::move(startup)) {
  auto ports = PortCore::NewPair();
  parent_port_ = ports.first;
  child_port_ = ports.second;
  auto control = PortCore::NewPair();
  parent_control_ = control.first;
  child_control_ = control.second;
}

Worker::~Worker() = default;

int Worker::Start(std::shared_ptr<Worker> self, JS::HandleObject owner) {
  uv_async_init(parent_env_->loop(), &exit_async_, OnExitNotice);
  exit_async_.data = this;
  exit_async_open_ = true;
  owner_ = std::make_unique<JS::PersistentRootedObject>(parent_env_->cx(), owner);
  self_ = self;
  int err = StartWorkerThread(std::move(self));
  if (err != 0) {
    owner_.reset();
    CloseExitHandle();
    self_.reset();  // may destroy this: nothing may follow
    return err;
  }
  started_ = true;
  parent_env_->AddChildWorker(this);
  return 0;
}

bool Worker::CanShareContext() const {
  return limits_.stack_bytes == kDefaultWorkerStack && limits_.max_heap_bytes == 0 &&
         limits_.nursery_bytes == 0;
}

std::unique_ptr<Environment> Worker::PrepareEnvironment(JSContext* idle_context) {
  EngineLimits limits;
  limits.stack_bytes = kDefaultWorkerStack;
  auto env = std::make_unique<Environment>(WorkerStartupOptions(), limits, nullptr, idle_context);
  if (!env->Start() || !env->LoadBuiltin("internal/main/prepare_worker")) return nullptr;
  return env;
}

JSContext* Worker::RunOnThisThread(std::unique_ptr<Environment> prepared) {
  int code = 1;
  ExitReason reason = ExitReason::kNormal;
  JSContext* kept_context = nullptr;
  {
    std::unique_ptr<Environment> owned = prepared ? std::move(prepared)
                                                  : std::make_unique<Environment>(WorkerStartupOptions(),
                                                                                  limits_, this);
    Environment& env = *owned;
    env.AttachWorker(this, thread_id_);
    env.set_keep_context(CanShareContext());
    bool run;
    {
      std::lock_guard<std::mutex> lock(mutex_);
      run = !terminate_requested_;
      if (run) child_env_ = &env;
    }
    if (run && (env.started() || env.Start())) {
      code = env.Run();
    } else if (run && !env.IsStopping()) {
      reason = ExitReason::kStartFailed;
    }
    {
      std::lock_guard<std::mutex> lock(mutex_);
      child_env_ = nullptr;
      if (terminate_requested_ || env.WasTerminated()) {
        code = terminated_unstarted_ ? 0 : 1;
        reason = ExitReason::kTerminated;
      }
    }
    if (out_of_memory_) {
      code = 1;
      reason = ExitReason::kOutOfMemory;
    }
    kept_context = env.TakeKeptContext();
  }  // the environment (loop, global) is destroyed here, on its own thread
  child_port_->Close();
  child_control_->Close();
  {
    std::lock_guard<std::mutex> lock(mutex_);
    exited_ = true;
    exit_code_ = code;
    exit_reason_ = reason;
  }
  // The parent closes exit_async_ only after done_ is set, so it is valid here.
  uv_async_send(&exit_async_);
  {
    std::lock_guard<std::mutex> lock(mutex_);
    done_ = true;
  }
  done_cv_.notify_all();
  return kept_context;
}

void Worker::WaitUntilDone() {
  std::unique_lock<std::mutex> lock(mutex_);
  while (!done_cv_.wait_for(lock, kTerminateRetry, [this] { return done_; })) {
    if (terminate_requested_ && child_env_) child_env_->RequestTerminate();  // see Terminate
  }
}

void Worker::Terminate() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    // Node ends a worker whose thread has not set up its environment yet with exit code 0, one that has with
    // 1. loom's threads come ready-made, so the line is drawn at 'online': decided under this lock against
    // MarkOnline, so a worker that came online always exits with 1 and one that did not, with 0.
    if (!terminate_requested_) terminated_unstarted_ = !online_;
    terminate_requested_ = true;
    if (child_env_) child_env_->RequestTerminate();
  }
  // The engine notices an interrupt request at its next check, and Atomics.wait does not check before it
  // blocks: a request that lands between the child's last check and its wait is lost, and the child waits
  // for ever. So it is asked again every few milliseconds until it is gone.
  if (exit_async_open_ && !terminate_retry_open_) {
    uv_timer_init(parent_env_->loop(), &terminate_retry_);
    terminate_retry_.data = this;
    uv_timer_start(&terminate_retry_, OnTerminateRetry, kTerminateRetry.count(), kTerminateRetry.count());
    uv_unref(reinterpret_cast<uv_handle_t*>(&terminate_retry_));  // the exit notice keeps the loop alive
    terminate_retry_open_ = true;
  }
}

void Worker::OnTerminateRetry(uv_timer_t* handle) {
  auto* self = static_cast<Worker*>(handle->data);
  std::lock_guard<std::mutex> lock(self->mutex_);
  if (self->child_env_) self->child_env_->RequestTerminate();
}

bool Worker::LoopTimes(double* idle_ms, double* alive_ms) {
  std::lock_guard<std::mutex> lock(mutex_);
  return child_env_ && child_env_->LoopTimes(idle_ms, alive_ms);
}

void Worker::SetRef(bool ref) {
  if (!exit_async_open_) return;
  if (ref)
    uv_ref(reinterpret_cast<uv_handle_t*>(&exit_async_));
  else
    uv_unref(reinterpret_cast<uv_handle_t*>(&exit_async_));
}

void Worker::OnExitNotice(uv_async_t* handle) {
  auto* self = static_cast<Worker*>(handle->data);
  {
    std::lock_guard<std::mutex> lock(self->mutex_);
    if (!self->exited_) return;
  }
  self->HandleExit();
}

void Worker::HandleExit() {
  WaitUntilDone();  // at most the few instructions between the exit notice and done_
  parent_env_->RemoveChildWorker(this);
  CloseExitHandle();
  std::shared_ptr<Worker> keep_alive = std::move(self_);
  if (!owner_) return;
  JSContext* cx = parent_env_->cx();
  JS::RootedValue owner(cx, JS::ObjectValue(**owner_));
  owner_.reset();
  JS::RootedValueArray<2> args(cx);
  args[0].setInt32(exit_code_);
  args[1].setInt32(static_cast<int32_t>(exit_reason_));
  JS::RootedValue rval(cx);
  (void)parent_env_->MakeCallback(parent_env_->hook(Environment::kWorkerOnExit), owner, args, &rval);
}

void Worker::JoinForParentTeardown() {
  Terminate();
  if (started_) WaitUntilDone();
  owner_.reset();
  CloseExitHandle();
  self_.reset();  // may destroy this
}

void Worker::CloseExitHandle() {
  if (terminate_retry_open_) {
    terminate_retry_open_ = false;
    terminate_retry_.data = new std::shared_ptr<Worker>(self_);  // as for exit_async_ below
    uv_close(reinterpret_cast<uv_handle_t*>(&terminate_retry_),
             [](uv_handle_t* h) { delete static_cast<std::shared_ptr<Worker>*>(h->data); });
  }
  if (!exit_async_open_) return;
  exit_async_open_ = false;
  // The handle's memory lives in this object: keep the object alive until libuv is done with it.
  auto* keep = new std::shared_ptr<Worker>(self_);
  exit_async_.data = keep;
  uv_close(reinterpret_cast<uv_handle_t*>(&exit_async_),
           [](uv_handle_t* h) { delete static_cast<std::shared_ptr<Worker>*>(h->data); });
}

std::unique_ptr<CloneMessage> Worker::TakeStartupMessage() { return std::move(startup_); }

bool Worker::MarkOnline() {
  std::lock_guard<std::mutex> lock(mutex_);
  if (terminate_requested_) return false;
  online_ = true;
  return true;
}

}  // namespace loom
