// The messaging core: a pair of entangled message ports and the queues between them. It knows nothing about
// JavaScript: a message is an opaque payload (a serialized structured-clone buffer in practice), so this code
// is unit-tested on its own. Any thread may post; each port is received from by the one thread it is bound to
// at a time (ports move between threads by being transferred).
//
// Locking: every PortCore has its own mutex. No code path holds two port mutexes at once: posting copies the
// peer pointer under the sender's lock, releases it, then locks the peer. That rules out lock-order deadlocks
// between two threads posting to each other or closing both ends at once.
#pragma once

#include <cstddef>
#include <deque>
#include <memory>
#include <mutex>

namespace loom {

// What a message carries. Destroying an undelivered payload must release everything it owns (transferred
// ArrayBuffer memory, transferred ports), on whatever thread drops it.
class MessagePayload {
 public:
  virtual ~MessagePayload() = default;
};

using Message = std::unique_ptr<MessagePayload>;

// Told that a port has something new: messages, or its peer has gone. Called with the port's lock held, so it
// must only signal (uv_async_send, a condition variable) and never call back into the port.
class PortReceiver {
 public:
  virtual ~PortReceiver() = default;
  virtual void OnPortSignal() = 0;
};

class PortCore : public std::enable_shared_from_this<PortCore> {
 public:
  using Pair = std::pair<std::shared_ptr<PortCore>, std::shared_ptr<PortCore>>;
  static Pair NewPair();

  // Queues a message for the peer. Returns false (and drops the message) when the pair is disentangled:
  // posting to a closed channel is silently ignored, as in Node.
  bool Post(Message message);
  // Takes up to `max` queued messages in order. Returns how many were appended to `out`.
  size_t Receive(std::deque<Message>* out, size_t max);
  // Takes one message, or returns null.
  Message ReceiveOne();
  size_t QueuedCount();

  // Binds the port to a receiver (one at a time); returns false if another receiver is bound.
  bool Attach(PortReceiver* receiver);
  // Unbinds. After Detach returns, the old receiver is never called again.
  void Detach();

  // Disentangles the pair. The peer's queue keeps what was already posted; its receiver is signalled so it
  // can deliver that and then report the close. This side's own queue is dropped unless `keep_queued`
  // (a port closed by its own listener still delivers what had arrived). Safe to call from either side, any
  // number of times.
  void Close(bool keep_queued = false);
  // True once this side or the peer has closed.
  bool IsClosed();

 private:
  PortCore() = default;
  void OnPeerClosed();
  void Push(Message message);

  std::mutex mutex_;
  std::deque<Message> queue_;         // messages posted to this port by its peer; guarded by mutex_
  std::weak_ptr<PortCore> peer_;      // guarded by mutex_; empty once disentangled
  PortReceiver* receiver_ = nullptr;  // guarded by mutex_
  bool closed_ = false;               // guarded by mutex_
};

}  // namespace loom
