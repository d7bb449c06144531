// Unit tests for the messaging core (src/messaging/port_core.h): ordering, many producers, closing while
// the other side receives, and that dropped messages release what they own.
#include <gtest/gtest.h>

#include <atomic>
#include <condition_variable>
#include <thread>
#include <vector>

#include "messaging/port_core.h"

namespace loom {
namespace {

// A payload that records its value and counts live instances, so tests can see drops.
std::atomic<int> g_live_payloads{0};
struct TestPayload final : MessagePayload {
  explicit TestPayload(int producer, int seq) : producer(producer), seq(seq) { g_live_payloads++; }
  ~TestPayload() override { g_live_payloads--; }
  int producer;
  int seq;
};

Message Make(int producer, int seq) { return std::make_unique<TestPayload>(producer, seq); }

// A receiver that lets a test thread sleep until the port signals.
class WaitingReceiver final : public PortReceiver {
 public:
  void OnPortSignal() override {
    std::lock_guard<std::mutex> lock(mutex_);
    signalled_ = true;
    cv_.notify_one();
  }
  void Wait() {
    std::unique_lock<std::mutex> lock(mutex_);
    cv_.wait(lock, [this] { return signalled_; });
    signalled_ = false;
  }

 private:
  std::mutex mutex_;
  std::condition_variable cv_;
  bool signalled_ = false;
};

TEST(PortCore, DeliversInOrder) {
  auto pair = PortCore::NewPair();
  for (int i = 0; i < 100; i++) ASSERT_TRUE(pair.first->Post(Make(0, i)));
  std::deque<Message> out;
  EXPECT_EQ(pair.second->Receive(&out, 1000), 100u);
  for (int i = 0; i < 100; i++) EXPECT_EQ(static_cast<TestPayload*>(out[i].get())->seq, i);
}

TEST(PortCore, BatchesAreBounded) {
  auto pair = PortCore::NewPair();
  for (int i = 0; i < 10; i++) ASSERT_TRUE(pair.first->Post(Make(0, i)));
  std::deque<Message> out;
  EXPECT_EQ(pair.second->Receive(&out, 4), 4u);
  EXPECT_EQ(pair.second->QueuedCount(), 6u);
}

TEST(PortCore, ManyProducersKeepPerProducerOrder) {
  constexpr int kProducers = 8;
  constexpr int kPerProducer = 20000;
  auto pair = PortCore::NewPair();
  WaitingReceiver receiver;
  ASSERT_TRUE(pair.second->Attach(&receiver));
  std::vector<std::thread> producers;
  for (int p = 0; p < kProducers; p++) {
    producers.emplace_back([&, p] {
      for (int i = 0; i < kPerProducer; i++) ASSERT_TRUE(pair.first->Post(Make(p, i)));
    });
  }
  std::vector<int> next(kProducers, 0);
  int received = 0;
  while (received < kProducers * kPerProducer) {
    std::deque<Message> out;
    if (pair.second->Receive(&out, 1024) == 0) {
      receiver.Wait();
      continue;
    }
    for (auto& m : out) {
      auto* payload = static_cast<TestPayload*>(m.get());
      ASSERT_EQ(payload->seq, next[payload->producer]) << "producer " << payload->producer;
      next[payload->producer]++;
      received++;
    }
  }
  for (auto& t : producers) t.join();
  pair.second->Detach();
  EXPECT_EQ(received, kProducers * kPerProducer);
}

TEST(PortCore, CloseWhileTheOtherSideReceives) {
  auto pair = PortCore::NewPair();
  WaitingReceiver receiver;
  ASSERT_TRUE(pair.second->Attach(&receiver));
  std::atomic<bool> stop{false};
  std::thread producer([&] {
    for (int i = 0; !stop; i++) {
      if (!pair.first->Post(Make(0, i))) break;  // closed: posting reports the drop
    }
  });
  int last = -1;
  bool closed_seen = false;
  while (!closed_seen) {
    std::deque<Message> out;
    pair.second->Receive(&out, 64);
    for (auto& m : out) {
      int seq = static_cast<TestPayload*>(m.get())->seq;
      ASSERT_EQ(seq, last + 1);
      last = seq;
    }
    if (last >= 1000 && !pair.second->IsClosed()) pair.second->Close();
    closed_seen = pair.second->IsClosed() && pair.second->QueuedCount() == 0;
  }
  stop = true;
  producer.join();
  pair.second->Detach();
  EXPECT_FALSE(pair.first->Post(Make(0, -1)));
  EXPECT_TRUE(pair.first->IsClosed());
}

TEST(PortCore, PeerCloseKeepsQueuedMessagesForTheReceiver) {
  auto pair = PortCore::NewPair();
  ASSERT_TRUE(pair.first->Post(Make(0, 1)));
  ASSERT_TRUE(pair.first->Post(Make(0, 2)));
  pair.first->Close();
  EXPECT_TRUE(pair.second->IsClosed());
  EXPECT_EQ(pair.second->QueuedCount(), 2u);  // what was sent before close still arrives
  EXPECT_FALSE(pair.second->Post(Make(0, 3)));
}

TEST(PortCore, DroppedMessagesAreFreed) {
  int before = g_live_payloads;
  {
    auto pair = PortCore::NewPair();
    for (int i = 0; i < 50; i++) ASSERT_TRUE(pair.first->Post(Make(0, i)));
    EXPECT_EQ(g_live_payloads, before + 50);
    pair.second->Close();  // the receiving side closes: its queue is dropped
    EXPECT_EQ(g_live_payloads, before);
    EXPECT_FALSE(pair.first->Post(Make(0, 99)));  // and later posts are dropped at once
    EXPECT_EQ(g_live_payloads, before);
    for (int i = 0; i < 10; i++) ASSERT_FALSE(pair.second->Post(Make(0, i)));
  }
  {
    auto pair = PortCore::NewPair();
    for (int i = 0; i < 20; i++) ASSERT_TRUE(pair.first->Post(Make(0, i)));
  }  // both ends gone with messages queued
  EXPECT_EQ(g_live_payloads, before);
}

TEST(PortCore, AttachSignalsWhatIsAlreadyQueued) {
  auto pair = PortCore::NewPair();
  ASSERT_TRUE(pair.first->Post(Make(0, 1)));
  WaitingReceiver receiver;
  ASSERT_TRUE(pair.second->Attach(&receiver));
  receiver.Wait();  // would hang if Attach did not signal
  WaitingReceiver other;
  EXPECT_FALSE(pair.second->Attach(&other));
  pair.second->Detach();
}

}  // namespace
}  // namespace loom
