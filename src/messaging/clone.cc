// Structured clone callbacks (see clone.h). Errors are written as a tag plus their type, message, stack and
// cause, and rebuilt as the built-in error type of that name; ports travel as transferables whose content is a
// heap-allocated shared_ptr to the port's core.
#include "messaging/clone.h"

#include <js/Array.h>
#include <js/ArrayBuffer.h>
#include <js/Conversions.h>
#include <js/Exception.h>
#include <js/Object.h>
#include <js/PropertyAndElement.h>
#include <jsfriendapi.h>

#include <cstring>
#include <string>

#include "env/environment.h"

namespace loom {
namespace {

constexpr uint32_t kTagError = JS_SCTAG_USER_MIN + 1;
constexpr uint32_t kTagPort = JS_SCTAG_USER_MIN + 2;

extern const JSStructuredCloneCallbacks kCallbacks;

const char* const kErrorTypes[] = {"Error",       "EvalError", "RangeError", "ReferenceError",
                                   "SyntaxError", "TypeError", "URIError"};
constexpr uint32_t kBuiltinErrorTypes = sizeof(kErrorTypes) / sizeof(kErrorTypes[0]);

JS::CloneDataPolicy SharedMemoryPolicy() {
  JS::CloneDataPolicy policy;
  policy.allowSharedMemoryObjects();
  policy.allowIntraClusterClonableSharedObjects();
  return policy;
}

// Reads obj[name] as a string if it is one; otherwise leaves `out` null.
bool GetStringProperty(JSContext* cx, JS::HandleObject obj, const char* name, JS::MutableHandleString out) {
  JS::RootedValue v(cx);
  if (!JS_GetProperty(cx, obj, name, &v)) return false;
  out.set(v.isString() ? v.toString() : nullptr);
  return true;
}

bool WriteOptionalString(JSStructuredCloneWriter* w, JS::HandleString s) {
  if (!JS_WriteUint32Pair(w, s ? 1 : 0, 0)) return false;
  return !s || JS_WriteString(w, s);
}

bool ReadOptionalString(JSStructuredCloneReader* r, JS::MutableHandleString out) {
  uint32_t present, unused;
  if (!JS_ReadUint32Pair(r, &present, &unused)) return false;
  if (!present) {
    out.set(nullptr);
    return true;
  }
  return JS_ReadString(r, out);
}

// The engine offers no "write/read a nested value" call to host callbacks, so an error's cause is cloned into
// a buffer of its own (the cross-process scope: it copies everything and needs no transfer bookkeeping) whose
// bytes are embedded in the outer message.
bool WriteNestedValue(JSContext* cx, JSStructuredCloneWriter* w, JS::HandleValue value) {
  JSStructuredCloneData data(JS::StructuredCloneScope::DifferentProcess);
  if (!JS_WriteStructuredClone(cx, value, &data, JS::StructuredCloneScope::DifferentProcess,
                               JS::CloneDataPolicy(), &kCallbacks, nullptr, JS::UndefinedHandleValue))
    return false;
  if (!JS_WriteUint32Pair(w, static_cast<uint32_t>(data.Size()), 0)) return false;
  return data.ForEachDataChunk([&](const char* bytes, size_t size) { return JS_WriteBytes(w, bytes, size); });
}

bool ReadNestedValue(JSContext* cx, JSStructuredCloneReader* r, JS::MutableHandleValue out) {
  uint32_t size, unused;
  if (!JS_ReadUint32Pair(r, &size, &unused)) return false;
  std::string bytes(size, '\0');
  if (!JS_ReadBytes(r, bytes.data(), size)) return false;
  JSStructuredCloneData data(JS::StructuredCloneScope::DifferentProcess);
  if (!data.AppendBytes(bytes.data(), size)) return false;
  return JS_ReadStructuredClone(cx, data, JS_STRUCTURED_CLONE_VERSION, JS::StructuredCloneScope::DifferentProcess,
                                out, JS::CloneDataPolicy(), &kCallbacks, nullptr);
}

bool WriteError(JSContext* cx, JSStructuredCloneWriter* w, JS::HandleObject error) {
  // As in V8, the clone's type is the built-in error type its `name` names (a subclass of TypeError whose
  // name is "TypeError" arrives as TypeError; a custom name gives Error). AggregateError arrives as Error.
  JS::RootedString message(cx), stack(cx);
  uint32_t type = 0;
  JS::RootedValue name_value(cx);
  if (!JS_GetProperty(cx, error, "name", &name_value)) return false;
  if (name_value.isString()) {
    JS::RootedString name_str(cx, name_value.toString());
    JS::UniqueChars chars = JS_EncodeStringToUTF8(cx, name_str);
    for (uint32_t i = 0; chars && i < kBuiltinErrorTypes; i++)
      if (std::strcmp(chars.get(), kErrorTypes[i]) == 0) type = i;
  }
  JS_ClearPendingException(cx);
  // The message only when it is an own data property (as V8: an inherited or accessor one is not sent),
  // converted to a string.
  JS::Rooted<mozilla::Maybe<JS::PropertyDescriptor>> message_desc(cx);
  if (!JS_GetOwnPropertyDescriptor(cx, error, "message", &message_desc)) return false;
  if (message_desc.isSome() && message_desc->isDataDescriptor()) {
    JS::RootedValue message_value(cx, message_desc->value());
    message = JS::ToString(cx, message_value);
    if (!message) return false;
  }
  if (!GetStringProperty(cx, error, "stack", &stack)) return false;
  // Only an own data property is a cause to clone (as in V8): an accessor is neither called nor cloned.
  JS::Rooted<mozilla::Maybe<JS::PropertyDescriptor>> cause_desc(cx);
  if (!JS_GetOwnPropertyDescriptor(cx, error, "cause", &cause_desc)) return false;
  bool has_cause = cause_desc.isSome() && cause_desc->isDataDescriptor();
  JS::RootedValue cause(cx, has_cause ? cause_desc->value() : JS::UndefinedValue());
  return JS_WriteUint32Pair(w, kTagError, type) && WriteOptionalString(w, message) && WriteOptionalString(w, stack) &&
         JS_WriteUint32Pair(w, has_cause ? 1 : 0, 0) && (!has_cause || WriteNestedValue(cx, w, cause));
}

JSObject* ReadError(JSContext* cx, JSStructuredCloneReader* r, uint32_t type) {
  JS::RootedString message(cx), stack(cx);
  if (!ReadOptionalString(r, &message) || !ReadOptionalString(r, &stack))
    return nullptr;
  uint32_t has_cause, unused;
  JS::RootedValue cause(cx);
  if (!JS_ReadUint32Pair(r, &has_cause, &unused)) return nullptr;
  if (has_cause && !ReadNestedValue(cx, r, &cause)) return nullptr;
  JS::RootedObject global(cx, JS::CurrentGlobalOrNull(cx));
  JS::RootedValue ctor(cx);
  const char* type_name = type < kBuiltinErrorTypes ? kErrorTypes[type] : "Error";
  if (!JS_GetProperty(cx, global, type_name, &ctor)) return nullptr;
  JS::RootedObject error(cx);
  if (!JS::Construct(cx, ctor, JS::HandleValueArray::empty(), &error)) return nullptr;
  // V8's clone has exactly stack, message and cause, in that order; the engine's own fileName, lineNumber
  // and columnNumber (where this reader ran) are not the original's and go.
  if (!JS_DeleteProperty(cx, error, "fileName") || !JS_DeleteProperty(cx, error, "lineNumber") ||
      !JS_DeleteProperty(cx, error, "columnNumber"))
    return nullptr;
  JS::RootedValue v(cx);
  if (stack) {
    v.setString(stack);
    if (!JS_DefineProperty(cx, error, "stack", v, JSPROP_RESOLVING)) return nullptr;
  }
  if (message) {
    v.setString(message);
    if (!JS_DefineProperty(cx, error, "message", v, JSPROP_RESOLVING)) return nullptr;
  }
  if (has_cause && !JS_DefineProperty(cx, error, "cause", cause, JSPROP_RESOLVING)) return nullptr;
  return error;
}

bool WriteHost(JSContext* cx, JSStructuredCloneWriter* w, JS::HandleObject obj, bool* same_process_required,
               void*) {
  js::ESClass cls;
  if (!JS::GetBuiltinClass(cx, obj, &cls)) return false;
  if (cls == js::ESClass::Error) return WriteError(cx, w, obj);
  if (JS::IsArrayBufferObject(obj) && JS::IsDetachedArrayBufferObject(obj)) {
    ThrowDataCloneError(cx, "An ArrayBuffer is detached and could not be cloned.");
    return false;
  }
  if (JS::GetClass(obj) == &kMessagePortClass) {
    ThrowDataCloneError(cx, "\x01missing-port");  // the JS half turns this into Node's error
    return false;
  }
  JS::RootedValue value(cx, JS::ObjectValue(*obj));
  ThrowDataCloneError(cx, nullptr, value);  // "<value> could not be cloned."
  return false;
}

JSObject* ReadHost(JSContext* cx, JSStructuredCloneReader* r, const JS::CloneDataPolicy&, uint32_t tag,
                   uint32_t data, void*) {
  if (tag == kTagError) return ReadError(cx, r, data);
  JS_ReportErrorASCII(cx, "unknown structured clone tag");
  return nullptr;
}

void ReportCloneError(JSContext* cx, uint32_t errorid, void*, const char* message) {
  // The engine calls this for values the writer rejects itself (symbols, detached buffers...) and for
  // transfer problems. It must leave an exception pending.
  switch (errorid) {
    case JS_SCERR_UNSUPPORTED_TYPE:
      ThrowDataCloneError(cx, "\x01unsupported");  // a symbol: the JS half finds and names it
      break;
    case JS_SCERR_DUP_TRANSFERABLE:
      ThrowDataCloneError(cx, "\x01duplicate");
      break;
    default:
      ThrowDataCloneError(cx, message ? message : "could not be cloned");
  }
}

bool CanTransfer(JSContext*, JS::HandleObject obj, bool* same_process_required, void*) {
  *same_process_required = true;
  return JS::GetClass(obj) == &kMessagePortClass;
}

bool WriteTransfer(JSContext* cx, JS::HandleObject obj, void*, uint32_t* tag, JS::TransferableOwnership* own,
                   void** content, uint64_t* extra) {
  std::shared_ptr<PortCore> core = DetachPortForTransfer(cx, obj);
  if (!core) return false;
  *tag = kTagPort;
  *own = JS::SCTAG_TMO_CUSTOM;
  *content = new std::shared_ptr<PortCore>(std::move(core));
  *extra = 0;
  return true;
}

bool ReadTransfer(JSContext* cx, JSStructuredCloneReader*, uint32_t tag,
                  void* content, uint64_t, void*, JS::MutableHandleObject out) {
  if (tag != kTagPort) return false;
  auto* core = static_cast<std::shared_ptr<PortCore>*>(content);
  JSObject* port = NewPortForCore(cx, std::move(*core));
  delete core;
  if (!port) return false;
  out.set(port);
  return true;
}

void FreeTransfer(uint32_t tag, JS::TransferableOwnership, void* content, uint64_t, void*) {
  // A message dropped unread: the port it carried is closed, so its peer learns that it is gone.
  if (tag != kTagPort) return;
  auto* core = static_cast<std::shared_ptr<PortCore>*>(content);
  (*core)->Close();
  delete core;
}

const JSStructuredCloneCallbacks kCallbacks = {ReadHost,      WriteHost,    ReportCloneError, ReadTransfer,
                                               WriteTransfer, FreeTransfer, CanTransfer,      nullptr};

}  // namespace

CloneMessage::CloneMessage() : buffer_(JS::StructuredCloneScope::SameProcess, &kCallbacks, nullptr) {}

std::unique_ptr<CloneMessage> SerializeValue(JSContext* cx, JS::HandleValue value, JS::HandleValue transfer) {
  auto message = std::make_unique<CloneMessage>();
  if (transfer.isUndefined() && (value.isNumber() || value.isBoolean() || value.isNullOrUndefined())) {
    message->has_primitive = true;
    message->primitive = value;
    return message;
  }
  if (transfer.isUndefined()) {
    switch (FastCloneWrite(cx, value, &message->fast())) {
      case FastWriteResult::kWritten: return message;
      case FastWriteResult::kFailed: return nullptr;
      case FastWriteResult::kUnsupported: break;  // the engine's serializer handles everything else
    }
  }
  if (!message->buffer().write(cx, value, transfer, SharedMemoryPolicy(), &kCallbacks, nullptr))
    return nullptr;
  return message;
}

bool DeserializeValue(JSContext* cx, CloneMessage* message, JS::MutableHandleValue out) {
  if (message->has_primitive) {
    out.set(message->primitive);
    return true;
  }
  if (!message->fast().empty()) {
    Environment* env = Environment::Current();
    return FastCloneRead(cx, &message->fast(), env ? env->shape_cache() : nullptr, out);
  }
  return message->buffer().read(cx, out, SharedMemoryPolicy(), &kCallbacks, nullptr);
}

}  // namespace loom
