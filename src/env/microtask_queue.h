// The per-thread microtask (promise job) queue. SpiderMonkey hands us promise reaction jobs; we run them at the
// points Node runs its microtask checkpoints (after every macrotask, in the order process.nextTick dictates),
// and stop at once when the thread is terminating.
#pragma once

#include <js/GCVector.h>
#include <js/Promise.h>
#include <js/RootingAPI.h>
#include <jsapi.h>

namespace loom {

class Environment;

class MicrotaskQueue final : public JS::JobQueue {
 public:
  MicrotaskQueue(JSContext* cx, Environment* env);

  // Appends a job (a callable JSObject). Also used by queueMicrotask().
  [[nodiscard]] bool Enqueue(JSContext* cx, JS::HandleObject job);
  // Runs jobs until the queue is empty. Returns false if a job failed uncatchably (termination, exit);
  // exceptions thrown by queueMicrotask callbacks are reported as uncaught exceptions and draining goes on.
  [[nodiscard]] bool Drain(JSContext* cx);
  bool IsEmpty() const { return jobs_.empty(); }
  void Clear() { jobs_.clear(); }

  // JS::JobQueue
  JSObject* getIncumbentGlobal(JSContext* cx) override;
  bool enqueuePromiseJob(JSContext* cx, JS::HandleObject promise, JS::HandleObject job,
                         JS::HandleObject allocation_site, JS::HandleObject incumbent_global) override;
  void runJobs(JSContext* cx) override;
  bool empty() const override { return jobs_.empty(); }

 private:
  js::UniquePtr<SavedJobQueue> saveJobQueue(JSContext* cx) override;

  Environment* env_;
  JS::PersistentRooted<JS::GCVector<JSObject*, 0, js::SystemAllocPolicy>> jobs_;
  bool draining_ = false;
};

}  // namespace loom
