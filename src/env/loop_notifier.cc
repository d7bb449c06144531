// LoopNotifier (see loop_notifier.h).
#include "env/loop_notifier.h"

#include <errno.h>
#include <sys/eventfd.h>
#include <unistd.h>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <thread>

namespace loom {
namespace {

// How long after handling a notification a loop still counts as hot (and spins before sleeping).
constexpr uint64_t kHotWindowNs = 1000 * 1000;
constexpr uint64_t kDefaultSpinUs = 50;

// The spin length from LOOM_SPIN_US, read once per process; 0 on a single core, where spinning only
// delays the thread it waits for.
uint64_t SpinNanoseconds() {
  static const uint64_t spin_ns = [] {
    if (std::thread::hardware_concurrency() < 2) return uint64_t{0};
    const char* value = std::getenv("LOOM_SPIN_US");
    uint64_t us = value && *value ? std::strtoull(value, nullptr, 10) : kDefaultSpinUs;
    return std::min<uint64_t>(us, 10000) * 1000;
  }();
  return spin_ns;
}

inline void CpuRelax() {
#if defined(__x86_64__) || defined(__i386__)
  __builtin_ia32_pause();
#endif
}

}  // namespace

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
  spin_ns_ = SpinNanoseconds();
  uv_prepare_init(loop, &prepare_);
  prepare_.data = this;
  if (spin_ns_) uv_prepare_start(&prepare_, BeforePoll);
  uv_unref(reinterpret_cast<uv_handle_t*>(&prepare_));
  uv_idle_init(loop, &keep_polling_);
  uv_unref(reinterpret_cast<uv_handle_t*>(&keep_polling_));
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
    pending_.store(false, std::memory_order_relaxed);
  }
  uv_close(reinterpret_cast<uv_handle_t*>(&prepare_), nullptr);
  uv_close(reinterpret_cast<uv_handle_t*>(&keep_polling_), nullptr);
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
    pending_.store(true, std::memory_order_seq_cst);
    // A loop that is spinning sees pending_ without a wake-up. It clears spinning_ before it last looks at
    // pending_ (both sequentially consistent), so either it sees this notification or this sees it asleep.
    wake = !signaled_ && !spinning_.load(std::memory_order_seq_cst);
    if (wake) signaled_ = true;
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
  self->ConsumeWakeup();
  self->RunReady();
}

void LoopNotifier::BeforePoll(uv_prepare_t* handle) {
  auto* self = static_cast<LoopNotifier*>(handle->data);
  uv_loop_t* loop = handle->loop;
  // Spin only when the loop would otherwise sleep (keep_polling_ itself aside), and only while it is hot.
  uv_idle_stop(&self->keep_polling_);
  if (uv_backend_timeout(loop) == 0) return;
  uint64_t start = uv_hrtime();
  if (start - self->last_run_ns_ > kHotWindowNs) return;
  self->spinning_.store(true, std::memory_order_seq_cst);
  bool got = false;
  do {
    if (self->pending_.load(std::memory_order_acquire)) {
      got = true;
      break;
    }
    for (int i = 0; i < 32; i++) CpuRelax();
  } while (uv_hrtime() - start < self->spin_ns_);
  self->spinning_.store(false, std::memory_order_seq_cst);
  // Looked at again after spinning_ is clear: a notifier that saw us spinning did not wake us.
  if (!got && !self->pending_.load(std::memory_order_seq_cst)) return;  // cooled down: the poll may sleep
  // Still hot: the poll that follows only looks at I/O without sleeping (an active idle handle makes its
  // timeout zero), and the next turn of the loop spins again.
  uv_idle_start(&self->keep_polling_, [](uv_idle_t*) {});
  // As in OnReadable, a wake-up is consumed before the targets are taken, never after: one written after
  // this read belongs to targets queued after it, and must stay for the poll to see.
  bool signaled;
  {
    std::lock_guard<std::mutex> lock(self->mutex_);
    signaled = self->signaled_;
  }
  if (signaled) self->ConsumeWakeup();  // may find nothing yet if the notifier is between its two steps
  self->RunReady();
}

void LoopNotifier::ConsumeWakeup() {
  uint64_t count;
  while (read(fd_, &count, sizeof(count)) < 0 && errno == EINTR) {
  }
}

void LoopNotifier::RunReady() {
  // Run the targets queued so far; one that is notified again while running goes to the next round.
  std::vector<Target*> batch;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    batch.swap(ready_);
    signaled_ = false;
    pending_.store(false, std::memory_order_relaxed);
  }
  if (!batch.empty()) last_run_ns_ = uv_hrtime();
  for (size_t i = 0; i < batch.size(); i++) {
    Target* target = batch[i];
    {
      // A target cancelled by an earlier one in this batch (a port closed by a listener) is skipped.
      std::lock_guard<std::mutex> lock(mutex_);
      if (!target->queued_) continue;
      target->queued_ = false;
    }
    target->OnNotified();
  }
}

}  // namespace loom
