// LoopNotifier: wakes one thread's event loop from any thread and tells it which objects have work, through
// a single eventfd per loop. It replaces a uv_async_t per message port for the hot path: libuv 1.44's async
// handles spin on the receiving side while a sender is between its two steps, which costs tens of
// microseconds per wake-up whenever the two threads share a core.
#pragma once

#include <uv.h>

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

  int fd_ = -1;            // eventfd; written by notifiers, read by the loop thread
  uv_poll_t poll_;         // loop thread only
  bool open_ = false;      // loop thread only
  std::mutex mutex_;
  std::vector<Target*> ready_;  // guarded by mutex_: targets to run, in notification order
  bool signaled_ = false;       // guarded by mutex_: the eventfd holds an unread wake-up
};

}  // namespace loom
