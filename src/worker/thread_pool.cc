// Worker threads and their reuse (see thread_pool.h).
#include "worker/thread_pool.h"

#ifdef LOOM_JEMALLOC
#include <jemalloc/jemalloc.h>
#define LOOM_STRINGIFY_INNER(x) #x
#define LOOM_STRINGIFY(x) LOOM_STRINGIFY_INNER(x)
#elif !defined(LOOM_SANITIZED)
#include <malloc.h>
#endif
#include <uv.h>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <cstdlib>
#include <mutex>
#include <vector>

#include "engine/engine.h"
#include "env/environment.h"
#include "worker/worker.h"

namespace loom {
namespace {

// How long an idle thread waits for a new worker before it destroys its context and ends. Long enough for
// a program that starts workers one after another or in bursts, short enough that an idle process gives its
// memory back soon.
constexpr auto kIdleTimeout = std::chrono::seconds(5);
constexpr size_t kDefaultMaxIdle = 8;

size_t MaxIdleThreads() {
  static const size_t max_idle = [] {
    const char* value = std::getenv("LOOM_IDLE_WORKER_THREADS");
    if (!value || !*value) return kDefaultMaxIdle;
    char* end = nullptr;
    unsigned long n = std::strtoul(value, &end, 10);
    return *end == '\0' ? static_cast<size_t>(n) : kDefaultMaxIdle;
  }();
  return max_idle;
}

// A thread's freed memory sits in the allocator's caches; give those pages back to the system when a
// thread is done for good (neither allocator would do it soon on its own). Sanitizer builds replace malloc
// altogether: glibc's malloc_trim would walk arenas that were never set up (and crash on a fresh thread).
void ReturnFreedMemory() {
#if defined(LOOM_JEMALLOC)
  mallctl("arena." LOOM_STRINGIFY(MALLCTL_ARENAS_ALL) ".purge", nullptr, nullptr, nullptr, 0);
#elif !defined(LOOM_SANITIZED)
  malloc_trim(0);
#endif
}

struct PoolThread {
  uv_thread_t thread;
  // Guarded by Pool::mutex.
  std::shared_ptr<Worker> next;  // the worker to run next: set by StartWorkerThread, taken by the thread
  bool finished = false;         // the thread is about to return; whoever sees this joins it
  std::condition_variable wake;  // signalled when `next` is set or the pool shuts down
};

struct Pool {
  std::mutex mutex;
  // All guarded by mutex.
  std::vector<std::unique_ptr<PoolThread>> threads;  // every thread started and not yet joined
  std::vector<PoolThread*> idle;       // threads waiting with a prepared environment, newest last
  std::vector<PoolThread*> preparing;  // threads preparing one (they count against the idle limit)
  bool shutting_down = false;
};

Pool& GetPool() {
  static Pool* pool = new Pool();  // used by every thread until the process ends
  return *pool;
}

// Removes finished threads from the pool (under its lock); the caller joins them after unlocking.
std::vector<std::unique_ptr<PoolThread>> TakeFinished(Pool& pool) {
  std::vector<std::unique_ptr<PoolThread>> finished;
  auto split = std::stable_partition(pool.threads.begin(), pool.threads.end(),
                                     [](const std::unique_ptr<PoolThread>& t) { return !t->finished; });
  std::move(split, pool.threads.end(), std::back_inserter(finished));
  pool.threads.erase(split, pool.threads.end());
  return finished;
}

void JoinAll(std::vector<std::unique_ptr<PoolThread>>& threads) {
  for (auto& t : threads) uv_thread_join(&t->thread);
  threads.clear();
}

// Whether a thread that has just finished a worker may wait for another one.
bool MayWait(const Pool& pool) {
  return !pool.shutting_down && pool.idle.size() + pool.preparing.size() < MaxIdleThreads();
}

void Remove(std::vector<PoolThread*>& list, PoolThread* thread) {
  list.erase(std::find(list.begin(), list.end(), thread));
}

void ThreadMain(void* arg) {
  auto* self = static_cast<PoolThread*>(arg);
  Pool& pool = GetPool();
  std::shared_ptr<Worker> worker;
  {
    std::lock_guard<std::mutex> lock(pool.mutex);
    worker = std::move(self->next);
  }
  std::unique_ptr<Environment> prepared;
  while (worker) {
    JSContext* cx = worker->RunOnThisThread(std::move(prepared));
    worker.reset();
    if (!cx) break;
    bool may_wait;
    {
      std::lock_guard<std::mutex> lock(pool.mutex);
      may_wait = MayWait(pool);
      if (may_wait) pool.preparing.push_back(self);
    }
    if (!may_wait) {
      DestroyThreadContext(cx);  // outside the lock: it takes a while
      break;
    }
    // While nobody waits for it: free what the finished worker left (now or after a few workers), then
    // bootstrap the next worker's environment, so that a new Worker only has to run its own code. (A worker
    // started meanwhile gets another thread: with workers started back to back, threads take turns.)
    CollectBetweenWorkers(cx);
    prepared = Worker::PrepareEnvironment(cx);  // on failure, the context is gone
    std::unique_lock<std::mutex> lock(pool.mutex);
    Remove(pool.preparing, self);
    if (!self->next) {  // else a worker was queued here while preparing: run it (in a new context if need be)
      if (!prepared || !MayWait(pool)) break;  // (the environment is destroyed after the loop, unlocked)
      pool.idle.push_back(self);
      self->wake.wait_for(lock, kIdleTimeout, [&] { return self->next || pool.shutting_down; });
      if (!self->next) {
        Remove(pool.idle, self);
        break;
      }
    }
    worker = std::move(self->next);
  }
  prepared.reset();  // its context goes with it
  ReturnFreedMemory();
  std::lock_guard<std::mutex> lock(pool.mutex);
  self->finished = true;
}

}  // namespace

int StartWorkerThread(std::shared_ptr<Worker> worker) {
  Pool& pool = GetPool();
  std::vector<std::unique_ptr<PoolThread>> finished;
  int err = 0;
  {
    std::lock_guard<std::mutex> lock(pool.mutex);
    finished = TakeFinished(pool);
    // A thread still preparing an environment is the next best thing to an idle one, but only once the pool
    // has as many threads as may wait: below that, workers started back to back do better on threads of their
    // own that take turns preparing.
    PoolThread* preparing = nullptr;
    if (pool.threads.size() >= MaxIdleThreads()) {
      for (PoolThread* thread : pool.preparing) {
        if (!thread->next) preparing = thread;
      }
    }
    if (worker->CanShareContext() && !pool.idle.empty()) {
      PoolThread* thread = pool.idle.back();
      pool.idle.pop_back();
      thread->next = std::move(worker);
      thread->wake.notify_one();
    } else if (worker->CanShareContext() && preparing) {
      preparing->next = std::move(worker);  // taken as soon as its environment is ready
    } else {
      auto thread = std::make_unique<PoolThread>();
      uv_thread_options_t options;
      options.flags = UV_THREAD_HAS_STACK_SIZE;
      options.stack_size = worker->limits().stack_bytes;
      thread->next = std::move(worker);
      // The new thread takes `next` under the lock, so it waits until this function has released it.
      err = uv_thread_create_ex(&thread->thread, &options, ThreadMain, thread.get());
      if (err == 0) pool.threads.push_back(std::move(thread));
    }
  }
  JoinAll(finished);
  return err;
}

void ShutdownWorkerThreads() {
  Pool& pool = GetPool();
  std::vector<std::unique_ptr<PoolThread>> threads;
  {
    std::lock_guard<std::mutex> lock(pool.mutex);
    pool.shutting_down = true;
    for (PoolThread* thread : pool.idle) thread->wake.notify_one();
    threads = std::move(pool.threads);
    pool.threads.clear();
  }
  JoinAll(threads);
  std::lock_guard<std::mutex> lock(pool.mutex);
  pool.shutting_down = false;
}

}  // namespace loom
