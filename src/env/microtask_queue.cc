// Microtask queue implementation (see microtask_queue.h).
#include "env/microtask_queue.h"

#include "env/environment.h"

namespace loom {

MicrotaskQueue::MicrotaskQueue(JSContext* cx, Environment* env) : env_(env), jobs_(cx) {}

JSObject* MicrotaskQueue::getIncumbentGlobal(JSContext* cx) { return JS::CurrentGlobalOrNull(cx); }

bool MicrotaskQueue::enqueuePromiseJob(JSContext* cx, JS::HandleObject, JS::HandleObject job,
                                       JS::HandleObject, JS::HandleObject) {
  return Enqueue(cx, job);
}

bool MicrotaskQueue::Enqueue(JSContext* cx, JS::HandleObject job) {
  if (!jobs_.append(job)) {
    JS_ReportOutOfMemory(cx);
    return false;
  }
  env_->tick_info()[2] = 1;  // lets JS skip a native call when there is nothing to run
  JS::JobQueueMayNotBeEmpty(cx);
  return true;
}

void MicrotaskQueue::runJobs(JSContext* cx) { (void)Drain(cx); }

bool MicrotaskQueue::Drain(JSContext* cx) {
  if (draining_) return true;  // a job that drains re-entrantly: the outer loop picks up new jobs
  if (jobs_.empty()) {
    // The end of a job all the same: objects that WeakRef.deref() kept alive during it may now be collected.
    JS::ClearKeptObjects(cx);
    return true;
  }
  draining_ = true;
  JS::RootedObject job(cx);
  JS::RootedValue rval(cx);
  size_t i = 0;
  bool ok = true;
  // Jobs append more jobs while we run, so re-read the length each time; compact in one step at the end.
  for (; i < jobs_.length(); i++) {
    if (env_->IsStopping()) {
      ok = false;
      break;
    }
    job = jobs_[i];
    jobs_[i].set(nullptr);
    JSAutoRealm ar(cx, job);
    if (!JS::Call(cx, JS::UndefinedHandleValue, job, JS::HandleValueArray::empty(), &rval)) {
      if (!env_->ReportUncaughtException()) {
        ok = false;
        i++;
        break;
      }
    }
  }
  jobs_.clear();  // all ran, or the thread is stopping and pending jobs never run
  if (ok) JS::JobQueueIsEmpty(cx);
  env_->tick_info()[2] = 0;
  JS::ClearKeptObjects(cx);
  draining_ = false;
  return ok;
}

js::UniquePtr<JS::JobQueue::SavedJobQueue> MicrotaskQueue::saveJobQueue(JSContext* cx) {
  // Only the Debugger API saves job queues; loom does not expose it.
  return nullptr;
}

}  // namespace loom
