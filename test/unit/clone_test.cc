// Unit tests for structured clone messages (src/messaging/clone.h) that need a real engine: a transferred
// ArrayBuffer moves without a copy, and a message dropped unread frees the memory it carried (ASan's leak
// checker, on in the asan preset, fails this test if it does not).
#include <gtest/gtest.h>
#include <js/ArrayBuffer.h>
#include <js/Array.h>
#include <js/Initialization.h>

#include "engine/engine.h"
#include "env/environment.h"
#include "messaging/clone.h"

namespace loom {
namespace {

class CloneTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { ASSERT_TRUE(InitEngine()); }
  static void TearDownTestSuite() { ShutdownEngine(); }

  void SetUp() override {
    StartupOptions startup;
    startup.mode = "eval";
    env_ = std::make_unique<Environment>(startup, EngineLimits{}, nullptr);
    ASSERT_TRUE(env_->Start());
    cx_ = env_->cx();
  }
  void TearDown() override { env_.reset(); }

  std::unique_ptr<Environment> env_;
  JSContext* cx_ = nullptr;
};

TEST_F(CloneTest, TransferredArrayBufferIsDetachedAndArrivesWithoutCopy) {
  JSAutoRealm realm(cx_, env_->global());
  constexpr size_t kSize = 1 << 20;
  JS::RootedObject buffer(cx_, JS::NewArrayBuffer(cx_, kSize));
  ASSERT_TRUE(buffer);
  uint8_t* original;
  {
    JS::AutoCheckCannotGC nogc;
    bool shared;
    original = JS::GetArrayBufferData(buffer, &shared, nogc);
  }
  JS::RootedValue value(cx_, JS::ObjectValue(*buffer));
  JS::RootedValueArray<1> items(cx_);
  items[0].setObject(*buffer);
  JS::RootedObject list(cx_, JS::NewArrayObject(cx_, items));
  JS::RootedValue transfer(cx_, JS::ObjectValue(*list));
  std::unique_ptr<CloneMessage> message = SerializeValue(cx_, value, transfer);
  ASSERT_TRUE(message);
  EXPECT_TRUE(JS::IsDetachedArrayBufferObject(buffer));
  JS::RootedValue out(cx_);
  ASSERT_TRUE(DeserializeValue(cx_, message.get(), &out));
  ASSERT_TRUE(out.isObject());
  JS::RootedObject received(cx_, &out.toObject());
  EXPECT_EQ(JS::GetArrayBufferByteLength(received), kSize);
  JS::AutoCheckCannotGC nogc;
  bool shared;
  EXPECT_EQ(JS::GetArrayBufferData(received, &shared, nogc), original);  // same memory: moved, not copied
}

TEST_F(CloneTest, DroppedMessageWithTransferFreesItsMemory) {
  JSAutoRealm realm(cx_, env_->global());
  for (int i = 0; i < 8; i++) {
    JS::RootedObject buffer(cx_, JS::NewArrayBuffer(cx_, 8 << 20));
    ASSERT_TRUE(buffer);
    JS::RootedValue value(cx_, JS::ObjectValue(*buffer));
    JS::RootedValueArray<1> items(cx_);
    items[0].setObject(*buffer);
    JS::RootedObject list(cx_, JS::NewArrayObject(cx_, items));
    JS::RootedValue transfer(cx_, JS::ObjectValue(*list));
    std::unique_ptr<CloneMessage> message = SerializeValue(cx_, value, transfer);
    ASSERT_TRUE(message);
    EXPECT_TRUE(JS::IsDetachedArrayBufferObject(buffer));
    // Dropped unread: the 8 MiB it owns must be released here (checked by LeakSanitizer in the asan build).
    PortCore::Pair pair = PortCore::NewPair();
    ASSERT_TRUE(pair.first->Post(std::move(message)));
    pair.second->Close();
  }
}

}  // namespace
}  // namespace loom
