// LoopNotifier (see loop_notifier.h).
#include "env/loop_notifier.h"

#include <errno.h>
#include <sys/eventfd.h>
#include <unistd.h>

#include <algorithm>
#include <cstdint>

namespace loom {

bool LoopNotifier::Init(uv_loop_t* loop) {
  fd_ = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
  if (fd_ < 0) return false;
  if (uv_poll_init(loop, &poll_, fd_) != 0) {
    close(fd_);
    fd_ = -1;
    return false;
  }
  poll_.data = this;
  uv_poll_start(&poll_, UV_READABLE, OnReadable);
  uv_unref(reinterpret_cast<uv_handle_t*>(&poll_));
  open_ = true;
  return true;
}

void LoopNotifier::Close() {
  if (!open_) return;
  open_ = false;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    for (Target* target : ready_) target->queued_ = false;
    ready_.clear();
  }
  // The fd is closed once libuv has stopped watching it.
  uv_close(reinterpret_cast<uv_handle_t*>(&poll_), [](uv_handle_t* handle) {
    auto* self = static_cast<LoopNotifier*>(handle->data);
    close(self->fd_);
    self->fd_ = -1;
  });
}

void LoopNotifier::Notify(Target* target) {
  bool wake;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    if (target->queued_) return;
    target->queued_ = true;
    ready_.push_back(target);
    wake = !signaled_;
    signaled_ = true;
  }
  if (wake) {
    uint64_t one = 1;
    while (write(fd_, &one, sizeof(one)) < 0 && errno == EINTR) {
    }
  }
}

void LoopNotifier::Cancel(Target* target) {
  std::lock_guard<std::mutex> lock(mutex_);
  if (!target->queued_) return;
  target->queued_ = false;
  ready_.erase(std::remove(ready_.begin(), ready_.end(), target), ready_.end());
}

void LoopNotifier::OnReadable(uv_poll_t* handle, int status, int events) {
  auto* self = static_cast<LoopNotifier*>(handle->data);
  uint64_t count;
  while (read(self->fd_, &count, sizeof(count)) < 0 && errno == EINTR) {
  }
  // Run the targets queued so far; one that is notified again while running goes to the next round.
  std::vector<Target*> batch;
  {
    std::lock_guard<std::mutex> lock(self->mutex_);
    batch.swap(self->ready_);
    self->signaled_ = false;
  }
  for (size_t i = 0; i < batch.size(); i++) {
    Target* target = batch[i];
    {
      // A target cancelled by an earlier one in this batch (a port closed by a listener) is skipped.
      std::lock_guard<std::mutex> lock(self->mutex_);
      if (!target->queued_) continue;
      target->queued_ = false;
    }
    target->OnNotified();
  }
}

}  // namespace loom
