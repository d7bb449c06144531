// internalBinding('messaging'): MessagePort objects on this thread, their delivery through the event loop,
// and BroadcastChannel fan-out. A port object is a JS object of kMessagePortClass whose reserved slot points at
// a PortHandle: the thread-local side of a PortCore (a uv_async_t to be woken by posters, the started/ref
// state, and a strong reference to the object while it can still receive). lib/internal/worker/io.js builds
// the MessagePort API on top.
#include <js/Array.h>
#include <js/Object.h>
#include <js/PropertyAndElement.h>
#include <uv.h>

#include <algorithm>
#include <map>
#include <mutex>
#include <vector>

#include "bindings/binding_util.h"
#include "env/environment.h"
#include "messaging/clone.h"

namespace loom {

const JSClass kMessagePortClass = {"MessagePort", JSCLASS_HAS_RESERVED_SLOTS(1)};

namespace {

// Node delivers at least this many messages per wake-up (more if more were queued when it woke), then yields
// to the rest of the loop so that timers and other ports are never starved.
constexpr size_t kMinBatch = 1000;

// The port's uv_async_t is never signalled: it gives the port its own ref on the loop (a listening port keeps
// its thread alive) and its close callback (the 'close' event runs in the loop's closing phase). Wake-ups go
// through the environment's LoopNotifier.
class PortHandle final : public PortReceiver, public LoopNotifier::Target {
 public:
  PortHandle(Environment* env, std::shared_ptr<PortCore> core, JS::HandleObject object)
      : env_(env), core_(std::move(core)), object_(env->cx(), object) {
    uv_async_init(env->loop(), &async_, nullptr);
    async_.data = this;
    uv_unref(reinterpret_cast<uv_handle_t*>(&async_));
    JS::SetReservedSlot(object, 0, JS::PrivateValue(this));
    env_->AddCleanupHook(OnEnvironmentCleanup, this);
    // Bound from the start, so that even a port nobody listens to learns that its peer closed.
    core_->Attach(this);
  }

  void OnPortSignal() override { env_->notifier()->Notify(this); }  // any thread, under the core's lock

  void OnNotified() override {  // loop thread
    if (!env_->IsStopping()) Deliver();
  }

  PortCore* core() { return core_.get(); }
  bool closing() const { return closing_; }

  void Start() {
    if (!core_ || started_) return;
    started_ = true;
    if (core_->QueuedCount() > 0 || core_->IsClosed()) env_->notifier()->Notify(this);
  }

  // The last 'message' listener went away: queued and new messages wait for the next one.
  void Stop() { started_ = false; }

  void SetRef(bool ref) {
    ref_ = ref;
    UpdateRef();
  }
  bool HasRef() const { return ref_ && !closing_; }

  // port.close(): disentangle now; 'close' is emitted from the loop's closing phase, as in Node, after the
  // peer (on this thread or another) has had its chance to deliver what was already sent.
  void Close() {
    if (closing_ || !core_) return;
    closing_ = true;
    if (delivering_) {
      // Closed by one of its own listeners: as in Node, what had already arrived is still delivered (the rest
      // of this batch), then the port closes.
      close_after_batch_ = true;
      core_->Close(true);
      return;
    }
    core_->Close();
    Dispose(true);
  }

  // Runs when the port is signalled: JS receives and dispatches a bounded batch (lib/internal/worker/io.js),
  // then anything left waits for the loop's next turn, so timers and other ports are never starved.
  void Deliver() {
    if (!core_) return;
    if (!started_ && !closing_) {
      // Not receiving yet: queued messages wait for a listener, but a closed, empty channel reports it now.
      if (core_->IsClosed() && core_->QueuedCount() == 0) Dispose(true);
      return;
    }
    JSContext* cx = env_->cx();
    JS::RootedValue this_value(cx, JS::ObjectValue(*object_));
    JS::RootedValueArray<1> args(cx);
    args[0].setNumber(static_cast<double>(std::max(core_->QueuedCount(), kMinBatch)));
    JS::RootedValue rval(cx);
    delivering_ = true;
    bool ok = env_->MakeCallback(env_->hook(Environment::kPortDrain), this_value, args, &rval);
    delivering_ = false;
    if (close_after_batch_) {
      Dispose(true);
      return;
    }
    if (!ok || !core_) return;
    if (core_->QueuedCount() > 0 && started_ && !closing_) {
      env_->notifier()->Notify(this);  // the rest after the loop's other phases had their turn
    } else if (core_->IsClosed() && core_->QueuedCount() == 0) {
      Dispose(true);
    }
  }

  bool started() const { return started_ && (!closing_ || close_after_batch_); }

  // Hands the core over for transfer: this object stops being a port, with no 'close' event.
  std::shared_ptr<PortCore> DetachForTransfer() {
    std::shared_ptr<PortCore> core = std::move(core_);
    core->Detach();
    Dispose(false);
    return core;
  }

  // Receives one message synchronously (receiveMessageOnPort).
  Message ReceiveOne() { return core_ ? core_->ReceiveOne() : nullptr; }

 private:
  void UpdateRef() {
    if (HasRef())
      uv_ref(reinterpret_cast<uv_handle_t*>(&async_));
    else
      uv_unref(reinterpret_cast<uv_handle_t*>(&async_));
  }

  // Unbinds from the core and the loop. The handle frees itself once libuv has closed it, emitting 'close'
  // first when `emit_close` (not for transfers, nor when the thread is ending).
  void Dispose(bool emit_close) {
    if (core_) {
      core_->Detach();
      core_.reset();
    }
    closing_ = true;
    emit_close_ = emit_close;
    env_->notifier()->Cancel(this);
    env_->RemoveCleanupHook(OnEnvironmentCleanup, this);
    JS::SetReservedSlot(object_, 0, JS::UndefinedValue());
    uv_close(reinterpret_cast<uv_handle_t*>(&async_), OnClosed);
  }

  static void OnClosed(uv_handle_t* handle) {
    auto* self = static_cast<PortHandle*>(handle->data);
    Environment* env = self->env_;
    if (self->emit_close_ && !env->IsStopping()) {
      JSContext* cx = env->cx();
      JS::RootedValue this_value(cx, JS::ObjectValue(*self->object_));
      JS::RootedValue rval(cx);
      (void)env->MakeCallback(env->hook(Environment::kPortEmitClose), this_value, JS::HandleValueArray::empty(),
                              &rval);
    }
    delete self;
  }

  // The thread is ending: its ports close, so their peers on other threads see 'close'.
  static void OnEnvironmentCleanup(void* arg) {
    auto* self = static_cast<PortHandle*>(arg);
    if (self->core_) self->core_->Close();
    self->Dispose(false);
  }

  // All members belong to the port's thread; other threads reach the port only through its PortCore, whose
  // signal (OnPortSignal) touches nothing but the environment's LoopNotifier.
  Environment* env_;
  std::shared_ptr<PortCore> core_;  // null once closed or transferred
  uv_async_t async_;
  JS::PersistentRootedObject object_;  // the port object, kept alive while it can receive
  bool started_ = false;
  bool ref_ = false;  // set by JS (ref/unref, and a port's first and last 'message' listener, as in Node)
  bool closing_ = false;     // closed or transferred: no more delivery, the handle is being closed
  bool delivering_ = false;  // inside Deliver's call into JS
  bool close_after_batch_ = false;  // closed by its own listener: finish the batch, then dispose
  bool emit_close_ = false;  // emit 'close' when libuv has closed the handle
};

PortHandle* GetPort(JSContext* cx, JS::HandleValue value, bool must_be_open = true) {
  if (!value.isObject() || JS::GetClass(&value.toObject()) != &kMessagePortClass) {
    ThrowTypeError(cx, "Receiver is not a MessagePort");
    return nullptr;
  }
  auto* port = JS::GetMaybePtrFromReservedSlot<PortHandle>(&value.toObject(), 0);
  if (!port && must_be_open) JS_ReportErrorASCII(cx, "MessagePort is closed or transferred");
  return port;
}

JSObject* NewPortObject(JSContext* cx, std::shared_ptr<PortCore> core) {
  Environment* env = Environment::Current();
  JS::RootedValue proto_value(cx, env->hook(Environment::kPortPrototype));
  JS::RootedObject proto(cx, proto_value.isObject() ? &proto_value.toObject() : nullptr);
  JS::RootedObject obj(cx, JS_NewObjectWithGivenProto(cx, &kMessagePortClass, proto));
  if (!obj) return nullptr;
  new PortHandle(env, std::move(core), obj);  // owned by the loop; freed when closed
  return obj;
}

// --- BroadcastChannel: a process-wide registry of channel names. A member is a port pair: its JS object
// receives on one end; the registry owns the other end and posts into it. Posting clones the value once per
// other open member (a clone buffer can be read only once).
struct BroadcastMember {
  const PortCore* own_end;             // identifies the member's port, to skip it when it posts
  std::shared_ptr<PortCore> feed_end;  // posting here delivers to the member
};
struct BroadcastRegistry {
  std::mutex mutex;
  std::multimap<std::string, BroadcastMember> members;  // guarded by mutex
};
// Two registries of the same shape: BroadcastChannel names, and thread mailboxes (postMessageToThread,
// keyed by thread id) which must never meet a channel of the same name.
BroadcastRegistry& Registry(bool mailboxes) {
  static BroadcastRegistry* channels = new BroadcastRegistry();  // shared by all threads for the process
  static BroadcastRegistry* threads = new BroadcastRegistry();
  return mailboxes ? *threads : *channels;
}

// --- natives ---

bool CreateChannel(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  PortCore::Pair pair = PortCore::NewPair();
  JS::RootedObject a(cx, NewPortObject(cx, pair.first));
  if (!a) return false;
  JS::RootedObject b(cx, NewPortObject(cx, pair.second));
  if (!b) return false;
  JS::RootedValueArray<2> ports(cx);
  ports[0].setObject(*a);
  ports[1].setObject(*b);
  JSObject* arr = JS::NewArrayObject(cx, ports);
  if (!arr) return false;
  args.rval().setObject(*arr);
  return true;
}

bool PostMessage(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  PortHandle* port = GetPort(cx, args.get(0), false);
  if (!port && JS_IsExceptionPending(cx)) return false;
  std::unique_ptr<CloneMessage> message = SerializeValue(cx, args.get(1), args.get(2));
  if (!message) return false;
  message->carries_ports = JS::ToBoolean(args.get(3));
  // A closed or transferred port still serializes (errors are thrown either way) but drops the message.
  if (port && port->core() && !port->closing()) port->core()->Post(std::move(message));
  args.rval().setUndefined();
  return true;
}

bool StartPort(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  PortHandle* port = GetPort(cx, args.get(0), false);
  if (port) port->Start();
  args.rval().setUndefined();
  return !JS_IsExceptionPending(cx);
}

bool StopPort(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  PortHandle* port = GetPort(cx, args.get(0), false);
  if (port) port->Stop();
  args.rval().setUndefined();
  return !JS_IsExceptionPending(cx);
}

bool ClosePort(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  PortHandle* port = GetPort(cx, args.get(0), false);
  if (port) port->Close();
  args.rval().setUndefined();
  return !JS_IsExceptionPending(cx);
}

bool SetPortRef(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  PortHandle* port = GetPort(cx, args.get(0), false);
  if (port) port->SetRef(JS::ToBoolean(args.get(1)));
  args.rval().setUndefined();
  return !JS_IsExceptionPending(cx);
}

bool PortHasRef(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  PortHandle* port = GetPort(cx, args.get(0), false);
  args.rval().setBoolean(port && port->HasRef());
  return !JS_IsExceptionPending(cx);
}

// isMessagePort(value): a real port object (not merely something inheriting MessagePort.prototype).
bool IsMessagePort(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  args.rval().setBoolean(args.get(0).isObject() && JS::GetClass(&args.get(0).toObject()) == &kMessagePortClass);
  return true;
}

// isPortOpen(port): false once closed or transferred away.
bool IsPortOpen(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  PortHandle* port = GetPort(cx, args.get(0), false);
  args.rval().setBoolean(port && port->core() && !port->closing());
  return !JS_IsExceptionPending(cx);
}

// receiveMessage(port, noMessage, envelope, onlyIfStarted) -> the next message's value; `noMessage` when there
// is none (or, with onlyIfStarted, when the port is not receiving); for a message that carries ports,
// `envelope` with envelope.value = [value, ports].
bool ReceiveMessage(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  PortHandle* port = GetPort(cx, args.get(0), false);
  if (!port || (JS::ToBoolean(args.get(3)) && !port->started())) {
    args.rval().set(args.get(1));
    return !JS_IsExceptionPending(cx);
  }
  Message message = port->ReceiveOne();
  if (!message) {
    args.rval().set(args.get(1));
    return true;
  }
  auto* clone = static_cast<CloneMessage*>(message.get());
  if (!clone->carries_ports) return DeserializeValue(cx, clone, args.rval());
  JS::RootedValue value(cx);
  if (!DeserializeValue(cx, clone, &value) || !args.get(2).isObject()) return false;
  JS::RootedObject envelope(cx, &args.get(2).toObject());
  if (!JS_SetProperty(cx, envelope, "value", value)) return false;
  args.rval().set(args.get(2));
  return true;
}

bool SetPortPrototype(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  Environment::Current()->SetHook(Environment::kPortPrototype, args.get(0));
  Environment::Current()->SetHook(Environment::kPortDrain, args.get(1));
  Environment::Current()->SetHook(Environment::kPortEmitClose, args.get(2));
  Environment::Current()->SetHook(Environment::kMakeDataCloneError, args.get(3));
  args.rval().setUndefined();
  return true;
}

// structuredClone(value, transfer): serialize and read back on this thread.
bool StructuredClone(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  std::unique_ptr<CloneMessage> message = SerializeValue(cx, args.get(0), args.get(1));
  if (!message) return false;
  return DeserializeValue(cx, message.get(), args.rval());
}

// broadcastJoin(name, mailbox) -> a port that receives what others post to `name` (a BroadcastChannel name,
// or with `mailbox` a thread id).
bool BroadcastJoin(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  std::string name;
  if (!ToUtf8(cx, args.get(0), &name)) return false;
  PortCore::Pair pair = PortCore::NewPair();
  {
    BroadcastRegistry& registry = Registry(JS::ToBoolean(args.get(1)));
    std::lock_guard<std::mutex> lock(registry.mutex);
    registry.members.emplace(name, BroadcastMember{pair.first.get(), pair.second});
  }
  JSObject* port = NewPortObject(cx, pair.first);
  if (!port) return false;
  args.rval().setObject(*port);
  return true;
}

// broadcastPost(port, name, value, transfer, mailbox) -> how many members it was posted to: a clone for every
// open member of `name` other than `port` (which may be null for a sender that is not a member).
bool BroadcastPost(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  PortHandle* self = args.get(0).isNull() ? nullptr : GetPort(cx, args.get(0));
  if (!self && !args.get(0).isNull()) return false;
  std::string name;
  if (!ToUtf8(cx, args.get(1), &name)) return false;
  std::vector<std::shared_ptr<PortCore>> targets;
  {
    BroadcastRegistry& registry = Registry(JS::ToBoolean(args.get(4)));
    std::lock_guard<std::mutex> lock(registry.mutex);
    auto range = registry.members.equal_range(name);
    for (auto it = range.first; it != range.second;) {
      if (it->second.feed_end->IsClosed()) {  // the member closed: forget it
        it = registry.members.erase(it);
        continue;
      }
      if (!self || it->second.own_end != self->core()) targets.push_back(it->second.feed_end);
      ++it;
    }
  }
  // Serialize at least once, so an unclonable value throws even when nobody else listens. A transfer list
  // can only go to one member (the mailbox case).
  size_t copies = std::max<size_t>(targets.size(), 1);
  for (size_t i = 0; i < copies; i++) {
    std::unique_ptr<CloneMessage> message = SerializeValue(cx, args.get(2), i == 0 ? args.get(3)
                                                                                  : JS::UndefinedHandleValue);
    if (!message) return false;
    if (i < targets.size()) targets[i]->Post(std::move(message));
  }
  args.rval().setNumber(static_cast<double>(targets.size()));
  return true;
}

const JSFunctionSpec kFunctions[] = {
    JS_FN("createChannel", CreateChannel, 0, 0),
    JS_FN("postMessage", PostMessage, 4, 0),
    JS_FN("startPort", StartPort, 1, 0),
    JS_FN("stopPort", StopPort, 1, 0),
    JS_FN("closePort", ClosePort, 1, 0),
    JS_FN("setPortRef", SetPortRef, 2, 0),
    JS_FN("portHasRef", PortHasRef, 1, 0),
    JS_FN("isPortOpen", IsPortOpen, 1, 0),
    JS_FN("isMessagePort", IsMessagePort, 1, 0),
    JS_FN("receiveMessage", ReceiveMessage, 4, 0),
    JS_FN("setup", SetPortPrototype, 4, 0),
    JS_FN("structuredClone", StructuredClone, 2, 0),
    JS_FN("broadcastJoin", BroadcastJoin, 2, 0),
    JS_FN("broadcastPost", BroadcastPost, 5, 0),
    JS_FS_END};

}  // namespace

std::shared_ptr<PortCore> DetachPortForTransfer(JSContext* cx, JS::HandleObject obj) {
  auto* port = JS::GetMaybePtrFromReservedSlot<PortHandle>(obj, 0);
  if (!port || !port->core() || port->closing()) {
    ThrowDataCloneError(cx, "MessagePort in transfer list is already detached");
    return nullptr;
  }
  return port->DetachForTransfer();
}

JSObject* NewPortForCore(JSContext* cx, std::shared_ptr<PortCore> core) {
  return NewPortObject(cx, std::move(core));
}

void ThrowDataCloneError(JSContext* cx, const char* message, JS::HandleValue value) {
  Environment* env = Environment::Current();
  JS::RootedValue factory(cx, env->hook(Environment::kMakeDataCloneError));
  JS::RootedValueArray<2> args(cx);
  if (message) {
    JSString* s = JS_NewStringCopyZ(cx, message);
    if (!s) return;
    args[0].setString(s);
  }
  args[1].set(value);
  JS::RootedValue error(cx);
  if (factory.isUndefined()) {
    JS_ReportErrorASCII(cx, "DataCloneError: %s", message ? message : "value could not be cloned");
    return;
  }
  if (!JS::Call(cx, JS::UndefinedHandleValue, factory, args, &error)) return;
  JS_SetPendingException(cx, error);
}

bool InitMessagingBinding(JSContext* cx, JS::HandleObject target) {
  return DefineFunctions(cx, target, kFunctions);
}

}  // namespace loom
