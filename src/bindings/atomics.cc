// internalBinding('atomics'): the cross-thread half of Atomics.waitAsync, which SpiderMonkey 102 lacks.
// A waiting thread registers (shared memory address, waiter id) in a process-wide list and keeps running its
// loop; Atomics.notify on any thread (wrapped in lib/internal/atomics.js) wakes registered waiters for that
// address in FIFO order by posting their ids to the waiting thread's loop, which resolves the promises.
#include <js/Array.h>
#include <js/SharedArrayBuffer.h>
#include <uv.h>

#include <algorithm>
#include <deque>
#include <map>
#include <memory>
#include <mutex>
#include <vector>

#include "bindings/binding_util.h"
#include "env/environment.h"

namespace loom {
namespace {

// One per environment that has used waitAsync: where wake-ups for that thread are posted.
class WaitSink {
 public:
  explicit WaitSink(Environment* env) : env_(env) {
    uv_async_init(env->loop(), &async_, OnAsync);
    async_.data = this;
    uv_unref(reinterpret_cast<uv_handle_t*>(&async_));  // pending waits do not keep a thread alive (as V8)
  }

  // Any thread, with the registry lock held.
  void Wake(uint64_t id) {
    std::lock_guard<std::mutex> lock(mutex_);
    woken_.push_back(id);
    uv_async_send(&async_);
  }

  // Owner thread, once no waiter refers to the sink any more: closes the handle; `self` keeps the sink alive
  // until libuv is done with it.
  static void Close(std::shared_ptr<WaitSink> self) {
    auto* handle = reinterpret_cast<uv_handle_t*>(&self->async_);
    handle->data = new std::shared_ptr<WaitSink>(self);
    uv_close(handle, [](uv_handle_t* h) { delete static_cast<std::shared_ptr<WaitSink>*>(h->data); });
  }

 private:
  static void OnAsync(uv_async_t* handle);

  Environment* env_;
  uv_async_t async_;
  std::mutex mutex_;
  std::vector<uint64_t> woken_;  // guarded by mutex_
};

struct Waiter {
  uint64_t id;
  std::shared_ptr<WaitSink> sink;
};

// Process-wide: every address some thread is waiting on asynchronously. Keys are raw addresses inside
// SharedArrayBuffer memory, which stays put for as long as any thread holds the buffer.
struct Registry {
  std::mutex mutex;
  std::map<const void*, std::deque<Waiter>> waiters;  // guarded by mutex
};
Registry& Waiters() {
  static Registry* registry = new Registry();  // used by every thread until the process ends
  return *registry;
}

// Per thread: this thread's sink (created on first use) and the JS callback that resolves by id.
struct ThreadState {
  std::shared_ptr<WaitSink> sink;
  std::unique_ptr<JS::PersistentRootedValue> resolve;  // resolve(id, 'ok')
};
thread_local ThreadState* t_state = nullptr;

void CleanupThreadState(void* arg) {
  auto* state = static_cast<ThreadState*>(arg);
  {
    Registry& registry = Waiters();
    std::lock_guard<std::mutex> lock(registry.mutex);
    for (auto it = registry.waiters.begin(); it != registry.waiters.end();) {
      auto& list = it->second;
      list.erase(std::remove_if(list.begin(), list.end(),
                                [&](const Waiter& w) { return w.sink == state->sink; }),
                 list.end());
      it = list.empty() ? registry.waiters.erase(it) : std::next(it);
    }
  }
  WaitSink::Close(std::move(state->sink));
  state->resolve.reset();
  delete state;
  t_state = nullptr;
}

void WaitSink::OnAsync(uv_async_t* handle) {
  auto* sink = static_cast<WaitSink*>(handle->data);
  std::vector<uint64_t> woken;
  {
    std::lock_guard<std::mutex> lock(sink->mutex_);
    woken.swap(sink->woken_);
  }
  Environment* env = sink->env_;
  if (env->IsStopping() || !t_state) return;
  JSContext* cx = env->cx();
  JS::RootedValue resolve(cx, *t_state->resolve);
  for (uint64_t id : woken) {
    JS::RootedValueArray<1> args(cx);
    args[0].setNumber(static_cast<double>(id));
    JS::RootedValue rval(cx);
    if (!env->MakeCallback(resolve, JS::UndefinedHandleValue, args, &rval)) return;
  }
}

const void* AddressOf(JSContext* cx, JS::HandleValue buffer, double byte_offset) {
  if (!buffer.isObject()) return nullptr;
  JSObject* obj = &buffer.toObject();
  if (!JS::IsSharedArrayBufferObject(obj)) return nullptr;
  JS::AutoCheckCannotGC nogc;
  bool shared;
  uint8_t* data = JS::GetSharedArrayBufferData(obj, &shared, nogc);
  return data + static_cast<size_t>(byte_offset);
}

// setup(resolve): the JS function called with a waiter id when it is notified.
bool Setup(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  Environment* env = Environment::Current();
  if (!t_state) {
    t_state = new ThreadState();
    t_state->sink = std::make_shared<WaitSink>(env);
    t_state->resolve = std::make_unique<JS::PersistentRootedValue>(cx);
    env->AddCleanupHook(CleanupThreadState, t_state);
  }
  t_state->resolve->set(args.get(0));
  args.rval().setUndefined();
  return true;
}

// register(sab, byteOffset, id)
bool Register(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  double offset = 0, id = 0;
  if (!JS::ToNumber(cx, args.get(1), &offset) || !JS::ToNumber(cx, args.get(2), &id)) return false;
  const void* address = AddressOf(cx, args.get(0), offset);
  if (!address || !t_state) {
    JS_ReportErrorASCII(cx, "waitAsync: not a SharedArrayBuffer");
    return false;
  }
  Registry& registry = Waiters();
  std::lock_guard<std::mutex> lock(registry.mutex);
  registry.waiters[address].push_back(Waiter{static_cast<uint64_t>(id), t_state->sink});
  args.rval().setUndefined();
  return true;
}

// unregister(sab, byteOffset, id): a timed-out waiter leaves the list.
bool Unregister(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  double offset = 0, id = 0;
  if (!JS::ToNumber(cx, args.get(1), &offset) || !JS::ToNumber(cx, args.get(2), &id)) return false;
  const void* address = AddressOf(cx, args.get(0), offset);
  bool removed = false;
  if (address && t_state) {
    Registry& registry = Waiters();
    std::lock_guard<std::mutex> lock(registry.mutex);
    auto it = registry.waiters.find(address);
    if (it != registry.waiters.end()) {
      auto& list = it->second;
      for (auto w = list.begin(); w != list.end(); ++w) {
        if (w->id == static_cast<uint64_t>(id) && w->sink == t_state->sink) {
          list.erase(w);
          removed = true;
          break;
        }
      }
      if (list.empty()) registry.waiters.erase(it);
    }
  }
  args.rval().setBoolean(removed);
  return true;
}

// notify(sab, byteOffset, count) -> [woken, ...idsOfThisThread]: waiters on other threads are woken through
// their loops; this thread's own waiters are returned so JS resolves them at once (a loop with nothing else
// to do would otherwise exit before its own wake-up arrives).
bool Notify(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  double offset = 0, count = 0;
  if (!JS::ToNumber(cx, args.get(1), &offset) || !JS::ToNumber(cx, args.get(2), &count)) return false;
  const void* address = AddressOf(cx, args.get(0), offset);
  double woken = 0;
  std::vector<uint64_t> own;
  if (address) {
    Registry& registry = Waiters();
    std::lock_guard<std::mutex> lock(registry.mutex);
    auto it = registry.waiters.find(address);
    if (it != registry.waiters.end()) {
      auto& list = it->second;
      while (!list.empty() && woken < count) {
        if (t_state && list.front().sink == t_state->sink)
          own.push_back(list.front().id);
        else
          list.front().sink->Wake(list.front().id);
        list.pop_front();
        woken++;
      }
      if (list.empty()) registry.waiters.erase(it);
    }
  }
  JS::RootedObject result(cx, JS::NewArrayObject(cx, own.size() + 1));
  if (!result) return false;
  JS::RootedValue v(cx, JS::NumberValue(woken));
  if (!JS_SetElement(cx, result, 0, v)) return false;
  for (size_t i = 0; i < own.size(); i++) {
    v.setNumber(static_cast<double>(own[i]));
    if (!JS_SetElement(cx, result, static_cast<uint32_t>(i + 1), v)) return false;
  }
  args.rval().setObject(*result);
  return true;
}

const JSFunctionSpec kFunctions[] = {JS_FN("setup", Setup, 1, 0), JS_FN("register", Register, 3, 0),
                                     JS_FN("unregister", Unregister, 3, 0), JS_FN("notify", Notify, 3, 0),
                                     JS_FS_END};

}  // namespace

bool InitAtomicsBinding(JSContext* cx, JS::HandleObject target) {
  return DefineFunctions(cx, target, kFunctions);
}

}  // namespace loom
