// Unit tests for structured clone messages (src/messaging/clone.h) that need a real engine: a transferred
// ArrayBuffer moves without a copy, plain data takes the fast format and anything else the engine's, and a
// message dropped unread frees the memory it carried (ASan's leak checker, on in the asan preset, fails these
// tests if it does not). Also the collector switch of engine/engine.h, which needs a context.
#include <gtest/gtest.h>
#include <js/ArrayBuffer.h>
#include <js/Array.h>
#include <js/CompilationAndEvaluation.h>
#include <js/Initialization.h>
#include <js/SourceText.h>

#include <cstring>

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

  // Evaluates `source` in the environment's global.
  bool Eval(const char* source, JS::MutableHandleValue out) {
    JS::CompileOptions options(cx_);
    options.setFileAndLine("clone_test", 1);
    JS::SourceText<mozilla::Utf8Unit> text;
    return text.init(cx_, source, std::strlen(source), JS::SourceOwnership::Borrowed) &&
           JS::Evaluate(cx_, options, text, out);
  }

  std::unique_ptr<Environment> env_;
  JSContext* cx_ = nullptr;
};

TEST_F(CloneTest, PlainDataTakesTheFastFormatAndEverythingElseTheEngines) {
  JSAutoRealm realm(cx_, env_->global());
  struct Case {
    const char* source;
    bool fast;
  };
  const Case cases[] = {
      {"({ a: 1, b: 'x'.repeat(5000), c: [1, , 3], d: new ArrayBuffer(8), e: { f: null } })", true},
      {"(() => { const o = { list: [] }; o.list.push(o, o.list); return o; })()", true},
      {"({ when: new Date(0) })", false},
      {"[1, 2, new Map()]", false},
      {"({ get a() { return 1; } })", false},
      {"({ n: 10n })", false},
      {"({ v: new Uint8Array(4) })", false},
  };
  for (const Case& c : cases) {
    JS::RootedValue value(cx_);
    ASSERT_TRUE(Eval(c.source, &value)) << c.source;
    std::unique_ptr<CloneMessage> message = SerializeValue(cx_, value, JS::UndefinedHandleValue);
    ASSERT_TRUE(message) << c.source;
    EXPECT_EQ(!message->fast().empty(), c.fast) << c.source;
    JS::RootedValue copy(cx_);
    ASSERT_TRUE(DeserializeValue(cx_, message.get(), &copy)) << c.source;
    EXPECT_TRUE(copy.isObject()) << c.source;
  }
}

TEST_F(CloneTest, DroppedFastMessageFreesItsChunks) {
  JSAutoRealm realm(cx_, env_->global());
  JS::RootedValue value(cx_);
  // A long string and an ArrayBuffer: both travel as out-of-line chunks the reader would adopt.
  ASSERT_TRUE(Eval("({ s: 'y'.repeat(1 << 20), t: '\\u20ac'.repeat(1 << 16), b: new ArrayBuffer(1 << 20) })",
                   &value));
  for (int i = 0; i < 4; i++) {
    std::unique_ptr<CloneMessage> message = SerializeValue(cx_, value, JS::UndefinedHandleValue);
    ASSERT_TRUE(message);
    ASSERT_EQ(message->fast().chunk_count(), 3u);
    PortCore::Pair pair = PortCore::NewPair();
    ASSERT_TRUE(pair.first->Post(std::move(message)));
    pair.second->Close();
  }
}

TEST_F(CloneTest, CollectorTurnsIncrementalOnceTheHeapIsLarge) {
  JSAutoRealm realm(cx_, env_->global());
  JS_SetGCParameter(cx_, JSGC_INCREMENTAL_GC_ENABLED, 0);  // as a worker starts
  JS_GC(cx_);
  AdaptCollectorToHeap(cx_);
  EXPECT_EQ(JS_GetGCParameter(cx_, JSGC_INCREMENTAL_GC_ENABLED), 0u);
  JS::RootedValue kept(cx_);
  // About 48 MiB of live GC things (objects and short strings).
  ASSERT_TRUE(Eval("globalThis.kept = Array.from({ length: 600000 }, (_, i) => ({ i, s: 'k' + i }))", &kept));
  JS_GC(cx_);
  AdaptCollectorToHeap(cx_);
  EXPECT_EQ(JS_GetGCParameter(cx_, JSGC_INCREMENTAL_GC_ENABLED), 1u);
}

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
