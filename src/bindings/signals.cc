// internalBinding('signals'): process.on('SIGINT') and the other signal events of the main thread. One libuv
// signal handle per signal with listeners; it does not keep the loop alive (as in Node), and a signal that
// arrives calls the JS `emit(signal)` it was started with. lib/internal/process/signals.js decides when.
#include <js/CallArgs.h>
#include <uv.h>

#include <unordered_map>

#include "bindings/binding_util.h"
#include "env/environment.h"

namespace loom {
namespace {

class SignalHandle {
 public:
  SignalHandle(Environment* env, JS::HandleObject emit) : env_(env), emit_(env->cx(), emit) {
    uv_signal_init(env->loop(), &handle_);
    handle_.data = this;
    uv_unref(reinterpret_cast<uv_handle_t*>(&handle_));
    env_->AddCleanupHook(OnEnvironmentCleanup, this);
  }

  int Start(int signum) { return uv_signal_start(&handle_, OnSignal, signum); }

  // Stops listening; the object frees itself once libuv has closed the handle.
  void Close() {
    env_->RemoveCleanupHook(OnEnvironmentCleanup, this);
    uv_close(reinterpret_cast<uv_handle_t*>(&handle_), [](uv_handle_t* handle) {
      delete static_cast<SignalHandle*>(handle->data);
    });
  }

 private:
  static void OnSignal(uv_signal_t* handle, int signum) {
    auto* self = static_cast<SignalHandle*>(handle->data);
    Environment* env = self->env_;
    if (env->IsStopping()) return;
    JSContext* cx = env->cx();
    JS::RootedValue fn(cx, JS::ObjectValue(*self->emit_));
    JS::RootedValueArray<1> args(cx);
    args[0].setInt32(signum);
    JS::RootedValue rval(cx);
    (void)env->MakeCallback(fn, JS::UndefinedHandleValue, args, &rval);
  }

  static void OnEnvironmentCleanup(void* arg);

  // All of it belongs to the main thread's loop.
  Environment* env_;
  uv_signal_t handle_;
  JS::PersistentRootedObject emit_;
};

// The handles of this thread, by signal number (only the main thread listens to signals).
thread_local std::unordered_map<int, SignalHandle*> t_handles;

void SignalHandle::OnEnvironmentCleanup(void* arg) {
  auto* self = static_cast<SignalHandle*>(arg);
  for (auto it = t_handles.begin(); it != t_handles.end(); ++it) {
    if (it->second == self) {
      t_handles.erase(it);
      break;
    }
  }
  self->Close();
}

// start(signum, emit) -> 0, or a negative errno (an invalid signal number)
bool Start(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  int32_t signum = 0;
  if (!JS::ToInt32(cx, args.get(0), &signum)) return false;
  if (!args.get(1).isObject() || !JS::IsCallable(&args.get(1).toObject())) {
    JS_ReportErrorASCII(cx, "start(signum, emit): emit must be a function");
    return false;
  }
  if (t_handles.count(signum) != 0) {
    args.rval().setInt32(0);
    return true;
  }
  JS::RootedObject emit(cx, &args.get(1).toObject());
  auto* handle = new SignalHandle(Environment::Current(), emit);
  int err = handle->Start(signum);
  if (err != 0) {
    handle->Close();
  } else {
    t_handles[signum] = handle;
  }
  args.rval().setInt32(err);
  return true;
}

// stop(signum): the signal gets its default action again.
bool Stop(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  int32_t signum = 0;
  if (!JS::ToInt32(cx, args.get(0), &signum)) return false;
  auto it = t_handles.find(signum);
  if (it != t_handles.end()) {
    SignalHandle* handle = it->second;
    t_handles.erase(it);
    handle->Close();
  }
  args.rval().setUndefined();
  return true;
}

const JSFunctionSpec kFunctions[] = {JS_FN("start", Start, 2, 0), JS_FN("stop", Stop, 1, 0), JS_FS_END};

}  // namespace

bool InitSignalsBinding(JSContext* cx, JS::HandleObject target) { return DefineFunctions(cx, target, kFunctions); }

}  // namespace loom
