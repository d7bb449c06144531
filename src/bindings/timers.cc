// internalBinding('timers'): the one libuv timer and the immediate handles behind lib/internal/timers.js.
#include "bindings/binding_util.h"
#include "env/environment.h"

namespace loom {
namespace {

bool ScheduleTimer(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  double ms = 0;
  if (!JS::ToNumber(cx, args.get(0), &ms)) return false;
  Environment::Current()->ScheduleTimer(static_cast<int64_t>(ms));
  args.rval().setUndefined();
  return true;
}

bool ToggleTimerRef(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  Environment::Current()->ToggleTimerRef(JS::ToBoolean(args.get(0)));
  args.rval().setUndefined();
  return true;
}

bool ToggleImmediateRef(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  Environment::Current()->ToggleImmediateRef(JS::ToBoolean(args.get(0)));
  args.rval().setUndefined();
  return true;
}

bool ScheduleIOCallbacks(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  Environment::Current()->ScheduleIOCallbacks();
  args.rval().setUndefined();
  return true;
}

// The loop's time, brought up to date first (as Node's getLibuvNow does): a timer set after a long callback
// counts its delay from when it was set, not from when the loop last woke.
bool GetLibuvNow(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  uv_loop_t* loop = Environment::Current()->loop();
  uv_update_time(loop);
  args.rval().setNumber(static_cast<double>(uv_now(loop)));
  return true;
}

const JSFunctionSpec kFunctions[] = {JS_FN("scheduleTimer", ScheduleTimer, 1, 0),
                                     JS_FN("toggleTimerRef", ToggleTimerRef, 1, 0),
                                     JS_FN("toggleImmediateRef", ToggleImmediateRef, 1, 0),
                                     JS_FN("getLibuvNow", GetLibuvNow, 0, 0),
                                     JS_FN("scheduleIOCallbacks", ScheduleIOCallbacks, 0, 0), JS_FS_END};

}  // namespace

bool InitTimersBinding(JSContext* cx, JS::HandleObject target) {
  return DefineFunctions(cx, target, kFunctions);
}

}  // namespace loom
