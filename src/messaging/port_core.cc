// Entangled port pairs and their queues (see port_core.h for the locking rules).
#include "messaging/port_core.h"

namespace loom {

PortCore::Pair PortCore::NewPair() {
  std::shared_ptr<PortCore> a(new PortCore());
  std::shared_ptr<PortCore> b(new PortCore());
  a->peer_ = b;
  b->peer_ = a;
  return {a, b};
}

bool PortCore::Post(Message message) {
  std::shared_ptr<PortCore> peer;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    if (closed_) return false;
    peer = peer_.lock();
  }
  if (!peer) return false;
  peer->Push(std::move(message));
  return true;
}

void PortCore::Push(Message message) {
  std::lock_guard<std::mutex> lock(mutex_);
  if (closed_) return;  // closed concurrently: dropped, like any message to a closed port
  queue_.push_back(std::move(message));
  if (receiver_) receiver_->OnPortSignal();
}

size_t PortCore::Receive(std::deque<Message>* out, size_t max) {
  std::lock_guard<std::mutex> lock(mutex_);
  size_t n = 0;
  while (n < max && !queue_.empty()) {
    out->push_back(std::move(queue_.front()));
    queue_.pop_front();
    n++;
  }
  return n;
}

Message PortCore::ReceiveOne() {
  std::lock_guard<std::mutex> lock(mutex_);
  if (queue_.empty()) return nullptr;
  Message m = std::move(queue_.front());
  queue_.pop_front();
  return m;
}

size_t PortCore::QueuedCount() {
  std::lock_guard<std::mutex> lock(mutex_);
  return queue_.size();
}

bool PortCore::Attach(PortReceiver* receiver) {
  std::lock_guard<std::mutex> lock(mutex_);
  if (receiver_ && receiver_ != receiver) return false;
  receiver_ = receiver;
  // Anything queued while nobody listened (or the peer closing meanwhile) must be noticed now.
  if (!queue_.empty() || closed_ || peer_.expired()) receiver_->OnPortSignal();
  return true;
}

void PortCore::Detach() {
  std::lock_guard<std::mutex> lock(mutex_);
  receiver_ = nullptr;
}

void PortCore::Close(bool keep_queued) {
  std::shared_ptr<PortCore> peer;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    if (closed_) return;
    closed_ = true;
    peer = peer_.lock();
    peer_.reset();
    // Messages that reached this side but were not received are dropped with it.
    if (!keep_queued) queue_.clear();
    if (receiver_) receiver_->OnPortSignal();
  }
  if (peer) peer->OnPeerClosed();
}

void PortCore::OnPeerClosed() {
  std::lock_guard<std::mutex> lock(mutex_);
  peer_.reset();
  if (receiver_) receiver_->OnPortSignal();
}

bool PortCore::IsClosed() {
  std::lock_guard<std::mutex> lock(mutex_);
  return closed_ || peer_.expired();
}

}  // namespace loom
