// Structured clone for postMessage, workerData and structuredClone(): SpiderMonkey's serializer in the
// SameProcess scope (SharedArrayBuffer allowed, ArrayBuffers transferred without a copy) plus the host types
// the engine does not clone itself: Error objects and MessagePorts.
#pragma once

#include <js/StructuredClone.h>
#include <jsapi.h>

#include <memory>

#include "messaging/fast_clone.h"
#include "messaging/port_core.h"

namespace loom {

// A serialized value in flight. Destroying it unread frees what it owns, including transferred ArrayBuffer
// memory and transferred ports (which are closed), on any thread.
class CloneMessage final : public MessagePayload {
 public:
  CloneMessage();
  JSAutoStructuredCloneBuffer& buffer() { return buffer_; }
  // The value in loom's fast format (messaging/fast_clone.h) when that could carry it; otherwise empty and
  // the value is in buffer().
  FastCloneData& fast() { return fast_; }
  // True when the value is [userValue, ports]: the sender transferred ports that the receiver gets in
  // event.ports whether or not the value references them.
  bool carries_ports = false;
  // Numbers, booleans, null and undefined skip the serializer: they are carried as the value itself (not a
  // GC thing, so it may cross threads). `has_primitive` says whether `primitive` is the message.
  bool has_primitive = false;
  JS::Value primitive;

 private:
  JSAutoStructuredCloneBuffer buffer_;
  FastCloneData fast_;
};

// Serializes `value` with `transfer` (undefined or an array of transferables, already validated by JS).
// Returns null with an exception pending (a DataCloneError) on failure; nothing is detached then.
std::unique_ptr<CloneMessage> SerializeValue(JSContext* cx, JS::HandleValue value, JS::HandleValue transfer);

// Reads a message into the current realm. Transferred ports become MessagePort objects bound to this thread.
[[nodiscard]] bool DeserializeValue(JSContext* cx, CloneMessage* message, JS::MutableHandleValue out);

// MessagePort objects are JS objects of this class (created in bindings/messaging.cc).
extern const JSClass kMessagePortClass;

// Implemented by bindings/messaging.cc: how clone reaches ports without knowing their internals.
// Detaches the port object from this thread and returns its core, or null if it cannot be transferred
// (already closed or transferred) with a DataCloneError pending.
std::shared_ptr<PortCore> DetachPortForTransfer(JSContext* cx, JS::HandleObject port);
// Creates a MessagePort object on this thread for a core that arrived by transfer.
JSObject* NewPortForCore(JSContext* cx, std::shared_ptr<PortCore> core);
// Throws a DataCloneError (a DOMException made by the JS half). With no message, the JS half describes
// `value` as V8 does ("#<WeakMap> could not be cloned."). Messages starting with \x01 are markers the JS half
// turns into Node's other errors.
void ThrowDataCloneError(JSContext* cx, const char* message, JS::HandleValue value = JS::UndefinedHandleValue);

}  // namespace loom
