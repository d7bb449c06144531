// internalBinding('util'): engine facts that JS cannot observe itself (promise state, proxy internals, an
// object's built-in class) or cannot get cheaply (an array's keys that are not indexes), used by util.inspect
// and util.types; and the hook that gives the global its lazily made globals (env/lazy_globals.h).
#include <js/Array.h>
#include <js/Object.h>
#include <js/Promise.h>
#include <js/Proxy.h>
#include <jsfriendapi.h>

#include <cstdlib>
#include <cstring>

#include "bindings/binding_util.h"
#include "engine/engine.h"
#include "env/lazy_globals.h"

namespace loom {
namespace {

bool GetPromiseState(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  if (!args.get(0).isObject()) {
    args.rval().setUndefined();
    return true;
  }
  JS::RootedObject promise(cx, js::CheckedUnwrapStatic(&args.get(0).toObject()));
  if (!promise || !JS::IsPromiseObject(promise)) {
    args.rval().setUndefined();
    return true;
  }
  JS::PromiseState state = JS::GetPromiseState(promise);
  JS::RootedValueArray<2> result(cx);
  result[0].setInt32(state == JS::PromiseState::Pending ? 0 : state == JS::PromiseState::Fulfilled ? 1 : 2);
  if (state != JS::PromiseState::Pending) result[1].set(JS::GetPromiseResult(promise));
  JSObject* arr = JS::NewArrayObject(cx, result);
  if (!arr) return false;
  args.rval().setObject(*arr);
  return true;
}

bool GetProxyDetails(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  if (!args.get(0).isObject() || !js::IsScriptedProxy(&args.get(0).toObject())) {
    args.rval().setUndefined();
    return true;
  }
  JSObject* proxy = &args.get(0).toObject();
  JS::RootedValueArray<2> result(cx);
  JSObject* target = js::GetProxyTargetObject(proxy);
  result[0].set(target ? JS::ObjectValue(*target) : JS::NullValue());
  result[1].set(js::GetProxyReservedSlot(proxy, 0));  // the scripted handler (null once revoked)
  JSObject* arr = JS::NewArrayObject(cx, result);
  if (!arr) return false;
  args.rval().setObject(*arr);
  return true;
}

// Built-in classes that JS::GetBuiltinClass files under "Other" but util.types must recognise. Asking the
// engine is what makes the answer cheap: a brand check (calling WeakMap.prototype.has on the value) costs an
// exception, with its stack, for every value that is not one (~10 us each in util.inspect).
const char* const kOtherClassNames[] = {"WeakMap", "WeakSet", "DataView", "Symbol"};

// The name of `obj`'s built-in class: "Object", "Array", "Date", "WeakMap"... or "Other".
const char* BuiltinClassName(JSContext* cx, JS::HandleObject obj, bool* ok) {
  *ok = true;
  if (js::IsScriptedProxy(obj)) return "Other";
  js::ESClass cls;
  if (!JS::GetBuiltinClass(cx, obj, &cls)) {
    *ok = false;
    return nullptr;
  }
  switch (cls) {
    case js::ESClass::Object: return "Object";
    case js::ESClass::Array: return "Array";
    case js::ESClass::Number: return "Number";
    case js::ESClass::String: return "String";
    case js::ESClass::Boolean: return "Boolean";
    case js::ESClass::RegExp: return "RegExp";
    case js::ESClass::ArrayBuffer: return "ArrayBuffer";
    case js::ESClass::SharedArrayBuffer: return "SharedArrayBuffer";
    case js::ESClass::Date: return "Date";
    case js::ESClass::Set: return "Set";
    case js::ESClass::Map: return "Map";
    case js::ESClass::Promise: return "Promise";
    case js::ESClass::MapIterator: return "MapIterator";
    case js::ESClass::SetIterator: return "SetIterator";
    case js::ESClass::Arguments: return "Arguments";
    case js::ESClass::Error: return "Error";
    case js::ESClass::BigInt: return "BigInt";
    case js::ESClass::Function: return "Function";
    default: break;
  }
  // Only objects of the engine's own classes reach here (proxies were answered above, and a wrapper's
  // class is the wrapper's), so the class name identifies the built-in.
  const char* name = JS::GetClass(obj)->name;
  for (const char* known : kOtherClassNames) {
    if (std::strcmp(name, known) == 0) return known;
  }
  return "Other";
}

bool GetBuiltinClass(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  if (!args.get(0).isObject()) {
    args.rval().setUndefined();
    return true;
  }
  JS::RootedObject obj(cx, &args.get(0).toObject());
  bool ok;
  const char* name = BuiltinClassName(cx, obj, &ok);
  if (!ok) return false;
  // An atom: no new string per call, and JS compares it with a literal by pointer.
  JSString* s = JS_AtomizeString(cx, name);
  if (!s) return false;
  args.rval().setString(s);
  return true;
}

// True if `id` is an array index held as a string (indexes up to 2^31-1 are int ids; 2^31..2^32-2 are not).
bool IsStringIndex(JSContext* cx, JS::HandleId id, bool* out) {
  *out = false;
  if (!id.isString()) return true;
  JSString* str = id.toString();
  size_t length = JS_GetStringLength(str);
  if (length != 10) return true;  // 2^31 and 2^32-2 both have ten digits
  char digits[11] = {};
  for (size_t i = 0; i < length; i++) {
    char16_t c;
    if (!JS_GetStringCharAt(cx, str, i, &c)) return false;
    if (c < '0' || c > '9') return true;
    digits[i] = static_cast<char>(c);
  }
  *out = digits[0] != '0' && std::strtoull(digits, nullptr, 10) < 4294967295ULL;
  return true;
}

// getOwnNonIndexProperties(object, onlyEnumerable): the object's own keys that are not array indexes, in
// [[OwnPropertyKeys]] order (strings, then symbols). Index keys come back from the engine as int ids and are
// skipped without ever becoming strings, which is what keeps util.inspect of a large array cheap.
bool GetOwnNonIndexProperties(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  if (!args.get(0).isObject()) {
    ThrowTypeError(cx, "getOwnNonIndexProperties: object expected");
    return false;
  }
  JS::RootedObject obj(cx, &args.get(0).toObject());
  bool only_enumerable = JS::ToBoolean(args.get(1));
  JS::RootedIdVector ids(cx);
  if (!js::GetPropertyKeys(cx, obj, JSITER_OWNONLY | JSITER_HIDDEN | JSITER_SYMBOLS, &ids)) return false;
  JS::RootedValueVector keys(cx);
  JS::RootedId id(cx);
  JS::Rooted<mozilla::Maybe<JS::PropertyDescriptor>> desc(cx);
  JS::RootedValue key(cx);
  for (size_t i = 0; i < ids.length(); i++) {
    id = ids[i];
    if (id.isInt()) continue;
    bool is_index;
    if (!IsStringIndex(cx, id, &is_index)) return false;
    if (is_index) continue;
    if (only_enumerable) {
      if (!JS_GetOwnPropertyDescriptorById(cx, obj, id, &desc)) return false;
      if (desc.isNothing() || !desc->enumerable()) continue;
    }
    if (!JS_IdToValue(cx, id, &key) || !keys.append(key)) return false;
  }
  JSObject* result = JS::NewArrayObject(cx, keys);
  if (!result) return false;
  args.rval().setObject(*result);
  return true;
}

// gc(): a full, non-incremental collection of this thread's heap (behind --expose-gc, as in Node).
bool CollectGarbage(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  JS_GC(cx);
  args.rval().setUndefined();
  return true;
}

const JSFunctionSpec kFunctions[] = {JS_FN("getPromiseState", GetPromiseState, 1, 0),
                                     JS_FN("gc", CollectGarbage, 0, 0),
                                     JS_FN("getProxyDetails", GetProxyDetails, 1, 0),
                                     JS_FN("getBuiltinClass", GetBuiltinClass, 1, 0),
                                     JS_FN("getOwnNonIndexProperties", GetOwnNonIndexProperties, 2, 0),
                                     JS_FN("setLazyGlobalLoader", SetLazyGlobalLoader, 1, 0),
                                     JS_FS_END};

}  // namespace

bool InitUtilBinding(JSContext* cx, JS::HandleObject target) {
  // exposeGc: whether the process was started with --expose-gc (every thread then defines gc()).
  return DefineFunctions(cx, target, kFunctions) &&
         JS_DefineProperty(cx, target, "exposeGc", ExposeGc(), JSPROP_ENUMERATE | JSPROP_READONLY);
}

}  // namespace loom
