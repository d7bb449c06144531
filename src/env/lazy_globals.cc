// Globals made on first use (see lazy_globals.h).
#include "env/lazy_globals.h"

#include <js/CallAndConstruct.h>
#include <js/Object.h>
#include <js/String.h>

#include <cstddef>
#include <string>

namespace loom {
namespace {

struct LazyGlobal {
  const char* name;
  bool enumerable;  // as in Node (Object.keys(globalThis) lists these)
};

// What bootstrap/node.js's loader must provide. The enumerable ones first, in Node's order, which is then the
// order Object.keys(globalThis) lists those not yet resolved. At most 32 (one bit each).
constexpr LazyGlobal kLazyGlobals[] = {
    {"global", true},           {"clearImmediate", true},   {"setImmediate", true},
    {"clearInterval", true},    {"clearTimeout", true},     {"setInterval", true},
    {"setTimeout", true},       {"queueMicrotask", true},   {"structuredClone", true},
    {"atob", true},             {"btoa", true},             {"performance", true},
    {"console", false},         {"Buffer", false},          {"URL", false},
    {"URLSearchParams", false}, {"TextEncoder", false},     {"TextDecoder", false},
    {"AbortController", false}, {"AbortSignal", false},     {"Event", false},
    {"CustomEvent", false},     {"EventTarget", false},     {"DOMException", false},
    {"MessageChannel", false},  {"MessagePort", false},     {"MessageEvent", false},
    {"BroadcastChannel", false},
};
constexpr int kLazyGlobalCount = static_cast<int>(sizeof(kLazyGlobals) / sizeof(kLazyGlobals[0]));
static_assert(kLazyGlobalCount <= 32, "the resolved set is a 32-bit mask");

// Application slots of the global (every global class has JSCLASS_GLOBAL_APPLICATION_SLOTS of them).
constexpr uint32_t kLoaderSlot = 0;    // the loader function; undefined until setLazyGlobalLoader
constexpr uint32_t kResolvedSlot = 1;  // int32 mask of the names resolved so far; undefined means none
static_assert(kResolvedSlot < JSCLASS_GLOBAL_APPLICATION_SLOTS, "the global class has no slot for this");

// The index of `id` in kLazyGlobals, or -1. Called for every name the global does not have yet, so lengths
// are compared before characters.
int LazyGlobalIndex(jsid id) {
  if (!id.isString()) return -1;
  JSLinearString* name = id.toLinearString();
  size_t length = JS::GetLinearStringLength(name);
  for (int i = 0; i < kLazyGlobalCount; i++) {
    if (std::char_traits<char>::length(kLazyGlobals[i].name) == length &&
        JS_LinearStringEqualsAscii(name, kLazyGlobals[i].name)) {
      return i;
    }
  }
  return -1;
}

uint32_t ResolvedMask(JSObject* global) {
  JS::Value mask = JS::GetReservedSlot(global, kResolvedSlot);
  return mask.isInt32() ? static_cast<uint32_t>(mask.toInt32()) : 0;
}

void SetResolvedMask(JSObject* global, uint32_t mask) {
  JS::SetReservedSlot(global, kResolvedSlot, JS::Int32Value(static_cast<int32_t>(mask)));
}

// Whether `global` has a loader and has not resolved global `index` yet.
bool IsPending(JSObject* global, int index) {
  return JS::GetReservedSlot(global, kLoaderSlot).isObject() && !(ResolvedMask(global) & (1u << index));
}

}  // namespace

bool ResolveGlobal(JSContext* cx, JS::HandleObject global, JS::HandleId id, bool* resolved) {
  if (!JS_ResolveStandardClass(cx, global, id, resolved)) return false;
  if (*resolved) return true;
  int index = LazyGlobalIndex(id);
  if (index < 0 || !IsPending(global, index)) return true;
  // Marked before the loader runs: a loader that looks the name up again finds nothing rather than recursing.
  uint32_t bit = 1u << index;
  SetResolvedMask(global, ResolvedMask(global) | bit);
  JSAutoRealm realm(cx, global);
  JS::RootedValue loader(cx, JS::GetReservedSlot(global, kLoaderSlot));
  JS::RootedValue name(cx, JS::StringValue(id.toString()));
  JS::RootedValue value(cx);
  if (!JS::Call(cx, JS::UndefinedHandleValue, loader, JS::HandleValueArray(name), &value)) {
    SetResolvedMask(global, ResolvedMask(global) & ~bit);  // the next lookup tries again (and throws again)
    return false;
  }
  unsigned attrs = JSPROP_RESOLVING | (kLazyGlobals[index].enumerable ? JSPROP_ENUMERATE : 0);
  if (!JS_DefinePropertyById(cx, global, id, value, attrs)) return false;
  *resolved = true;
  return true;
}

bool EnumerateGlobal(JSContext* cx, JS::HandleObject global, JS::MutableHandleIdVector properties,
                     bool enumerable_only) {
  if (!JS_NewEnumerateStandardClasses(cx, global, properties, enumerable_only)) return false;
  JS::RootedId id(cx);
  for (int i = 0; i < kLazyGlobalCount; i++) {
    if (!IsPending(global, i) || (enumerable_only && !kLazyGlobals[i].enumerable)) continue;
    JSString* name = JS_AtomizeAndPinString(cx, kLazyGlobals[i].name);
    if (!name) return false;
    id = JS::PropertyKey::fromPinnedString(name);
    if (!properties.append(id)) return false;
  }
  return true;
}

bool MayResolveGlobal(const JSAtomState& names, jsid id, JSObject* maybe_global) {
  return JS_MayResolveStandardClass(names, id, maybe_global) || LazyGlobalIndex(id) >= 0;
}

bool SetLazyGlobalLoader(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  if (!args.get(0).isObject() || !JS::IsCallable(&args.get(0).toObject())) {
    JS_ReportErrorASCII(cx, "setLazyGlobalLoader: the loader must be a function");
    return false;
  }
  JSObject* global = JS::CurrentGlobalOrNull(cx);
  JS::SetReservedSlot(global, kLoaderSlot, args[0]);
  args.rval().setUndefined();
  return true;
}

}  // namespace loom
