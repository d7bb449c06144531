// LoopNotifier: wakes one thread's event loop from any thread and tells it which objects have work, through
// a single eventfd per loop. It replaces a uv_async_t per message port for the hot path: libuv 1.44's async
// handles spin on the receiving side while a sender is between its two steps, which costs tens of
// microseconds per wake-up whenever the two threads share a core.
//
// Hot spinning: a loop that was notified moments ago (a ping-pong, a request/reply exchange) is likely to be
// notified again within microseconds. Before such a loop goes to sleep in the kernel, it watches for the next
// notification for a short while (LOOM_SPIN_US, default 50 us; 0 turns it off) and handles it without
// a sleep and wake-up. A loop that has not been notified for a millisecond does not spin at all, so an idle
// thread costs nothing; nor does a loop with other work due, nor any loop on a single-core machine.
#pragma once

#include <uv.h>

#include <atomic>
#include <cstdint>
#include <mutex>
#include <vector>

namespace loom {

class LoopNotifier {
 public:
  // Something that runs on the loop thread when notified.
  class Target {
   public:
    virtual ~Target() = default;
    virtual void OnNotified() = 0;

   private:
    friend class LoopNotifier;
    bool queued_ = false;  // guarded by the notifier's mutex_
  };

  // Loop thread. The notifier never keeps the loop alive by itself.
  [[nodiscard]] bool Init(uv_loop_t* loop);
  void Close();

  // Any thread: runs target->OnNotified() once on the loop thread, soon (in the loop's poll phase).
  // Several notifications before it runs coalesce into one call.
  void Notify(Target* target);
  // Loop thread: forget a target that is going away; it is not called after this returns.
  void Cancel(Target* target);

 private:
  static void OnReadable(uv_poll_t* handle, int status, int events);
  static void BeforePoll(uv_prepare_t* handle);
  // Loop thread: runs the targets notified so far.
  void RunReady();
  // Loop thread: reads the eventfd's count (non-blocking; nothing to read is fine).
  void ConsumeWakeup();

  int fd_ = -1;            // eventfd; written by notifiers, read by the loop thread
  uv_poll_t poll_;         // loop thread only
  uv_prepare_t prepare_;   // loop thread only; runs BeforePoll when spinning is on
  uv_idle_t keep_polling_;  // loop thread only; active while hot, so that the poll does not sleep
  bool open_ = false;      // loop thread only
  uint64_t spin_ns_ = 0;          // loop thread only; 0: no spinning
  uint64_t last_run_ns_ = 0;      // loop thread only: when RunReady last ran targets
  std::atomic<bool> pending_{false};   // set with ready_ non-empty; read lock-free by the spinning loop
  std::atomic<bool> spinning_{false};  // written by the loop thread; notifiers skip the eventfd while set
  std::mutex mutex_;
  std::vector<Target*> ready_;  // guarded by mutex_: targets to run, in notification order
  bool signaled_ = false;       // guarded by mutex_: the eventfd holds an unread wake-up
};

}  // namespace loom
